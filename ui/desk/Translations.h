#pragma once

#include <QString>

// Loads the user interface language: Field Desk's own strings (:/i18n/fielddesk_<lang>.qm,
// embedded in fielddesk_app) and Qt's (qtbase_<lang>.qm, for standard buttons and dialogs),
// and makes the language the default locale.
class Translations
{
public:
    // language: "zh_CN", "en" or "zh_TW". False when Field Desk's own file is missing.
    static bool install(const QString &language);
    // The UI font family for a Chinese UI when the system has it (Noto Sans CJK SC/TC), so
    // Simplified and Traditional text get their own glyph forms; empty otherwise.
    static QString preferredFontFamily(const QString &language);
};
