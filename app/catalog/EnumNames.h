#pragma once

#include <QString>

// The names people read for the stored codes of enum fields ("A" of "tier" → "A 战略",
// "engineer" of "roles" → "派员"), translated in context "EnumValue" and disambiguated by the
// field key. Lists, print layouts and messages use it instead of showing the code. Every
// value RecordCatalog declares has a name here (tst_recordtablemodel checks that).
class EnumNames
{
public:
    // The value itself when there is no name for it.
    static QString text(const QString &fieldKey, const QString &value);
    static bool has(const QString &fieldKey, const QString &value);
    // The values of an EnumList field (JSON array text) as one translated line.
    static QString listText(const QString &fieldKey, const QString &json);
    // ", " in English, "、" in Chinese.
    static QString listSeparator();
};
