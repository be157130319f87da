#include "app/interchange/KeyInterchange.h"

#include "app/catalog/FieldCodec.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QStringList columnsOf(const QString &array)
{
    if (array == QLatin1String("person_keys"))
        return {QStringLiteral("person_id"),   QStringLiteral("key_id"),
                QStringLiteral("sign_key"),    QStringLiteral("seal_key"),
                QStringLiteral("enrolled_at"), QStringLiteral("proof")};
    return {QStringLiteral("key_id"),          QStringLiteral("person_id"),
            QStringLiteral("confirmed_by_id"), QStringLiteral("confirmed_by_key"),
            QStringLiteral("confirmed_at"),    QStringLiteral("signature")};
}

} // namespace

const QStringList &KeyInterchange::arrays()
{
    // Enrolments before the confirmations that name them.
    static const QStringList names = {QStringLiteral("person_keys"),
                                      QStringLiteral("key_confirmations")};
    return names;
}

bool KeyInterchange::exportTo(QJsonObject *document, Error *error) const
{
    for (const QString &array : arrays()) {
        const QStringList columns = columnsOf(array);
        QSqlQuery q(m_db.sql());
        if (!q.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE deleted = 0 ORDER BY id")
                        .arg(columns.join(QLatin1String(", ")), array)))
            return Error::set(error, Error::Code::Failure, q.lastError().text());
        QJsonArray list;
        while (q.next()) {
            QJsonObject object{{QStringLiteral("id"), q.value(0).toString()}};
            for (int i = 0; i < columns.size(); ++i)
                object.insert(columns.at(i), q.value(i + 1).toString());
            list.append(object);
        }
        document->insert(array, list);
    }
    return true;
}

bool KeyInterchange::importFrom(const QJsonObject &document, int *created, Error *error)
{
    RecordStore store(m_db);
    for (const QString &array : arrays()) {
        const QJsonValue section = document.value(array);
        if (section.isUndefined())
            continue;
        if (!section.isArray())
            return Error::set(error, Error::Code::Validation,
                              tr("\"%1\" must be a list of records.").arg(array));
        const QStringList columns = columnsOf(array);
        for (const QJsonValue &value : section.toArray()) {
            const QJsonObject object = value.toObject();
            const QString id = object.value(QStringLiteral("id")).toString().toLower();
            if (!value.isObject() || !FieldCodec::isUuid(id))
                return Error::set(
                    error, Error::Code::Validation,
                    tr("A record in \"%1\" has no valid \"id\" (a UUID is required).").arg(array),
                    id, QStringLiteral("id"));
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (it.key() != QLatin1String("id") && !columns.contains(it.key()))
                    return Error::set(error, Error::Code::Validation,
                                      tr("Record %1 in \"%2\" has an unknown key \"%3\".")
                                          .arg(id, array, it.key()),
                                      id, it.key());
            }
            QVariantMap fields;
            for (const QString &column : columns) {
                const QJsonValue v = object.value(column);
                if (!v.isString() || v.toString().isEmpty())
                    return Error::set(
                        error, Error::Code::Validation,
                        tr("Record %1 in \"%2\" needs \"%3\" as text.").arg(id, array, column), id,
                        column);
                fields.insert(column, v.toString());
            }
            QVariantMap current;
            if (store.exists(array, id, true)) {
                if (!store.get(array, id, &current, nullptr))
                    current.clear();
                for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
                    if (!RecordStore::sameValue(current.value(it.key()), it.value()))
                        return Error::set(
                            error, Error::Code::Locked,
                            tr("Record %1 in \"%2\" is already stored with another \"%3\": a "
                               "person's key never changes; a new key is a new enrolment, "
                               "confirmed by an administrator.")
                                .arg(id, array, it.key()),
                            id, it.key());
                }
                continue;
            }
            // PeopleKeys' guard refuses a row that does not prove itself.
            if (!store.insert(array, id, fields, error))
                return false;
            ++*created;
        }
    }
    return true;
}
