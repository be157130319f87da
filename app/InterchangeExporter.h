#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;

// Writes every live record as the JSON interchange document (shared/spec/interchange.md):
// {"format": "fielddesk-export", "version": 1, <array per record kind>}. Each export is
// recorded in the audit log.
class InterchangeExporter
{
    Q_DECLARE_TR_FUNCTIONS(InterchangeExporter)
public:
    static constexpr const char *Format = "fielddesk-export";
    static constexpr int Version = 1;

    explicit InterchangeExporter(Database &db);
    bool exportAll(QJsonObject *document, Error *error);

private:
    Database &m_db;
};
