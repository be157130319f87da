#pragma once

#include "db/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The cryptography of a person's keys (OpenSSL 3, EVP_PKEY): an Ed25519 pair for signatures
// and an X25519 pair for sealing, the private halves wrapped with AES-256-GCM under a key
// derived from the person's PIN (PBKDF2-HMAC-SHA256, at least MinimumIterations). No database:
// PeopleKeys stores what this makes. Keys are the raw 32-byte forms OpenSSL exports.
class PersonalKeys
{
    Q_DECLARE_TR_FUNCTIONS(PersonalKeys)
public:
    static constexpr int MinimumPinLength = 6;
    static constexpr int MinimumIterations = 600000;
    static constexpr int SaltSize = 16;
    static constexpr int DerivedKeySize = 32;

    struct KeyPair
    {
        QByteArray signPublic;
        QByteArray signPrivate;
        QByteArray sealPublic;
        QByteArray sealPrivate;
        bool isNull() const { return signPublic.isEmpty() || sealPublic.isEmpty(); }
        bool hasPrivate() const { return !signPrivate.isEmpty() && !sealPrivate.isEmpty(); }
    };

    // Fresh random key pairs.
    static bool generate(KeyPair *out, Error *error);
    // Key pairs derived from a seed: the same seed gives the same keys. Only for the demo
    // people and tests, whose keys must be reproducible.
    static bool fromSeed(const QByteArray &seed, KeyPair *out, Error *error);

    // Ed25519 over message; empty on failure.
    static QByteArray sign(const QByteArray &signPrivate, const QByteArray &message);
    static bool verify(const QByteArray &signPublic, const QByteArray &message,
                       const QByteArray &signature);

    // The key id people compare: the first 16 bytes of SHA-256 of the signing key, as 32 hex
    // digits in groups of four when grouped.
    static QString keyId(const QByteArray &signPublic);
    static QString groupedKeyId(const QString &keyId);

    static bool checkPin(const QString &pin, Error *error);
    // PBKDF2-HMAC-SHA256 of the PIN: slow on purpose (about a second); never on the GUI thread.
    static QByteArray deriveKey(const QString &pin, const QByteArray &salt, int iterations);
    static QByteArray randomBytes(int size);

    // AES-256-GCM of secret under key (32 bytes): iv(12) | ciphertext | tag(16). aad binds the
    // wrap to what it belongs to (person and key id), so a blob cannot be moved to another.
    static QByteArray encrypt(const QByteArray &key, const QByteArray &secret,
                              const QByteArray &aad);
    // false with WrongPassphrase when the key or aad does not match (a wrong PIN).
    static bool decrypt(const QByteArray &key, const QByteArray &blob, const QByteArray &aad,
                        QByteArray *secret, Error *error);

    // Seals a secret (an L3 content key) to an X25519 public key: ephemeral X25519, HKDF-SHA256,
    // AES-256-GCM. ephemeral public(32) | iv | ciphertext | tag.
    static QByteArray seal(const QByteArray &sealPublic, const QByteArray &secret,
                           const QByteArray &aad);
    static bool unseal(const QByteArray &sealPrivate, const QByteArray &sealed,
                       const QByteArray &aad, QByteArray *secret, Error *error);
};
