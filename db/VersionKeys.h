#pragma once

#include "db/Error.h"

#include <QString>

class Database;

// The small integer keys the change log, the field versions and the versions received name
// records, fields and devices by (schema 15: record_keys, sync_fields, sync_devices), so that
// a field edit stores two short rows instead of repeating 36-character ids in every row and
// index. Each call looks the key up and adds the name when it is missing; nothing is cached,
// because a key added by a transaction that is rolled back is gone again. -1 on failure.
class VersionKeys
{
public:
    static qint64 record(Database &db, const QString &table, const QString &id, Error *error);
    static qint64 field(Database &db, const QString &field, Error *error);
    // '' (no base version) is key 0.
    static qint64 device(Database &db, const QString &device, Error *error);
};
