#pragma once

#include <QString>

// Turns Chinese text into something SQLite 3.15's FTS4 "simple" tokenizer can index. That
// tokenizer splits only on ASCII separators, so a whole Chinese sentence would become one
// token and no word inside it could be found. Writing every run of CJK characters as its
// overlapping character bigrams ("涂布厚度" -> "涂布 布厚 厚度") makes each bigram a token;
// a search term is then the phrase of its own bigrams, which matches exactly the documents
// that contain the term as a substring. Latin words and numbers stay whole words.
class BigramTokenizer
{
public:
    // The text to store in the FTS4 column: tokens separated by single spaces.
    static QString indexText(const QString &text);
    // The FTS4 MATCH expression for a search term: a quoted phrase of its bigrams, or an
    // empty string when the term has nothing to search for.
    static QString matchQuery(const QString &term);

    static bool isCjk(char32_t codePoint);
};
