#include "db/SyncPublisher.h"

#include "db/Database.h"
#include "db/SyncBlobs.h"
#include "db/SyncBundle.h"
#include "db/SyncEngine.h"
#include "db/SyncFileSystem.h"
#include "db/Transaction.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

SyncPublisher::SyncPublisher(SyncEngine &engine) : m_e(engine) {}

bool SyncPublisher::publish(SyncReport *report, Error *error)
{
    if (m_e.m_root.isEmpty() && !m_e.loadConfig(error))
        return false;
    const QString myDir =
        QDir(m_e.m_root).filePath(QStringLiteral("devices/") + m_e.m_db.deviceId());
    QString detail;
    if (!m_e.m_fs->makeShareFolder(m_e.m_root, myDir, &detail))
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot create this device's folder on the share: %1. Check the "
                             "connection to the file server; nothing was published.")
                              .arg(detail));
    const int publishedBefore = report->bundlesPublished;
    removeStalePartials(report);
    m_e.progress(0, 1, tr("Publishing this device's changes"));
    for (;;) {
        // Bundles built earlier but not on the share yet go first, with their exact bytes.
        QSqlQuery q(m_e.m_db.sql());
        if (!q.exec(QStringLiteral("SELECT seq, data FROM sync_outbox WHERE published_at IS NULL "
                                   "ORDER BY seq LIMIT 1")))
            return Error::set(error, Error::Code::Failure, q.lastError().text());
        if (q.next()) {
            const qint64 seq = q.value(0).toLongLong();
            const QByteArray bytes = q.value(1).toByteArray();
            q.finish();
            if (!publishStored(seq, bytes, report, error))
                return false;
            continue;
        }
        q.finish();
        bool built = false;
        if (!buildBundle(report, &built, error))
            return false;
        if (!built || m_e.isCancelled())
            break;
    }
    // device.json after the bundles: checked (and repaired) whenever this round wrote to the
    // share, written when it is missing. An idle round does not read it.
    if ((report->bundlesPublished > publishedBefore ||
         !m_e.m_fs->exists(QDir(myDir).filePath(QStringLiteral("device.json")))) &&
        !writeDeviceFile(myDir, error))
        return false;
    m_e.progress(1, 1, tr("Published"));
    return true;
}

