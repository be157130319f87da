#include "app/utils/AppSettings.h"

#include "app/people/DeskSession.h"

#include "app/utils/AppPaths.h"

#include <QDir>

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString ShareFolderKey = QStringLiteral("sync/shareFolder");
const QString AutoLockKey = QStringLiteral("security/autoLockMinutes");
const QString LastDatabaseKey = QStringLiteral("database/lastPath");
const QString ListStateGroup = QStringLiteral("lists/");
const QString WindowGeometryKey = QStringLiteral("ui/windowGeometry");
const QString SyncIntervalKey = QStringLiteral("sync/intervalMinutes");
// Where older versions kept "the person at this desk" as a choice; removed when seen.
const QString CurrentPersonKey = QStringLiteral("desk/currentPerson");

} // namespace

AppSettings::AppSettings()
    : m_settings(QString::fromLatin1(AppPaths::OrganizationName),
                 QString::fromLatin1(AppPaths::ApplicationName))
{
    if (m_settings.contains(CurrentPersonKey))
        m_settings.remove(CurrentPersonKey);
}

QStringList AppSettings::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("zh_TW")};
}

QString AppSettings::defaultLanguage()
{
    return QStringLiteral("zh_CN");
}

QString AppSettings::languageDisplayName(const QString &language)
{
    // Each language in its own script, so whoever picked the wrong one can find theirs.
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    return QStringLiteral("简体中文");
}

QString AppSettings::language() const
{
    const QString value = m_settings.value(LanguageKey).toString();
    return languages().contains(value) ? value : defaultLanguage();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(LanguageKey, languages().contains(language) ? language : defaultLanguage());
}

QString AppSettings::shareFolder() const
{
    const QString value = m_settings.value(ShareFolderKey).toString();
    return value.isEmpty() ? AppPaths::defaultShareFolder() : value;
}

void AppSettings::setShareFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        m_settings.remove(ShareFolderKey);
    else
        m_settings.setValue(ShareFolderKey, QDir::cleanPath(folder.trimmed()));
}

int AppSettings::autoLockMinutes() const
{
    bool ok = false;
    const int value = m_settings.value(AutoLockKey, DefaultAutoLockMinutes).toInt(&ok);
    if (!ok || value < 0)
        return DefaultAutoLockMinutes;
    return qMin(value, MaximumAutoLockMinutes);
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    m_settings.setValue(AutoLockKey, qBound(0, minutes, MaximumAutoLockMinutes));
}

int AppSettings::syncIntervalMinutes() const
{
    bool ok = false;
    const int value = m_settings.value(SyncIntervalKey, DefaultSyncIntervalMinutes).toInt(&ok);
    return ok ? qBound(0, value, MaximumSyncIntervalMinutes) : DefaultSyncIntervalMinutes;
}

void AppSettings::setSyncIntervalMinutes(int minutes)
{
    m_settings.setValue(SyncIntervalKey, qBound(0, minutes, MaximumSyncIntervalMinutes));
}

QString AppSettings::currentPersonId() const
{
    return DeskSession::instance().actingPersonId();
}

QString AppSettings::lastDatabasePath() const
{
    const QString value = m_settings.value(LastDatabaseKey).toString();
    return value.isEmpty() ? AppPaths::defaultDatabasePath() : value;
}

void AppSettings::setLastDatabasePath(const QString &path)
{
    m_settings.setValue(LastDatabaseKey, QDir::cleanPath(path));
}

QByteArray AppSettings::listColumnState(const QString &list) const
{
    return m_settings.value(ListStateGroup + list + QStringLiteral("/header")).toByteArray();
}

void AppSettings::setListColumnState(const QString &list, const QByteArray &state)
{
    m_settings.setValue(ListStateGroup + list + QStringLiteral("/header"), state);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(WindowGeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(WindowGeometryKey, geometry);
}

void AppSettings::sync()
{
    m_settings.sync();
}

QString AppSettings::lastDailyReportTaskId() const
{
    return m_settings.value(QStringLiteral("dailyReports/lastTask")).toString();
}

void AppSettings::setLastDailyReportTaskId(const QString &taskId)
{
    m_settings.setValue(QStringLiteral("dailyReports/lastTask"), taskId);
}
