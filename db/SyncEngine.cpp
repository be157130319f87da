#include "db/SyncEngine.h"

#include "db/Database.h"
#include "db/SyncBundle.h"
#include "db/SyncConflicts.h"
#include "db/SyncFileSystem.h"
#include "db/SyncPublisher.h"
#include "db/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// How long a second round waits for the running one before saying so.
constexpr int RoundLockWaitMs = 2000;
const QString TeamIdKey = QStringLiteral("sync_team_id");
const QString TeamKeyKey = QStringLiteral("sync_team_key");
const QString ShareKey = QStringLiteral("sync_share");
const QString LastSyncKey = QStringLiteral("sync_last_round");
} // namespace

SyncEngine::SyncEngine(Database &db, SyncFileSystem *fs)
    : m_db(db), m_fs(fs ? fs : SyncFileSystem::local()),
      m_wall([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

bool SyncEngine::isConfigured(const Database &db)
{
    return !db.meta(TeamKeyKey).isEmpty() && !db.meta(ShareKey).isEmpty();
}

QString SyncEngine::shareRootOf(const Database &db)
{
    return QDir(db.meta(ShareKey)).filePath(QStringLiteral("fielddesk"));
}

QDateTime SyncEngine::lastSyncAt(const Database &db)
{
    return QDateTime::fromString(db.meta(LastSyncKey), Qt::ISODate);
}

QString SyncEngine::stateDir() const
{
    const QFileInfo fi(m_db.path());
    return fi.absolutePath() + QLatin1Char('/') + fi.fileName() + QStringLiteral(".sync");
}

QString SyncEngine::nowIso() const
{
    return QDateTime::fromMSecsSinceEpoch(m_wall()).toOffsetFromUtc(0).toString(Qt::ISODate);
}

void SyncEngine::progress(int done, int total, const QString &step)
{
    if (m_progress)
        m_progress({done, total, step});
}

bool SyncEngine::loadConfig(Error *error)
{
    if (!isConfigured(m_db))
        return Error::set(error, Error::Code::Usage,
                          tr("This database belongs to no team: run \"team create\" or \"team "
                             "join\" first."));
    m_teamId = m_db.meta(TeamIdKey);
    m_keyHex = m_db.meta(TeamKeyKey);
    m_root = shareRootOf(m_db);
    if (!m_fs->exists(QDir(m_root).filePath(QStringLiteral("team.json"))))
        return Error::set(error, Error::Code::Failure,
                          tr("The shared folder %1 cannot be reached (no team.json there). Check "
                             "the connection to the file server and try again.")
                              .arg(QDir::toNativeSeparators(m_root)));
    QString detail;
    if (!m_fs->makePath(stateDir(), &detail))
        return Error::set(error, Error::Code::Failure, detail);
    return true;
}

bool SyncEngine::runRound(SyncReport *report, Error *error)
{
    if (isCancelled()) {
        report->cancelled = true;
        return true;
    }
    if (!loadConfig(error))
        return false;
    // One round per database at a time (the desktop's timer, a Sync now, a scheduled CLI
    // sync): two would publish the same outbox twice. The lock lives in the local state
    // folder; a crashed holder's lock is taken over (its process is gone), a live one's never,
    // however long its round takes.
    QLockFile roundLock(QDir(stateDir()).filePath(QStringLiteral("round.lock")));
    roundLock.setStaleLockTime(0);
    if (!roundLock.tryLock(RoundLockWaitMs))
        return Error::set(error, Error::Code::Failure,
                          tr("A sync round of this database is already running (in the desktop "
                             "or another command). Wait for it to finish; its result shows "
                             "there."));
    Error stepError;
    const bool published = publish(report, &stepError);
    if (!published)
        report->errors << stepError.message;
    if (!isCancelled() && !applyIncoming(report, &stepError))
        report->errors << stepError.message;
    if (!isCancelled() && m_afterApply) {
        // What the hook wrote (numbers for pending tasks) goes out in this same round.
        if (!m_afterApply(m_db, report, &stepError) || (published && !publish(report, &stepError)))
            report->errors << stepError.message;
    }
    report->openConflicts = int(SyncConflicts(m_db).list(true).size());
    report->cancelled = isCancelled();
    report->finishedAt = QDateTime::fromMSecsSinceEpoch(m_wall());
    m_db.setMeta(LastSyncKey, nowIso(), nullptr);
    return true;
}

bool SyncEngine::publish(SyncReport *report, Error *error)
{
    SyncPublisher publisher(*this);
    return publisher.publish(report, error);
}

// ---- applying ---------------------------------------------------------------------------

bool SyncEngine::applyIncoming(SyncReport *report, Error *error)
{
    if (m_root.isEmpty() && !loadConfig(error))
        return false;
    const QStringList devices = m_fs->folders(QDir(m_root).filePath(QStringLiteral("devices")));
    int done = 0;
    for (const QString &device : devices) {
        if (isCancelled())
            break;
        progress(done++, devices.size(), tr("Reading the changes of device %1").arg(device));
        if (device != m_db.deviceId())
            applyDevice(device, report);
    }
    progress(devices.size(), devices.size(), tr("Applied"));
    return true;
}

bool SyncEngine::isQuarantined(const QString &device, const QString &name, const QString &sha) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT reason FROM sync_quarantine WHERE device = ? AND file_name = "
                             "? AND sha256 = ?"));
    q.addBindValue(device);
    q.addBindValue(name);
    q.addBindValue(sha);
    return q.exec() && q.next();
}

