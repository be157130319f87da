#include "app/signing/KeyProofs.h"

#include "app/people/DeskSession.h"
#include "app/signing/SignatureVerification.h"
#include "db/Database.h"
#include "db/SyncMerger.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QString Locks = QStringLiteral("record_locks");
const QString Approvals = QStringLiteral("approvals");
const QString Revisions = QStringLiteral("record_revisions");
const QString Signatures = QStringLiteral("signatures");

QString text(const QVariantMap &row, const char *key)
{
    return row.value(QString::fromLatin1(key)).toString();
}

// Who made a row of table and when it says they did.
QString makerOf(const QString &table, const QVariantMap &row)
{
    if (table == Locks)
        return text(row, "locked_by_id");
    if (table == Approvals)
        return text(row, "approver_id");
    return text(row, "made_by_id");
}

QString madeAtOf(const QString &table, const QVariantMap &row)
{
    if (table == Locks)
        return text(row, "locked_at");
    if (table == Approvals)
        return text(row, "decided_at");
    return text(row, "made_at");
}

QDateTime parse(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

// The row as stored, deleted or not (sync checks rows it hid before, too).
bool loadRow(Database &db, const QString &table, const QString &id, QVariantMap *row)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        row->insert(record.fieldName(i), q.value(i));
    return true;
}

// A cheap fingerprint of everything trust depends on: sync checks many rows per round, and
// working out the trust chain verifies every enrolment and confirmation.
QString trustStamp(Database &db)
{
    QSqlQuery q(db.sql());
    QStringList parts{PeopleKeys::trustRoot(db)};
    for (const char *table : {"person_keys", "key_confirmations", "people"}) {
        if (!q.exec(QStringLiteral("SELECT count(*), sum(deleted), max(updated_at) FROM %1")
                        .arg(QLatin1String(table))) ||
            !q.next())
            return QString();
        parts << q.value(0).toString() << q.value(1).toString() << q.value(2).toString();
    }
    return parts.join(QLatin1Char('|'));
}

struct CachedTrust
{
    QString connection;
    QString stamp;
    KeyProofs::Trust trust;
};

bool cachedTrust(Database &db, KeyProofs::Trust *out)
{
    static thread_local CachedTrust cache;
    const QString stamp = trustStamp(db);
    if (stamp.isEmpty())
        return false;
    if (cache.connection != db.sql().connectionName() || cache.stamp != stamp) {
        KeyProofs::Trust fresh;
        if (!KeyProofs::trust(db, &fresh, nullptr))
            return false;
        cache = {db.sql().connectionName(), stamp, fresh};
    }
    *out = cache.trust;
    return true;
}

struct PassCache
{
    bool loaded = false;
    QString lastId;
    QSet<QString> judged;
    QHash<QString, QString> problems; // only the rows that fail
};

QString judge(Database &db, const QString &table, const QString &id, const QVariantMap &row,
              const KeyProofs::Trust &trust)
{
    return table == Signatures ? SignatureVerification::check(id, row, trust.trusted, trust.strict)
                               : KeyProofs::check(db, table, id, row, trust, false);
}

// Every row of table judged at once (the strokes of signatures are not read: large, and not
// what a proof covers).
bool judgeTable(Database &db, const QString &table, const KeyProofs::Trust &trust, PassCache *cache)
{
    *cache = PassCache();
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    const QString columns = table == Signatures
                                ? QStringLiteral("id, record_id, role, signer_id, signer_name, "
                                                 "signed_at, key_id, revision, content_hash, proof")
                                : QStringLiteral("*");
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, table)))
        return false;
    QList<QPair<QString, QVariantMap>> rows;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), q.value(i));
        rows.append({row.value(QStringLiteral("id")).toString(), row});
    }
    q.finish();
    for (const auto &[id, row] : std::as_const(rows)) {
        cache->judged.insert(id);
        const QString problem = judge(db, table, id, row, trust);
        if (!problem.isEmpty())
            cache->problems.insert(id, problem);
    }
    cache->loaded = true;
    return true;
}

} // namespace

