#pragma once

#include "app/catalog/FieldSpec.h"

#include <QList>

// A kind of record (customers, people, tasks, ...): its interchange array name, its table and
// its declared fields. See RecordCatalog for the list of kinds.
struct RecordKind
{
    QString array; // key of the array in the JSON interchange format
    QString table; // SQL table (record model columns plus one column per stored field)
    const char *singular = nullptr; // QT_TRANSLATE_NOOP("RecordKind", ...)
    const char *plural = nullptr;
    QString titleField; // the field that names a record in lists and messages
    QList<FieldSpec> fields;
    // Full-text search (SearchIndex): the text fields indexed, in order (empty: the kind is not
    // indexed), and the fields that name a hit. searchTitleFrom is a Reference field: hits are
    // then named after the referenced record (a brief is found under its task's number).
    QStringList searchFields;
    QStringList searchTitleFields;
    QString searchTitleFrom;
    // Records whose searchExcludeField holds one of searchExcludeValues are never indexed
    // (L3 restricted know-how, SOP-15 §8.2: search has no access control, so the index must
    // not hold what only some people may read).
    QString searchExcludeField;
    QStringList searchExcludeValues;
    // A kind written inside its parent's interchange records instead of an array of its own
    // (expense lines inside their claim's "lines"): the parent's array, the key in the parent
    // object, the Reference field that names the parent (implied by the nesting, so not
    // written) and the whole-number field that orders the children (their position when
    // omitted on import).
    QString parentArray;
    QString nestedKey;
    QString parentField;
    QString orderField;

    bool isNested() const { return !parentArray.isEmpty(); }
    const FieldSpec *field(const QString &key) const;
    // Fields that are stored (not derived), in declaration order.
    QList<FieldSpec> storedFields() const;
    QString translatedSingular() const;
    QString translatedPlural() const;
};
