#pragma once

#include <QCoreApplication>
#include <QString>

// The one rule for characters a text field may hold, in forms and in files alike: no control
// characters (a multi-line field keeps \n, \r and \t), no Unicode line or paragraph separators
// (U+2028/2029 render as breaks but are no line break a one-line field refuses otherwise), no
// direction overrides or isolates (U+202A–202E, U+2066–2069, LRM/RLM/ALM: they make text read
// differently from what is stored), no invisible characters (U+200B, U+2060–2064, U+FEFF,
// U+180E, U+FFF9–FFFB), no noncharacters (U+FDD0–FDEF, U+xxFFFE/FFFF), no broken surrogates.
// Joiners (U+200C/200D) stay: emoji and some scripts need them.
class TextCharacters
{
    Q_DECLARE_TR_FUNCTIONS(TextCharacters)
public:
    enum class Problem { None, Broken, LineBreak, Control, Direction, Invisible, NonCharacter };
    struct Finding
    {
        Problem problem = Problem::None;
        char32_t codePoint = 0;
        qsizetype position = -1; // in UTF-16 units
    };

    static Problem classify(char32_t codePoint, bool multiLine);
    static Finding check(const QString &text, bool multiLine);
    // A translated sentence saying which character it is and what to do.
    static QString describe(const Finding &finding, bool multiLine);
};