bool KeyProofs::trust(Database &db, Trust *out, Error *error)
{
    *out = Trust();
    if (!PeopleKeys(db).trustedKeys(&out->trusted, error))
        return false;
    const QString root = PeopleKeys::trustRoot(db);
    out->strict = !root.isEmpty();
    out->rootEnrolledAt = out->trusted.value(root).enrolledAt;
    return true;
}

bool KeyProofs::covers(const QString &table)
{
    return table == Locks || table == Approvals || table == Revisions;
}

QByteArray KeyProofs::message(const QString &table, const QVariantMap &row)
{
    QStringList parts;
    if (table == Locks) {
        parts = {QStringLiteral("fielddesk-lock/1"),
                 text(row, "record_table"),
                 text(row, "record_id"),
                 QString::number(row.value(QStringLiteral("revision")).toInt()),
                 text(row, "content_hash"),
                 text(row, "locked_by_id"),
                 text(row, "locked_at")};
    } else if (table == Approvals) {
        parts = {QStringLiteral("fielddesk-approval/1"),
                 text(row, "task_id"),
                 text(row, "approver_id"),
                 text(row, "decision"),
                 text(row, "level"),
                 text(row, "comment"),
                 text(row, "decided_at")};
    } else {
        parts = {QStringLiteral("fielddesk-revision/1"),
                 text(row, "record_table"),
                 text(row, "record_id"),
                 text(row, "previous_id"),
                 QString::number(row.value(QStringLiteral("revision")).toInt()),
                 text(row, "reason"),
                 text(row, "made_by_id"),
                 text(row, "made_at")};
    }
    return parts.join(QLatin1Char('\n')).toUtf8();
}

bool KeyProofs::make(Database &db, const QString &table, const QString &personId,
                     const PeopleKeys::Unlocked &given, QVariantMap *row, Error *error)
{
    if (personId.isEmpty())
        return true;
    PeopleKeys keys(db);
    // No key in this database yet (whatever keys a session holds): by hand, as before
    // personal keys.
    if (keys.status(personId) == PeopleKeys::Status::None)
        return true;
    PeopleKeys::Unlocked person = given;
    if (person.isNull())
        DeskSession::instance().unlocked(personId, &person);
    if (person.isNull() || person.personId != personId) {
        return Error::set(error, Error::Code::Usage,
                          tr("%1 must enter their PIN first: this is done in their name.")
                              .arg(keys.personName(personId)),
                          QString(), QStringLiteral("pin"));
    }
    QHash<QString, PeopleKeys::Enrolment> trusted;
    if (!keys.trustedKeys(&trusted, error))
        return false;
    const auto it = trusted.constFind(person.keyId);
    if (it == trusted.constEnd() || it->personId != personId)
        return Error::set(error, Error::Code::Validation,
                          tr("The key of %1 is not confirmed by an administrator yet: it cannot "
                             "sign this.")
                              .arg(keys.personName(personId)),
                          QString(), QStringLiteral("pin"));
    const QByteArray proof = PersonalKeys::sign(person.keys.signPrivate, message(table, *row));
    if (proof.isEmpty())
        return Error::set(error, Error::Code::Failure, tr("The key signature could not be made."));
    row->insert(QStringLiteral("key_id"), person.keyId);
    row->insert(QStringLiteral("proof"), QString::fromLatin1(proof.toBase64()));
    return true;
}