void SyncEngine::quarantine(const QString &device, const QString &name, const QString &sha,
                            const QString &reason, SyncReport *report)
{
    const QString sentence =
        tr("Bundle %1 of device %2 was set aside and not applied: %3.").arg(name, device, reason);
    report->quarantined << sentence;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_quarantine (device, file_name, sha256, "
                             "reason, at) VALUES (?, ?, ?, ?, ?)"));
    for (const QString &v : {device, name, sha, reason, nowIso()})
        q.addBindValue(v);
    q.exec();
}

void SyncEngine::observeClock(const QString &device, qint64 hlcMax, SyncReport *report)
{
    const qint64 wall = m_wall();
    const qint64 cap = HybridClock::pack(wall + MaxSkewMs, 0);
    if (hlcMax > cap) {
        const qint64 minutes = (HybridClock::millisOf(hlcMax) - wall) / 60000;
        report->warnings << tr("The clock of device %1 is %2 minutes ahead of this one; check "
                               "the time settings of both computers.")
                                .arg(device)
                                .arg(minutes);
        hlcMax = cap; // this device's clock never follows it that far into the future
    }
    m_db.clock().observe(hlcMax);
}

bool SyncEngine::applyDevice(const QString &device, SyncReport *report)
{
    const QString dir = QDir(m_root).filePath(QStringLiteral("devices/") + device);
    qint64 lastSeq = 0;
    QString lastHash;
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT last_seq, last_hash FROM sync_peers WHERE device = ?"));
        q.addBindValue(device);
        if (q.exec() && q.next()) {
            lastSeq = q.value(0).toLongLong();
            lastHash = q.value(1).toString();
        }
    }
    QList<qint64> present;
    for (const QString &name : m_fs->files(dir)) {
        const qint64 seq = SyncBundle::sequenceOf(name);
        if (seq > lastSeq)
            present.append(seq);
    }
    if (present.isEmpty())
        return true; // the idle case: one folder listing, nothing read
    std::sort(present.begin(), present.end());
    SyncMerger merger(m_db);
    merger.setUniqueRules(m_uniqueRules);
    for (qint64 next = lastSeq + 1; !isCancelled(); ++next) {
        if (!present.contains(next)) {
            if (!present.isEmpty() && present.last() > next)
                report->waiting << tr("Device %1: bundle %2 is not on the share yet; %3 and later "
                                      "wait for it.")
                                       .arg(device)
                                       .arg(next)
                                       .arg(next + 1);
            return true;
        }
        const QString name = SyncBundle::fileName(next);
        QByteArray bytes;
        QString detail;
        if (!m_fs->read(QDir(dir).filePath(name), &bytes, &detail)) {
            report->errors
                << tr("Cannot read bundle %1 of device %2: %3").arg(name, device, detail);
            return false;
        }
        const QString sha = SyncBundle::sha256(bytes);
        if (isQuarantined(device, name, sha)) {
            report->quarantined << tr("Bundle %1 of device %2 stays set aside (see earlier "
                                      "message); later bundles of that device wait.")
                                       .arg(name, device);
            return false;
        }
        SyncBundleMeta meta;
        QList<SyncChange> changes;
        QString reason;
        if (!SyncBundle::parse(QDir(stateDir()).filePath(QStringLiteral("reading.fdb")), m_keyHex,
                               bytes, &meta, &changes, &reason)) {
        } else if (meta.teamId != m_teamId) {
            reason = tr("it belongs to another team");
        } else if (meta.device != device || meta.sequence != next) {
            reason = tr("it is bundle %1 of device %2, not a bundle of this folder at this place "
                        "(a copied or renamed file)")
                         .arg(meta.sequence)
                         .arg(meta.device);
        } else if (meta.previousSha256 != lastHash) {
            reason = tr("it does not follow the bundle applied before (a fork: that device was "
                        "probably restored from an old backup)");
            report->alarms << tr("Device %1 forked at bundle %2; its bundles are not applied "
                                 "until an administrator resolves it.")
                                  .arg(device, name);
        } else {
            for (const SyncChange &ch : std::as_const(changes)) {
                if (ch.device != device) {
                    reason = tr("it holds changes of another device");
                    break;
                }
            }
        }
        if (!reason.isEmpty()) {
            quarantine(device, name, sha, reason, report);
            return false;
        }
        observeClock(device, meta.hlcMax, report);
        Transaction tx(m_db);
        int applied = 0;
        int conflicts = 0;
        Error error;
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_peers (device, last_seq, last_hash, "
                                 "applied_at) VALUES (?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(device), QVariant(next), QVariant(sha), QVariant(nowIso())})
            q.addBindValue(v);
        // A file set aside before under this name that is now whole (a copy that finished, a
        // file put back from a backup) is no longer a problem once it applies.
        QSqlQuery settled(m_db.sql());
        settled.prepare(
            QStringLiteral("DELETE FROM sync_quarantine WHERE device = ? AND file_name = ?"));
        settled.addBindValue(device);
        settled.addBindValue(name);
        const bool ok =
            merger.apply(changes, &applied, &conflicts, &error) &&
            (q.exec() || Error::set(&error, Error::Code::Failure, q.lastError().text())) &&
            (settled.exec() ||
             Error::set(&error, Error::Code::Failure, settled.lastError().text())) &&
            m_db.setMeta(QStringLiteral("hlc_last"), QString::number(m_db.clock().last()),
                         &error) &&
            tx.commit(&error);
        if (!ok) {
            tx.rollback();
            report->errors << tr("Bundle %1 of device %2 could not be applied and was rolled "
                                 "back: %3")
                                  .arg(name, device, error.message);
            return false;
        }
        ++report->bundlesApplied;
        report->changesApplied += applied;
        report->newConflicts += conflicts;
        lastHash = sha;
    }
    return true;
}
