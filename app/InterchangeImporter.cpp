#include "InterchangeImporter.h"

#include "AuditLog.h"
#include "Database.h"
#include "FieldCodec.h"
#include "InterchangeExporter.h"
#include "RecordCatalog.h"
#include "RecordRules.h"
#include "RecordStore.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
// Top-level keys that are not record arrays. "conflicts" is read-only: exported, never imported.
const QStringList HeaderKeys = {QStringLiteral("format"), QStringLiteral("version"),
                                QStringLiteral("exported_at"), QStringLiteral("device_id"),
                                QStringLiteral("conflicts")};
} // namespace

InterchangeImporter::InterchangeImporter(Database &db) : m_db(db) {}

bool InterchangeImporter::importJson(const QByteArray &json, Summary *summary, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::set(error, Error::Code::Validation,
                          tr("The file is not valid JSON (%1 at byte %2).")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    return importDocument(doc.object(), summary, error);
}

bool InterchangeImporter::parseRecord(const RecordKind &kind, const QJsonValue &value, Pending *out,
                                      Error *error) const
{
    if (!value.isObject())
        return Error::set(error, Error::Code::Validation,
                          tr("Every entry of \"%1\" must be a JSON object.").arg(kind.array));
    const QJsonObject object = value.toObject();
    const QString id = object.value(QStringLiteral("id")).toString();
    if (!FieldCodec::isUuid(id))
        return Error::set(
            error, Error::Code::Validation,
            tr("A record in \"%1\" has no valid \"id\" (a UUID is required).").arg(kind.array), id,
            QStringLiteral("id"));
    out->kind = &kind;
    out->id = id.toLower();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        const FieldSpec *spec = kind.field(it.key());
        if (!spec)
            return Error::set(
                error, Error::Code::Validation,
                tr("Record %1 in \"%2\" has an unknown key \"%3\".").arg(id, kind.array, it.key()),
                id, it.key());
        if (spec->derived)
            continue; // computed by the desk on export, ignored on import
        QVariant stored;
        if (!FieldCodec::fromJson(*spec, it.value(), &stored, id, error))
            return false;
        out->fields.insert(spec->key, stored);
    }
    return true;
}

bool InterchangeImporter::checkReferences(const QList<Pending> &pending, Error *error) const
{
    QHash<QString, QSet<QString>> incoming;
    for (const Pending &p : pending)
        incoming[p.kind->array].insert(p.id);
    RecordStore store(m_db);
    for (const Pending &p : pending) {
        for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it) {
            const FieldSpec *spec = p.kind->field(it.key());
            if (!spec || spec->refArray.isEmpty() || it.value().isNull())
                continue;
            QList<const RecordKind *> targets;
            for (const QString &array : spec->refArray.split(QLatin1Char(','))) {
                if (const RecordKind *k = RecordCatalog::byArray(array))
                    targets << k;
            }
            if (targets.isEmpty())
                continue; // that kind arrives with a later feature
            QStringList ids;
            if (spec->type == FieldSpec::Type::Reference) {
                ids << it.value().toString();
            } else {
                const QJsonArray list =
                    QJsonDocument::fromJson(it.value().toString().toUtf8()).array();
                for (const QJsonValue &v : list)
                    ids << v.toString();
            }
            for (const QString &ref : ids) {
                bool found = false;
                for (const RecordKind *target : targets)
                    found = found || incoming.value(target->array).contains(ref.toLower()) ||
                            store.exists(target->table, ref.toLower());
                if (!found)
                    return Error::set(error, Error::Code::Validation,
                                      tr("Record %1, %2 (%3): there is no %4 with id %5.")
                                          .arg(p.id, spec->translatedLabel(), spec->key,
                                               targets.first()->translatedSingular(), ref),
                                      p.id, spec->key);
            }
        }
    }
    return true;
}

