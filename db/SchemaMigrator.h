#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Brings a database's schema up to date from the numbered SQL files in resources/schema
// (compiled in as :/schema/NNN_name.sql). Each step runs in its own transaction together with
// the PRAGMA user_version bump, so a failed step leaves the previous version intact.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)
public:
    struct Step
    {
        int version = 0;
        QString resource;
    };

    static QList<Step> steps();
    // Steps must be numbered 1, 2, 3, ... without gaps or repeats: the migrator applies only
    // steps above a file's version, so a step that appeared below it later would never run.
    static bool checkSequence(const QList<Step> &steps, Error *error);
    static int latestVersion();
    // Migrates to targetVersion (latest when < 0). A file newer than this build is refused.
    static bool migrate(Database &db, int targetVersion, Error *error);
};
