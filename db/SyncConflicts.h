#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QVariant>

class Database;

// One conflict kept by sync for a person to settle.
struct SyncConflict
{
    QString id;
    QString kind; // concurrent, delete, unique, locked (see schema 008)
    QString table;
    QString recordId;
    QString field; // a column, or a merge group's columns joined by ","
    QVariant kept; // the value the record holds (a JSON object text for a merge group)
    QString keptDevice;
    QVariant other; // the value that lost
    QString otherDevice;
    qint64 baseHlc = 0; // the version both sides started from
    QString baseDevice;
    bool settled = false;
    qint64 keptHlc = 0; // when each side was written (HLC), for the conflict list
    qint64 otherHlc = 0;
};

// Reading and settling sync conflicts (for the desktop's conflict list and the export's
// read-only "conflicts" array). Settling is an ordinary change: the chosen value is written
// as a new version, which wins over both sides on every device and marks the conflict settled
// everywhere once it has synced.
class SyncConflicts
{
    Q_DECLARE_TR_FUNCTIONS(SyncConflicts)
public:
    explicit SyncConflicts(Database &db);

    // Every conflict, oldest losing version first; openOnly leaves out the settled ones.
    QList<SyncConflict> list(bool openOnly = false) const;
    bool get(const QString &id, SyncConflict *out, Error *error) const;
    // concurrent: value is the field's value (a QVariantMap for a merge group);
    // delete: value true keeps the record, false deletes it;
    // unique: a QVariantMap of corrections for the hidden record (e.g. another date, with
    //         "deleted": 0), or an empty map to delete it;
    // locked: refused — a signed record changes only through a new revision.
    bool settle(const QString &id, const QVariant &value, Error *error);
    // The interchange "conflicts" array: id, record_id, field, kept, other, settled.
    QJsonArray toJson() const;

private:
    Database &m_db;
};
