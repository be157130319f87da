#pragma once

#include <QString>

// The text of the QR code on every printout (architecture.md "Printing"): which record, which
// revision, and the short content hash of what was printed. Typing or scanning it back lets
// the desk say whether a paper copy is the current revision, superseded, or unknown.
// Format: "FD1:<record uuid>:<revision>:<first 12 hex digits of the content SHA-256>".
struct PaperCode
{
    QString recordId;
    int revision = 0;
    QString shortHash;

    bool isValid() const;
    QString toText() const;
    // Accepts what a scanner or a person produces: surrounding blanks, upper or lower case, and
    // a UUID with or without braces. False for anything else.
    static bool parse(const QString &text, PaperCode *out);
};
