#include "db/SyncSnapshot.h"

#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/SqlCipherDriver.h"
#include "db/SyncBundle.h"
#include "db/SyncEngine.h"
#include "db/SyncFileSystem.h"
#include "db/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

void removeTemp(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Copies every row of table from `from` into `to` (columns both have), replacing equal keys.
bool copyTable(const QSqlDatabase &from, Database &to, const QString &fromTable,
               const QString &toTable, const QString &where, Error *error)
{
    QSqlQuery src(from);
    if (!src.exec(QStringLiteral("SELECT * FROM %1 %2").arg(fromTable, where)))
        return Error::set(error, Error::Code::Failure, src.lastError().text());
    const QSqlRecord target = to.sql().record(toTable);
    const QSqlRecord rec = src.record();
    QStringList columns;
    QList<int> indexes;
    for (int i = 0; i < rec.count(); ++i) {
        if (target.indexOf(rec.fieldName(i)) >= 0) {
            columns << rec.fieldName(i);
            indexes << i;
        }
    }
    QSqlQuery ins(to.sql());
    ins.prepare(
        QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
            .arg(toTable, columns.join(QLatin1String(", ")),
                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "))));
    while (src.next()) {
        for (int i : std::as_const(indexes))
            ins.addBindValue(src.value(i));
        if (!ins.exec())
            return Error::set(error, Error::Code::Failure, ins.lastError().text());
    }
    return true;
}

} // namespace

bool SyncSnapshot::publish(Database &db, SyncFileSystem *fs, QString *path, Error *error)
{
    if (!fs)
        fs = SyncFileSystem::local();
    SyncEngine engine(db, fs);
    SyncReport report;
    if (!engine.publish(&report, error))
        return false;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_outbox WHERE published_at "
                               "IS NOT NULL")) ||
        !q.next())
        return Error::set(error, Error::Code::Failure, q.lastError().text());
    const qint64 seq = q.value(0).toLongLong();
    q.finish();
    const QString dir = QDir(SyncEngine::shareRootOf(db)).filePath(QStringLiteral("snapshots"));
    *path =
        QDir(dir).filePath(QStringLiteral("%1-%2").arg(db.deviceId(), SyncBundle::fileName(seq)));
    if (fs->exists(*path))
        return true;
    const QString temp = QDir(engine.stateDir()).filePath(QStringLiteral("snapshot.fdb"));
    removeTemp(temp);
    QString detail;
    if (!db.backupTo(temp, db.meta(QStringLiteral("sync_team_key")), Database::KeyKind::RawKey,
                     error))
        return false;
    QByteArray bytes;
    const bool read = fs->read(temp, &bytes, &detail);
    removeTemp(temp);
    const QString partial = *path + QStringLiteral(".partial");
    if (!read || !fs->makeShareFolder(QFileInfo(dir).absolutePath(), dir, &detail) ||
        !fs->remove(partial, &detail) || !fs->writeNew(partial, bytes, &detail) ||
        !fs->renameNew(partial, *path, &detail))
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot publish the snapshot: %1").arg(detail));
    return true;
}

