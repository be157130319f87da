#include "app/interchange/SignatureInterchange.h"

#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/rules/SignerRoles.h"
#include "app/signing/KeyProofs.h"
#include "app/signing/RecordFingerprint.h"
#include "app/signing/RevisionLinks.h"
#include "app/signing/SignatureStrokes.h"
#include "app/signing/SignatureVerification.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The columns of each array, in the table's order; "revision" is the only number.
QStringList columnsOf(const QString &array)
{
    if (array == QLatin1String("signatures"))
        return {QStringLiteral("record_table"), QStringLiteral("record_id"),
                QStringLiteral("role"),         QStringLiteral("signer_id"),
                QStringLiteral("signer_name"),  QStringLiteral("strokes"),
                QStringLiteral("signed_at"),    QStringLiteral("key_id"),
                QStringLiteral("revision"),     QStringLiteral("content_hash"),
                QStringLiteral("proof")};
    if (array == QLatin1String("record_revisions"))
        return {QStringLiteral("record_table"), QStringLiteral("record_id"),
                QStringLiteral("previous_id"),  QStringLiteral("revision"),
                QStringLiteral("reason"),       QStringLiteral("made_by_id"),
                QStringLiteral("made_at"),      QStringLiteral("key_id"),
                QStringLiteral("proof")};
    return {QStringLiteral("record_table"), QStringLiteral("record_id"),
            QStringLiteral("revision"),     QStringLiteral("content_hash"),
            QStringLiteral("locked_at"),    QStringLiteral("locked_by_id"),
            QStringLiteral("key_id"),       QStringLiteral("proof")};
}

// Absent or null allowed. A lock's and a correction's maker and key signature (schema 013) are
// absent in rows made before personal keys (and a lock whose last signer was a customer's
// representative names no person); KeyProofs decides whether that is acceptable.
const QStringList Optional = {QStringLiteral("signer_id"),  QStringLiteral("locked_by_id"),
                              QStringLiteral("made_by_id"), QStringLiteral("made_at"),
                              QStringLiteral("key_id"),     QStringLiteral("proof")};
// A signature's binding to a personal key (schema 012): absent for a customer's representative
// and for signatures drawn before personal keys.
const QStringList SignatureBinding = {QStringLiteral("key_id"), QStringLiteral("revision"),
                                      QStringLiteral("content_hash"), QStringLiteral("proof")};

} // namespace

const QStringList &SignatureInterchange::arrays()
{
    // Revisions before locks: a lock records the revision number the chain gives.
    static const QStringList names = {QStringLiteral("record_revisions"),
                                      QStringLiteral("signatures"), QStringLiteral("record_locks")};
    return names;
}

bool SignatureInterchange::exportTo(QJsonObject *document, Error *error) const
{
    for (const QString &array : arrays()) {
        const QStringList columns = columnsOf(array);
        QSqlQuery q(m_db.sql());
        if (!q.exec(
                // By id, as the records are: created_at is when a row was written on this desk
                // (an import writes them all at once), so it would order two copies differently.
                QStringLiteral("SELECT id, %1 FROM %2 WHERE deleted = 0 ORDER BY id")
                    .arg(columns.join(QLatin1String(", ")), array)))
            return Error::set(error, Error::Code::Failure, q.lastError().text());
        QJsonArray list;
        RecordStore store(m_db);
        while (q.next()) {
            // What belongs to a deleted record (a correction draft thrown away) leaves with it:
            // the export holds live records only, and an import would find nothing to attach to.
            if (!store.exists(q.value(1).toString(), q.value(2).toString()))
                continue;
            QJsonObject object{{QStringLiteral("id"), q.value(0).toString()}};
            for (int i = 0; i < columns.size(); ++i) {
                const QString &column = columns.at(i);
                const QVariant v = q.value(i + 1);
                if (column == QLatin1String("revision"))
                    object.insert(column, v.isNull() ? QJsonValue() : QJsonValue(v.toInt()));
                else if (column == QLatin1String("strokes"))
                    object.insert(column, QJsonDocument::fromJson(v.toString().toUtf8()).object());
                else
                    object.insert(column, v.isNull() ? QJsonValue() : QJsonValue(v.toString()));
            }
            list.append(object);
        }
        document->insert(array, list);
    }
    return true;
}

bool SignatureInterchange::importFrom(const QJsonObject &document, int *created, Error *error)
{
    for (const QString &array : arrays()) {
        const QJsonValue section = document.value(array);
        if (section.isUndefined())
            continue;
        if (!importArray(array, section, created, error))
            return false;
    }
    for (const auto &link : std::as_const(m_newLinks)) {
        if (!RevisionLinks::validate(m_db, link.first, link.second, error))
            return false;
    }
    m_newLinks.clear();
    return true;
}

