#pragma once

#include "db/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

class Database;
struct RecordKind;

// Saves one record of any declared kind, as the generic editor and the single-field savers do:
// every value is checked against its field and the record as it will be against the kind's
// cross-field rules first, then the files the form attached and the record (a new one inserted,
// an existing one updated in the changed fields only) are written in one transaction. A refusal
// writes nothing and names the field.
class RecordSave
{
public:
    // A file chosen in the form, stored as an attachment under an id chosen beforehand (the
    // record's field already holds that id).
    struct File
    {
        QString field; // the form field that holds the attachment id
        QString id;
        QString fileName;
        QByteArray data;
    };

    explicit RecordSave(Database &db);

    // A fresh record id (a new record's editor knows its id before the first save).
    static QString newId();

    // Checks changes on top of stored: each value against its field, the whole against the
    // kind's rules. The error names the field.
    bool check(const RecordKind &kind, const QString &id, const QVariantMap &stored,
               const QVariantMap &changes, Error *error) const;
    // check(), then writes files and record in one transaction. isNew: insert with changes as
    // the whole record; otherwise update of the changed fields. The text of an L3 know-how
    // entry is written sealed (L3Seal::prepareWrite); stored then holds its opened text.
    bool save(const RecordKind &kind, const QString &id, bool isNew, const QVariantMap &stored,
              const QVariantMap &changes, const QList<File> &files, Error *error);

private:
    Database &m_db;
};
