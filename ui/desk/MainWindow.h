#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class AnomalyScreens;
class BackgroundReader;
class BriefingScreens;
class ConflictsPage;
class SyncScreens;
class ClosingScreens;
class KnowhowScreens;
class DailyReportScreens;
class Database;
class ExpenseClaimScreens;
class IdleLock;
class KpiDashboard;
class LockedPage;
class ProactivePlanPage;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class RecordEditors;
class RecordListPage;
class StartPage;
class TaskPage;
class TaskScreens;
class UnlockDialog;

// The desk's main window: navigation on the left (start page, tasks, the forms, customers,
// people, know-how, KPIs), the selected area on the right, the database and sync state in the
// status bar. It owns the open Database and a BackgroundReader on it, which reads the lists and
// the start page's figures off the GUI thread, so the window is usable at once. Locking — by Ctrl+L
// or after the configured idle time — closes the database, hides every page and asks for the
// passphrase again.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database *database() const { return m_db.get(); }
    bool isLocked() const { return !m_db; }
    IdleLock *idleLock() const { return m_idle; }
    QString databasePath() const { return m_databasePath; }

    // The share folder of this session (--share); empty: the one in AppSettings.
    void setShareFolderOverride(const QString &folder);
    QString shareFolder() const;

    // Navigation key of the visible area ("start", "customers", ...).
    QString currentArea() const;
    void showArea(const QString &key);
    // An area coordinator's page (the task page, a brief, a claim) in front, its area selected.
    void showPage(const QString &area, QWidget *page);
    // Back to a record list, also when it sits in a tab of its area's page.
    void showList(QWidget *list);
    RecordListPage *listPage(const QString &array) const;
    // The task page (SOP-10 §5.2); its briefingRequested(taskId) asks for the mission brief.
    TaskPage *taskPage() const;
    TaskScreens *taskScreens() const { return m_tasks; }
    // The mission brief page (QEF-10-01), opened from the task page or the brief list.
    BriefingScreens *briefingScreens() const { return m_briefings; }
    // Service report, call-back and know-how library screens.
    ClosingScreens *closingScreens() const { return m_closing; }
    KnowhowScreens *knowhowScreens() const { return m_knowhow; }
    RecordEditors *recordEditors() const { return m_editors; }
    // The expense claim QEF-10-05 page, opened from the claim list or a task's closure panel.
    ExpenseClaimScreens *expenseClaimScreens() const { return m_claims; }
    // Sync through the share folder: Sync now, the timer, status bar, conflicts, team.
    SyncScreens *syncScreens() const { return m_sync; }
    // The daily report QEF-10-02 and anomaly screens, from their lists and the task page.
    DailyReportScreens *dailyReportScreens() const { return m_dailyReports; }
    AnomalyScreens *anomalyScreens() const { return m_anomalies; }
    // The passphrase dialog while the window is locked and asking; null otherwise.
    UnlockDialog *unlockDialog() const;

    // Takes over a freshly unlocked database (after locking, or to switch files).
    void setDatabase(std::unique_ptr<Database> db);
    // Whether lists, counts or deadlines are still being read in the background.
    bool isReading() const;

public slots:
    void lock();
    void lockAfterIdle();
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildNavigation();
    void buildStatusBar();
    void lockWithReason(const QString &reason);
    void closeDatabase();
    void showUnlockDialog();
    void updateStatus();
    void recountRecords();
    void showRecordTotal(int total);
    RecordListPage *currentListPage() const;
    void find();
    void newRecord();
    void showSettings();
    void showAbout();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<BackgroundReader> m_reader; // stopped before m_db closes
    QString m_databasePath;
    QString m_shareOverride;
    QString m_lockReason;

    IdleLock *m_idle = nullptr;
    QStackedWidget *m_outer = nullptr; // the desk, or the locked page
    QWidget *m_desk = nullptr;
    LockedPage *m_lockedPage = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    StartPage *m_startPage = nullptr;
    QHash<QString, QWidget *> m_pageByKey;
    QHash<QString, RecordListPage *> m_listPages;
    TaskScreens *m_tasks = nullptr;
    RecordEditors *m_editors = nullptr;
    BriefingScreens *m_briefings = nullptr;
    ClosingScreens *m_closing = nullptr;
    KnowhowScreens *m_knowhow = nullptr;
    ExpenseClaimScreens *m_claims = nullptr;
    SyncScreens *m_sync = nullptr;
    ConflictsPage *m_conflictsPage = nullptr;
    QMenu *m_syncMenu = nullptr;
    QLabel *m_syncIcon = nullptr;
    DailyReportScreens *m_dailyReports = nullptr;
    AnomalyScreens *m_anomalies = nullptr;
    KpiDashboard *m_kpi = nullptr;
    ProactivePlanPage *m_plan = nullptr;
    QPointer<UnlockDialog> m_unlockDialog;

    QLabel *m_dbIcon = nullptr;
    QLabel *m_dbStatus = nullptr;
    QLabel *m_syncStatus = nullptr;
    QLabel *m_recordCount = nullptr;
    bool m_recountPending = false;
    QAction *m_lockAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_settingsAction = nullptr;
};
