#include "app/models/DeskQueries.h"
#include "app/utils/RecordTime.h"

#include "app/catalog/EnumNames.h"
#include "app/people/PeopleKeys.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace DeskQueries {

namespace {
QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}
} // namespace

bool Person::hasAnyRole(const QStringList &wanted) const
{
    for (const QString &role : wanted) {
        if (roles.contains(role))
            return true;
    }
    return false;
}

QString Person::rolesText() const
{
    QStringList names;
    for (const QString &role : roles)
        names << EnumNames::text(QStringLiteral("roles"), role);
    return names.join(EnumNames::listSeparator());
}

QList<Person> peopleWithDeskKey(Database &db)
{
    PeopleKeys keys(db);
    QList<Person> out;
    for (const Person &p : people(db)) {
        PeopleKeys::DeskKey desk;
        if (keys.deskKey(p.id, &desk, nullptr))
            out << p;
    }
    return out;
}

QList<Person> people(Database &db)
{
    QList<Person> out;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT id, name, roles, left_on FROM people WHERE deleted = 0 ORDER BY name"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), jsonList(q.value(2).toString()),
                    date(q.value(3))});
    return out;
}

static const QString CustomerColumns = QStringLiteral(
    "SELECT c.id, c.name, c.short_name, c.tier, c.kind, c.first_order_on, c.region, n.signed, "
    "c.notes "
    "FROM customers c LEFT JOIN (SELECT counterparty_id, min(signed_on) AS signed FROM ndas "
    "WHERE deleted = 0 AND signed_on IS NOT NULL GROUP BY counterparty_id) n "
    "ON n.counterparty_id = c.id WHERE c.deleted = 0");

static Customer customerFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), date(q.value(5)),
            q.value(6).toString(), date(q.value(7)),      q.value(8).toString()};
}

QList<Customer> customers(Database &db)
{
    QList<Customer> out;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.exec(CustomerColumns + QStringLiteral(" ORDER BY c.name"));
    while (q.next())
        out.append(customerFrom(q));
    return out;
}

bool customer(Database &db, const QString &id, Customer *out)
{
    QSqlQuery q(db.sql());
    q.prepare(CustomerColumns + QStringLiteral(" AND c.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    *out = customerFrom(q);
    return true;
}

QList<Decision> approvals(Database &db, const QString &taskId)
{
    QList<Decision> out;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT coalesce(p.name, a.approver_id), a.decision, a.level, "
                             "a.comment, a.decided_at FROM approvals a LEFT JOIN people p ON "
                             "p.id = a.approver_id WHERE a.task_id = ? AND a.deleted = 0 "
                             "ORDER BY a.decided_at, a.created_at"));
    q.addBindValue(taskId);
    q.exec();
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(),
                    QDateTime::fromString(q.value(4).toString(), Qt::ISODate)});
    return out;
}

QList<TaskLine> customerTasks(Database &db, const QString &customerId, int limit)
{
    QList<TaskLine> out;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, number, title, type, state, requested_at, planned_start, "
                             "planned_end FROM tasks WHERE customer_id = ? AND deleted = 0 "
                             "ORDER BY requested_at DESC LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(),
                    QDateTime::fromString(q.value(5).toString(), Qt::ISODate),
                    q.value(6).toString(), q.value(7).toString()});
    return out;
}

QStringList jsonList(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

QString toJsonList(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString isoWithOffset(const QDateTime &t)
{
    // A time with an offset keeps it; a wall-clock time typed on the desk is China time.
    if (t.timeSpec() == Qt::OffsetFromUTC || t.timeSpec() == Qt::UTC)
        return RecordTime::inOwnOffset(t).toString(Qt::ISODate);
    return RecordTime::fromWallClock(t, RecordTime::ChinaOffset).toString(Qt::ISODate);
}

QString shortTime(const QDateTime &t)
{
    return RecordTime::text(t);
}

} // namespace DeskQueries
