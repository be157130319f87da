#pragma once

#include "app/people/PeopleKeys.h"

#include <QHash>
#include <QMutex>
#include <QString>

// Who is acting at this desk (architecture.md "People and keys"): the people who entered their
// PIN since the desk was unlocked, with their private keys in memory. Signing, approving,
// correcting and opening L3 take the person from here; the desktop asks for the PIN when the
// person is not here yet, and clears everything when the desk locks (idle or Ctrl+L), so the
// PIN is asked again. One per process: the desktop has one open database, the CLI one command.
class DeskSession
{
public:
    static DeskSession &instance();

    // Adds a person whose PIN was entered; they become the acting person.
    void add(const PeopleKeys::Unlocked &person);
    bool unlocked(const QString &personId, PeopleKeys::Unlocked *out) const;
    bool isUnlocked(const QString &personId) const;
    // The person who entered their PIN last (empty: nobody yet).
    QString actingPersonId() const;
    void setActingPersonId(const QString &personId);
    // Forgets every key (lock).
    void clear();

private:
    DeskSession() = default;
    mutable QMutex m_mutex;
    QHash<QString, PeopleKeys::Unlocked> m_people;
    QString m_acting;
};
