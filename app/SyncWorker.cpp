#include "SyncWorker.h"

#include "SyncSetup.h"

SyncWorker::SyncWorker(const Database &main, QObject *parent) : QObject(parent), m_main(main)
{
    qRegisterMetaType<SyncReport>("SyncReport");
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::cancel()
{
    // While a round runs its engine stops between bundles; otherwise the next round is cancelled.
    if (SyncEngine *engine = m_engine.load())
        engine->cancel();
    else
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
    m_engine = &engine;
    // A cancel that came before the round started cancels this round.
    if (m_cancelRequested.exchange(false))
        engine.cancel();
    const bool ok = engine.runRound(&report, &error);
    m_engine = nullptr;
    emit finished(report, ok, ok ? QString() : error.message);
}
