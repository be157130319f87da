#include "app/sync/SyncWorker.h"

#include "app/sync/SyncSetup.h"

SyncWorker::SyncWorker(const Database &main, QObject *parent) : QObject(parent), m_main(main)
{
    qRegisterMetaType<SyncReport>("SyncReport");
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::cancel()
{
    // Stops the running round between bundles, or the next round if none runs.
    m_cancelRequested = true;
}

void SyncWorker::run()
{
    SyncReport report;
    Error error;
    if (!m_db) {
        auto db = std::make_unique<Database>();
        if (!db->openSibling(m_main, &error)) {
            emit finished(report, false, error.message);
            return;
        }
        m_db = std::move(db);
    }
    SyncEngine engine(*m_db);
    SyncSetup::configure(engine);
    engine.setProgressCallback(
        [this](const SyncProgress &p) { emit progress(p.done, p.total, p.step); });
    engine.setCancelFlag(&m_cancelRequested);
    const bool ok = engine.runRound(&report, &error);
    m_cancelRequested = false; // consumed by this round
    emit finished(report, ok, ok ? QString() : error.message);
}
