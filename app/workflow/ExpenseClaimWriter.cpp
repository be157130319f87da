#include "app/workflow/ExpenseClaimWriter.h"

#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/rules/RecordRules.h"
#include "app/rules/SiteReportRules.h"
#include "app/signing/RecordRevisions.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const RecordKind &claimKind()
{
    return *RecordCatalog::byArray(QStringLiteral("expense_claims"));
}
const RecordKind &lineKind()
{
    return *RecordCatalog::byArray(QStringLiteral("expense_lines"));
}

} // namespace

ExpenseClaimWriter::ExpenseClaimWriter(Database &db) : m_db(db) {}

bool ExpenseClaimWriter::load(const QString &claimId, QVariantMap *claim, QList<QVariantMap> *lines,
                              Error *error)
{
    if (!RecordStore(m_db).get(QStringLiteral("expense_claims"), claimId, claim, error))
        return false;
    lines->clear();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM expense_lines WHERE claim_id = ? AND deleted = 0 "
                             "ORDER BY line_no, created_at"));
    q.addBindValue(claimId);
    if (!q.exec())
        return Error::set(
            error, Error::Code::Failure,
            tr("The lines of the claim cannot be read: %1").arg(q.lastError().text()));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : std::as_const(ids)) {
        QVariantMap line;
        if (!RecordStore(m_db).get(QStringLiteral("expense_lines"), id, &line, error))
            return false;
        lines->append(line);
    }
    return true;
}

QString ExpenseClaimWriter::claimOf(const QString &taskId, const QString &claimantId)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT c.id FROM expense_claims c WHERE c.task_id = ? AND "
                             "c.claimant_id = ? AND c.deleted = 0 AND ") +
              RecordRevisions::latestOnly(QStringLiteral("expense_claims"), QStringLiteral("c")) +
              QStringLiteral(" ORDER BY c.created_at LIMIT 1"));
    q.addBindValue(taskId);
    q.addBindValue(claimantId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QSet<QString> ExpenseClaimWriter::pendingDeclarations(Error *error)
{
    QSet<QString> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral(
                "SELECT c.id, l.category, l.paid_by, l.amount FROM expense_claims c JOIN "
                "expense_lines l ON l.claim_id = c.id WHERE c.deleted = 0 AND l.deleted = 0 AND "
                "c.declared_on IS NULL AND l.paid_by = 'customer' AND l.category IN ('gift', "
                "'hospitality') AND ") +
            RecordRevisions::currentOnly(QStringLiteral("expense_claims"), QStringLiteral("c")))) {
        Error::set(error, Error::Code::Failure,
                   tr("The gift declarations cannot be read: %1").arg(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        if (SiteReportRules::declarationRequired(q.value(1).toString(), q.value(2).toString(),
                                                 Money::fromFen(q.value(3).toLongLong())))
            out.insert(q.value(0).toString());
    }
    return out;
}

QList<QPair<QString, QString>> ExpenseClaimWriter::dailyReports(const QString &taskId)
{
    QList<QPair<QString, QString>> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.id, d.date, p.name FROM daily_reports d LEFT JOIN people "
                             "p ON p.id = d.engineer_id WHERE d.task_id = ? AND d.deleted = 0 "
                             "AND ") +
              RecordRevisions::currentOnly(QStringLiteral("daily_reports"), QStringLiteral("d")) +
              QStringLiteral(" ORDER BY d.date, p.name"));
    q.addBindValue(taskId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(),
                    tr("%1 %2").arg(q.value(1).toString(), q.value(2).toString()).trimmed()});
    return out;
}

bool ExpenseClaimWriter::checkLine(const LineWrite &line, Error *error)
{
    const int number = line.fields.value(QStringLiteral("line_no")).toInt();
    Error e;
    bool ok = true;
    for (const FieldSpec &spec : lineKind().storedFields()) {
        if (!FieldCodec::validate(spec, line.fields.value(spec.key), QString(), &e)) {
            ok = false;
            break;
        }
    }
    if (ok && !RecordRules::check(m_db, lineKind(), line.id, line.fields, &e))
        ok = false;
    if (ok)
        return true;
    return Error::set(error, e.code, tr("Line %1 — %2").arg(number).arg(e.message), line.id,
                      e.field);
}

bool ExpenseClaimWriter::checkClaim(const QString &claimId, const QVariantMap &base,
                                    const QVariantMap &claim, Error *error)
{
    QVariantMap record = base;
    for (auto it = claim.cbegin(); it != claim.cend(); ++it)
        record.insert(it.key(), it.value());
    for (const FieldSpec &spec : claimKind().storedFields()) {
        if (!FieldCodec::validate(spec, record.value(spec.key), QString(), error)) {
            if (error)
                error->recordId = claimId;
            return false;
        }
    }
    if (!RecordRules::check(m_db, claimKind(), claimId, record, error))
        return false;
    // §5.3.1.3: gifts are declared to administration (王婧), nobody else.
    const QString to = record.value(QStringLiteral("declared_to_id")).toString();
    if (!to.isEmpty()) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT roles FROM people WHERE id = ? AND deleted = 0"));
        q.addBindValue(to);
        const bool admin = q.exec() && q.next() &&
                           FieldCodec::listValues(q.value(0)).contains(QStringLiteral("admin"));
        if (!admin)
            return Error::set(error, Error::Code::Validation,
                              tr("Declared to: gifts and hospitality are declared to "
                                 "administration (王婧); choose a person with the administration "
                                 "role."),
                              claimId, QStringLiteral("declared_to_id"));
    }
    return true;
}

bool ExpenseClaimWriter::save(const QString &claimId, bool isNew, const QVariantMap &base,
                              const QVariantMap &claim, const QList<LineWrite> &lines,
                              const QStringList &removedLineIds, Error *error)
{
    if (!checkClaim(claimId, base, claim, error))
        return false;
    for (const LineWrite &line : lines) {
        if (!checkLine(line, error))
            return false;
    }
    Transaction tx(m_db);
    RecordStore store(m_db);
    bool ok = isNew ? store.insert(QStringLiteral("expense_claims"), claimId, claim, error)
                    : store.update(QStringLiteral("expense_claims"), claimId, claim, error);
    for (int i = 0; ok && i < lines.size(); ++i) {
        const LineWrite &line = lines.at(i);
        ok = line.isNew
                 ? store.insert(QStringLiteral("expense_lines"), line.id, line.fields, error)
                 : store.update(QStringLiteral("expense_lines"), line.id, line.fields, error);
        if (!ok && error)
            error->message = tr("Line %1 — %2").arg(i + 1).arg(error->message);
    }
    for (int i = 0; ok && i < removedLineIds.size(); ++i)
        ok = store.remove(QStringLiteral("expense_lines"), removedLineIds.at(i), error);
    ok = ok && tx.commit(error);
    if (!ok)
        tx.rollback();
    return ok;
}
