#include "app/workflow/DailyReportEntry.h"

#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/rules/RecordRules.h"
#include "app/rules/SiteFormRules.h"
#include "app/signing/RecordLocks.h"
#include "app/signing/RecordRevisions.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString Reports = QStringLiteral("daily_reports");
const QString Claims = QStringLiteral("expense_claims");
const QString Lines = QStringLiteral("expense_lines");

bool sqlFailed(const QSqlQuery &q, Error *error)
{
    return Error::set(
        error, Error::Code::Failure,
        DailyReportEntry::tr("The database could not be read: %1").arg(q.lastError().text()));
}
} // namespace

DailyReportEntry::DailyReportEntry(Database &db) : m_db(db) {}

QStringList DailyReportEntry::engineersOf(const QString &taskId) const
{
    QVariantMap task;
    if (taskId.isEmpty() || !RecordStore(m_db).get(QStringLiteral("tasks"), taskId, &task, nullptr))
        return {};
    return FieldCodec::listValues(task.value(QStringLiteral("engineer_ids")));
}

bool DailyReportEntry::suggest(const QString &taskId, const QDate &today, QString *engineerId,
                               QDate *date) const
{
    QVariantMap task;
    QDate first, last;
    if (taskId.isEmpty() ||
        !RecordStore(m_db).get(QStringLiteral("tasks"), taskId, &task, nullptr) ||
        !SiteFormRules::onSiteDays(task, &first, &last))
        return false;
    const QStringList engineers =
        FieldCodec::listValues(task.value(QStringLiteral("engineer_ids")));
    if (engineers.isEmpty())
        return false;
    QSet<QString> reported; // "engineer date"
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT engineer_id, date FROM daily_reports WHERE task_id = ? AND deleted = 0"));
    q.addBindValue(taskId);
    if (q.exec()) {
        while (q.next())
            reported.insert(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString());
    }
    const QDate nearest = qBound(first, today, last);
    QList<QDate> days{nearest};
    for (QDate d = first; d <= qMin(last, qMax(today, first)); d = d.addDays(1)) {
        if (d != nearest)
            days << d;
    }
    // Every day up to today reported: tomorrow's, when it is an on-site day (typed the evening
    // before; the task page lists it as missing), rather than a day already taken.
    if (today >= first && today < last)
        days << today.addDays(1);
    for (const QDate &d : std::as_const(days)) {
        for (const QString &engineer : engineers) {
            if (!reported.contains(engineer + QLatin1Char(' ') + d.toString(Qt::ISODate))) {
                *engineerId = engineer;
                *date = d;
                return true;
            }
        }
    }
    *engineerId = engineers.first();
    *date = nearest;
    return true;
}

QString DailyReportEntry::previousPlan(const QString &taskId, const QString &engineerId,
                                       const QDate &date, QDate *from) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT d.plan, d.date FROM daily_reports d WHERE d.task_id = ? AND "
                             "d.engineer_id = ? AND d.date < ? AND d.deleted = 0 AND ") +
              RecordRevisions::currentOnly(Reports, QStringLiteral("d")) +
              QStringLiteral(" ORDER BY d.date DESC LIMIT 1"));
    q.addBindValue(taskId);
    q.addBindValue(engineerId);
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return QString();
    if (from)
        *from = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    return q.value(0).toString();
}

QStringList DailyReportEntry::expenseLineIds(const QString &reportId) const
{
    // A corrected report keeps the lines entered with the revisions it replaced (they belong to
    // the claim, which may be signed); a corrected claim carries copies of its lines, so only
    // the lines of current claims count.
    QStringList chain;
    RecordRevisions(m_db).chainOf(reportId, &chain, nullptr);
    if (chain.isEmpty())
        chain << reportId;
    QStringList marks;
    for (int i = 0; i < chain.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT l.id FROM expense_lines l JOIN expense_claims c ON c.id = "
                             "l.claim_id AND c.deleted = 0 WHERE l.daily_report_id IN (%1) AND "
                             "l.deleted = 0 AND ")
                  .arg(marks.join(QLatin1Char(','))) +
              RecordRevisions::currentOnly(Claims, QStringLiteral("c")) +
              QStringLiteral(" ORDER BY c.created_at, l.line_no, l.id"));
    for (const QString &id : std::as_const(chain))
        q.addBindValue(id);
    QStringList ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

