#include "app/people/L3Seal.h"

#include "app/catalog/FieldCodec.h"
#include "app/rules/KnowhowAccess.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Level = QStringLiteral("level");
const QString TaskIds = QStringLiteral("task_ids");

QString textField()
{
    return QString::fromLatin1(L3Seal::TextField);
}

QString table()
{
    return QString::fromLatin1(L3Seal::Table);
}

bool queryFailed(Error *error, const QSqlQuery &q)
{
    return Error::set(error, Error::Code::Failure, q.lastError().text());
}

} // namespace

bool L3Seal::isL3(const QVariantMap &entry)
{
    return KnowhowAccess::isRestricted(entry.value(Level).toString());
}

bool L3Seal::readers(const QStringList &taskIds, const QDate &today, Readers *out,
                     Error *error) const
{
    *out = Readers();
    PeopleKeys keys(m_db);
    QHash<QString, PeopleKeys::Enrolment> trusted;
    if (!keys.trustedKeys(&trusted, error))
        return false;
    // The newest trusted key of each person.
    QHash<QString, PeopleKeys::Enrolment> newest;
    for (const PeopleKeys::Enrolment &e : std::as_const(trusted)) {
        const auto it = newest.constFind(e.personId);
        if (it == newest.constEnd() || e.enrolledAt > it->enrolledAt ||
            (e.enrolledAt == it->enrolledAt && e.id > it->id))
            newest.insert(e.personId, e);
    }
    for (const QString &id : KnowhowAccess::allowedIds(m_db, taskIds, today)) {
        const auto it = newest.constFind(id);
        if (it == newest.constEnd()) {
            out->withoutKey << keys.personName(id);
            continue;
        }
        out->recipients << SealedText::Recipient{id, it->keyId, it->sealKey};
    }
    return true;
}

bool L3Seal::prepareWrite(const QString &id, const QVariantMap &stored, QVariantMap *changes,
                          Error *error) const
{
    if (changes->isEmpty())
        return true;
    QVariantMap merged = stored;
    merged.insert(*changes);
    const QString text = merged.value(textField()).toString();
    const bool textWritten = changes->contains(textField());
    if (isL3(merged)) {
        if (text.isEmpty())
            return true;
        if (SealedText::isSealed(text)) {
            // A sealed text from a file or another desk: only its form can be checked here.
            if (textWritten && !SealedText::isWellFormed(text))
                return Error::set(error, Error::Code::Validation,
                                  tr("The sealed L3 text of %1 is damaged.").arg(id), id,
                                  textField());
            return true;
        }
        // In clear: sealed now with a fresh content key to today's readers.
        Readers r;
        if (!readers(FieldCodec::listValues(merged.value(TaskIds)), QDate::currentDate(), &r,
                     error))
            return false;
        if (r.recipients.isEmpty())
            return Error::set(
                error, Error::Code::Validation,
                tr("The L3 text cannot be stored: none of the people allowed to read it (%1) "
                   "has a confirmed personal key to seal it to. Enrol one of them first "
                   "(File › Settings › People at this desk).")
                    .arg(r.withoutKey.isEmpty() ? tr("nobody") : r.withoutKey.join(tr(", "))),
                id, textField());
        QString sealed;
        if (!SealedText::seal(id, text, SealedText::newContentKey(), r.recipients, &sealed, error))
            return false;
        changes->insert(textField(), sealed);
        return true;
    }
    if (SealedText::isSealed(text))
        return Error::set(error, Error::Code::Validation,
                          tr("Its text is sealed: open the entry (with your PIN) before "
                             "lowering its level, so the text can be written in clear."),
                          id, Level);
    if (!textWritten && !text.isEmpty()) {
        // Lowered from L3 in the editor: the opened text replaces the sealed one.
        QVariantMap row;
        if (RecordStore(m_db).get(table(), id, &row, nullptr) &&
            SealedText::isSealed(row.value(textField()).toString()))
            changes->insert(textField(), text);
    }
    return true;
}

bool L3Seal::open(const QString &id, const PeopleKeys::Unlocked &person, const QDate &today,
                  QString *plain, Readers *readersOut, Error *error)
{
    QVariantMap row;
    if (!RecordStore(m_db).get(table(), id, &row, error))
        return false;
    Readers r;
    if (!readers(FieldCodec::listValues(row.value(TaskIds)), today, &r, error))
        return false;
    if (readersOut)
        *readersOut = r;
    const QString text = row.value(textField()).toString();
    if (!SealedText::isSealed(text)) {
        *plain = text;
        return true;
    }
    QByteArray contentKey;
    if (!SealedText::open(id, text, person.personId, person.keyId, person.keys.sealPrivate, plain,
                          &contentKey, error)) {
        // Allowed, but the text does not open with their key: a refusal all the same.
        AuditLog(m_db).append(
            QStringLiteral("l3_refused"), table(), id,
            QStringLiteral("person=%1; reason=not_sealed_to_key").arg(person.personId), nullptr);
        return false;
    }
    SealedText::Envelope envelope;
    bool ok = true;
    if (SealedText::parse(text, &envelope) && !r.recipients.isEmpty() &&
        SealedText::wrapIds(envelope) != SealedText::recipientIds(r.recipients)) {
        // The readers changed since it was sealed: wrap the key to today's readers.
        QString rewrapped;
        Transaction tx(m_db);
        ok = SealedText::rewrap(id, text, contentKey, r.recipients, &rewrapped, error) &&
             RecordStore(m_db).update(table(), id, {{textField(), rewrapped}}, error) &&
             tx.commit(error);
        if (!ok)
            tx.rollback();
    }
    contentKey.fill('\0');
    return ok;
}

