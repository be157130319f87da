#include "app/catalog/FieldCodec.h"

#include "app/catalog/Money.h"
#include "app/people/SealedText.h"
#include "app/rules/PlausibleDates.h"
#include "app/rules/TextCharacters.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <cmath>

bool FieldCodec::fail(const FieldSpec &spec, const QString &recordId, const QString &problem,
                      Error *error)
{
    const QString where =
        recordId.isEmpty()
            ? tr("%1 (%2)").arg(spec.translatedLabel(), spec.key)
            : tr("Record %1, %2 (%3)").arg(recordId, spec.translatedLabel(), spec.key);
    return Error::set(error, Error::Code::Validation, tr("%1: %2").arg(where, problem), recordId,
                      spec.key);
}

QStringList FieldCodec::listValues(const QVariant &stored)
{
    QStringList out;
    const QJsonArray items = QJsonDocument::fromJson(stored.toString().toUtf8()).array();
    for (const QJsonValue &item : items)
        out << item.toString();
    return out;
}

QString FieldCodec::storedList(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

bool FieldCodec::isUuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z"));
    return re.match(text).hasMatch();
}

bool FieldCodec::isIsoDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\z"));
    return re.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

bool FieldCodec::isIsoDateTimeWithOffset(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})\\z"));
    return re.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODate).isValid();
}

bool FieldCodec::checkText(const FieldSpec &spec, const QString &text, const QString &recordId,
                           Error *error)
{
    const bool multiLine = spec.type == FieldSpec::Type::LongText;
    // A sealed L3 text (SealedText) is checked for its form: its length is that of the
    // ciphertext in base64, up to about six times the text's characters in UTF-8.
    if (multiLine && SealedText::isSealed(text)) {
        if (!SealedText::isWellFormed(text) ||
            text.size() > qsizetype(spec.effectiveMaxLength()) * 6 + 16384)
            return fail(spec, recordId, tr("the sealed text is damaged."), error);
        return true;
    }
    const TextCharacters::Finding found = TextCharacters::check(text, multiLine);
    if (found.problem != TextCharacters::Problem::None)
        return fail(spec, recordId, TextCharacters::describe(found, multiLine), error);
    // Characters as people count them: a CJK Extension B character is one, not two.
    const qsizetype length = text.toUcs4().size();
    if (length > spec.effectiveMaxLength())
        return fail(spec, recordId,
                    tr("the text has %1 characters; at most %2 are allowed. Shorten it.")
                        .arg(length)
                        .arg(spec.effectiveMaxLength()),
                    error);
    return true;
}

