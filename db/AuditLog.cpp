#include "db/AuditLog.h"

#include "db/BusyDatabase.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString GenesisHash = QString(64, QLatin1Char('0'));
const QString HeadSeqKey = QStringLiteral("audit_head_seq");
const QString HeadHashKey = QStringLiteral("audit_head_hash");
// The last entry a check found intact (verifySinceCheckpoint starts after it).
const QString CheckedSeqKey = QStringLiteral("audit_checked_seq");
const QString CheckedHashKey = QStringLiteral("audit_checked_hash");
} // namespace

AuditLog::AuditLog(Database &db) : m_db(db) {}

QString AuditLog::hashOf(const Entry &e)
{
    // Unit separators keep "ab"+"c" and "a"+"bc" apart.
    const QString canonical =
        QStringList{QString::number(e.seq), e.at,       e.actor,  e.device,  e.action,
                    e.recordTable,          e.recordId, e.detail, e.prevHash}
            .join(QChar(0x1f));
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool AuditLog::append(const QString &action, const QString &recordTable, const QString &recordId,
                      const QString &detail, Error *error)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.commit(error); // says why it could not begin (busy): nothing is written
    Entry e;
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return Error::set(error, Error::Code::Failure, q.lastError().text());
    if (q.next()) {
        e.seq = q.value(0).toLongLong() + 1;
        e.prevHash = q.value(1).toString();
    } else {
        e.seq = 1;
        e.prevHash = GenesisHash;
    }
    q.finish();
    const QDateTime now = QDateTime::currentDateTime();
    e.at = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODateWithMs);
    e.actor = m_db.actor();
    e.device = m_db.deviceId();
    e.action = action;
    e.recordTable = recordTable;
    e.recordId = recordId;
    e.detail = detail;
    e.hash = hashOf(e);
    q.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, actor, device, action, "
                             "record_table, record_id, detail, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(e.seq), QVariant(e.at), QVariant(e.actor), QVariant(e.device),
          QVariant(e.action), QVariant(e.recordTable), QVariant(e.recordId), QVariant(e.detail),
          QVariant(e.prevHash), QVariant(e.hash)})
        q.addBindValue(v);
    if (!q.exec())
        return Error::set(
            error, Error::Code::Failure,
            BusyDatabase::describe(q.lastError(),
                                   tr("Cannot write the audit log: %1").arg(q.lastError().text())));
    if (!m_db.setMeta(HeadSeqKey, QString::number(e.seq), error) ||
        !m_db.setMeta(HeadHashKey, e.hash, error))
        return false;
    return tx.commit(error);
}

QList<AuditLog::Entry> AuditLog::entries(int limit) const
{
    QList<Entry> result;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT seq, at, actor, device, action, record_table, record_id, "
                          "detail, prev_hash, hash FROM audit_log ORDER BY seq") +
           (limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    while (q.next()) {
        Entry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.device = q.value(3).toString();
        e.action = q.value(4).toString();
        e.recordTable = q.value(5).toString();
        e.recordId = q.value(6).toString();
        e.detail = q.value(7).toString();
        e.prevHash = q.value(8).toString();
        e.hash = q.value(9).toString();
        result.append(e);
    }
    return result;
}

bool AuditLog::walk(qint64 afterSeq, const QString &afterHash, QStringList *found, qint64 *lastSeq,
                    QString *lastHash, qint64 *read) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true); // one row at a time, however long the log
    q.prepare(QStringLiteral("SELECT seq, at, actor, device, action, record_table, record_id, "
                             "detail, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq"));
    q.addBindValue(afterSeq);
    if (!q.exec()) {
        *found << tr("The audit log cannot be read: %1").arg(q.lastError().text());
        return false;
    }
    QString previous = afterHash;
    qint64 expectedSeq = afterSeq + 1;
    Entry e;
    while (q.next()) {
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.device = q.value(3).toString();
        e.action = q.value(4).toString();
        e.recordTable = q.value(5).toString();
        e.recordId = q.value(6).toString();
        e.detail = q.value(7).toString();
        e.prevHash = q.value(8).toString();
        e.hash = q.value(9).toString();
        if (e.seq != expectedSeq)
            *found << tr("Audit entries %1 to %2 are missing.").arg(expectedSeq).arg(e.seq - 1);
        if (e.prevHash != previous)
            *found << tr("Audit entry %1 does not follow the entry before it.").arg(e.seq);
        if (hashOf(e) != e.hash)
            *found << tr("Audit entry %1 was changed after it was written.").arg(e.seq);
        previous = e.hash;
        expectedSeq = e.seq + 1;
        ++*read;
    }
    *lastSeq = expectedSeq - 1;
    *lastHash = previous;
    const qint64 headSeq = m_db.meta(HeadSeqKey).toLongLong();
    const QString headHash = m_db.meta(HeadHashKey);
    if (headSeq != *lastSeq || (headSeq > 0 && headHash != previous))
        *found << tr("The newest audit entries were removed (the log ends at %1, the database "
                     "recorded %2).")
                      .arg(*lastSeq)
                      .arg(headSeq);
    return found->isEmpty();
}

void AuditLog::saveCheckpoint(qint64 seq, const QString &hash)
{
    if (m_db.meta(CheckedSeqKey) == QString::number(seq) && m_db.meta(CheckedHashKey) == hash)
        return;
    // Best effort: a database opened read-only is still verified, the next check repeats it.
    Transaction tx(m_db);
    if (m_db.setMeta(CheckedSeqKey, QString::number(seq), nullptr) &&
        m_db.setMeta(CheckedHashKey, hash, nullptr))
        tx.commit(nullptr);
}

bool AuditLog::verify(QStringList *problems)
{
    QStringList found;
    qint64 lastSeq = 0, read = 0;
    QString lastHash;
    const bool intact = walk(0, GenesisHash, &found, &lastSeq, &lastHash, &read);
    if (intact)
        saveCheckpoint(lastSeq, lastHash);
    if (problems)
        *problems = found;
    return intact;
}

bool AuditLog::verifySinceCheckpoint(QStringList *problems, qint64 *checked)
{
    QStringList found;
    qint64 fromSeq = m_db.meta(CheckedSeqKey).toLongLong();
    QString fromHash = m_db.meta(CheckedHashKey);
    if (fromSeq > 0) {
        // The checkpoint entry must still be the one checked: an edit of it, or a log cut
        // back to before it, is found here; older entries are the full check's business.
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
        q.addBindValue(fromSeq);
        if (!q.exec() || !q.next() || q.value(0).toString() != fromHash) {
            found << tr("Audit entry %1 was changed or removed after it was checked.").arg(fromSeq);
            fromSeq = 0; // and check everything, to name every break
        }
    }
    if (fromSeq <= 0) {
        fromSeq = 0;
        fromHash = GenesisHash;
    }
    qint64 lastSeq = 0, read = 0;
    QString lastHash;
    const bool intact =
        walk(fromSeq, fromHash, &found, &lastSeq, &lastHash, &read) && found.isEmpty();
    if (intact)
        saveCheckpoint(lastSeq, lastHash);
    if (checked)
        *checked = read;
    if (problems)
        *problems = found;
    return intact;
}