QString KeyProofs::check(Database &db, const QString &table, const QString &id,
                         const QVariantMap &row, const Trust &trust, bool incoming)
{
    if (!covers(table))
        return QString();
    const QString maker = makerOf(table, row);
    const auto what = [&] {
        if (table == Locks)
            return tr("The lock %1").arg(id);
        if (table == Approvals)
            return tr("The approval %1").arg(id);
        return tr("The correction %1").arg(id);
    };
    if (maker.isEmpty()) {
        // A lock whose last signature was a customer's has no person to sign it. A correction
        // naming no maker is one made before personal keys: none can arrive once the team has
        // keys, nor be stored as written after the trust root's enrolment.
        if (table != Revisions || !trust.strict)
            return QString();
        const QDateTime written = parse(text(row, "created_at"));
        const QDateTime root = parse(trust.rootEnrolledAt);
        if (!incoming && written.isValid() && root.isValid() && written <= root)
            return QString();
        return tr("%1 does not say who made it: since people have personal keys every "
                  "correction carries its maker's key signature.")
            .arg(what());
    }
    const QString proof = text(row, "proof");
    const auto name = [&] {
        return PeopleKeys(db).personName(maker);
    };
    if (proof.isEmpty()) {
        const QDateTime at = parse(madeAtOf(table, row));
        for (const PeopleKeys::Enrolment &e : trust.trusted) {
            if (e.personId == maker && (incoming || PeopleKeys::enrolledBy(e, at)))
                return tr("%1 by %2 carries no signature of their personal key, though they "
                          "had one: it may be forged.")
                    .arg(what(), name());
        }
        return QString();
    }
    const auto key = trust.trusted.constFind(text(row, "key_id"));
    if (key == trust.trusted.constEnd() && !trust.strict)
        return QString();
    if (key == trust.trusted.constEnd() || key->personId != maker)
        return tr("%1 by %2 names a key that is not their confirmed key.").arg(what(), name());
    if (!PersonalKeys::verify(key->signKey, message(table, row),
                              QByteArray::fromBase64(proof.toLatin1())))
        return tr("%1 by %2 does not verify against their key: it was forged or altered.")
            .arg(what(), name());
    return QString();
}

bool KeyProofs::checkStored(Database &db, const QString &table, const QString &id, QString *reason)
{
    // The merger checks every row of the table after each merge, in id order, pass after
    // pass. Reading and verifying row by row would cost a sync round seconds on a desk with
    // years of signed forms, so the first call of a pass (an id not above the last one asked
    // for) judges the whole table in one read, and the calls after it are answered from that.
    // Within a pass nothing a judgement depends on changes (the merge is done; the merger only
    // hides rows), and the next pass reads again.
    static thread_local QHash<QString, PassCache> caches;
    PassCache &cache =
        caches[db.sql().connectionName() + QLatin1Char('|') + db.path() + QLatin1Char('|') + table];
    if (!cache.loaded || id <= cache.lastId) {
        Trust trust;
        if (!cachedTrust(db, &trust))
            return true; // nothing to judge by
        if (!judgeTable(db, table, trust, &cache))
            return true;
    }
    cache.lastId = id;
    QString problem;
    if (cache.judged.contains(id)) {
        problem = cache.problems.value(id);
    } else {
        QVariantMap row;
        Trust trust;
        if (!loadRow(db, table, id, &row) || !cachedTrust(db, &trust))
            return true; // a missing row is for other checks
        problem = judge(db, table, id, row, trust);
    }
    if (reason)
        *reason = problem;
    return problem.isEmpty();
}

void KeyProofs::installSyncChecks()
{
    for (const QString &table : {Signatures, Locks, Approvals, Revisions}) {
        const auto check = [table](Database &db, const QString &id, QString *reason) {
            return checkStored(db, table, id, reason);
        };
        // Corrections are judged for their links too (RevisionLinks): both must hold.
        if (table == Revisions)
            SyncMerger::addRowCheck(table, check);
        else
            SyncMerger::setRowCheck(table, check);
    }
}

bool KeyProofs::verifyAll(Database &db, int *checked, QStringList *problems, Error *error)
{
    Trust trust;
    if (!KeyProofs::trust(db, &trust, error))
        return false;
    *checked = 0;
    for (const QString &table : {Locks, Approvals, Revisions}) {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE deleted = 0 ORDER BY id").arg(table)))
            return Error::set(error, Error::Code::Failure, q.lastError().text());
        while (q.next()) {
            QVariantMap row;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), q.value(i));
            ++*checked;
            const QString problem =
                check(db, table, row.value(QStringLiteral("id")).toString(), row, trust, false);
            if (!problem.isEmpty())
                problems->append(problem);
        }
    }
    return true;
}
