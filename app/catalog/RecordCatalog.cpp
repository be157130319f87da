#include "app/catalog/RecordCatalog.h"

#include "app/catalog/CatalogBuilder.h"

const QList<RecordKind> &RecordCatalog::kinds()
{
    static const QList<RecordKind> all =
        registryKinds() + taskLifeKinds() + siteReportKinds() + reviewKinds();
    return all;
}

const RecordKind *RecordCatalog::byArray(const QString &array)
{
    for (const RecordKind &k : kinds()) {
        if (k.array == array)
            return &k;
    }
    return nullptr;
}

const RecordKind *RecordCatalog::byTable(const QString &table)
{
    for (const RecordKind &k : kinds()) {
        if (k.table == table)
            return &k;
    }
    return nullptr;
}
