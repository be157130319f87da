#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>

class Database;

// The few read-only lists the task screens show (people, customers, a task's approvals, a
// customer's earlier tasks), each one query, so the widgets hold no SQL of their own.
namespace DeskQueries {

struct Person
{
    QString id;
    QString name;
    QStringList roles;
    QDate leftOn;

    bool hasAnyRole(const QStringList &wanted) const;
    QString rolesText() const; // translated, e.g. "CTO、派员"
};
// Live people by name.
QList<Person> people(Database &db);
// Those of them with a personal key at this desk: who can be asked for a PIN here.
QList<Person> peopleWithDeskKey(Database &db);

struct Customer
{
    QString id;
    QString name;
    QString shortName;
    QString tier;
    QString kind;
    QDate firstOrderOn;
    QString region;
    QDate ndaSignedOn; // the first signed NDA; invalid when none
    QString notes;
};
QList<Customer> customers(Database &db);
bool customer(Database &db, const QString &id, Customer *out);

struct Decision
{
    QString approverName;
    QString decision; // approve / reject
    QString level;
    QString comment;
    QDateTime at;
};
// A task's approval decisions, oldest first.
QList<Decision> approvals(Database &db, const QString &taskId);

struct TaskLine
{
    QString id;
    QString number;
    QString title;
    QString type;
    QString state;
    QDateTime requestedAt;
    QString plannedStart;
    QString plannedEnd;
};
// A customer's tasks, newest request first (at most limit).
QList<TaskLine> customerTasks(Database &db, const QString &customerId, int limit = 50);

QStringList jsonList(const QString &json);
QString toJsonList(const QStringList &list);
// ISO 8601 with the local offset, as the task fields store it.
QString isoWithOffset(const QDateTime &t);
// "2026-11-20 14:05" in local time; empty for an invalid value.
QString shortTime(const QDateTime &t);

} // namespace DeskQueries