bool SyncPublisher::buildBundle(SyncReport *report, bool *built, Error *error)
{
    Q_UNUSED(report)
    *built = false;
    // Blobs go to the share before the write lock is taken: an upload may take a while.
    for (const SyncBlobField &f : std::as_const(m_e.m_blobFields)) {
        QSqlQuery pending(m_e.m_db.sql());
        pending.prepare(QStringLiteral("SELECT record_table, record_id, field, value FROM "
                                       "change_log WHERE bundle_seq IS NULL AND record_table = ? "
                                       "AND field = ?"));
        pending.addBindValue(f.table);
        pending.addBindValue(f.dataColumn);
        if (!pending.exec())
            return Error::set(error, Error::Code::Failure, pending.lastError().text());
        while (pending.next()) {
            SyncChange ch;
            ch.table = pending.value(0).toString();
            ch.rowId = pending.value(1).toString();
            ch.field = pending.value(2).toString();
            ch.value = pending.value(3);
            if (!moveToBlob(&ch, error))
                return false;
        }
    }
    Transaction tx(m_e.m_db);
    QSqlQuery q(m_e.m_db.sql());
    q.prepare(QStringLiteral("SELECT seq, record_table, record_id, field, value, base_hlc, "
                             "base_device, hlc, device FROM change_log WHERE bundle_seq IS NULL "
                             "ORDER BY seq LIMIT ?"));
    q.addBindValue(SyncEngine::MaxChangesPerBundle);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure, q.lastError().text());
    QList<SyncChange> changes;
    qint64 lastLogSeq = 0;
    SyncBundleMeta meta;
    while (q.next()) {
        lastLogSeq = q.value(0).toLongLong();
        SyncChange ch{q.value(1).toString(),   q.value(2).toString(),
                      q.value(3).toString(),   q.value(4),
                      q.value(5).toLongLong(), q.value(6).toString(),
                      q.value(7).toLongLong(), q.value(8).toString()};
        if (!moveToBlob(&ch, error))
            return false;
        meta.hlcMin = changes.isEmpty() ? ch.hlc : qMin(meta.hlcMin, ch.hlc);
        meta.hlcMax = qMax(meta.hlcMax, ch.hlc);
        changes.append(ch);
    }
    q.finish();
    if (changes.isEmpty())
        return tx.commit(error);
    if (!q.exec(QStringLiteral("SELECT seq, sha256 FROM sync_outbox ORDER BY seq DESC LIMIT 1")))
        return Error::set(error, Error::Code::Failure, q.lastError().text());
    if (q.next()) {
        meta.sequence = q.value(0).toLongLong() + 1;
        meta.previousSha256 = q.value(1).toString();
    } else {
        meta.sequence = 1;
    }
    q.finish();
    meta.teamId = m_e.m_teamId;
    meta.device = m_e.m_db.deviceId();
    meta.changeCount = changes.size();
    QByteArray bytes;
    QString detail;
    if (!SyncBundle::build(QDir(m_e.stateDir()).filePath(QStringLiteral("building.fdb")),
                           m_e.m_keyHex, meta, changes, &bytes, &detail))
        return Error::set(error, Error::Code::Failure, detail);
    // The bundle and the outbox marks commit together: a crash before leaves the changes in
    // the outbox, a crash after leaves a stored bundle that the next round publishes.
    q.prepare(QStringLiteral("INSERT INTO sync_outbox (seq, sha256, hlc_min, hlc_max, changes, "
                             "data) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(meta.sequence), QVariant(SyncBundle::sha256(bytes)), QVariant(meta.hlcMin),
          QVariant(meta.hlcMax), QVariant(qint64(changes.size())), QVariant(bytes)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure, q.lastError().text());
    q.prepare(QStringLiteral(
        "UPDATE change_rows SET bundle_seq = ? WHERE bundle_seq IS NULL AND seq <= ?"));
    q.addBindValue(meta.sequence);
    q.addBindValue(lastLogSeq);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure, q.lastError().text());
    if (!tx.commit(error))
        return false;
    *built = true;
    return true;
}

bool SyncPublisher::moveToBlob(SyncChange *change, Error *error)
{
    for (const SyncBlobField &f : std::as_const(m_e.m_blobFields)) {
        if (change->table != f.table || change->field != f.dataColumn)
            continue;
        QSqlQuery q(m_e.m_db.sql());
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(f.nameColumn, f.table));
        q.addBindValue(change->rowId);
        const QString name = q.exec() && q.next() ? q.value(0).toString() : QString();
        if (name.isEmpty())
            return true; // written before the team existed: it travels in the bundle
        // The blob is on the share before any bundle names it.
        SyncBlobs blobs(m_e.m_db, m_e.m_fs);
        if (!blobs.upload(name, change->value.toByteArray(), error))
            return false;
        change->value = QByteArray("");
    }
    return true;
}