bool InterchangeImporter::importDocument(const QJsonObject &document, Summary *summary,
                                         Error *error)
{
    if (document.value(QStringLiteral("format")).toString() !=
        QLatin1String(InterchangeExporter::Format))
        return Error::set(error, Error::Code::Validation,
                          tr("The file is not a Field Desk export (\"format\" must be \"%1\").")
                              .arg(QLatin1String(InterchangeExporter::Format)));
    if (document.value(QStringLiteral("version")).toInt() != InterchangeExporter::Version)
        return Error::set(error, Error::Code::Validation,
                          tr("Export format version %1 is not supported; this program reads "
                             "version %2.")
                              .arg(document.value(QStringLiteral("version")).toVariant().toString())
                              .arg(InterchangeExporter::Version));
    for (auto it = document.constBegin(); it != document.constEnd(); ++it) {
        if (!HeaderKeys.contains(it.key()) && !RecordCatalog::byArray(it.key()))
            return Error::set(error, Error::Code::Validation,
                              tr("The file has an unknown section \"%1\".").arg(it.key()));
    }

    // Check everything before writing anything.
    QList<Pending> pending;
    QSet<QString> seen;
    for (const RecordKind &kind : RecordCatalog::kinds()) {
        const QJsonValue section = document.value(kind.array);
        if (section.isUndefined())
            continue;
        if (!section.isArray())
            return Error::set(error, Error::Code::Validation,
                              tr("\"%1\" must be a list of records.").arg(kind.array));
        const QJsonArray records = section.toArray();
        for (const QJsonValue &value : records) {
            Pending p;
            if (!parseRecord(kind, value, &p, error))
                return false;
            if (seen.contains(p.id))
                return Error::set(error, Error::Code::Validation,
                                  tr("Record %1 appears twice in the file.").arg(p.id), p.id,
                                  QStringLiteral("id"));
            seen.insert(p.id);
            pending << p;
        }
    }
    if (!checkReferences(pending, error))
        return false;
    // Task numbers must be unique within the file as well as against the database.
    QHash<QString, QString> numbers;
    for (const Pending &p : pending) {
        const QString number = p.fields.value(QStringLiteral("number")).toString();
        if (p.kind->array != QLatin1String("tasks") || number.isEmpty())
            continue;
        if (numbers.contains(number))
            return Error::set(error, Error::Code::Validation,
                              tr("Record %1: task number %2 is also used by record %3 in the "
                                 "file.")
                                  .arg(p.id, number, numbers.value(number)),
                              p.id, QStringLiteral("number"));
        numbers.insert(number, p.id);
    }

    Summary counts;
    RecordStore store(m_db);
    Transaction tx(m_db);
    for (const Pending &p : pending) {
        // Cross-field rules on the record as it will be after the import.
        QVariantMap merged;
        store.get(p.kind->table, p.id, &merged, nullptr);
        for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it)
            merged.insert(it.key(), it.value());
        if (!RecordRules::check(m_db, *p.kind, p.id, merged, error))
            return false;
        if (store.exists(p.kind->table, p.id)) {
            QStringList changed;
            if (!store.update(p.kind->table, p.id, p.fields, error, &changed))
                return false;
            changed.isEmpty() ? ++counts.unchanged : ++counts.updated;
            continue;
        }
        if (store.exists(p.kind->table, p.id, true))
            return Error::set(error, Error::Code::Validation,
                              tr("Record %1 was deleted in this database and cannot be "
                                 "imported again.")
                                  .arg(p.id),
                              p.id, QStringLiteral("id"));
        // New records must carry every required field.
        for (const FieldSpec &spec : p.kind->storedFields()) {
            if (!FieldCodec::validate(spec, p.fields.value(spec.key), p.id, error))
                return false;
        }
        if (!store.insert(p.kind->table, p.id, p.fields, error))
            return false;
        ++counts.created;
    }
    AuditLog audit(m_db);
    if (!audit.append(QStringLiteral("import"), QString(), QString(),
                      QStringLiteral("created=%1,updated=%2,unchanged=%3")
                          .arg(counts.created)
                          .arg(counts.updated)
                          .arg(counts.unchanged),
                      error) ||
        !tx.commit(error))
        return false;
    if (summary)
        *summary = counts;
    return true;
}
