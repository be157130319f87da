#pragma once

#include <QString>
#include <QStringList>

// One field of a record kind, declared once: the JSON key (also the column name), its type
// and limits, its label. The validator, the JSON interchange, the lists and (later) the
// editors and print layouts all read this declaration instead of repeating it.
struct FieldSpec
{
    enum class Type {
        Text,          // one line, no control characters
        LongText,      // several lines (tabs and line breaks allowed)
        Date,          // "2026-11-20"
        DateTime,      // ISO 8601 with offset
        Enum,          // one of values
        EnumList,      // a JSON array of values, stored as JSON text
        Bool,          // stored 0/1
        Number,        // a decimal number within [minimum, maximum]
        Reference,     // a UUID of a record in refArray
        ReferenceList, // JSON array of UUIDs, stored as JSON text
        Money,         // RMB: JSON "280.00" (exactly two decimals), stored as whole fen
    };

    QString key;
    Type type = Type::Text;
    const char *label = nullptr; // QT_TRANSLATE_NOOP("Field", ...); shown via translatedLabel()
    bool required = false;
    QStringList values; // Enum, EnumList
    QString refArray;   // Reference(List): the array(s) the UUID points into, comma-separated
    int maxLength = 0;  // 0: the type's default
    double minimum = 0; // Number
    double maximum = 0; // Number
    bool minimumExclusive = false; // Number: the value must be greater than minimum
    bool wholeNumber = false;      // Number: no fractions (scores)
    QString pattern;               // Text: a regular expression the whole value must match
    QString patternHint;           // Text: the expected form, shown when the pattern does not match
    bool derived = false;          // computed on export, ignored on import
    // Set by the program, never typed: stored, exported, imported and synced like any field,
    // but left out of editors and lists (a correction's link to the report it replaces). While
    // empty it is also left out of a record's fingerprint, so records signed before the field
    // existed keep their content hash.
    bool internal = false;
    // Fields that only make sense together (an amount and who paid it) share a merge group:
    // sync takes all of them from the same side (architecture.md "Merge").
    QString mergeGroup;
    // QT_TRANSLATE_NOOP("Field", ...): what lists and labels show for an empty value, where
    // empty means something (a task saved offline in a team: "Pending number").
    const char *emptyText = nullptr;

    int effectiveMaxLength() const
    {
        if (maxLength > 0)
            return maxLength;
        return type == Type::LongText ? 20000 : 200;
    }
    QString translatedLabel() const;
    QString translatedEmptyText() const;
    bool isList() const { return type == Type::EnumList || type == Type::ReferenceList; }
};
