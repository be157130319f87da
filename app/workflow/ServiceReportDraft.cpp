#include "app/workflow/ServiceReportDraft.h"

#include "app/catalog/FieldCodec.h"
#include "app/signing/RecordRevisions.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

QString nameOf(Database &db, const QString &table, const QString &id)
{
    QVariantMap record;
    if (id.isEmpty() || !RecordStore(db).get(table, id, &record, nullptr))
        return QString();
    return record.value(QStringLiteral("name")).toString();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("?");
}

} // namespace

bool ServiceReportDraft::gather(Database &db, const QString &taskId, Inputs *in, Error *error)
{
    QVariantMap task;
    if (!RecordStore(db).get(QStringLiteral("tasks"), taskId, &task, error))
        return false;
    const auto text = [&task](const char *key) {
        return task.value(QString::fromLatin1(key)).toString();
    };
    *in = Inputs();
    in->taskId = taskId;
    in->number = text("number");
    in->customer = nameOf(db, QStringLiteral("customers"), text("customer_id"));
    in->site = text("site");
    in->subject = text("title");
    in->start = QDate::fromString(text("planned_start"), Qt::ISODate);
    in->end = QDateTime::fromString(text("onsite_end"), Qt::ISODate).date();
    if (!in->end.isValid())
        in->end = QDate::fromString(text("planned_end"), Qt::ISODate);
    for (const QString &id : FieldCodec::listValues(task.value(QStringLiteral("engineer_ids"))))
        in->engineers << nameOf(db, QStringLiteral("people"), id);

    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT objectives FROM briefings WHERE task_id = ? AND deleted = 0 "
                             "ORDER BY created_at LIMIT 1"));
    q.addBindValue(taskId);
    if (q.exec() && q.next())
        in->objectives = q.value(0).toString().trimmed();

    // Current revisions only: a corrected daily report or claim counts once, as corrected.
    q.prepare(QStringLiteral("SELECT d.date, d.engineer_id, d.findings FROM daily_reports d "
                             "WHERE d.task_id = ? AND d.deleted = 0 AND ") +
              RecordRevisions::currentOnly(QStringLiteral("daily_reports"), QStringLiteral("d")) +
              QStringLiteral(" ORDER BY d.date, d.created_at"));
    q.addBindValue(taskId);
    q.exec();
    while (q.next()) {
        const QString findings = q.value(2).toString().trimmed();
        if (!findings.isEmpty())
            in->findings.append({QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                 q.value(1).toString(), findings});
    }
    for (Finding &f : in->findings)
        f.engineer = nameOf(db, QStringLiteral("people"), f.engineer);

    // Exact sums: amounts are whole fen, added as integers.
    q.prepare(
        QStringLiteral(
            "SELECT c.claimant_id, l.paid_by, l.amount FROM expense_claims c JOIN expense_lines l "
            "ON l.claim_id = c.id AND l.deleted = 0 WHERE c.task_id = ? AND c.deleted = 0 AND ") +
        RecordRevisions::currentOnly(QStringLiteral("expense_claims"), QStringLiteral("c")) +
        QStringLiteral(" ORDER BY c.submitted_at, c.created_at, l.line_no"));
    q.addBindValue(taskId);
    q.exec();
    QStringList order;
    QHash<QString, Money> byClaimant;
    while (q.next()) {
        const Money amount = Money::fromFen(q.value(2).toLongLong());
        if (q.value(1).toString() == QLatin1String("customer")) {
            in->customerPaid += amount;
            continue;
        }
        const QString claimant = q.value(0).toString();
        if (!order.contains(claimant))
            order << claimant;
        byClaimant[claimant] += amount;
        in->companyPaid += amount;
    }
    for (const QString &claimant : std::as_const(order))
        in->claimants.append(
            {nameOf(db, QStringLiteral("people"), claimant), byClaimant.value(claimant)});
    q.prepare(QStringLiteral("SELECT count(*) FROM expense_claims c WHERE c.task_id = ? AND "
                             "c.deleted = 0 AND ") +
              RecordRevisions::currentOnly(QStringLiteral("expense_claims"), QStringLiteral("c")));
    q.addBindValue(taskId);
    if (q.exec() && q.next())
        in->claimCount = q.value(0).toInt();
    return true;
}