bool SignatureInterchange::importArray(const QString &array, const QJsonValue &section,
                                       int *created, Error *error)
{
    if (!section.isArray())
        return Error::set(error, Error::Code::Validation,
                          tr("\"%1\" must be a list of records.").arg(array));
    const QStringList columns = columnsOf(array);
    RecordStore store(m_db);
    for (const QJsonValue &value : section.toArray()) {
        const QJsonObject object = value.toObject();
        const QString id = object.value(QStringLiteral("id")).toString().toLower();
        if (!value.isObject() || !FieldCodec::isUuid(id))
            return Error::set(
                error, Error::Code::Validation,
                tr("A record in \"%1\" has no valid \"id\" (a UUID is required).").arg(array), id,
                QStringLiteral("id"));
        QVariantMap fields;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != QLatin1String("id") && !columns.contains(it.key()))
                return Error::set(
                    error, Error::Code::Validation,
                    tr("Record %1 in \"%2\" has an unknown key \"%3\".").arg(id, array, it.key()),
                    id, it.key());
        }
        for (const QString &column : columns) {
            const QJsonValue v = object.value(column);
            if (array == QLatin1String("signatures") && SignatureBinding.contains(column) &&
                (v.isNull() || v.isUndefined())) {
                fields.insert(column, column == QLatin1String("revision")
                                          ? QVariant(QMetaType(QMetaType::Int))
                                          : QVariant(QMetaType(QMetaType::QString)));
                continue;
            }
            if (column == QLatin1String("strokes")) {
                SignatureStrokes strokes;
                const QString json =
                    QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
                if (!v.isObject() || !SignatureStrokes::parse(json, &strokes, error)) {
                    return Error::set(error, Error::Code::Validation,
                                      tr("Signature %1: the strokes are not a valid signature "
                                         "(%2).")
                                          .arg(id, error ? error->message : QString()),
                                      id, column);
                }
                fields.insert(column, strokes.toJson());
            } else if (column == QLatin1String("revision")) {
                if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != v.toInt())
                    return Error::set(error, Error::Code::Validation,
                                      tr("Record %1 in \"%2\": \"revision\" must be a whole "
                                         "number from 1.")
                                          .arg(id, array),
                                      id, column);
                fields.insert(column, v.toInt());
            } else if (v.isNull() || v.isUndefined()) {
                if (!Optional.contains(column))
                    return Error::set(
                        error, Error::Code::Validation,
                        tr("Record %1 in \"%2\" needs \"%3\".").arg(id, array, column), id, column);
                fields.insert(column, QVariant(QMetaType(QMetaType::QString)));
            } else if (!v.isString()) {
                return Error::set(
                    error, Error::Code::Validation,
                    tr("Record %1 in \"%2\": \"%3\" must be text.").arg(id, array, column), id,
                    column);
            } else {
                fields.insert(column, v.toString());
            }
        }
        const QString table = fields.value(QStringLiteral("record_table")).toString();
        const QString recordId = fields.value(QStringLiteral("record_id")).toString().toLower();
        fields.insert(QStringLiteral("record_id"), recordId);
        const RecordKind *kind = RecordCatalog::byTable(table);
        if (!kind || !store.exists(table, recordId))
            return Error::set(error, Error::Code::Validation,
                              tr("Record %1 in \"%2\" refers to %3 %4, which does not exist.")
                                  .arg(id, array, table, recordId),
                              id, QStringLiteral("record_id"));
        if (array == QLatin1String("signatures") &&
            !SignerRoles::find(table, fields.value(QStringLiteral("role")).toString()))
            return Error::set(error, Error::Code::Validation,
                              tr("Signature %1: a %2 has no signature block \"%3\".")
                                  .arg(id, kind->translatedSingular(),
                                       fields.value(QStringLiteral("role")).toString()),
                              id, QStringLiteral("role"));
        QVariantMap current;
        if (store.get(array, id, &current, nullptr)) {
            for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
                if (!RecordStore::sameValue(current.value(it.key()), it.value()))
                    return Error::set(error, Error::Code::Locked,
                                      tr("Record %1 in \"%2\" is already stored with another "
                                         "\"%3\"; signatures, locks and revisions never change.")
                                          .arg(id, array, it.key()),
                                      id, it.key());
            }
            continue;
        }
        if (array == QLatin1String("record_locks")) {
            QString hash;
            if (!RecordFingerprint::contentHash(m_db, *kind, recordId, &hash, error))
                return false;
            if (hash != fields.value(QStringLiteral("content_hash")).toString())
                return Error::set(error, Error::Code::Validation,
                                  tr("Lock %1 does not match the content of %2 %3: the file "
                                     "locks something other than what it carries.")
                                      .arg(id, kind->translatedSingular(), recordId),
                                  id, QStringLiteral("content_hash"));
        }
        // A person's signature, lock or correction must be theirs: a forged or borrowed one
        // is refused.
        if (!m_trustRead) {
            if (!KeyProofs::trust(m_db, &m_trust, error))
                return false;
            m_trustRead = true;
        }
        const QString problem =
            array == QLatin1String("signatures")
                ? SignatureVerification::check(id, fields, m_trust.trusted, m_trust.strict, true)
                : KeyProofs::check(m_db, array, id, fields, m_trust, true);
        if (!problem.isEmpty())
            return Error::set(error, Error::Code::Validation, problem, id, QStringLiteral("proof"));
        if (!store.insert(array, id, fields, error))
            return false;
        if (array == QLatin1String("record_revisions"))
            m_newLinks.append({id, fields});
        ++*created;
    }
    return true;
}
