#include "db/SyncFileSystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

bool SyncFileSystem::exists(const QString &path) const
{
    return QFileInfo::exists(path);
}

bool SyncFileSystem::makePath(const QString &dir, QString *error)
{
    if (QDir().mkpath(dir))
        return true;
    if (error)
        *error = QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(dir));
    return false;
}

bool SyncFileSystem::makeShareFolder(const QString &root, const QString &dir, QString *error)
{
    if (!exists(QDir(root).filePath(QStringLiteral("team.json")))) {
        if (error)
            *error = QStringLiteral("the shared folder %1 is not there any more")
                         .arg(QDir::toNativeSeparators(root));
        return false;
    }
    return makePath(dir, error);
}

QStringList SyncFileSystem::files(const QString &dir) const
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QStringList SyncFileSystem::folders(const QString &dir) const
{
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

bool SyncFileSystem::read(const QString &path, QByteArray *data, QString *error) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    *data = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

bool SyncFileSystem::writeNew(const QString &path, const QByteArray &data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    bool ok = f.write(data) == data.size() && f.flush();
#ifdef Q_OS_UNIX
    ok = ok && ::fsync(f.handle()) == 0;
#elif defined(Q_OS_WIN)
    ok = ok && ::_commit(f.handle()) == 0;
#endif
    if (!ok && error)
        *error = f.errorString();
    f.close();
    return ok;
}

bool SyncFileSystem::renameNew(const QString &from, const QString &to, QString *error)
{
    // QFile::rename refuses an existing target; the check makes that explicit everywhere.
    if (QFileInfo::exists(to)) {
        if (error)
            *error = QStringLiteral("%1 already exists").arg(QDir::toNativeSeparators(to));
        return false;
    }
    QFile f(from);
    if (f.rename(to))
        return true;
    if (error)
        *error = f.errorString();
    return false;
}

bool SyncFileSystem::remove(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.exists() || f.remove())
        return true;
    if (error)
        *error = f.errorString();
    return false;
}

QDateTime SyncFileSystem::modified(const QString &path) const
{
    return QFileInfo(path).lastModified();
}

SyncFileSystem *SyncFileSystem::local()
{
    static SyncFileSystem fs;
    return &fs;
}
