#include "app/rules/TaskClosure.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/FieldCodec.h"
#include "app/catalog/Money.h"
#include "app/catalog/RecordCatalog.h"
#include "app/rules/SignerRoles.h"
#include "app/rules/SiteFormRules.h"
#include "app/rules/SiteReportRules.h"
#include "app/signing/RecordLocks.h"
#include "app/signing/RecordRevisions.h"
#include "app/signing/RecordSigning.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, Error *error)
{
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    return Error::set(
        error, Error::Code::Failure,
        TaskClosure::tr("Cannot read the task's forms: %1").arg(q.lastError().text()));
}

QString personName(Database &db, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT name FROM people WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : id;
}

QString shortTime(const QVariant &iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODate);
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso.toString();
}

} // namespace

TaskClosure::TaskClosure(Database &db) : m_db(db) {}

bool TaskClosure::guards(const QString &state)
{
    return state == QLatin1String("reporting") || state == QLatin1String("callback") ||
           state == QLatin1String("closed");
}

bool TaskClosure::onSite(const QString &taskId, const QVariantMap &task, QList<Missing> *out,
                         Error *error)
{
    if (task.value(QStringLiteral("onsite_end")).toString().isEmpty())
        out->append({Gap::OnsiteEnd,
                     tr("Enter when the engineers left the site (the service report and call-back "
                        "deadlines count from it)."),
                     taskId});
    QDate first, last;
    if (!SiteFormRules::onSiteDays(task, &first, &last)) {
        out->append({Gap::DailyReport,
                     tr("The task has no planned on-site dates, so its daily reports cannot be "
                        "checked; enter the planned start and end."),
                     taskId});
    } else {
        QSqlQuery q(m_db.sql());
        if (!run(q,
                 QStringLiteral("SELECT engineer_id, date FROM daily_reports WHERE task_id = ? "
                                "AND deleted = 0"),
                 {taskId}, error))
            return false;
        QSet<QString> have;
        while (q.next())
            have.insert(q.value(0).toString().toLower() + QLatin1Char('/') + q.value(1).toString());
        const QStringList engineers =
            FieldCodec::listValues(task.value(QStringLiteral("engineer_ids")));
        for (const QString &engineer : engineers) {
            QStringList days;
            for (QDate d = first; d <= last; d = d.addDays(1)) {
                if (!have.contains(engineer.toLower() + QLatin1Char('/') + d.toString(Qt::ISODate)))
                    days << d.toString(Qt::ISODate);
            }
            if (!days.isEmpty())
                out->append(
                    {Gap::DailyReport,
                     tr("No daily report from %1 for %2.")
                         .arg(personName(m_db, engineer), days.join(EnumNames::listSeparator())),
                     engineer});
        }
    }
    QSqlQuery q(m_db.sql());
    if (!run(q,
             QStringLiteral("SELECT id, type, occurred_at FROM anomalies WHERE task_id = ? AND "
                            "deleted = 0 AND notified_at IS NULL ORDER BY occurred_at"),
             {taskId}, error))
        return false;
    while (q.next())
        out->append({Gap::AnomalyNotice,
                     tr("The anomaly \"%1\" of %2 has not been notified; record who was told and "
                        "when.")
                         .arg(EnumNames::text(QStringLiteral("type"), q.value(1).toString()),
                              shortTime(q.value(2))),
                     q.value(0).toString()});
    return true;
}

// Here and below a corrected form counts by its current revision only: a signed report whose
// correction is still a draft is not signed, a call-back's plan added in a correction counts.
bool TaskClosure::reported(const QString &taskId, QList<Missing> *out, Error *error)
{
    QSqlQuery q(m_db.sql());
    if (!run(q,
             QStringLiteral("SELECT COUNT(*) FROM service_reports s WHERE s.task_id = ? AND "
                            "s.deleted = 0 AND s.signed_at IS NOT NULL AND s.signed_by_ids IS NOT "
                            "NULL AND s.signed_by_ids <> '[]' AND ") +
                 RecordRevisions::currentOnly(QStringLiteral("service_reports"),
                                              QStringLiteral("s")),
             {taskId}, error))
        return false;
    if (!q.next() || q.value(0).toInt() == 0)
        out->append({Gap::ServiceReport,
                     tr("The service report (QEF-10-01) is not signed yet by the engineer and "
                        "Robert."),
                     taskId});
    return true;
}

