#pragma once

#include "app/sync/SyncController.h"

#include <QObject>

#include <functional>

class ConflictsPage;
class Database;
class IdleLock;
class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

// Hooks sync into the main window: "Sync now" (F5, Ctrl+Shift+S) and the background timer
// through a SyncController (rounds on a worker thread), the status bar's sync icon and line
// (last sync, changes waiting, conflicts as a link to the conflicts screen, problems and
// warnings in the tooltip, progress with a cancel button while a round runs), the conflicts
// page, and the team dialog (create, invite, join). Locking or closing the window stops a
// running round before the database closes (setDatabase(nullptr)).
class SyncScreens : public QObject
{
    Q_OBJECT
public:
    // window: the parent of the messages and the team dialog; shareFolder: the share folder of
    // this session as the frame knows it now (Settings or --share).
    SyncScreens(QWidget *window, std::function<QString()> shareFolder, ConflictsPage *page,
                QStatusBar *statusBar, QLabel *icon, QLabel *status, QMenu *menu);
    // The window's idle lock, which the team dialog keeps alive while it is open.
    void setIdleLock(IdleLock *idle) { m_idle = idle; }

    SyncController *controller() const { return m_controller; }
    ConflictsPage *conflictsPage() const { return m_page; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *teamAction() const { return m_team; }
    // nullptr: locking or closing — waits for a running round to stop first.
    void setDatabase(Database *db);

public slots:
    void syncNow();
    void showConflicts();
    // The problems of the last round (errors, set-aside bundles) in a message box.
    void showProblems();
    // Sync › Problems: the set-aside bundles and forks, to release or adopt.
    void showProblemsPage();
    void showTeamDialog(QWidget *parent = nullptr);
    // After Settings: a team whose share folder was given a new path (another drive letter,
    // a moved server) follows it when the new folder holds the same team.
    void shareFolderChanged();
    // Re-reads the counts (after an edit at this desk).
    void refresh();

signals:
    // A round brought changes from other desks (or numbered pending tasks): lists reload.
    void dataChanged();
    // The frame shows the navigation area (the conflicts screen).
    void areaRequested(const QString &area);

private:
    void showStatus(const SyncStatus &status);
    void roundFinished(const SyncReport &report, bool ok, const QString &error);

    QWidget *m_window;
    std::function<QString()> m_shareFolder;
    IdleLock *m_idle = nullptr;
    ConflictsPage *m_page;
    QLabel *m_icon;
    QLabel *m_status;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    SyncController *m_controller = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_team = nullptr;
    QAction *m_problems = nullptr;
    Database *m_db = nullptr;
};
