#include "app/rules/RecordRules.h"

#include "app/catalog/RecordKind.h"
#include "app/rules/PlausibleDates.h"
#include "app/rules/SiteFormRules.h"
#include "db/Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

bool ordered(const QVariantMap &r, const char *earlierKey, const char *laterKey, bool dateOnly)
{
    const QString a = r.value(QString::fromLatin1(earlierKey)).toString();
    const QString b = r.value(QString::fromLatin1(laterKey)).toString();
    if (a.isEmpty() || b.isEmpty())
        return true;
    if (dateOnly)
        return QDate::fromString(a.left(10), Qt::ISODate) <=
               QDate::fromString(b.left(10), Qt::ISODate);
    return QDateTime::fromString(a, Qt::ISODate) <= QDateTime::fromString(b, Qt::ISODate);
}

} // namespace

bool RecordRules::checkTimeline(Database &db, const RecordKind &kind, const QString &id,
                                const QVariantMap &r, Error *error)
{
    // The task's registration: on the record itself for a task, else on the task it belongs to.
    QString registered;
    QStringList exempt{QStringLiteral("requested_at"), QStringLiteral("registered_at")};
    if (kind.array == QLatin1String("tasks")) {
        registered = r.value(QStringLiteral("registered_at")).toString();
    } else if (kind.field(QStringLiteral("task_id")) &&
               !r.value(QStringLiteral("task_id")).toString().isEmpty()) {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT registered_at FROM tasks WHERE id = ?"));
        q.addBindValue(r.value(QStringLiteral("task_id")).toString());
        if (q.exec() && q.next())
            registered = q.value(0).toString();
        exempt.clear();
    }
    const QDateTime start = QDateTime::fromString(registered, Qt::ISODate);
    if (!start.isValid())
        return true;
    for (const FieldSpec &spec : kind.fields) {
        if (spec.type != FieldSpec::Type::DateTime || spec.derived || exempt.contains(spec.key))
            continue;
        const QDateTime value = QDateTime::fromString(r.value(spec.key).toString(), Qt::ISODate);
        if (!PlausibleDates::notBeforeRegistration(value, start))
            return Error::set(error, Error::Code::Validation,
                              tr("%1 (%2): %3 lies before the task was registered (%4); "
                                 "correct the date.")
                                  .arg(spec.translatedLabel(), spec.key,
                                       r.value(spec.key).toString(), registered),
                              id, spec.key);
    }
    return true;
}

bool RecordRules::check(Database &db, const RecordKind &kind, const QString &id,
                        const QVariantMap &r, Error *error)
{
    const auto outOfOrder = [&](const char *earlier, const char *later) {
        const FieldSpec *a = kind.field(QString::fromLatin1(earlier));
        const FieldSpec *b = kind.field(QString::fromLatin1(later));
        return Error::set(error, Error::Code::Validation,
                          tr("%1 (%2): it lies before %3; correct the dates.")
                              .arg(b->translatedLabel(), b->key, a->translatedLabel()),
                          id, b->key);
    };
    if (kind.array == QLatin1String("tasks")) {
        if (!ordered(r, "requested_at", "registered_at", false))
            return outOfOrder("requested_at", "registered_at");
        if (!ordered(r, "planned_start", "planned_end", true))
            return outOfOrder("planned_start", "planned_end");
        // The arrival lies inside the task's own timeline: after the request, before leaving.
        if (!ordered(r, "requested_at", "arrived_at", false))
            return outOfOrder("requested_at", "arrived_at");
        if (!ordered(r, "arrived_at", "onsite_end", false))
            return outOfOrder("arrived_at", "onsite_end");
        const QString number = r.value(QStringLiteral("number")).toString();
        if (!number.isEmpty()) {
            QSqlQuery q(db.sql());
            q.prepare(QStringLiteral("SELECT id FROM tasks WHERE number = ? AND id <> ?"));
            q.addBindValue(number);
            q.addBindValue(id);
            if (q.exec() && q.next())
                return Error::set(error, Error::Code::Validation,
                                  tr("%1 (number): %2 is already used by task %3.")
                                      .arg(kind.field(QStringLiteral("number"))->translatedLabel(),
                                           number, q.value(0).toString()),
                                  id, QStringLiteral("number"));
        }
    }
    if (!checkTimeline(db, kind, id, r, error))
        return false;
    if (kind.array == QLatin1String("complaints") &&
        !ordered(r, "received_at", "first_response_at", false))
        return outOfOrder("received_at", "first_response_at");
    if (kind.array == QLatin1String("complaints") && !ordered(r, "received_at", "closed_on", true))
        return outOfOrder("received_at", "closed_on");
    if (kind.array == QLatin1String("knowhow_incidents") &&
        !ordered(r, "found_on", "closed_on", true))
        return outOfOrder("found_on", "closed_on");
    if (kind.array == QLatin1String("briefings") &&
        !ordered(r, "meeting_at", "departure_at", false))
        return outOfOrder("meeting_at", "departure_at");
    return SiteFormRules::check(db, kind, id, r, error);
}
