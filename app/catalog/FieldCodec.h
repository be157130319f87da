#pragma once

#include "app/catalog/FieldSpec.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QVariant>

// Moves one field's value between its JSON interchange form and its stored column form, and
// checks it against the field's declaration on the way in: required, type, enum values,
// length, control characters, broken Unicode. Editors use validate() on what a person typed;
// the importer uses fromJson(). Messages name the field (and the record when known) and say
// what to do.
class FieldCodec
{
    Q_DECLARE_TR_FUNCTIONS(FieldCodec)
public:
    // JSON -> stored. A JSON null or "" stores NULL (then rejected if required).
    static bool fromJson(const FieldSpec &spec, const QJsonValue &value, QVariant *stored,
                         const QString &recordId, Error *error);
    // Stored -> JSON. NULL gives JSON null (lists give []).
    static QJsonValue toJson(const FieldSpec &spec, const QVariant &stored);
    // Checks a stored-form value (what an editor produces).
    static bool validate(const FieldSpec &spec, const QVariant &stored, const QString &recordId,
                         Error *error);

    // Text rules shared by every free-text field.
    static bool checkText(const FieldSpec &spec, const QString &text, const QString &recordId,
                          Error *error);
    // The stored form of EnumList/ReferenceList fields (a JSON array as text) and back.
    static QStringList listValues(const QVariant &stored);
    static QString storedList(const QStringList &values);
    static bool isUuid(const QString &text);
    static bool isIsoDate(const QString &text);
    static bool isIsoDateTimeWithOffset(const QString &text);

private:
    static bool fail(const FieldSpec &spec, const QString &recordId, const QString &problem,
                     Error *error);
};
