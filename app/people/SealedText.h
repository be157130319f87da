#pragma once

#include "db/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The sealed form of an L3 know-how text (architecture.md "People and keys"), stored in the
// text's own field so the database, change log, bundles, snapshots, backups and exports carry
// nothing else:
//     sealed:v1:<base64 of a CBOR map>
//     { "r": [ { "p": person id, "k": key id (hex), "w": wrapped content key }, … ],
//       "c": iv(12) | AES-256-GCM ciphertext of the UTF-8 text | tag(16) }
// The text is encrypted with a random 256-bit content key; the content key is wrapped to each
// reader's X25519 sealing key (PersonalKeys::seal: ephemeral X25519, HKDF-SHA256,
// AES-256-GCM). Both carry the record id as associated data, and each wrap its person and key
// id, so a sealed text or a wrap moved to another entry or person does not open. No database
// here: L3Seal decides the readers and stores what this makes.
class SealedText
{
    Q_DECLARE_TR_FUNCTIONS(SealedText)
public:
    static constexpr int ContentKeySize = 32;

    // A person the content key is wrapped to: their confirmed key's id and X25519 public key.
    struct Recipient
    {
        QString personId;
        QString keyId;
        QByteArray sealPublic;
    };
    struct Wrap
    {
        QString personId;
        QString keyId;
        QByteArray wrapped;
    };
    struct Envelope
    {
        QList<Wrap> wraps;
        QByteArray content; // iv | ciphertext | tag
    };

    // Whether text is in a sealed form (any version): it must never be shown or indexed as
    // text. isWellFormed: it is a v1 envelope that parses.
    static bool isSealed(const QString &text);
    static bool isWellFormed(const QString &text);

    static QByteArray newContentKey();

    // Encrypts plain under contentKey for recordId and wraps the key to every recipient.
    static bool seal(const QString &recordId, const QString &plain, const QByteArray &contentKey,
                     const QList<Recipient> &recipients, QString *sealed, Error *error);
    // Opens the content key with the person's private X25519 key, then the text. A person
    // not among the wraps, a wrap for another of their keys, or a damaged text is refused
    // (Error::Code::Validation) without revealing anything.
    static bool open(const QString &recordId, const QString &sealed, const QString &personId,
                     const QString &keyId, const QByteArray &sealPrivate, QString *plain,
                     QByteArray *contentKey, Error *error);
    // The same text with its key wrapped to exactly recipients: a wrap that is still right is
    // kept, a missing one added, the others dropped. The content key stays (it changes at the
    // next edit).
    static bool rewrap(const QString &recordId, const QString &sealed, const QByteArray &contentKey,
                       const QList<Recipient> &recipients, QString *out, Error *error);

    static bool parse(const QString &text, Envelope *out);
    static QString format(const Envelope &envelope);
    // "person id/key id" of every wrap, sorted: compared with the readers of today.
    static QStringList wrapIds(const Envelope &envelope);
    static QStringList recipientIds(const QList<Recipient> &recipients);

private:
    static QByteArray contentAad(const QString &recordId);
    static QByteArray wrapAad(const QString &recordId, const QString &personId,
                              const QString &keyId);
};
