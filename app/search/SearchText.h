#pragma once

#include <QString>
#include <QStringList>

// The text side of full-text search, without a database: how record text becomes index terms
// and how a query becomes an FTS4 match expression. SQLite 3.15's FTS4 does not segment
// Chinese, so text is cut here:
//   - a run of CJK characters (Han, kana, Hangul) gives its overlapping bigrams followed by
//     its last character: 光刻胶 → 光刻 刻胶 胶;
//   - a run of other letters and digits gives one case-folded word: PR-7 → pr 7;
//   - everything else (spaces, punctuation, symbols, emoji) separates.
// Text is NFKC-normalised first, so full-width Ｌａｔｉｎ and digits match their ASCII forms.
// Any substring of two or more CJK characters is then a phrase of consecutive bigrams, and
// a single character is a prefix of the term that starts with it.
class SearchText
{
public:
    // Space-separated terms to store in an FTS4 column (tokenize=simple).
    static QString indexTerms(const QString &text);
    // The same terms as a list (tests, similarity search).
    static QStringList terms(const QString &text);
    // An FTS4 MATCH expression finding records that contain every whitespace-separated part of
    // query as a phrase; empty when the query has nothing to look for. The last word of a part
    // also matches as a prefix (typing "lith" finds "Lithera").
    static QString matchExpression(const QString &query);
    // The distinct terms of text in order of appearance, at most maxTerms, without the single
    // characters that end CJK runs (similar-case search).
    static QStringList distinctTerms(const QString &text, int maxTerms);
    // An FTS4 expression matching any of terms (as returned by terms()).
    static QString anyOf(const QStringList &terms);
    static bool isCjk(char32_t c);
    // text in the form terms are made from: NFKC, case-folded.
    static QString fold(const QString &text);
};
