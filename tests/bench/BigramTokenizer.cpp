#include "tests/bench/BigramTokenizer.h"

#include <QStringList>

namespace {

QString fromCodePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

// Appends the tokens of one run of CJK characters. A lone character is its own token so a
// one-character word between punctuation is still indexed.
void appendCjkRun(const QList<char32_t> &run, QStringList *tokens)
{
    if (run.size() == 1) {
        tokens->append(fromCodePoint(run.first()));
        return;
    }
    for (int i = 0; i + 1 < run.size(); ++i)
        tokens->append(fromCodePoint(run.at(i)) + fromCodePoint(run.at(i + 1)));
}

QStringList tokensOf(const QString &text)
{
    QStringList tokens;
    QList<char32_t> cjkRun;
    QString word;
    auto flushCjk = [&] {
        if (!cjkRun.isEmpty())
            appendCjkRun(cjkRun, &tokens);
        cjkRun.clear();
    };
    auto flushWord = [&] {
        if (!word.isEmpty())
            tokens.append(word.toLower());
        word.clear();
    };
    // Code points, not UTF-16 units: CJK Extension B characters are surrogate pairs.
    const QList<uint> codePoints = text.toUcs4();
    for (uint u : codePoints) {
        const char32_t c = u;
        if (BigramTokenizer::isCjk(c)) {
            flushWord();
            cjkRun.append(c);
        } else if (QChar::isLetterOrNumber(c)) {
            flushCjk();
            word += fromCodePoint(c);
        } else {
            // Spaces and all punctuation (ASCII and full-width) separate tokens.
            flushCjk();
            flushWord();
        }
    }
    flushCjk();
    flushWord();
    return tokens;
}

} // namespace

bool BigramTokenizer::isCjk(char32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF)      // Extension A
           || (c >= 0x4E00 && c <= 0x9FFF)   // Unified Ideographs
           || (c >= 0xF900 && c <= 0xFAFF)   // Compatibility Ideographs
           || (c >= 0x20000 && c <= 0x3134F) // Extensions B–G
           || (c >= 0x3040 && c <= 0x30FF);  // kana: same problem, same cure
}

QString BigramTokenizer::indexText(const QString &text)
{
    return tokensOf(text).join(QLatin1Char(' '));
}

QString BigramTokenizer::matchQuery(const QString &term)
{
    const QStringList tokens = tokensOf(term);
    if (tokens.isEmpty())
        return QString();
    // Tokens hold only letters, digits and ideographs, so no quoting is needed inside.
    return QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
}