bool FieldCodec::validate(const FieldSpec &spec, const QVariant &stored, const QString &recordId,
                          Error *error)
{
    using T = FieldSpec::Type;
    // Content rules first: "blank" must not hide control characters (U+0085 is whitespace).
    if ((spec.type == T::Text || spec.type == T::LongText) && !stored.isNull() &&
        !checkText(spec, stored.toString(), recordId, error))
        return false;
    const bool empty = stored.isNull() || (stored.typeId() == QMetaType::QString &&
                                           stored.toString().trimmed().isEmpty());
    if (empty) {
        if (spec.required)
            return fail(spec, recordId, tr("this field is required; enter a value."), error);
        return true;
    }
    const QString text = stored.toString();
    switch (spec.type) {
    case T::Text:
    case T::LongText:
        if (!spec.pattern.isEmpty() &&
            !QRegularExpression(QStringLiteral("^(?:%1)\\z").arg(spec.pattern))
                 .match(text)
                 .hasMatch())
            return fail(spec, recordId,
                        tr("\"%1\" does not have the expected form %2.")
                            .arg(text.left(40), spec.patternHint),
                        error);
        return true; // content checked above
    case T::Date:
        if (!isIsoDate(text))
            return fail(spec, recordId,
                        tr("\"%1\" is not a date; use the form 2026-11-20.").arg(text.left(40)),
                        error);
        if (!PlausibleDates::inWindow(QDate::fromString(text, Qt::ISODate)))
            return fail(spec, recordId, PlausibleDates::outsideWindow(text.left(40)), error);
        return true;
    case T::DateTime:
        if (!isIsoDateTimeWithOffset(text))
            return fail(spec, recordId,
                        tr("\"%1\" is not a date and time with offset; use the form "
                           "2026-11-20T17:00:00+08:00.")
                            .arg(text.left(40)),
                        error);
        if (!PlausibleDates::inWindow(QDateTime::fromString(text, Qt::ISODate).date()))
            return fail(spec, recordId, PlausibleDates::outsideWindow(text.left(40)), error);
        return true;
    case T::Enum:
        if (!spec.values.contains(text))
            return fail(spec, recordId,
                        tr("\"%1\" is not allowed; choose one of %2.")
                            .arg(text.left(40), spec.values.join(QLatin1String(", "))),
                        error);
        return true;
    case T::Bool:
        if (text != QLatin1String("0") && text != QLatin1String("1") &&
            stored.typeId() != QMetaType::Bool)
            return fail(spec, recordId, tr("the value must be true or false."), error);
        return true;
    case T::Number: {
        bool ok = false;
        const double v = stored.toDouble(&ok);
        const bool belowMinimum = spec.minimumExclusive ? v <= spec.minimum : v < spec.minimum;
        if (ok && spec.wholeNumber && v != double(qint64(v)))
            return fail(spec, recordId,
                        tr("\"%1\" is not a whole number; enter a whole number from %2 to %3.")
                            .arg(text.left(40))
                            .arg(spec.minimum)
                            .arg(spec.maximum),
                        error);
        if (!ok || belowMinimum || v > spec.maximum)
            return fail(spec, recordId,
                        spec.minimumExclusive ? tr("\"%1\" must be more than %2 and at most %3.")
                                                    .arg(text.left(40))
                                                    .arg(spec.minimum)
                                                    .arg(spec.maximum)
                                              : tr("\"%1\" is outside the allowed range %2 to %3.")
                                                    .arg(text.left(40))
                                                    .arg(spec.minimum)
                                                    .arg(spec.maximum),
                        error);
        return true;
    }
    case T::Reference:
        if (!isUuid(text))
            return fail(spec, recordId, tr("\"%1\" is not a record id (UUID).").arg(text.left(40)),
                        error);
        return true;
    case T::Money: {
        // Stored form: whole fen. Text only when it is all digits (a value read back as text).
        bool ok = false;
        const qint64 fen = stored.toLongLong(&ok);
        const bool integral =
            stored.typeId() != QMetaType::Double && stored.typeId() != QMetaType::Float &&
            (stored.typeId() != QMetaType::QString ||
             QRegularExpression(QStringLiteral("^-?\\d+\\z")).match(text).hasMatch());
        if (!ok || !integral)
            return fail(spec, recordId, tr("the amount is not a whole number of fen."), error);
        if (fen < 0)
            return fail(spec, recordId,
                        tr("%1 is negative; amounts are never negative.")
                            .arg(Money::fromFen(fen).toString()),
                        error);
        if (fen > Money::MaxFen)
            return fail(
                spec, recordId,
                tr("%1 is more than RMB %2; check the amount.")
                    .arg(Money::fromFen(fen).toString(), Money::fromFen(Money::MaxFen).toString()),
                error);
        return true;
    }
    case T::EnumList:
    case T::ReferenceList: {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (!doc.isArray())
            return fail(spec, recordId, tr("the value must be a list."), error);
        QSet<QString> seen;
        const QJsonArray items = doc.array();
        for (const QJsonValue &item : items) {
            const QString s = item.toString();
            const bool ok =
                item.isString() && (spec.type == T::EnumList ? spec.values.contains(s) : isUuid(s));
            if (!ok)
                return fail(spec, recordId,
                            spec.type == T::EnumList
                                ? tr("\"%1\" is not allowed; choose from %2.")
                                      .arg(s.left(40), spec.values.join(QLatin1String(", ")))
                                : tr("\"%1\" is not a record id (UUID).").arg(s.left(40)),
                            error);
            if (seen.contains(s))
                return fail(spec, recordId, tr("\"%1\" is listed twice.").arg(s.left(40)), error);
            seen.insert(s);
        }
        if (spec.required && items.isEmpty())
            return fail(spec, recordId, tr("choose at least one."), error);
        return true;
    }
    }
    return true;
}

