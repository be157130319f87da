#include "app/people/PersonalKeys.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QSet>

#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <memory>

namespace {

constexpr int IvSize = 12;
constexpr int TagSize = 16;
constexpr int RawKeySize = 32;

struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX *p) const { EVP_CIPHER_CTX_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

Pkey privateKey(int type, const QByteArray &raw)
{
    if (raw.size() != RawKeySize)
        return Pkey();
    return Pkey(EVP_PKEY_new_raw_private_key(type, nullptr, bytes(raw), size_t(raw.size())));
}

Pkey publicKey(int type, const QByteArray &raw)
{
    if (raw.size() != RawKeySize)
        return Pkey();
    return Pkey(EVP_PKEY_new_raw_public_key(type, nullptr, bytes(raw), size_t(raw.size())));
}

QByteArray rawPublic(EVP_PKEY *key)
{
    size_t size = RawKeySize;
    QByteArray out(RawKeySize, '\0');
    if (!key || EVP_PKEY_get_raw_public_key(key, bytes(out), &size) != 1 || size != RawKeySize)
        return QByteArray();
    return out;
}

QByteArray rawPrivate(EVP_PKEY *key)
{
    size_t size = RawKeySize;
    QByteArray out(RawKeySize, '\0');
    if (!key || EVP_PKEY_get_raw_private_key(key, bytes(out), &size) != 1 || size != RawKeySize)
        return QByteArray();
    return out;
}

Pkey generateKey(int type)
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &key) != 1)
        return Pkey();
    return Pkey(key);
}

bool fill(Pkey sign, Pkey seal, PersonalKeys::KeyPair *out)
{
    if (!sign || !seal)
        return false;
    out->signPublic = rawPublic(sign.get());
    out->signPrivate = rawPrivate(sign.get());
    out->sealPublic = rawPublic(seal.get());
    out->sealPrivate = rawPrivate(seal.get());
    return !out->isNull() && out->hasPrivate();
}

QByteArray hkdf(const QByteArray &secret, const QByteArray &info)
{
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    QByteArray out(RawKeySize, '\0');
    size_t size = RawKeySize;
    static const QByteArray salt("fielddesk-seal-v1");
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_salt(ctx.get(), bytes(salt), salt.size()) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), bytes(secret), secret.size()) != 1 ||
        EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), bytes(info), info.size()) != 1 ||
        EVP_PKEY_derive(ctx.get(), bytes(out), &size) != 1 || size != RawKeySize)
        return QByteArray();
    return out;
}

QByteArray x25519(EVP_PKEY *own, EVP_PKEY *peer)
{
    PkeyCtx ctx(EVP_PKEY_CTX_new(own, nullptr));
    size_t size = 0;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(ctx.get(), peer) != 1 ||
        EVP_PKEY_derive(ctx.get(), nullptr, &size) != 1 || size != RawKeySize)
        return QByteArray();
    QByteArray out(int(size), '\0');
    if (EVP_PKEY_derive(ctx.get(), bytes(out), &size) != 1)
        return QByteArray();
    return out;
}

} // namespace

bool PersonalKeys::generate(KeyPair *out, Error *error)
{
    if (!fill(generateKey(EVP_PKEY_ED25519), generateKey(EVP_PKEY_X25519), out))
        return Error::set(error, Error::Code::Failure,
                          tr("The personal keys could not be made (OpenSSL)."));
    return true;
}

bool PersonalKeys::fromSeed(const QByteArray &seed, KeyPair *out, Error *error)
{
    const QByteArray signRaw =
        QCryptographicHash::hash(seed + QByteArray("|ed25519"), QCryptographicHash::Sha256);
    const QByteArray sealRaw =
        QCryptographicHash::hash(seed + QByteArray("|x25519"), QCryptographicHash::Sha256);
    if (!fill(privateKey(EVP_PKEY_ED25519, signRaw), privateKey(EVP_PKEY_X25519, sealRaw), out))
        return Error::set(error, Error::Code::Failure,
                          tr("The personal keys could not be made (OpenSSL)."));
    return true;
}

QByteArray PersonalKeys::sign(const QByteArray &signPrivate, const QByteArray &message)
{
    Pkey key = privateKey(EVP_PKEY_ED25519, signPrivate);
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return QByteArray();
    size_t size = 64;
    QByteArray out(64, '\0');
    if (EVP_DigestSign(ctx.get(), bytes(out), &size, bytes(message), size_t(message.size())) != 1 ||
        size != 64)
        return QByteArray();
    return out;
}

bool PersonalKeys::verify(const QByteArray &signPublic, const QByteArray &message,
                          const QByteArray &signature)
{
    if (signature.size() != 64)
        return false;
    // Sync judges every stored signature after each merge: a signature that verified once is
    // remembered (by the SHA-256 of key, signature and message) instead of verified again.
    static QMutex mutex;
    static QSet<QByteArray> verified;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(signPublic);
    digest.addData(signature);
    digest.addData(message);
    const QByteArray seen = digest.result();
    {
        QMutexLocker lock(&mutex);
        if (verified.contains(seen))
            return true;
    }
    Pkey key = publicKey(EVP_PKEY_ED25519, signPublic);
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    const bool ok = EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()),
                                     bytes(message), size_t(message.size())) == 1;
    if (ok) {
        QMutexLocker lock(&mutex);
        if (verified.size() >= 1000000) // about 50 MB: start again rather than grow
            verified.clear();
        verified.insert(seen);
    }
    return ok;
}

