#pragma once

#include "app/catalog/RecordKind.h"

// The declared record kinds of Field Desk, in the order the JSON interchange writes them
// (referenced kinds before the kinds that refer to them, so an import can check references).
class RecordCatalog
{
public:
    static const QList<RecordKind> &kinds();
    static const RecordKind *byArray(const QString &array);
    static const RecordKind *byTable(const QString &table);
};
