#include "RecordCatalog.h"

#include <QCoreApplication>

namespace {

using T = FieldSpec::Type;

FieldSpec text(const char *key, const char *label, bool required = false, int maxLength = 0)
{
    FieldSpec f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.required = required;
    f.maxLength = maxLength;
    return f;
}

FieldSpec typed(const char *key, T type, const char *label, bool required = false)
{
    FieldSpec f = text(key, label, required);
    f.type = type;
    return f;
}

FieldSpec choice(const char *key, T type, const char *label, const QStringList &values,
                 bool required = false)
{
    FieldSpec f = typed(key, type, label, required);
    f.values = values;
    return f;
}

FieldSpec reference(const char *key, T type, const char *label, const char *array,
                    bool required = false)
{
    FieldSpec f = typed(key, type, label, required);
    f.refArray = QString::fromLatin1(array);
    return f;
}

QList<RecordKind> buildKinds()
{
    QList<RecordKind> kinds;

    // SOP-15 §5 tiers, §8.1 customer file.
    RecordKind customers;
    customers.array = customers.table = QStringLiteral("customers");
    customers.singular = QT_TRANSLATE_NOOP("RecordKind", "Customer");
    customers.plural = QT_TRANSLATE_NOOP("RecordKind", "Customers");
    customers.titleField = QStringLiteral("name");
    customers.fields = {
        text("name", QT_TRANSLATE_NOOP("Field", "Name"), true),
        text("short_name", QT_TRANSLATE_NOOP("Field", "Short name"), false, 40),
        choice("tier", T::Enum, QT_TRANSLATE_NOOP("Field", "Tier"),
               {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")},
               true),
        choice("kind", T::Enum, QT_TRANSLATE_NOOP("Field", "Kind"),
               {QStringLiteral("customer"), QStringLiteral("oem")}, true),
        typed("first_order_on", T::Date, QT_TRANSLATE_NOOP("Field", "First order")),
        text("industry", QT_TRANSLATE_NOOP("Field", "Industry")),
        text("region", QT_TRANSLATE_NOOP("Field", "Region")),
        text("address", QT_TRANSLATE_NOOP("Field", "Address"), false, 400),
        typed("contacts", T::LongText, QT_TRANSLATE_NOOP("Field", "Contacts")),
        typed("notes", T::LongText, QT_TRANSLATE_NOOP("Field", "Notes")),
    };
    kinds << customers;

    // SOP-10 §4.1 roles, §4.2 eligibility, §11 training.
    RecordKind people;
    people.array = people.table = QStringLiteral("people");
    people.singular = QT_TRANSLATE_NOOP("RecordKind", "Person");
    people.plural = QT_TRANSLATE_NOOP("RecordKind", "People");
    people.titleField = QStringLiteral("name");
    people.fields = {
        text("name", QT_TRANSLATE_NOOP("Field", "Name"), true),
        choice("roles", T::EnumList, QT_TRANSLATE_NOOP("Field", "Roles"),
               {QStringLiteral("cto"), QStringLiteral("engineer"), QStringLiteral("consultant"),
                QStringLiteral("sales"), QStringLiteral("admin"), QStringLiteral("gm"),
                QStringLiteral("chairman")},
               true),
        text("phone", QT_TRANSLATE_NOOP("Field", "Phone"), false, 40),
        text("email", QT_TRANSLATE_NOOP("Field", "E-mail"), false, 120),
        typed("certified_on", T::Date, QT_TRANSLATE_NOOP("Field", "Certified on")),
        typed("refresher_on", T::Date, QT_TRANSLATE_NOOP("Field", "Last refresher")),
        reference("nda_id", T::Reference, QT_TRANSLATE_NOOP("Field", "NDA"), "ndas"),
        typed("non_compete", T::Bool, QT_TRANSLATE_NOOP("Field", "Non-compete signed")),
        typed("assessment_passed", T::Bool, QT_TRANSLATE_NOOP("Field", "Assessment passed")),
        typed("left_on", T::Date, QT_TRANSLATE_NOOP("Field", "Left on")),
        typed("notes", T::LongText, QT_TRANSLATE_NOOP("Field", "Notes")),
    };
    kinds << people;

    return kinds;
}

} // namespace

const QList<RecordKind> &RecordCatalog::kinds()
{
    static const QList<RecordKind> all = buildKinds();
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
