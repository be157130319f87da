#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

class Database;
struct RecordKind;

// Reads a JSON interchange document into the database, all or nothing: every record is
// checked against the catalog first (ids, types, enums, lengths, references, duplicates),
// then everything is written in one transaction through RecordStore, so each new record or
// changed field is an ordinary edit (change log, audit). Any problem leaves the database as
// it was and names the record and field.
class InterchangeImporter
{
    Q_DECLARE_TR_FUNCTIONS(InterchangeImporter)
public:
    struct Summary
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
    };

    explicit InterchangeImporter(Database &db);
    bool importJson(const QByteArray &json, Summary *summary, Error *error);
    bool importDocument(const QJsonObject &document, Summary *summary, Error *error);

private:
    struct Pending
    {
        const RecordKind *kind = nullptr;
        QString id;
        QVariantMap fields;
    };
    bool parseRecord(const RecordKind &kind, const QJsonValue &value, Pending *out,
                     Error *error) const;
    bool checkReferences(const QList<Pending> &pending, Error *error) const;

    Database &m_db;
};