QVariantMap ServiceReportDraft::compose(const Inputs &in)
{
    QVariantMap values;
    values.insert(QStringLiteral("task_id"), in.taskId);

    QStringList summary;
    summary << tr("%1 / %2 to %3 / %4; engineers: %5.")
                   .arg(in.customer, dateText(in.start), dateText(in.end),
                        in.site.isEmpty() ? in.subject : in.site,
                        in.engineers.isEmpty() ? tr("none assigned") : in.engineers.join(tr(", ")));
    if (!in.subject.isEmpty() && !in.site.isEmpty())
        summary << tr("Subject: %1").arg(in.subject);
    summary << tr("Objectives (mission brief):")
            << (in.objectives.isEmpty() ? tr("(no objectives in the mission brief)")
                                        : in.objectives);
    summary << tr("Achieved:");
    values.insert(QStringLiteral("summary"), summary.join(QLatin1Char('\n')));

    if (!in.findings.isEmpty()) {
        QStringList site;
        for (const Finding &f : in.findings)
            site << tr("%1 %2: %3").arg(dateText(f.date), f.engineer, f.text);
        values.insert(QStringLiteral("site_situation"), site.join(QLatin1Char('\n')));
    }

    QStringList settlement;
    if (in.claimCount == 0) {
        settlement << tr("No expense claim (QEF-10-05) for this task yet.");
    } else {
        settlement << tr("Reimbursed (company paid, QEF-10-05): RMB %1 in %n claim(s).", nullptr,
                         in.claimCount)
                          .arg(in.companyPaid.toString());
        for (const Claimant &c : in.claimants)
            settlement << tr("  %1: RMB %2").arg(c.name, c.companyPaid.toString());
        if (in.customerPaid.fen() != 0)
            settlement << tr("Paid by the customer (hospitality, gifts): RMB %1.")
                              .arg(in.customerPaid.toString());
    }
    values.insert(QStringLiteral("settlement"), settlement.join(QLatin1Char('\n')));
    return values;
}

bool ServiceReportDraft::build(Database &db, const QString &taskId, QVariantMap *values,
                               Error *error)
{
    Inputs in;
    if (!gather(db, taskId, &in, error))
        return false;
    *values = compose(in);
    return true;
}

QStringList ServiceReportDraft::knowhowItems(const QString &feedback)
{
    static const QRegularExpression marker(QStringLiteral(
        "^\\s*(?:[-*•·]|\\d+[.)、．]|[(（]\\d+[)）]|[一二三四五六七八九十]+、)\\s*"));
    QStringList items;
    for (const QString &line : feedback.split(QLatin1Char('\n'))) {
        QString item = line;
        item.remove(marker);
        item = item.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

QString ServiceReportDraft::titleFor(const QString &item)
{
    static const QRegularExpression end(QStringLiteral("[。！？!?；;]|\\.\\s"));
    QString title = item.trimmed();
    const QRegularExpressionMatch m = end.match(title);
    if (m.hasMatch() && m.capturedStart() > 0)
        title = title.left(m.capturedStart());
    if (title.size() > 60)
        title = title.left(59) + QChar(0x2026);
    return title;
}

QVariantMap ServiceReportDraft::knowhowEntry(const QString &reportId, const QString &taskId,
                                             const QString &item, const QString &level)
{
    return {
        {QStringLiteral("title"), titleFor(item)},
        {QStringLiteral("level"), level},
        {QStringLiteral("body"), item},
        {QStringLiteral("task_ids"), FieldCodec::storedList({taskId})},
        {QStringLiteral("source_report_id"), reportId},
    };
}