bool SyncPublisher::publishStored(qint64 seq, const QByteArray &bytes, SyncReport *report,
                                  Error *error)
{
    const QString dir = QDir(m_e.m_root).filePath(QStringLiteral("devices/") + m_e.m_db.deviceId());
    const QString target = QDir(dir).filePath(SyncBundle::fileName(seq));
    const QString partial = target + QStringLiteral(".partial");
    QString detail;
    if (m_e.m_fs->exists(target)) {
        QByteArray there;
        if (!m_e.m_fs->read(target, &there, &detail))
            return Error::set(error, Error::Code::Failure,
                              tr("Cannot read %1 on the share: %2")
                                  .arg(QDir::toNativeSeparators(target), detail));
        if (there != bytes) {
            report->alarms << tr("This device's bundle %1 on the share differs from the one "
                                 "built here: the database was probably restored from an old "
                                 "backup. Nothing more is published; ask your administrator.")
                                  .arg(seq);
            return Error::set(error, Error::Code::Failure, report->alarms.last());
        }
    } else {
        // A .partial of ours is left from an interrupted copy: it was never a bundle.
        if (!m_e.m_fs->remove(partial, &detail) || !m_e.m_fs->writeNew(partial, bytes, &detail) ||
            !m_e.m_fs->renameNew(partial, target, &detail)) {
            return Error::set(error, Error::Code::Failure,
                              tr("Cannot publish bundle %1 to the share: %2. It stays here and "
                                 "is published by the next sync.")
                                  .arg(seq)
                                  .arg(detail));
        }
    }
    QSqlQuery q(m_e.m_db.sql());
    q.prepare(QStringLiteral("UPDATE sync_outbox SET published_at = ?, data = NULL WHERE seq = ?"));
    q.addBindValue(m_e.nowIso());
    q.addBindValue(seq);
    if (!q.exec())
        return Error::set(error, Error::Code::Failure, q.lastError().text());
    QSqlQuery c(m_e.m_db.sql());
    c.prepare(QStringLiteral("SELECT changes FROM sync_outbox WHERE seq = ?"));
    c.addBindValue(seq);
    if (c.exec() && c.next())
        report->changesPublished += c.value(0).toInt();
    ++report->bundlesPublished;
    return true;
}

bool SyncPublisher::writeDeviceFile(const QString &myDir, Error *error)
{
    const QString deviceJson = QDir(myDir).filePath(QStringLiteral("device.json"));
    const auto isOurs = [&](const QByteArray &bytes) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        return parseError.error == QJsonParseError::NoError && doc.isObject() &&
               doc.object().value(QStringLiteral("device")).toString() == m_e.m_db.deviceId();
    };
    QString detail;
    QByteArray there;
    if (m_e.m_fs->exists(deviceJson)) {
        if (m_e.m_fs->read(deviceJson, &there, &detail) && isOurs(there))
            return true;
        // Empty (a full share), cut short or not ours: written again like a bundle.
        if (!m_e.m_fs->remove(deviceJson, &detail))
            return Error::set(error, Error::Code::Failure,
                              tr("This device's file on the share is damaged and cannot be "
                                 "replaced: %1")
                                  .arg(detail));
    }
    const QJsonObject o{{QStringLiteral("device"), m_e.m_db.deviceId()},
                        {QStringLiteral("format"), SyncBundle::Format},
                        {QStringLiteral("since"), m_e.nowIso()}};
    const QByteArray bytes = QJsonDocument(o).toJson();
    const QString partial = deviceJson + QStringLiteral(".partial");
    if (!m_e.m_fs->remove(partial, &detail) || !m_e.m_fs->writeNew(partial, bytes, &detail) ||
        !m_e.m_fs->renameNew(partial, deviceJson, &detail) ||
        !m_e.m_fs->read(deviceJson, &there, &detail) || there != bytes)
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot write this device's file on the share: %1. Check the free "
                             "space and the connection to the file server; nothing was "
                             "published.")
                              .arg(detail.isEmpty() ? tr("it reads back differently") : detail));
    return true;
}

void SyncPublisher::removeStalePartials(SyncReport *report)
{
    const QString dir = QDir(m_e.m_root).filePath(QStringLiteral("devices/") + m_e.m_db.deviceId());
    const QDateTime dayAgo = QDateTime::fromMSecsSinceEpoch(m_e.m_wall()).addDays(-1);
    for (const QString &name : m_e.m_fs->files(dir)) {
        if (!name.endsWith(QLatin1String(".partial")))
            continue;
        const QString path = QDir(dir).filePath(name);
        QString detail;
        if (m_e.m_fs->modified(path) < dayAgo && m_e.m_fs->remove(path, &detail))
            report->warnings
                << tr("Removed the unfinished copy %1 left by an interrupted sync.").arg(name);
    }
}