QList<DailyReportEntry::Expense> DailyReportEntry::expensesOf(const QString &reportId) const
{
    QList<Expense> out;
    RecordStore store(m_db);
    RecordLocks locks(m_db);
    for (const QString &lineId : expenseLineIds(reportId)) {
        QVariantMap line, claim;
        if (!store.get(Lines, lineId, &line, nullptr))
            continue;
        const QString claimId = line.value(QStringLiteral("claim_id")).toString();
        store.get(Claims, claimId, &claim, nullptr);
        bool signedClaim = false;
        locks.isLocked(claimId, &signedClaim, nullptr);
        Expense e;
        e.id = lineId;
        e.category = line.value(QStringLiteral("category")).toString();
        e.description = line.value(QStringLiteral("description")).toString();
        e.amount = Money::fromFen(line.value(QStringLiteral("amount")).toLongLong()).toString();
        e.paidBy = line.value(QStringLiteral("paid_by")).toString();
        e.receipt = line.value(QStringLiteral("receipt")).toInt() != 0;
        // A submitted or signed claim's lines are kept as they are.
        e.locked = signedClaim || !claim.value(QStringLiteral("submitted_at")).toString().isEmpty();
        out << e;
    }
    return out;
}

bool DailyReportEntry::parseAmount(const QString &text, Money *out, QString *problem)
{
    static const QRegularExpression tooPrecise(QStringLiteral("^-?\\d+\\.\\d{3,}$"));
    const QString t = text.trimmed();
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (t.isEmpty())
        return fail(tr("enter the amount in RMB, like 280.00."));
    if (t.startsWith(QLatin1Char('-')))
        return fail(tr("%1 is negative; amounts are never negative. Enter what was paid.").arg(t));
    if (tooPrecise.match(t).hasMatch())
        return fail(tr("%1 has more than two decimals; RMB amounts go to the fen (0.01).").arg(t));
    Money m;
    if (!Money::parse(t, &m, false))
        return fail(tr("\"%1\" is not an amount; type digits with at most two decimals, like "
                       "280.00.")
                        .arg(t.left(40)));
    if (m.fen() == 0)
        return fail(tr("the amount is 0.00; enter what was paid or remove the line."));
    if (out)
        *out = m;
    return true;
}

QString DailyReportEntry::expenseField(int row, const QString &key)
{
    return QStringLiteral("expenses/%1/%2").arg(row).arg(key);
}

bool DailyReportEntry::parseExpenseField(const QString &field, int *row, QString *key)
{
    const QStringList parts = field.split(QLatin1Char('/'));
    bool ok = false;
    const int r =
        parts.size() == 3 && parts.at(0) == QLatin1String("expenses") ? parts.at(1).toInt(&ok) : -1;
    if (!ok)
        return false;
    if (row)
        *row = r;
    if (key)
        *key = parts.at(2);
    return true;
}

bool DailyReportEntry::check(const QString &reportId, const QVariantMap &report,
                             const QList<Expense> &expenses, Error *error) const
{
    const RecordKind *kind = RecordCatalog::byArray(Reports);
    const RecordKind *lineKind = RecordCatalog::byArray(Lines);
    for (const FieldSpec &spec : kind->fields) {
        if (!spec.derived &&
            !FieldCodec::validate(spec, report.value(spec.key), QString(), error)) {
            if (error)
                error->recordId = reportId;
            return false;
        }
    }
    QVariantMap merged;
    RecordStore(m_db).get(Reports, reportId, &merged, nullptr);
    for (auto it = report.cbegin(); it != report.cend(); ++it)
        merged.insert(it.key(), it.value());
    if (!RecordRules::check(m_db, *kind, reportId, merged, error))
        return false;
    for (int row = 0; row < expenses.size(); ++row) {
        const Expense &e = expenses.at(row);
        if (e.locked)
            continue;
        const auto fail = [&](const char *key, const QString &problem) {
            return Error::set(error, Error::Code::Validation,
                              tr("Expense %1: %2").arg(row + 1).arg(problem), reportId,
                              expenseField(row, QString::fromLatin1(key)));
        };
        QString problem;
        if (!parseAmount(e.amount, nullptr, &problem))
            return fail("amount", problem);
        for (const char *key : {"category", "description", "paid_by"}) {
            const QString k = QString::fromLatin1(key);
            const QString value = k == QLatin1String("category")      ? e.category
                                  : k == QLatin1String("description") ? e.description
                                                                      : e.paidBy;
            Error e2;
            if (!FieldCodec::validate(*lineKind->field(k), value.isEmpty() ? QVariant() : value,
                                      QString(), &e2))
                return fail(key, e2.message);
        }
    }
    return true;
}

