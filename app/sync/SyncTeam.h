#pragma once

#include "db/Error.h"

#include <QCoreApplication>

class Database;

// A team: the devices that sync through one shared folder. Creating one makes the 256-bit
// team key (kept only inside members' encrypted databases) and <share>/fielddesk/team.json
// (team id and format, no secret). A new member joins with an enrollment file encrypted under
// a one-time code (SQLCipher, PBKDF2 of the code); the code travels separately (read aloud,
// on paper) and an enrollment can be used once (a marker created exclusively on the share).
// The recovery sheet holds the team key as text for the company safe: with it an
// administrator can read every bundle on the share when all passphrases are lost.
class SyncTeam
{
    Q_DECLARE_TR_FUNCTIONS(SyncTeam)
public:
    static constexpr int FormatVersion = 1;

    static bool create(Database &db, const QString &share, Error *error);
    // Writes the enrollment file (must not exist) and returns its one-time code.
    static bool invite(Database &db, const QString &outFile, QString *code, Error *error);
    static bool join(Database &db, const QString &share, const QString &enrollmentFile,
                     const QString &code, Error *error);
    // Points the team's database at the share's new place (the same team.json).
    static bool moveShare(Database &db, const QString &share, Error *error);

    // The text of the recovery sheet (team id, share, recovery key in groups of four).
    static QString recoverySheetText(const Database &db);
    static QString teamId(const Database &db);
    static QString share(const Database &db);
    // A code of 24 letters and digits in groups of four (about 120 bits).
    static QString newCode();
};
