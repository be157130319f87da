#include "app/signing/RecordFingerprint.h"

#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/catalog/RecordKind.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QJsonObject fieldsAsJson(const RecordKind &kind, const QVariantMap &row)
{
    QJsonObject object;
    for (const FieldSpec &spec : kind.storedFields()) {
        const QVariant value = row.value(spec.key);
        if (spec.internal && value.isNull())
            continue;
        object.insert(spec.key, FieldCodec::toJson(spec, value));
    }
    return object;
}

} // namespace

bool RecordFingerprint::canonicalContent(Database &db, const RecordKind &kind, const QString &id,
                                         QByteArray *out, Error *error)
{
    RecordStore store(db);
    QVariantMap row;
    if (!store.get(kind.table, id, &row, error))
        return false;
    if (row.value(QStringLiteral("deleted")).toInt() != 0)
        return Error::set(error, Error::Code::NotFound,
                          tr("Record %1 was deleted and has no content to sign or print.").arg(id),
                          id);

    QJsonObject object = fieldsAsJson(kind, row);
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("kind"), kind.array);

    for (const RecordKind &child : RecordCatalog::kinds()) {
        if (child.parentArray != kind.array)
            continue;
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0 ORDER BY %3, id")
                      .arg(child.table, child.parentField, child.orderField));
        q.addBindValue(id);
        if (!q.exec())
            return Error::set(
                error, Error::Code::Failure,
                tr("Could not read the lines of record %1: %2").arg(id, q.lastError().text()), id);
        QJsonArray children;
        while (q.next()) {
            const QString childId = q.value(0).toString();
            QVariantMap childRow;
            if (!store.get(child.table, childId, &childRow, error))
                return false;
            QJsonObject childObject = fieldsAsJson(child, childRow);
            childObject.insert(QStringLiteral("id"), childId);
            children.append(childObject);
        }
        object.insert(child.nestedKey, children);
    }
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    *out = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return true;
}

bool RecordFingerprint::contentHash(Database &db, const RecordKind &kind, const QString &id,
                                    QString *hexHash, Error *error)
{
    QByteArray content;
    if (!canonicalContent(db, kind, id, &content, error))
        return false;
    *hexHash =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return true;
}
