#include "app/search/SearchText.h"

#include <QChar>
#include <QSet>

namespace {

struct Token
{
    QString text;
    bool cjk = false;       // a bigram or a CJK character
    bool runEnd = false;    // the single last character of a CJK run
    bool singleRun = false; // that run had only this one character
};

// Cuts folded text into its tokens in order; parts are separated by whitespace when
// splitParts is set (queries), otherwise the whole text is one part.
QList<QList<Token>> tokenize(const QString &input, bool splitParts)
{
    QList<QList<Token>> parts(1);
    const QString text = SearchText::fold(input);
    QList<char32_t> run;
    bool runCjk = false;
    auto flush = [&]() {
        if (run.isEmpty())
            return;
        QList<Token> &out = parts.last();
        if (runCjk) {
            for (int i = 0; i + 1 < run.size(); ++i)
                out.append({QString::fromUcs4(&run[i], 2), true, false, false});
            out.append({QString::fromUcs4(&run.last(), 1), true, true, run.size() == 1});
        } else {
            out.append({QString::fromUcs4(run.constData(), run.size()), false, false, false});
        }
        run.clear();
    };
    const QList<uint> ucs4 = text.toUcs4();
    for (uint u : ucs4) {
        const char32_t c = u;
        const bool cjk = SearchText::isCjk(c);
        const bool word = !cjk && QChar::isLetterOrNumber(c);
        if (cjk || word) {
            if (!run.isEmpty() && runCjk != cjk)
                flush();
            runCjk = cjk;
            run.append(c);
            continue;
        }
        flush();
        if (splitParts && QChar::isSpace(c) && !parts.last().isEmpty())
            parts.append(QList<Token>());
    }
    flush();
    if (parts.last().isEmpty())
        parts.removeLast();
    return parts;
}

} // namespace

bool SearchText::isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Letter_Other;
    default:
        return false;
    }
}

QString SearchText::fold(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QStringList SearchText::terms(const QString &text)
{
    QStringList out;
    const QList<QList<Token>> parts = tokenize(text, false);
    for (const QList<Token> &part : parts) {
        for (const Token &t : part)
            out << t.text;
    }
    return out;
}

QString SearchText::indexTerms(const QString &text)
{
    return terms(text).join(QLatin1Char(' '));
}

QString SearchText::matchExpression(const QString &query)
{
    QStringList phrases;
    const QList<QList<Token>> parts = tokenize(query, true);
    for (const QList<Token> &part : parts) {
        QStringList words;
        for (int i = 0; i < part.size(); ++i) {
            const Token &t = part.at(i);
            const bool last = i + 1 == part.size();
            if (t.runEnd && !t.singleRun && last)
                continue; // the query's run may continue in the text: its bigrams say enough
            // A single character or the last word may go on in the text: match as a prefix.
            const bool asPrefix = last && (t.singleRun || !t.cjk);
            words << (asPrefix ? t.text + QLatin1Char('*') : t.text);
        }
        if (!words.isEmpty())
            phrases << QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
    }
    return phrases.join(QLatin1Char(' '));
}

QStringList SearchText::distinctTerms(const QString &text, int maxTerms)
{
    QStringList picked;
    QSet<QString> seen;
    const QList<QList<Token>> parts = tokenize(text, false);
    for (const QList<Token> &part : parts) {
        for (const Token &t : part) {
            if (picked.size() >= maxTerms)
                return picked;
            if ((t.runEnd && !t.singleRun) || seen.contains(t.text))
                continue;
            seen.insert(t.text);
            picked << t.text;
        }
    }
    return picked;
}

QString SearchText::anyOf(const QStringList &terms)
{
    QStringList quoted;
    for (const QString &t : terms)
        quoted << QLatin1Char('"') + t + QLatin1Char('"');
    return quoted.join(QLatin1String(" OR "));
}
