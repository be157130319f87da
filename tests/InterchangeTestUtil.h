#pragma once

#include "app/catalog/RecordCatalog.h"
#include "app/interchange/InterchangeExporter.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

// Helpers shared by the suites that drive the JSON interchange: counting rows, exporting,
// snapshotting everything an import could write, and building one-record documents.
namespace InterchangeTestUtil {

inline int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

inline QJsonObject exported(Database &db)
{
    QJsonObject doc;
    Error error;
    if (!InterchangeExporter(db).exportAll(&doc, &error))
        qWarning() << error.message;
    return doc;
}

// Everything an import could write: every table's rows, the change log and the audit log.
inline QList<int> snapshot(Database &db)
{
    QList<int> out;
    for (const RecordKind &k : RecordCatalog::kinds())
        out << count(db, QStringLiteral("SELECT count(*) FROM %1").arg(k.table));
    out << count(db, QStringLiteral("SELECT count(*) FROM change_log"))
        << count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    return out;
}

inline QJsonObject header()
{
    return {{QStringLiteral("format"), QStringLiteral("fielddesk-export")},
            {QStringLiteral("version"), 1}};
}

// One record of array in doc with key set to value.
inline QJsonObject withField(const QJsonObject &doc, const QString &array, int index,
                             const QString &key, const QJsonValue &value)
{
    QJsonObject out = header();
    QJsonObject record = doc.value(array).toArray().at(index).toObject();
    record.insert(key, value);
    out.insert(array, QJsonArray{record});
    return out;
}

} // namespace InterchangeTestUtil
