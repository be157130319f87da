#include "app/utils/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

void AppPaths::setApplicationNames()
{
    QCoreApplication::setOrganizationName(QString::fromLatin1(OrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(OrganizationDomain));
    QCoreApplication::setApplicationName(QString::fromLatin1(ApplicationName));
}

QString AppPaths::dataDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) // no home directory at all: fall back to the working directory
        dir = QDir::currentPath();
    return QDir::cleanPath(dir);
}

QString AppPaths::defaultDatabasePath()
{
    return dataDirectory() + QStringLiteral("/fielddesk.fdb");
}

QString AppPaths::defaultShareFolder()
{
    return dataDirectory() + QStringLiteral("/share");
}

bool AppPaths::ensureParentDirectory(const QString &filePath)
{
    const QString dir = QFileInfo(filePath).absolutePath();
    return QDir().mkpath(dir);
}