bool L3Seal::rewriteStoredCopies(Database &db, const QString &table, const QString &id,
                                 const QString &field,
                                 const std::function<QString(const QString &)> &seal, int *inClear,
                                 Error *error)
{
    struct Copy
    {
        const char *table;
        const char *column;
    };
    static const Copy copies[] = {{"change_log", "value"},
                                  {"sync_changes", "value"},
                                  {"sync_conflicts", "kept"},
                                  {"sync_conflicts", "other"}};
    int found = 0;
    for (const Copy &c : copies) {
        const QString t = QString::fromLatin1(c.table);
        const QString col = QString::fromLatin1(c.column);
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT DISTINCT %2 FROM %1 WHERE record_table = ? AND "
                                 "record_id = ? AND field = ? AND typeof(%2) = 'text'")
                      .arg(t, col));
        q.addBindValue(table);
        q.addBindValue(id);
        q.addBindValue(field);
        if (!q.exec())
            return queryFailed(error, q);
        QStringList clear;
        while (q.next()) {
            const QString value = q.value(0).toString();
            if (!value.isEmpty() && !SealedText::isSealed(value))
                clear << value;
        }
        found += int(clear.size());
        if (!seal)
            continue;
        for (const QString &value : std::as_const(clear)) {
            const QString sealed = seal(value);
            if (sealed.isEmpty())
                return Error::set(error, Error::Code::Failure,
                                  tr("The L3 text of %1 could not be sealed.").arg(id), id, field);
            QSqlQuery u(db.sql());
            u.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE record_table = ? AND "
                                     "record_id = ? AND field = ? AND %2 = ?")
                          .arg(t, col));
            u.addBindValue(sealed);
            u.addBindValue(table);
            u.addBindValue(id);
            u.addBindValue(field);
            u.addBindValue(value);
            if (!u.exec())
                return queryFailed(error, u);
        }
    }
    if (inClear)
        *inClear = found;
    return true;
}

bool L3Seal::sealStoredPlaintext(int *sealedCount, int *unsealable, Error *error)
{
    *sealedCount = 0;
    *unsealable = 0;
    struct Entry
    {
        QString id;
        QStringList taskIds;
        QString text;
    };
    QList<Entry> todo;
    {
        // Tombstoned entries too: their text is still in the file.
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, task_ids, %1 FROM %2 WHERE level = 'L3'")
                        .arg(textField(), table())))
            return queryFailed(error, q);
        QList<Entry> all;
        while (q.next())
            all << Entry{q.value(0).toString(), FieldCodec::listValues(q.value(1)),
                         q.value(2).toString()};
        for (const Entry &e : std::as_const(all)) {
            int copies = 0;
            if (!rewriteStoredCopies(m_db, table(), e.id, textField(), {}, &copies, error))
                return false;
            if (copies > 0 || (!e.text.isEmpty() && !SealedText::isSealed(e.text)))
                todo << e;
        }
    }
    if (todo.isEmpty())
        return true;
    // Freed pages are overwritten with zeros, so the replaced text does not linger in them.
    QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA secure_delete = ON"));
    const QDate today = QDate::currentDate();
    Transaction tx(m_db);
    for (const Entry &e : std::as_const(todo)) {
        Readers r;
        if (!readers(e.taskIds, today, &r, error)) {
            tx.rollback();
            return false;
        }
        if (r.recipients.isEmpty()) {
            ++*unsealable;
            continue;
        }
        const auto seal = [&e, &r](const QString &plain) {
            QString out;
            return SealedText::seal(e.id, plain, SealedText::newContentKey(), r.recipients, &out,
                                    nullptr)
                       ? out
                       : QString();
        };
        if (!e.text.isEmpty() && !SealedText::isSealed(e.text)) {
            // In place: the version stays, so other desks see no new change and no conflict.
            const QString sealed = seal(e.text);
            QSqlQuery u(m_db.sql());
            u.prepare(
                QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table(), textField()));
            u.addBindValue(sealed);
            u.addBindValue(e.id);
            if (sealed.isEmpty() || !u.exec()) {
                tx.rollback();
                return sealed.isEmpty()
                           ? Error::set(error, Error::Code::Failure,
                                        tr("The L3 text of %1 could not be sealed.").arg(e.id))
                           : queryFailed(error, u);
            }
        }
        if (!rewriteStoredCopies(m_db, table(), e.id, textField(), seal, nullptr, error)) {
            tx.rollback();
            return false;
        }
        ++*sealedCount;
    }
    if ((*sealedCount > 0 &&
         !AuditLog(m_db).append(
             QStringLiteral("l3_sealed"), table(), QString(),
             QStringLiteral("entries=%1; not_sealed=%2").arg(*sealedCount).arg(*unsealable),
             error)) ||
        !tx.commit(error)) {
        tx.rollback();
        return false;
    }
    return true;
}
