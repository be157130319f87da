#pragma once

#include "db/Error.h"
#include "db/SyncBlobs.h"
#include "db/SyncMerger.h"
#include "db/SyncReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

#include <atomic>
#include <functional>

class Database;
class SyncFileSystem;

// Progress of a round: step names what is being done ("publishing", "applying DEVICE #7").
struct SyncProgress
{
    int done = 0;
    int total = 0;
    QString step;
};

// One device's sync with the team's shared folder (architecture.md "Sync through a shared
// folder"): publishes this device's outbox as numbered bundles in its own folder on the share
// and applies every other device's new bundles, each in one transaction together with the
// version vector. Needs a database that belongs to a team (meta sync_team_id, sync_team_key,
// sync_share; see SyncTeam in app/). Use it from a worker thread with its own connection
// (Database::openSibling): runRound() blocks; progress goes to the callback (called in the
// worker thread), cancel() may be called from any thread and stops between bundles.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    static constexpr qint64 MaxSkewMs = 5 * 60 * 1000;
    static constexpr int MaxChangesPerBundle = 20000;

    explicit SyncEngine(Database &db, SyncFileSystem *fs = nullptr);

    // True when the database belongs to a team.
    static bool isConfigured(const Database &db);
    static QString shareRootOf(const Database &db); // <share>/fielddesk
    // The last round's finish time, from the database (empty before the first round).
    static QDateTime lastSyncAt(const Database &db);

    void setUniqueRules(const QList<SyncUniqueRule> &rules) { m_uniqueRules = rules; }
    // Columns whose content goes to the share as blobs instead of into bundles.
    void setBlobFields(const QList<SyncBlobField> &fields) { m_blobFields = fields; }
    void setProgressCallback(std::function<void(const SyncProgress &)> callback)
    {
        m_progress = std::move(callback);
    }
    // Wall time in ms since the epoch, for clock-skew checks (tests move it).
    void setWallClock(std::function<qint64()> wall) { m_wall = std::move(wall); }
    // Runs inside the round after applying (e.g. numbering pending tasks); its writes are
    // ordinary local changes, published by the next round.
    void setAfterApply(std::function<bool(Database &, SyncReport *, Error *)> hook)
    {
        m_afterApply = std::move(hook);
    }
    void cancel() { m_cancel = true; }
    // A flag owned by the caller (a worker object that outlives rounds) that cancels as well.
    void setCancelFlag(const std::atomic<bool> *flag) { m_externalCancel = flag; }
    bool isCancelled() const { return m_cancel || (m_externalCancel && *m_externalCancel); }

    // Publish, then apply. False only when the round could not run at all (no team, share
    // missing); bundle-level problems are in the report.
    bool runRound(SyncReport *report, Error *error);
    bool publish(SyncReport *report, Error *error);
    bool applyIncoming(SyncReport *report, Error *error);

    // Local folder for temporary bundle files: next to the database, never on the share.
    QString stateDir() const;

private:
    friend class SyncPublisher; // the publishing half of a round, in its own file
    bool loadConfig(Error *error);
    bool applyDevice(const QString &device, SyncReport *report);
    void quarantine(const QString &device, const QString &name, const QString &sha,
                    const QString &reason, SyncReport *report);
    bool isQuarantined(const QString &device, const QString &name, const QString &sha) const;
    void observeClock(const QString &device, qint64 hlcMax, SyncReport *report);
    void progress(int done, int total, const QString &step);
    QString nowIso() const;

    Database &m_db;
    SyncFileSystem *m_fs;
    QList<SyncUniqueRule> m_uniqueRules;
    QList<SyncBlobField> m_blobFields;
    std::function<void(const SyncProgress &)> m_progress;
    std::function<qint64()> m_wall;
    std::function<bool(Database &, SyncReport *, Error *)> m_afterApply;
    std::atomic<bool> m_cancel{false};
    const std::atomic<bool> *m_externalCancel = nullptr;
    QString m_teamId;
    QString m_keyHex;
    QString m_root;
};
