#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

// The desktop's remembered preferences (QSettings under Lithera/FieldDesk): language, the
// shared sync folder, the auto-lock delay, the last database and the state of each list's
// columns. A passphrase is never stored here, nor anything else secret.
class AppSettings
{
public:
    static constexpr int DefaultAutoLockMinutes = 10;
    static constexpr int MaximumAutoLockMinutes = 480;
    static constexpr int DefaultSyncIntervalMinutes = 5;
    static constexpr int MaximumSyncIntervalMinutes = 240;

    AppSettings();

    // "zh_CN" (default), "en", "zh_TW".
    static QStringList languages();
    static QString defaultLanguage();
    // The language's own name ("简体中文", "English", "繁體中文"), for the settings screen.
    static QString languageDisplayName(const QString &language);

    QString language() const;
    void setLanguage(const QString &language);

    QString shareFolder() const;
    void setShareFolder(const QString &folder);

    // Minutes without keyboard or mouse input before the window locks; 0 = never.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);

    // Minutes between background sync rounds when the database belongs to a team; 0 = only
    // "Sync now".
    int syncIntervalMinutes() const;
    void setSyncIntervalMinutes(int minutes);

    // The person acting at this desk: whoever entered their PIN last since the desk was
    // unlocked (DeskSession), never a stored choice. Empty: nobody yet. Approvals and other
    // decisions taken at this desk default to this person; printouts say they printed.
    QString currentPersonId() const;

    QString lastDatabasePath() const;
    void setLastDatabasePath(const QString &path);

    // QHeaderView::saveState() of a list, by list name (e.g. the record kind's array).
    QByteArray listColumnState(const QString &list) const;
    void setListColumnState(const QString &list, const QByteArray &state);

    // QWidget::saveGeometry() of the main window.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    void sync();

    // The task of the last daily report entered at this desk (the next one is usually the
    // same task's).
    QString lastDailyReportTaskId() const;
    void setLastDailyReportTaskId(const QString &taskId);

private:
    QSettings m_settings;
};
