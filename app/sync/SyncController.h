#pragma once

#include "db/SyncEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

class Database;
class QThread;
class QTimer;
class SyncWorker;

// What the desktop shows about sync: the state behind the status-bar icon, the last round's
// time, what is waiting to go out, what needs a person (conflicts, set-aside bundles, errors).
struct SyncStatus
{
    enum class State {
        NotConfigured, // no database, or the database belongs to no team
        Ok,            // the last round ran and nothing needs a person
        Syncing,       // a round is running on the worker thread
        Conflicts,     // unsettled conflicts wait for a person
        Error,         // the last round could not run, or a bundle was set aside
    };
    State state = State::NotConfigured;
    QDateTime lastSync;     // the last finished round (from the database)
    int pendingChanges = 0; // records changed here whose changes are not in a bundle yet
    int openConflicts = 0;
    QStringList problems; // errors, set-aside bundles, forks: one sentence each
    QStringList warnings; // clock skew, gaps waited for, numbers given, ...
    int done = 0;         // progress of a running round
    int total = 0;
    QString step;
};

// Runs the desktop's sync rounds off the GUI thread (quality.md: the UI never blocks for more
// than 100 ms): one SyncWorker on a QThread of its own, started by "Sync now" or by a timer
// every AppSettings::syncIntervalMinutes() while the database belongs to a team. The worker
// keeps its own connection; setDatabase(nullptr) (lock, close) cancels a running round and
// waits for the worker and its connection to be gone before the caller closes the database.
// The counts (pending changes, open conflicts, set-aside bundles) are read on the caller's
// connection: each is one indexed query. No widgets here.
class SyncController : public QObject
{
    Q_OBJECT
public:
    // Background sync starts its first round this long after a database is set.
    static constexpr int StartDelayMs = 3000;

    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    // nullptr stops: cancels, waits for the worker thread and closes its connection.
    void setDatabase(Database *db);
    Database *database() const { return m_db; }
    // Minutes between background rounds; 0 = no timer.
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const { return m_intervalMinutes; }

    bool isConfigured() const;
    bool isRunning() const { return m_running; }
    SyncStatus status() const { return m_status; }
    // The last round's report (empty before the first round of this session).
    SyncReport lastReport() const { return m_lastReport; }
    // How many rounds finished in this session (tests wait on it).
    int roundsFinished() const { return m_rounds; }

    // Re-reads the counts from the database (after an edit, a settled conflict, joining).
    void refresh();

public slots:
    // Starts a round unless one is running or the database belongs to no team.
    void syncNow();
    // Stops the running round between bundles; its report says cancelled.
    void cancel();

signals:
    void statusChanged(const SyncStatus &status);
    void roundFinished(const SyncReport &report, bool ok, const QString &error);

private:
    void stopWorker();
    void ensureWorker();
    void updateTimer();
    void onProgress(int done, int total, const QString &step);
    void onFinished(const SyncReport &report, bool ok, const QString &error);
    void recompute();

    Database *m_db = nullptr;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    QTimer *m_timer = nullptr;
    int m_intervalMinutes = 0;
    bool m_running = false;
    int m_rounds = 0;
    SyncReport m_lastReport;
    bool m_lastOk = true;
    QString m_lastError;
    SyncStatus m_status;
};

Q_DECLARE_METATYPE(SyncStatus)