bool FieldCodec::fromJson(const FieldSpec &spec, const QJsonValue &value, QVariant *stored,
                          const QString &recordId, Error *error)
{
    using T = FieldSpec::Type;
    QVariant result;
    switch (spec.type) {
    case T::Bool:
        if (value.isNull() || value.isUndefined())
            result = QVariant(0);
        else if (value.isBool())
            result = QVariant(value.toBool() ? 1 : 0);
        else
            return fail(spec, recordId, tr("the value must be true or false."), error);
        break;
    case T::Number:
        if (value.isNull() || value.isUndefined())
            result = QVariant();
        else if (value.isDouble() && std::abs(value.toDouble()) > 9007199254740992.0)
            // Beyond 2^53 a JSON number has lost its digits: name the limit, not the rounding.
            return fail(spec, recordId,
                        tr("the number is too large; enter a number from %1 to %2.")
                            .arg(spec.minimum)
                            .arg(spec.maximum),
                        error);
        else if (value.isDouble())
            result = QVariant(value.toDouble());
        else
            return fail(spec, recordId, tr("the value must be a number."), error);
        break;
    case T::Money:
        if (value.isNull() || value.isUndefined() ||
            (value.isString() && value.toString().isEmpty())) {
            result = QVariant();
        } else if (value.isString()) {
            Money amount;
            const QString text = value.toString();
            if (!Money::parse(text, &amount, true))
                return fail(spec, recordId,
                            tr("\"%1\" is not an amount in RMB with exactly two decimals; use the "
                               "form 280.00.")
                                .arg(text.left(40)),
                            error);
            result = QVariant(amount.fen());
        } else {
            return fail(spec, recordId,
                        tr("the amount must be text with exactly two decimals, e.g. \"280.00\"."),
                        error);
        }
        break;
    case T::EnumList:
    case T::ReferenceList:
        if (value.isNull() || value.isUndefined())
            result = QStringLiteral("[]");
        else if (value.isArray())
            result =
                QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else
            return fail(spec, recordId, tr("the value must be a list."), error);
        break;
    default:
        if (value.isNull() || value.isUndefined() ||
            (value.isString() && value.toString().isEmpty()))
            result = QVariant(QMetaType::fromType<QString>());
        else if (value.isString())
            result = value.toString();
        else
            return fail(spec, recordId, tr("the value must be text."), error);
        break;
    }
    if (!validate(spec, result, recordId, error))
        return false;
    if (stored)
        *stored = result;
    return true;
}

QJsonValue FieldCodec::toJson(const FieldSpec &spec, const QVariant &stored)
{
    using T = FieldSpec::Type;
    switch (spec.type) {
    case T::Bool:
        return QJsonValue(!stored.isNull() && stored.toInt() != 0);
    case T::Number:
        return stored.isNull() ? QJsonValue() : QJsonValue(stored.toDouble());
    case T::Money:
        return stored.isNull() ? QJsonValue()
                               : QJsonValue(Money::fromFen(stored.toLongLong()).toString());
    case T::EnumList:
    case T::ReferenceList:
        return stored.isNull()
                   ? QJsonValue(QJsonArray())
                   : QJsonValue(QJsonDocument::fromJson(stored.toString().toUtf8()).array());
    default:
        return stored.isNull() ? QJsonValue() : QJsonValue(stored.toString());
    }
}
