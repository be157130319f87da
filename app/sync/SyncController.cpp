#include "app/sync/SyncController.h"

#include "app/models/ConflictTableModel.h"
#include "app/sync/SyncWorker.h"
#include "db/Database.h"

#include <QSqlQuery>
#include <QThread>
#include <QTimer>

SyncController::SyncController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<SyncStatus>("SyncStatus");
    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("syncTimer"));
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController()
{
    stopWorker();
}

void SyncController::setDatabase(Database *db)
{
    if (db == m_db)
        return;
    stopWorker(); // the worker's connection goes before the database it was opened from
    m_db = db;
    m_lastReport = SyncReport();
    m_lastOk = true;
    m_lastError.clear();
    updateTimer();
    recompute();
    // Unlocked with background sync on: a first round soon, so the desk starts current.
    if (isConfigured() && m_intervalMinutes > 0)
        QTimer::singleShot(StartDelayMs, this, [this, db] {
            if (m_db == db)
                syncNow();
        });
}

void SyncController::setIntervalMinutes(int minutes)
{
    m_intervalMinutes = qMax(0, minutes);
    updateTimer();
}

bool SyncController::isConfigured() const
{
    return m_db && SyncEngine::isConfigured(*m_db);
}

void SyncController::updateTimer()
{
    if (isConfigured() && m_intervalMinutes > 0)
        m_timer->start(m_intervalMinutes * 60 * 1000);
    else
        m_timer->stop();
}

void SyncController::ensureWorker()
{
    if (m_worker)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("syncThread"));
    m_worker = new SyncWorker(*m_db);
    m_worker->moveToThread(m_thread);
    // Deleted in its own thread when the thread ends: its connection is removed there.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    SyncWorker *worker = m_worker;
    connect(m_worker, &SyncWorker::progress, this,
            [this, worker](int done, int total, const QString &step) {
                if (worker == m_worker)
                    onProgress(done, total, step);
            });
    connect(m_worker, &SyncWorker::finished, this,
            [this, worker](const SyncReport &report, bool ok, const QString &error) {
                if (worker == m_worker) // a stopped worker's last word is not news
                    onFinished(report, ok, error);
            });
    m_thread->start();
}

void SyncController::stopWorker()
{
    if (!m_thread)
        return;
    m_worker->cancel();
    m_thread->quit();
    // A running round stops at its next bundle; waiting here is what guarantees that the
    // worker's connection is closed before the caller closes (or re-keys) the database.
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr; // deleted in its thread (finished -> deleteLater)
    m_running = false;
}

void SyncController::syncNow()
{
    if (m_running || !isConfigured())
        return;
    ensureWorker();
    m_running = true;
    m_status.done = 0;
    m_status.total = 0;
    m_status.step = tr("Starting");
    QMetaObject::invokeMethod(m_worker, &SyncWorker::run, Qt::QueuedConnection);
    recompute();
}

void SyncController::cancel()
{
    if (m_worker && m_running)
        m_worker->cancel();
}

void SyncController::onProgress(int done, int total, const QString &step)
{
    m_status.done = done;
    m_status.total = total;
    m_status.step = step;
    emit statusChanged(m_status);
}

void SyncController::onFinished(const SyncReport &report, bool ok, const QString &error)
{
    m_running = false;
    ++m_rounds;
    m_lastReport = report;
    m_lastOk = ok;
    m_lastError = error;
    recompute();
    emit roundFinished(report, ok, error);
}

void SyncController::refresh()
{
    recompute();
}

void SyncController::recompute()
{
    SyncStatus s;
    s.done = m_status.done;
    s.total = m_status.total;
    s.step = m_status.step;
    if (isConfigured()) {
        s.lastSync = SyncEngine::lastSyncAt(*m_db);
        QSqlQuery q(m_db->sql());
        // Records, not field changes: one new task is one thing waiting, not eleven.
        if (q.exec(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT record_table, "
                                  "record_id FROM change_log WHERE bundle_seq IS NULL)")) &&
            q.next())
            s.pendingChanges = q.value(0).toInt();
        s.openConflicts = int(ConflictTableModel::openConflicts(*m_db).size());
        // Set-aside bundles stay in the database until an administrator deals with them.
        if (q.exec(QStringLiteral("SELECT device, file_name, reason FROM sync_quarantine "
                                  "ORDER BY at"))) {
            while (q.next())
                s.problems << tr("Bundle %1 of device %2 set aside: %3")
                                  .arg(q.value(1).toString(), q.value(0).toString().left(8),
                                       q.value(2).toString());
        }
        if (!m_lastOk && !m_lastError.isEmpty())
            s.problems.prepend(m_lastError);
        s.problems << m_lastReport.errors << m_lastReport.alarms;
        s.warnings << m_lastReport.warnings << m_lastReport.waiting;
        if (m_lastReport.cancelled)
            s.warnings << tr("The last round was cancelled.");
        s.problems.removeDuplicates();
        if (m_running)
            s.state = SyncStatus::State::Syncing;
        else if (!s.problems.isEmpty())
            s.state = SyncStatus::State::Error;
        else if (s.openConflicts > 0)
            s.state = SyncStatus::State::Conflicts;
        else
            s.state = SyncStatus::State::Ok;
    }
    m_status = s;
    emit statusChanged(m_status);
}
