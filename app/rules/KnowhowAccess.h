#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariantMap>

class Database;

// SOP-15 §8.2: who may open a know-how library entry. L1 and L2 are open to everyone at the
// desk; an L3 entry (customer-specific formulas and process windows) opens only for the CTO
// (Robert), the general manager (KC) and the people assigned to one of the entry's linked
// tasks, and never for someone who has left — access ends on the day in left_on. The decision
// is a plain rule (decide) so it can be tested row by row; check() applies it to the stored
// records and writes every L3 decision, allowed or refused, to the audit log.
class KnowhowAccess
{
    Q_DECLARE_TR_FUNCTIONS(KnowhowAccess)
public:
    struct Person
    {
        QString id;
        QString name;
        QStringList roles;
        QDate leftOn; // invalid: still with Lithera
    };
    enum class Reason {
        Unrestricted, // L1 / L2
        Executive,    // cto or gm
        Assigned,     // an engineer of a linked task
        NoPerson,     // nobody chosen at this desk (Settings)
        UnknownPerson,
        Left,
        NotAssigned,
    };
    struct Decision
    {
        bool allowed = false;
        Reason reason = Reason::NoPerson;
        QString message;    // translated: why (for a refusal, what to do)
        QStringList whoMay; // names of those who may open it (L3 only)
    };

    static bool isRestricted(const QString &level) { return level == QLatin1String("L3"); }

    // person: nullptr when no person is chosen at this desk, or when the chosen id is not in
    // the database (personKnown false). assignedIds: the engineer_ids of the entry's tasks.
    static Decision decide(const QString &level, const Person *person, bool personKnown,
                           const QStringList &assignedIds, const QDate &today);

    // Reads the entry, the person (AppSettings' current person id is passed in) and the linked
    // tasks; for an L3 entry appends "l3_access" or "l3_refused" to the audit log. False only
    // when something cannot be read or written (then *error says what).
    static bool check(Database &db, const QString &knowhowId, const QString &personId,
                      const QDate &today, Decision *decision, Error *error);

    // The people who may open an L3 entry linked to taskIds today: executives and assigned
    // engineers who have not left, by name.
    static QStringList whoMay(Database &db, const QStringList &taskIds, const QDate &today);
    // The same people by id (in name order): those an L3 entry's text is sealed to.
    static QStringList allowedIds(Database &db, const QStringList &taskIds, const QDate &today);

    static bool readPerson(Database &db, const QString &personId, Person *person);
};
