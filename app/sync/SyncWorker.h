#pragma once

#include "db/Database.h"
#include "db/SyncEngine.h"

#include <QObject>

#include <atomic>
#include <memory>

// Runs sync rounds off the GUI thread for the desktop. Move it to a QThread and invoke run()
// (queued); it opens its own connection to the database the first time (Database::openSibling,
// in the worker thread, so the KDF runs there too), runs one round and emits finished(). Progress
// arrives through progress(); cancel() may be called from any thread and stops the round between
// bundles. The desktop connects the signals to its status line and conflict list (SyncConflicts
// on the GUI thread's own connection). No widgets here.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    // main must stay open while the worker lives.
    explicit SyncWorker(const Database &main, QObject *parent = nullptr);
    ~SyncWorker() override;

    void cancel(); // thread-safe

public slots:
    void run();

signals:
    void progress(int done, int total, const QString &step);
    // ok false: the round could not run at all (no team, share unreachable); error says why.
    // Bundle-level problems (quarantine, waiting, alarms) are in the report.
    void finished(const SyncReport &report, bool ok, const QString &error);

private:
    const Database &m_main;
    std::unique_ptr<Database> m_db;
    std::atomic<bool> m_cancelRequested{false};
};
