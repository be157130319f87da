#include "app/interchange/InterchangeExporter.h"

#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/interchange/KeyInterchange.h"
#include "app/interchange/SignatureInterchange.h"
#include "app/rules/DerivedFields.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SyncConflicts.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// How long an export's audit entries wait for another program's write lock.
constexpr int ReaderAuditWaitMs = 60000;

// Sets the connection's busy timeout for a scope and puts the old one back.
class LongerBusyWait
{
public:
    LongerBusyWait(Database &db, int ms) : m_db(db)
    {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next())
            m_previous = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
    }
    ~LongerBusyWait()
    {
        if (m_previous >= 0)
            QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_previous));
    }

private:
    Database &m_db;
    int m_previous = -1;
};

} // namespace

InterchangeExporter::InterchangeExporter(Database &db) : m_db(db) {}

bool InterchangeExporter::readRecords(const RecordKind &kind, DerivedFields &derived,
                                      QList<QPair<QString, QJsonObject>> *out, Error *error)
{
    const QList<FieldSpec> fields = kind.storedFields();
    QStringList columns{QStringLiteral("id")};
    for (const FieldSpec &f : fields)
        columns << f.key;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // Sorted by id (children: by parent and their order) so two devices holding the same
    // records write the same document.
    const QString order = kind.isNested()
                              ? QStringLiteral("%1, %2, id").arg(kind.parentField, kind.orderField)
                              : QStringLiteral("id");
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 ORDER BY %3")
                    .arg(columns.join(QLatin1String(", ")), kind.table, order)))
        return Error::set(
            error, Error::Code::Failure,
            tr("Cannot read %1: %2").arg(kind.translatedPlural(), q.lastError().text()));
    while (q.next()) {
        QJsonObject record;
        QVariantMap stored;
        record.insert(QStringLiteral("id"), q.value(0).toString());
        stored.insert(QStringLiteral("id"), q.value(0).toString());
        QString parent;
        for (int i = 0; i < fields.size(); ++i) {
            const FieldSpec &f = fields.at(i);
            stored.insert(f.key, q.value(i + 1));
            if (f.key == kind.parentField)
                parent = q.value(i + 1).toString(); // implied by the nesting
            else
                record.insert(f.key, FieldCodec::toJson(f, q.value(i + 1)));
        }
        const QJsonObject extra = derived.compute(kind, stored);
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            record.insert(it.key(), it.value());
        out->append({parent, record});
    }
    return true;
}

bool InterchangeExporter::exportAll(QJsonObject *document, Error *error)
{
    QJsonObject out;
    out.insert(QStringLiteral("format"), QString::fromLatin1(Format));
    out.insert(QStringLiteral("version"), Version);
    QStringList counts;
    DerivedFields derived(m_db);
    // Children first, grouped by parent: parent array -> nested key -> parent id -> children.
    QHash<QString, QHash<QString, QHash<QString, QJsonArray>>> children;
    for (const RecordKind &kind : RecordCatalog::kinds()) {
        if (!kind.isNested())
            continue;
        QList<QPair<QString, QJsonObject>> records;
        if (!readRecords(kind, derived, &records, error))
            return false;
        auto &byParent = children[kind.parentArray][kind.nestedKey];
        for (const auto &r : std::as_const(records))
            byParent[r.first].append(r.second);
        counts << QStringLiteral("%1=%2").arg(kind.array).arg(records.size());
    }
    for (const RecordKind &kind : RecordCatalog::kinds()) {
        if (kind.isNested())
            continue;
        QList<QPair<QString, QJsonObject>> records;
        if (!readRecords(kind, derived, &records, error))
            return false;
        const auto nested = children.value(kind.array);
        QJsonArray array;
        for (auto &r : records) {
            for (auto it = nested.constBegin(); it != nested.constEnd(); ++it)
                r.second.insert(it.key(),
                                it.value().value(r.second.value(QStringLiteral("id")).toString()));
            array.append(r.second);
        }
        out.insert(kind.array, array);
        counts << QStringLiteral("%1=%2").arg(kind.array).arg(array.size());
    }
    // The people's public keys travel with what they signed (KeyInterchange).
    if (!KeyInterchange(m_db).exportTo(&out, error) ||
        !SignatureInterchange(m_db).exportTo(&out, error))
        return false;
    // Read-only: the conflicts sync kept for a person to settle (SyncConflicts).
    out.insert(QStringLiteral("conflicts"), SyncConflicts(m_db).toJson());
    // An export is a read: a writer holding the lock (a long import) makes its audit entries
    // wait longer than an edit would, instead of failing the export.
    LongerBusyWait wait(m_db, ReaderAuditWaitMs);
    AuditLog audit(m_db);
    // Restricted know-how leaves the database (its text sealed, L3Seal): each entry is logged.
    for (const RecordKind &kind : RecordCatalog::kinds()) {
        if (kind.searchExcludeField.isEmpty() || kind.searchExcludeValues.isEmpty())
            continue;
        for (const QJsonValue &v : out.value(kind.array).toArray()) {
            const QJsonObject record = v.toObject();
            const QString level = record.value(kind.searchExcludeField).toString();
            if (kind.searchExcludeValues.contains(level) &&
                !audit.append(QStringLiteral("l3_export"), kind.table,
                              record.value(QStringLiteral("id")).toString(),
                              QStringLiteral("%1=%2").arg(kind.searchExcludeField, level), error))
                return false;
        }
    }
    if (!audit.append(QStringLiteral("export"), QString(), QString(), counts.join(QLatin1Char(',')),
                      error))
        return false;
    if (document)
        *document = out;
    return true;
}
