#include "InterchangeExporter.h"

#include "AuditLog.h"
#include "Database.h"
#include "DerivedFields.h"
#include "FieldCodec.h"
#include "RecordCatalog.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

InterchangeExporter::InterchangeExporter(Database &db) : m_db(db) {}

bool InterchangeExporter::exportAll(QJsonObject *document, Error *error)
{
    QJsonObject out;
    out.insert(QStringLiteral("format"), QString::fromLatin1(Format));
    out.insert(QStringLiteral("version"), Version);
    QStringList counts;
    DerivedFields derived(m_db);
    for (const RecordKind &kind : RecordCatalog::kinds()) {
        const QList<FieldSpec> fields = kind.storedFields();
        QStringList columns{QStringLiteral("id")};
        for (const FieldSpec &f : fields)
            columns << f.key;
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        // Sorted by id so two devices holding the same records write the same document.
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 ORDER BY id")
                        .arg(columns.join(QLatin1String(", ")), kind.table)))
            return Error::set(
                error, Error::Code::Failure,
                tr("Cannot read %1: %2").arg(kind.translatedPlural(), q.lastError().text()));
        QJsonArray records;
        while (q.next()) {
            QJsonObject record;
            QVariantMap stored;
            record.insert(QStringLiteral("id"), q.value(0).toString());
            for (int i = 0; i < fields.size(); ++i) {
                record.insert(fields.at(i).key, FieldCodec::toJson(fields.at(i), q.value(i + 1)));
                stored.insert(fields.at(i).key, q.value(i + 1));
            }
            const QJsonObject extra = derived.compute(kind, stored);
            for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
                record.insert(it.key(), it.value());
            records.append(record);
        }
        out.insert(kind.array, records);
        counts << QStringLiteral("%1=%2").arg(kind.array).arg(records.size());
    }
    AuditLog audit(m_db);
    if (!audit.append(QStringLiteral("export"), QString(), QString(), counts.join(QLatin1Char(',')),
                      error))
        return false;
    if (document)
        *document = out;
    return true;
}
