#pragma once

#include "app/people/PeopleKeys.h"
#include "db/Error.h"

class Database;

// The demo people's personal keys. They are derived from each person's name (never use them
// for real records: anyone can recompute them) and wrapped under the demo PIN, so the demo's
// signatures verify and anyone trying the demo can sign as any demo person with the PIN in the
// README. 王婧 (administration) is the trust root and confirms everyone else's key.
class DemoKeys
{
public:
    static constexpr const char *Pin = "246810";
    static constexpr const char *RootName = "王婧";

    // Enrols every demo person who has no key at this desk yet (idempotent).
    static bool enrolAll(Database &db, Error *error);
    // The demo person's keys, unlocked (as after entering the demo PIN).
    static PeopleKeys::Unlocked unlocked(const QString &personName);
    // Every demo person into DeskSession, as if each had entered the demo PIN (tests and
    // scripted demos that sign as several people).
    static void unlockAll();
    // The demo PIN's wrapping key, derived once per process (PBKDF2 is slow on purpose).
    static PeopleKeys::WrappingKey wrappingKey();
};
