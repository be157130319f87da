#include "app/rules/TextCharacters.h"

TextCharacters::Problem TextCharacters::classify(char32_t c, bool multiLine)
{
    if (c == '\n' || c == '\r' || c == '\t')
        return multiLine ? Problem::None : Problem::LineBreak;
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
        return Problem::Control;
    if (c == 0x2028 || c == 0x2029 || c == 0x85)
        return Problem::LineBreak;
    if (c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
        (c >= 0x2066 && c <= 0x2069))
        return Problem::Direction;
    if (c == 0x200b || (c >= 0x2060 && c <= 0x2064) || c == 0xfeff || c == 0x180e ||
        (c >= 0xfff9 && c <= 0xfffb))
        return Problem::Invisible;
    if ((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe)
        return Problem::NonCharacter;
    if (c >= 0xd800 && c <= 0xdfff)
        return Problem::Broken;
    return Problem::None;
}

TextCharacters::Finding TextCharacters::check(const QString &text, bool multiLine)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            const Problem p = classify(code, multiLine);
            if (p != Problem::None)
                return {p, code, i};
            ++i;
            continue;
        }
        const Problem p = c.isSurrogate() ? Problem::Broken : classify(code, multiLine);
        if (p != Problem::None)
            return {p, code, i};
    }
    return {};
}

QString TextCharacters::describe(const Finding &f, bool multiLine)
{
    const QString code =
        QStringLiteral("U+") +
        QStringLiteral("%1").arg(uint(f.codePoint), 4, 16, QLatin1Char('0')).toUpper();
    switch (f.problem) {
    case Problem::None:
        return QString();
    case Problem::Broken:
        return tr("the text contains broken characters; type it again.");
    case Problem::LineBreak:
        return multiLine ? tr("the text contains a line or paragraph separator (%1); use an "
                              "ordinary line break.")
                               .arg(code)
                         : tr("the text contains a line break or control character (%1); keep "
                              "it on one line.")
                               .arg(code);
    case Problem::Control:
        return multiLine ? tr("the text contains a control character (%1); remove it.").arg(code)
                         : tr("the text contains a line break or control character (%1); keep "
                              "it on one line.")
                               .arg(code);
    case Problem::Direction:
        return tr("the text contains a writing-direction control (%1) that makes it read "
                  "differently from what is stored; remove it.")
            .arg(code);
    case Problem::Invisible:
        return tr("the text contains an invisible character (%1); remove it (it often comes "
                  "with copied text).")
            .arg(code);
    case Problem::NonCharacter:
        return tr("the text contains %1, which is not a character; remove it.").arg(code);
    }
    return QString();
}
