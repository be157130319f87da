#include "app/sync/SyncProblems.h"

#include "app/sync/SyncSetup.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SyncBundle.h"
#include "db/SyncEngine.h"
#include "db/SyncFileSystem.h"
#include "db/Transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool failed(Error *error, const QSqlQuery &q)
{
    return Error::set(
        error, Error::Code::Failure,
        SyncProblems::tr("The sync problems cannot be read: %1").arg(q.lastError().text()));
}

} // namespace

SyncProblems::SyncProblems(Database &db, SyncFileSystem *fs)
    : m_db(db), m_fs(fs ? fs : SyncFileSystem::local())
{}

bool SyncProblems::isFork(const Problem &p, QString *previousSha, qint64 *lastSeq) const
{
    // A fork: the file is the device's next bundle, readable with the team key, but it names
    // another predecessor than the bundle applied before.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT last_seq, last_hash FROM sync_peers WHERE device = ?"));
    q.addBindValue(p.device);
    qint64 seq = 0;
    QString hash;
    if (q.exec() && q.next()) {
        seq = q.value(0).toLongLong();
        hash = q.value(1).toString();
    }
    q.finish();
    if (SyncBundle::sequenceOf(p.fileName) != seq + 1)
        return false;
    QByteArray bytes;
    QString detail;
    const QString path = QDir(SyncEngine::shareRootOf(m_db))
                             .filePath(QStringLiteral("devices/%1/%2").arg(p.device, p.fileName));
    if (!m_fs->read(path, &bytes, &detail))
        return false;
    SyncEngine engine(m_db, m_fs);
    QDir().mkpath(engine.stateDir());
    SyncBundleMeta meta;
    QList<SyncChange> changes;
    if (!SyncBundle::parse(QDir(engine.stateDir()).filePath(QStringLiteral("problem.fdb")),
                           m_db.meta(QStringLiteral("sync_team_key")), bytes, &meta, &changes,
                           &detail))
        return false;
    if (meta.teamId != m_db.meta(QStringLiteral("sync_team_id")) || meta.device != p.device ||
        meta.previousSha256 == hash)
        return false;
    if (previousSha)
        *previousSha = meta.previousSha256;
    if (lastSeq)
        *lastSeq = seq;
    return true;
}

bool SyncProblems::list(QList<Problem> *out, Error *error) const
{
    out->clear();
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT device, file_name, sha256, reason, at FROM "
                               "sync_quarantine ORDER BY device, file_name, at")))
        return failed(error, q);
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), false});
    q.finish();
    for (Problem &p : *out)
        p.fork = isFork(p, nullptr, nullptr);
    return true;
}

bool SyncProblems::find(const QString &bundle, Problem *problem, Error *error) const
{
    QList<Problem> all;
    if (!list(&all, error))
        return false;
    QList<Problem> matches;
    for (const Problem &p : std::as_const(all)) {
        if (p.key() == bundle || p.fileName == bundle)
            matches << p;
    }
    if (matches.size() == 1) {
        *problem = matches.first();
        return true;
    }
    if (matches.isEmpty())
        return Error::set(
            error, Error::Code::NotFound,
            tr("No set-aside bundle %1: list them with sync --problems.").arg(bundle));
    return Error::set(
        error, Error::Code::Usage,
        tr("Several devices have a set-aside bundle %1: name it as DEVICE/%1.").arg(bundle));
}

bool SyncProblems::round(const QString &device, const QString &fileName, Outcome *outcome,
                         Error *error)
{
    SyncEngine engine(m_db, m_fs);
    SyncSetup::configure(engine);
    if (!engine.runRound(&outcome->report, error))
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT last_seq FROM sync_peers WHERE device = ?"));
    q.addBindValue(device);
    const qint64 seq = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    outcome->applied = seq >= SyncBundle::sequenceOf(fileName);
    if (!outcome->applied) {
        q.prepare(QStringLiteral("SELECT reason FROM sync_quarantine WHERE device = ? AND "
                                 "file_name = ? ORDER BY at DESC LIMIT 1"));
        q.addBindValue(device);
        q.addBindValue(fileName);
        outcome->reason = q.exec() && q.next()
                              ? q.value(0).toString()
                              : tr("it is not on the share, or an earlier bundle is missing");
    }
    return true;
}

bool SyncProblems::release(const QString &bundle, Outcome *outcome, Error *error)
{
    *outcome = Outcome();
    Problem p;
    if (!find(bundle, &p, error))
        return false;
    {
        Transaction tx(m_db);
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("DELETE FROM sync_quarantine WHERE device = ? AND file_name = ?"));
        q.addBindValue(p.device);
        q.addBindValue(p.fileName);
        if (!q.exec())
            return failed(error, q);
        if (!tx.commit(error))
            return false;
    }
    if (!round(p.device, p.fileName, outcome, error))
        return false;
    const QJsonObject detail{{QStringLiteral("device"), p.device},
                             {QStringLiteral("bundle"), p.fileName},
                             {QStringLiteral("was"), p.reason},
                             {QStringLiteral("applied"), outcome->applied},
                             {QStringLiteral("kept_because"), outcome->reason}};
    return AuditLog(m_db).append(
        QStringLiteral("sync_release"), QString(), QString(),
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), error);
}

bool SyncProblems::adoptFork(const QString &device, Outcome *outcome, Error *error)
{
    *outcome = Outcome();
    QList<Problem> all;
    if (!list(&all, error))
        return false;
    const Problem *fork = nullptr;
    for (const Problem &p : std::as_const(all)) {
        if (p.device == device && p.fork)
            fork = &p;
    }
    if (!fork)
        return Error::set(error, Error::Code::NotFound,
                          tr("Device %1 has no fork to acknowledge: list the problems with sync "
                             "--problems.")
                              .arg(device));
    QString previous;
    qint64 lastSeq = 0;
    if (!isFork(*fork, &previous, &lastSeq))
        return Error::set(error, Error::Code::Failure,
                          tr("The fork of device %1 cannot be read again.").arg(device));
    const Problem adopted = *fork;
    {
        // The device's new line follows from here: what was applied of the old one stays.
        Transaction tx(m_db);
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE sync_peers SET last_hash = ? WHERE device = ?"));
        q.addBindValue(previous);
        q.addBindValue(device);
        if (!q.exec())
            return failed(error, q);
        q.prepare(QStringLiteral("DELETE FROM sync_quarantine WHERE device = ?"));
        q.addBindValue(device);
        if (!q.exec())
            return failed(error, q);
        const QJsonObject detail{{QStringLiteral("device"), device},
                                 {QStringLiteral("bundle"), adopted.fileName},
                                 {QStringLiteral("after_seq"), lastSeq},
                                 {QStringLiteral("new_previous"), previous}};
        if (!AuditLog(m_db).append(
                QStringLiteral("sync_adopt_fork"), QString(), QString(),
                QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), error) ||
            !tx.commit(error))
            return false;
    }
    return round(device, adopted.fileName, outcome, error);
}
