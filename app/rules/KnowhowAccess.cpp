#include "app/rules/KnowhowAccess.h"

#include "app/catalog/FieldCodec.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QSqlQuery>

namespace {

bool isExecutive(const QStringList &roles)
{
    return roles.contains(QLatin1String("cto")) || roles.contains(QLatin1String("gm"));
}

// Access ends on the day a person leaves (SOP-15 §8.2).
bool hasLeft(const QDate &leftOn, const QDate &today)
{
    return leftOn.isValid() && leftOn <= today;
}

QStringList engineersOf(Database &db, const QStringList &taskIds)
{
    QStringList ids;
    RecordStore store(db);
    for (const QString &taskId : taskIds) {
        QVariantMap task;
        if (!store.get(QStringLiteral("tasks"), taskId, &task, nullptr) ||
            task.value(QStringLiteral("deleted")).toBool())
            continue;
        for (const QString &id :
             FieldCodec::listValues(task.value(QStringLiteral("engineer_ids")))) {
            if (!ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

} // namespace

KnowhowAccess::Decision KnowhowAccess::decide(const QString &level, const Person *person,
                                              bool personKnown, const QStringList &assignedIds,
                                              const QDate &today)
{
    Decision d;
    if (!isRestricted(level)) {
        d.allowed = true;
        d.reason = Reason::Unrestricted;
        return d;
    }
    if (!person || person->id.isEmpty()) {
        d.reason = Reason::NoPerson;
        d.message = tr("Nobody has entered their PIN at this desk, so this L3 entry stays "
                       "closed. Enter yours under File › Settings › People at this desk.");
        return d;
    }
    if (!personKnown) {
        d.reason = Reason::UnknownPerson;
        d.message = tr("The person chosen at this desk is not in this database, so this L3 entry "
                       "stays closed. Choose yourself under File › Settings.");
        return d;
    }
    if (hasLeft(person->leftOn, today)) {
        d.reason = Reason::Left;
        d.message = tr("%1 left on %2; access to L3 know-how ended that day.")
                        .arg(person->name, person->leftOn.toString(Qt::ISODate));
        return d;
    }
    if (isExecutive(person->roles)) {
        d.allowed = true;
        d.reason = Reason::Executive;
        return d;
    }
    if (assignedIds.contains(person->id)) {
        d.allowed = true;
        d.reason = Reason::Assigned;
        return d;
    }
    d.reason = Reason::NotAssigned;
    d.message = tr("%1 is not assigned to any task linked to this L3 entry.").arg(person->name);
    return d;
}

bool KnowhowAccess::readPerson(Database &db, const QString &personId, Person *person)
{
    QVariantMap stored;
    if (personId.isEmpty() ||
        !RecordStore(db).get(QStringLiteral("people"), personId, &stored, nullptr) ||
        stored.value(QStringLiteral("deleted")).toBool())
        return false;
    person->id = personId;
    person->name = stored.value(QStringLiteral("name")).toString();
    person->roles = FieldCodec::listValues(stored.value(QStringLiteral("roles")));
    person->leftOn =
        QDate::fromString(stored.value(QStringLiteral("left_on")).toString(), Qt::ISODate);
    return true;
}

QStringList KnowhowAccess::allowedIds(Database &db, const QStringList &taskIds, const QDate &today)
{
    const QStringList assigned = engineersOf(db, taskIds);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id FROM people WHERE deleted = 0 ORDER BY name"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QStringList allowed;
    for (const QString &id : std::as_const(ids)) {
        Person p;
        if (!readPerson(db, id, &p) || hasLeft(p.leftOn, today))
            continue;
        if (isExecutive(p.roles) || assigned.contains(id))
            allowed << id;
    }
    return allowed;
}

QStringList KnowhowAccess::whoMay(Database &db, const QStringList &taskIds, const QDate &today)
{
    QStringList names;
    for (const QString &id : allowedIds(db, taskIds, today)) {
        Person p;
        if (readPerson(db, id, &p))
            names << p.name;
    }
    return names;
}

bool KnowhowAccess::check(Database &db, const QString &knowhowId, const QString &personId,
                          const QDate &today, Decision *decision, Error *error)
{
    QVariantMap entry;
    if (!RecordStore(db).get(QStringLiteral("knowhow"), knowhowId, &entry, error))
        return false;
    const QString level = entry.value(QStringLiteral("level")).toString();
    const QStringList taskIds = FieldCodec::listValues(entry.value(QStringLiteral("task_ids")));
    Person person;
    const bool known = readPerson(db, personId, &person);
    if (!known)
        person.id = personId; // "not in this database" when an id is set, "nobody" otherwise
    *decision = decide(level, personId.isEmpty() ? nullptr : &person, known,
                       engineersOf(db, taskIds), today);
    if (decision->reason == Reason::Unrestricted)
        return true;
    decision->whoMay = whoMay(db, taskIds, today);
    const QString who = personId.isEmpty()
                            ? QStringLiteral("-")
                            : QStringLiteral("%1 %2").arg(personId, person.name).trimmed();
    static const char *const reasons[] = {"unrestricted",   "executive", "assigned",    "no_person",
                                          "unknown_person", "left",      "not_assigned"};
    const QString detail = QStringLiteral("person=%1; reason=%2")
                               .arg(who, QLatin1String(reasons[int(decision->reason)]));
    return AuditLog(db).append(decision->allowed ? QStringLiteral("l3_access")
                                                 : QStringLiteral("l3_refused"),
                               QStringLiteral("knowhow"), knowhowId, detail, error);
}