bool TaskClosure::followedUp(const QString &taskId, QList<Missing> *out, Error *error)
{
    QSqlQuery q(m_db.sql());
    if (!run(q,
             QStringLiteral("SELECT b.id, b.satisfaction, b.nps, b.improvement_plan, "
                            "b.improvement_due FROM callbacks b WHERE b.task_id = ? AND "
                            "b.deleted = 0 AND b.called_at IS NOT NULL AND ") +
                 RecordRevisions::currentOnly(QStringLiteral("callbacks"), QStringLiteral("b")),
             {taskId}, error))
        return false;
    bool called = false;
    while (q.next()) {
        called = true;
        // A score not asked counts as no reason for a plan.
        const int satisfaction = q.value(1).isNull() ? 10 : q.value(1).toInt();
        const int nps = q.value(2).isNull() ? 10 : q.value(2).toInt();
        const bool planned = !q.value(3).toString().trimmed().isEmpty() && !q.value(4).isNull();
        if (SiteReportRules::needsImprovementPlan(satisfaction, nps) && !planned)
            out->append({Gap::ImprovementPlan,
                         tr("The call-back scored below 7 (satisfaction %1, NPS %2): open an "
                            "improvement plan with its follow-up date (90 days).")
                             .arg(q.value(1).toString(), q.value(2).toString()),
                         q.value(0).toString()});
    }
    if (!called)
        out->append({Gap::Callback, tr("The customer call-back (QEF-10-03) has not been made yet."),
                     taskId});

    if (!run(q,
             QStringLiteral("SELECT c.id, c.claimant_id, l.date, l.category, l.paid_by, l.amount "
                            "FROM expense_claims c LEFT JOIN expense_lines l ON l.claim_id = c.id "
                            "AND l.deleted = 0 AND l.paid_by = 'customer' AND l.category IN "
                            "('gift', 'hospitality') AND c.declared_on IS NULL "
                            "WHERE c.task_id = ? AND c.deleted = 0 AND ") +
                 RecordRevisions::currentOnly(QStringLiteral("expense_claims"),
                                              QStringLiteral("c")) +
                 QStringLiteral(" ORDER BY c.id, l.line_no"),
             {taskId}, error))
        return false;
    bool claimed = false;
    while (q.next()) {
        claimed = true;
        if (q.value(5).isNull())
            continue;
        const Money amount = Money::fromFen(q.value(5).toLongLong());
        if (SiteReportRules::declarationRequired(q.value(3).toString(), q.value(4).toString(),
                                                 amount))
            out->append(
                {Gap::GiftDeclaration,
                 tr("%1 of RMB %2 paid by the customer on %3 (claim of %4) is not declared "
                    "yet.")
                     .arg(EnumNames::text(QStringLiteral("category"), q.value(3).toString()),
                          amount.toString(), q.value(2).toString(),
                          personName(m_db, q.value(1).toString())),
                 q.value(0).toString()});
    }
    if (!claimed)
        out->append(
            {Gap::ExpenseClaim, tr("There is no expense claim (QEF-10-05) for the task."), taskId});
    return true;
}

bool TaskClosure::missing(const QString &taskId, const QString &state, QList<Missing> *out,
                          Error *error)
{
    out->clear();
    if (!guards(state))
        return true;
    QVariantMap task;
    if (!RecordStore(m_db).get(QStringLiteral("tasks"), taskId, &task, error))
        return false;
    if (!onSite(taskId, task, out, error))
        return false;
    if (state != QLatin1String("reporting") && !reported(taskId, out, error))
        return false;
    if (state == QLatin1String("closed") &&
        (!followedUp(taskId, out, error) || !signedForms(taskId, out, error)))
        return false;
    return true;
}

// The current revision of each form (a correction still being drafted does not count: the
// signed revision it would replace stays current), each unsigned signature named.
bool TaskClosure::signedForms(const QString &taskId, QList<Missing> *out, Error *error)
{
    struct Form
    {
        const char *table;
        const char *label; // SQL giving the text that tells the form apart
    };
    static const Form forms[] = {
        {"briefings", "''"},
        {"daily_reports", "x.date || ' ' || coalesce((SELECT name FROM people p WHERE p.id = "
                          "x.engineer_id), '')"},
        {"service_reports", "''"},
        {"callbacks", "coalesce(x.called_at, '')"},
        {"expense_claims", "coalesce((SELECT name FROM people p WHERE p.id = x.claimant_id), "
                           "'')"},
    };
    RecordSigning signing(m_db);
    RecordLocks locks(m_db);
    for (const Form &f : forms) {
        const QString table = QString::fromLatin1(f.table);
        const RecordKind *kind = RecordCatalog::byTable(table);
        if (!kind)
            continue;
        QSqlQuery q(m_db.sql());
        if (!run(q,
                 QStringLiteral("SELECT x.id, %1 FROM %2 x WHERE x.task_id = ? AND x.deleted = 0 "
                                "AND %3 ORDER BY 2, x.created_at, x.id")
                     .arg(QString::fromLatin1(f.label), table,
                          RecordRevisions::currentOnly(table, QStringLiteral("x"))),
                 {taskId}, error))
            return false;
        QList<QPair<QString, QString>> rows;
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto &row : std::as_const(rows)) {
            bool locked = false;
            if (!locks.isLocked(row.first, &locked, error))
                return false;
            if (locked)
                continue;
            QString what = kind->translatedSingular();
            if (table == QLatin1String("callbacks"))
                what = tr("%1 of %2").arg(what, shortTime(row.second));
            else if (!row.second.trimmed().isEmpty())
                what = tr("%1 (%2)").arg(what, row.second.trimmed());
            QList<RecordSigning::MissingSignature> missing;
            if (!signing.missingSignatures(*kind, row.first, &missing, error))
                return false;
            if (missing.isEmpty()) {
                out->append({Gap::Signature,
                             tr("%1 is signed but not locked: open it and lock it.").arg(what),
                             row.first, table});
                continue;
            }
            for (const RecordSigning::MissingSignature &m : std::as_const(missing)) {
                const SignerRole *role = SignerRoles::find(table, m.role);
                const QString block = role ? role->translatedLabel() : m.role;
                out->append({Gap::Signature,
                             m.personId.isEmpty()
                                 ? tr("%1 is not signed yet: the signature of the %2 is missing.")
                                       .arg(what, block)
                                 : tr("%1 is not signed yet: %2's signature (%3) is missing.")
                                       .arg(what, m.name, block),
                             row.first, table});
            }
        }
    }
    return true;
}

QStringList TaskClosure::missingTexts(const QString &taskId, const QString &state, Error *error)
{
    QList<Missing> gaps;
    QStringList texts;
    if (missing(taskId, state, &gaps, error)) {
        for (const Missing &m : std::as_const(gaps))
            texts << m.text;
    }
    return texts;
}
