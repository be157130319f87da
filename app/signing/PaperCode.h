#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The text of the QR code on every printout (architecture.md "Printing"): which record, which
// revision, and the short content hash of what was printed. Typing or scanning it back lets
// the desk say whether a paper copy is the current revision, superseded, or unknown.
// Format: "FD1:<record uuid>:<revision>:<first 12 hex digits of the content SHA-256>".
//
// A signed record's paper carries more (product.md "People, keys and who may read what"):
// "FD2:<record uuid>:<revision>:<full SHA-256>:<signature>/<signature>/…", each signature
// "<key id>.<role>.<base32 of signed-at>.<content hash at signing, or - when the same>.<base32
// of the Ed25519 proof>", all upper case so the QR stays compact. With the team's public keys
// alone anyone can tell who signed it and whether every signature holds.
struct PaperCode
{
    struct Seal
    {
        QString keyId;
        QString role;
        QString signedAt;
        QString contentHash; // the hash the signer signed
        QByteArray proof;
    };

    QString recordId;
    int revision = 0;
    QString shortHash;
    QString fullHash = {};       // FD2 only
    QList<Seal> signatures = {}; // FD2 only

    bool isValid() const;
    QString toText() const;
    // Accepts what a scanner or a person produces: surrounding blanks, upper or lower case, and
    // a UUID with or without braces. False for anything else.
    static bool parse(const QString &text, PaperCode *out);

    static QString base32(const QByteArray &data);
    static bool fromBase32(const QString &text, QByteArray *out);
};