bool DailyReportEntry::openClaim(const QString &taskId, const QString &engineerId, QString *claimId,
                                 Error *error)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM expense_claims WHERE task_id = ? AND claimant_id = ? "
                             "AND deleted = 0 AND (submitted_at IS NULL OR submitted_at = '') "
                             "ORDER BY created_at LIMIT 1"));
    q.addBindValue(taskId);
    q.addBindValue(engineerId);
    if (!q.exec())
        return sqlFailed(q, error);
    if (q.next()) {
        *claimId = q.value(0).toString();
        return true;
    }
    *claimId = RecordStore::newId();
    return RecordStore(m_db).insert(
        Claims, *claimId,
        {{QStringLiteral("task_id"), taskId}, {QStringLiteral("claimant_id"), engineerId}}, error);
}

int DailyReportEntry::nextLineNo(const QString &claimId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT MAX(line_no) FROM expense_lines WHERE claim_id = ?"));
    q.addBindValue(claimId);
    return q.exec() && q.next() ? q.value(0).toInt() + 1 : 1;
}

bool DailyReportEntry::save(const QString &reportId, const QVariantMap &report,
                            const QList<Expense> &expenses, Error *error)
{
    if (!check(reportId, report, expenses, error))
        return false;
    const QString taskId = report.value(QStringLiteral("task_id")).toString();
    const QString engineerId = report.value(QStringLiteral("engineer_id")).toString();
    const QString date = report.value(QStringLiteral("date")).toString();

    Transaction tx(m_db);
    RecordStore store(m_db);
    const bool isNew = !store.exists(Reports, reportId);
    if (!(isNew ? store.insert(Reports, reportId, report, error)
                : store.update(Reports, reportId, report, error)))
        return false;

    // Lines this report had that are no longer listed are removed (unless their claim is
    // submitted: those stay as they are).
    QSet<QString> kept;
    for (const Expense &e : expenses) {
        if (!e.id.isEmpty())
            kept.insert(e.id);
    }
    for (const Expense &old : expensesOf(reportId)) {
        if (!old.locked && !kept.contains(old.id) && !store.remove(Lines, old.id, error))
            return false;
    }

    QString claimId;
    for (const Expense &e : expenses) {
        if (e.locked)
            continue;
        Money amount;
        parseAmount(e.amount, &amount, nullptr);
        QVariantMap line{
            {QStringLiteral("date"), date},
            {QStringLiteral("category"), e.category},
            {QStringLiteral("description"),
             e.description.isEmpty() ? QVariant() : QVariant(e.description)},
            {QStringLiteral("amount"), amount.fen()},
            {QStringLiteral("paid_by"), e.paidBy},
            {QStringLiteral("receipt"), e.receipt ? 1 : 0},
            {QStringLiteral("daily_report_id"), reportId},
        };
        if (claimId.isEmpty() && !openClaim(taskId, engineerId, &claimId, error))
            return false;
        QVariantMap stored;
        if (!e.id.isEmpty() && store.get(Lines, e.id, &stored, nullptr)) {
            // A report moved to another engineer or task takes its lines to that claim.
            if (stored.value(QStringLiteral("claim_id")).toString() != claimId) {
                line.insert(QStringLiteral("claim_id"), claimId);
                line.insert(QStringLiteral("line_no"), nextLineNo(claimId));
            }
            if (!store.update(Lines, e.id, line, error))
                return false;
            continue;
        }
        line.insert(QStringLiteral("claim_id"), claimId);
        line.insert(QStringLiteral("line_no"), nextLineNo(claimId));
        if (!store.insert(Lines, RecordStore::newId(), line, error))
            return false;
    }
    return tx.commit(error);
}
