#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>

class Database;
class DerivedFields;
struct RecordKind;

// Writes every live record as the JSON interchange document (shared/spec/interchange.md):
// {"format": "fielddesk-export", "version": 1, <array per record kind>}. Nested kinds
// (expense lines) are written inside their parent record under their nestedKey, with their
// ids, in their order. Each export is recorded in the audit log.
class InterchangeExporter
{
    Q_DECLARE_TR_FUNCTIONS(InterchangeExporter)
public:
    static constexpr const char *Format = "fielddesk-export";
    static constexpr int Version = 1;

    explicit InterchangeExporter(Database &db);
    bool exportAll(QJsonObject *document, Error *error);

private:
    // The live records of kind with their derived keys, each with its parent id (nested kinds).
    bool readRecords(const RecordKind &kind, DerivedFields &derived,
                     QList<QPair<QString, QJsonObject>> *out, Error *error);

    Database &m_db;
};
