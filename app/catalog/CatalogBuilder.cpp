#include "app/catalog/CatalogBuilder.h"

RecordKind CatalogBuilder::kind(const char *array, const char *singular, const char *plural,
                                const char *titleField)
{
    RecordKind k;
    k.array = k.table = QString::fromLatin1(array);
    k.singular = singular;
    k.plural = plural;
    k.titleField = QString::fromLatin1(titleField);
    return k;
}

FieldSpec CatalogBuilder::text(const char *key, const char *label, bool required, int maxLength)
{
    FieldSpec f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.required = required;
    f.maxLength = maxLength;
    return f;
}

FieldSpec CatalogBuilder::typed(const char *key, T type, const char *label, bool required)
{
    FieldSpec f = text(key, label, required);
    f.type = type;
    return f;
}

FieldSpec CatalogBuilder::choice(const char *key, T type, const char *label,
                                 const QStringList &values, bool required)
{
    FieldSpec f = typed(key, type, label, required);
    f.values = values;
    return f;
}

FieldSpec CatalogBuilder::reference(const char *key, T type, const char *label, const char *arrays,
                                    bool required)
{
    FieldSpec f = typed(key, type, label, required);
    f.refArray = QString::fromLatin1(arrays);
    return f;
}

FieldSpec CatalogBuilder::number(const char *key, const char *label, double minimum,
                                 bool minimumExclusive, double maximum, bool required)
{
    FieldSpec f = typed(key, T::Number, label, required);
    f.minimum = minimum;
    f.minimumExclusive = minimumExclusive;
    f.maximum = maximum;
    return f;
}

FieldSpec CatalogBuilder::score(const char *key, const char *label, int minimum, int maximum,
                                bool required)
{
    FieldSpec f = number(key, label, minimum, false, maximum, required);
    f.wholeNumber = true;
    return f;
}

FieldSpec CatalogBuilder::money(const char *key, const char *label, bool required,
                                const char *mergeGroup)
{
    FieldSpec f = typed(key, T::Money, label, required);
    f.mergeGroup = QString::fromLatin1(mergeGroup);
    return f;
}

FieldSpec CatalogBuilder::derived(const char *key, T type, const char *label)
{
    FieldSpec f = typed(key, type, label);
    f.derived = true;
    return f;
}

FieldSpec CatalogBuilder::internal(const char *key, T type, const char *label, const char *arrays)
{
    FieldSpec f = reference(key, type, label, arrays);
    f.internal = true;
    return f;
}