bool SyncSnapshot::restoreLatest(Database &db, SyncFileSystem *fs, bool *restored, Error *error)
{
    if (!fs)
        fs = SyncFileSystem::local();
    *restored = false;
    const QString dir = QDir(SyncEngine::shareRootOf(db)).filePath(QStringLiteral("snapshots"));
    QString latest;
    for (const QString &name : fs->files(dir)) {
        if (name.endsWith(QLatin1String(".fdb")) &&
            (latest.isEmpty() ||
             fs->modified(QDir(dir).filePath(name)) > fs->modified(QDir(dir).filePath(latest))))
            latest = name;
    }
    if (latest.isEmpty())
        return true;
    QByteArray bytes;
    QString detail;
    if (!fs->read(QDir(dir).filePath(latest), &bytes, &detail))
        return Error::set(error, Error::Code::Failure,
                          tr("Cannot read the snapshot %1: %2").arg(latest, detail));
    SyncEngine engine(db, fs);
    QDir().mkpath(engine.stateDir());
    const QString temp = QDir(engine.stateDir()).filePath(QStringLiteral("restore.fdb"));
    removeTemp(temp);
    {
        QFile f(temp);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(bytes) != bytes.size())
            return Error::set(error, Error::Code::Failure, f.errorString());
    }
    bool ok = false;
    {
        // Opened as a Database, a snapshot written by an older release is migrated to this
        // schema first (tables and columns it lacks, data the steps convert), and one written by
        // a newer release is refused instead of being copied without what this build cannot hold.
        Database snapshot;
        Error openError;
        ok = snapshot.open(temp, db.meta(QStringLiteral("sync_team_key")), &openError,
                           Database::KeyKind::RawKey);
        const QSqlDatabase snap = ok ? snapshot.sql() : QSqlDatabase();
        QString snapDevice, snapTeam;
        QSqlQuery m(snap);
        if (ok && m.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('device_id', "
                                        "'sync_team_id')"))) {
            while (m.next())
                (m.value(0).toString() == QLatin1String("device_id") ? snapDevice : snapTeam) =
                    m.value(1).toString();
        }
        m.finish();
        if (!ok && openError.code == Error::Code::NewerSchema) {
            ok = Error::set(error, Error::Code::NewerSchema,
                            tr("The snapshot %1 was written by a newer Field Desk. Install the "
                               "newer version on this computer, then join again.")
                                .arg(latest));
        } else if (!ok || snapTeam != db.meta(QStringLiteral("sync_team_id"))) {
            ok = Error::set(error, Error::Code::Failure,
                            tr("The snapshot %1 cannot be read with the team key.").arg(latest));
        } else {
            ok = false;
            RecordStore store(db);
            Transaction tx(db);
            QStringList recordTables;
            for (const QString &table : db.sql().tables()) {
                if (!store.dataColumns(table).isEmpty())
                    recordTables << table;
            }
            bool copied = true;
            for (const QString &table : std::as_const(recordTables)) {
                QSqlQuery any(db.sql());
                if (any.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)) && any.next())
                    copied = Error::set(error, Error::Code::Usage,
                                        tr("A snapshot is restored only into a database without "
                                           "records; this one has %1.")
                                            .arg(table));
            }
            for (const QString &table : std::as_const(recordTables))
                copied = copied && copyTable(snap, db, table, table, QString(), error);
            // The other device's local versions become versions received from it; its vector
            // and its own published bundles become this device's vector.
            copied =
                copied &&
                copyTable(snap, db, QStringLiteral("field_versions"),
                          QStringLiteral("field_versions"), QString(), error) &&
                copyTable(snap, db, QStringLiteral("sync_changes"), QStringLiteral("sync_changes"),
                          QString(), error) &&
                copyTable(snap, db, QStringLiteral("change_log"), QStringLiteral("sync_changes"),
                          QStringLiteral("WHERE bundle_seq IS NOT NULL"), error) &&
                copyTable(snap, db, QStringLiteral("sync_conflicts"),
                          QStringLiteral("sync_conflicts"), QString(), error) &&
                copyTable(snap, db, QStringLiteral("sync_peers"), QStringLiteral("sync_peers"),
                          QStringLiteral("WHERE device <> '%1'").arg(db.deviceId()), error);
            QSqlQuery own(snap);
            if (copied &&
                own.exec(QStringLiteral("SELECT seq, sha256 FROM sync_outbox WHERE "
                                        "published_at IS NOT NULL ORDER BY seq DESC "
                                        "LIMIT 1")) &&
                own.next()) {
                QSqlQuery peer(db.sql());
                peer.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_peers (device, last_seq, "
                                            "last_hash) VALUES (?, ?, ?)"));
                peer.addBindValue(snapDevice);
                peer.addBindValue(own.value(0));
                peer.addBindValue(own.value(1));
                copied = peer.exec();
            }
            own.finish();
            // Derived data (the search index) follows through the write hooks.
            for (const QString &table : std::as_const(recordTables)) {
                QSqlQuery ids(db.sql());
                ids.exec(QStringLiteral("SELECT id FROM %1").arg(table));
                QStringList all;
                while (ids.next())
                    all << ids.value(0).toString();
                for (const QString &id : std::as_const(all))
                    copied = copied && RecordStore::runHooks(db, table, id, error);
            }
            // This device's clock continues after the newest version it now holds.
            QSqlQuery newest(db.sql());
            if (copied && newest.exec(QStringLiteral("SELECT max(hlc) FROM field_versions")) &&
                newest.next()) {
                db.clock().observe(
                    qMin(newest.value(0).toLongLong(),
                         HybridClock::pack(
                             QDateTime::currentMSecsSinceEpoch() + SyncEngine::MaxSkewMs, 0)));
                copied = db.setMeta(QStringLiteral("hlc_last"), QString::number(db.clock().last()),
                                    error);
            }
            ok = copied && tx.commit(error);
            *restored = ok;
        }
    }
    removeTemp(temp);
    return ok;
}