QString PersonalKeys::keyId(const QByteArray &signPublic)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(signPublic, QCryptographicHash::Sha256).left(16).toHex());
}

QString PersonalKeys::groupedKeyId(const QString &keyId)
{
    QStringList groups;
    for (int i = 0; i < keyId.size(); i += 4)
        groups << keyId.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

bool PersonalKeys::checkPin(const QString &pin, Error *error)
{
    if (pin.size() < MinimumPinLength)
        return Error::set(error, Error::Code::Validation,
                          tr("The PIN must have at least %1 characters.").arg(MinimumPinLength),
                          QString(), QStringLiteral("pin"));
    return true;
}

QByteArray PersonalKeys::deriveKey(const QString &pin, const QByteArray &salt, int iterations)
{
    const QByteArray utf8 = pin.toUtf8();
    QByteArray out(DerivedKeySize, '\0');
    if (iterations < MinimumIterations ||
        PKCS5_PBKDF2_HMAC(utf8.constData(), utf8.size(), bytes(salt), salt.size(), iterations,
                          EVP_sha256(), DerivedKeySize, bytes(out)) != 1)
        return QByteArray();
    return out;
}

QByteArray PersonalKeys::randomBytes(int size)
{
    QByteArray out(size, '\0');
    if (RAND_bytes(bytes(out), size) != 1)
        return QByteArray();
    return out;
}

QByteArray PersonalKeys::encrypt(const QByteArray &key, const QByteArray &secret,
                                 const QByteArray &aad)
{
    const QByteArray iv = randomBytes(IvSize);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (key.size() != RawKeySize || iv.size() != IvSize || !ctx ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(iv)) != 1)
        return QByteArray();
    int len = 0;
    if (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), aad.size()) != 1)
        return QByteArray();
    QByteArray cipher(secret.size() + 16, '\0');
    int total = 0;
    if (EVP_EncryptUpdate(ctx.get(), bytes(cipher), &len, bytes(secret), secret.size()) != 1)
        return QByteArray();
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), bytes(cipher) + total, &len) != 1)
        return QByteArray();
    total += len;
    cipher.resize(total);
    QByteArray tag(TagSize, '\0');
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, tag.data()) != 1)
        return QByteArray();
    return iv + cipher + tag;
}

bool PersonalKeys::decrypt(const QByteArray &key, const QByteArray &blob, const QByteArray &aad,
                           QByteArray *secret, Error *error)
{
    const auto refuse = [error] {
        return Error::set(error, Error::Code::WrongPassphrase,
                          tr("Wrong PIN, or the key belongs to someone else."), QString(),
                          QStringLiteral("pin"));
    };
    if (key.size() != RawKeySize || blob.size() < IvSize + TagSize)
        return refuse();
    const QByteArray iv = blob.left(IvSize);
    QByteArray tag = blob.right(TagSize);
    const QByteArray cipher = blob.mid(IvSize, blob.size() - IvSize - TagSize);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    QByteArray plain(cipher.size() + 16, '\0');
    if (!ctx ||
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(iv)) != 1 ||
        (!aad.isEmpty() &&
         EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), aad.size()) != 1) ||
        EVP_DecryptUpdate(ctx.get(), bytes(plain), &len, bytes(cipher), cipher.size()) != 1)
        return refuse();
    int total = len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + total, &len) != 1)
        return refuse();
    total += len;
    plain.resize(total);
    *secret = plain;
    return true;
}

QByteArray PersonalKeys::seal(const QByteArray &sealPublic, const QByteArray &secret,
                              const QByteArray &aad)
{
    Pkey peer = publicKey(EVP_PKEY_X25519, sealPublic);
    Pkey ephemeral = generateKey(EVP_PKEY_X25519);
    if (!peer || !ephemeral)
        return QByteArray();
    const QByteArray ephemeralPublic = rawPublic(ephemeral.get());
    const QByteArray shared = x25519(ephemeral.get(), peer.get());
    if (shared.isEmpty() || ephemeralPublic.isEmpty())
        return QByteArray();
    const QByteArray key = hkdf(shared, ephemeralPublic + sealPublic);
    const QByteArray body = encrypt(key, secret, aad);
    return body.isEmpty() ? QByteArray() : ephemeralPublic + body;
}

bool PersonalKeys::unseal(const QByteArray &sealPrivate, const QByteArray &sealed,
                          const QByteArray &aad, QByteArray *secret, Error *error)
{
    Pkey own = privateKey(EVP_PKEY_X25519, sealPrivate);
    const QByteArray ephemeralPublic = sealed.left(RawKeySize);
    Pkey peer = publicKey(EVP_PKEY_X25519, ephemeralPublic);
    if (!own || !peer)
        return Error::set(error, Error::Code::WrongPassphrase,
                          tr("This sealed text is not for this person's key."));
    const QByteArray shared = x25519(own.get(), peer.get());
    const QByteArray key = hkdf(shared, ephemeralPublic + rawPublic(own.get()));
    return decrypt(key, sealed.mid(RawKeySize), aad, secret, error);
}
