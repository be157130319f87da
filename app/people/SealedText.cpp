#include "app/people/SealedText.h"

#include "app/people/PersonalKeys.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QLatin1String AnyPrefix("sealed:");
const QLatin1String V1Prefix("sealed:v1:");

} // namespace

QByteArray SealedText::contentAad(const QString &recordId)
{
    return QByteArrayLiteral("fielddesk-l3/v1\n") + recordId.toUtf8();
}

QByteArray SealedText::wrapAad(const QString &recordId, const QString &personId,
                               const QString &keyId)
{
    return QByteArrayLiteral("fielddesk-l3-key/v1\n") + recordId.toUtf8() + '\n' +
           personId.toUtf8() + '\n' + keyId.toUtf8();
}

bool SealedText::isSealed(const QString &text)
{
    return text.startsWith(AnyPrefix);
}

bool SealedText::isWellFormed(const QString &text)
{
    Envelope e;
    return parse(text, &e);
}

QByteArray SealedText::newContentKey()
{
    return PersonalKeys::randomBytes(ContentKeySize);
}

bool SealedText::parse(const QString &text, Envelope *out)
{
    if (!text.startsWith(V1Prefix))
        return false;
    static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]*={0,2}\\z"));
    const QString body = text.mid(V1Prefix.size());
    if (!base64.match(body).hasMatch())
        return false;
    QCborParserError parseError;
    const QCborValue value =
        QCborValue::fromCbor(QByteArray::fromBase64(body.toLatin1()), &parseError);
    if (parseError.error != QCborError::NoError || !value.isMap())
        return false;
    const QCborMap map = value.toMap();
    Envelope e;
    e.content = map.value(QStringLiteral("c")).toByteArray();
    // iv, at least an empty text, tag
    if (e.content.size() < 12 + 16)
        return false;
    for (const QCborValue &w : map.value(QStringLiteral("r")).toArray()) {
        const QCborMap m = w.toMap();
        Wrap wrap;
        wrap.personId = m.value(QStringLiteral("p")).toString();
        wrap.keyId = m.value(QStringLiteral("k")).toString();
        wrap.wrapped = m.value(QStringLiteral("w")).toByteArray();
        if (wrap.personId.isEmpty() || wrap.keyId.isEmpty() || wrap.wrapped.isEmpty())
            return false;
        e.wraps << wrap;
    }
    *out = e;
    return true;
}

QString SealedText::format(const Envelope &envelope)
{
    QCborArray wraps;
    for (const Wrap &w : envelope.wraps)
        wraps.append(QCborMap{{QStringLiteral("p"), w.personId},
                              {QStringLiteral("k"), w.keyId},
                              {QStringLiteral("w"), w.wrapped}});
    const QCborMap map{{QStringLiteral("r"), wraps}, {QStringLiteral("c"), envelope.content}};
    return V1Prefix + QString::fromLatin1(map.toCborValue().toCbor().toBase64());
}

QStringList SealedText::wrapIds(const Envelope &envelope)
{
    QStringList ids;
    for (const Wrap &w : envelope.wraps)
        ids << w.personId + QLatin1Char('/') + w.keyId;
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList SealedText::recipientIds(const QList<Recipient> &recipients)
{
    QStringList ids;
    for (const Recipient &r : recipients)
        ids << r.personId + QLatin1Char('/') + r.keyId;
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool SealedText::seal(const QString &recordId, const QString &plain, const QByteArray &contentKey,
                      const QList<Recipient> &recipients, QString *sealed, Error *error)
{
    if (contentKey.size() != ContentKeySize || recipients.isEmpty())
        return Error::set(error, Error::Code::Failure,
                          tr("The L3 text could not be sealed: nobody to seal it to."), recordId,
                          QStringLiteral("body"));
    Envelope e;
    e.content = PersonalKeys::encrypt(contentKey, plain.toUtf8(), contentAad(recordId));
    if (e.content.isEmpty())
        return Error::set(error, Error::Code::Failure,
                          tr("The L3 text could not be sealed (OpenSSL)."), recordId,
                          QStringLiteral("body"));
    QString out;
    if (!rewrap(recordId, format(e), contentKey, recipients, &out, error))
        return false;
    *sealed = out;
    return true;
}

bool SealedText::rewrap(const QString &recordId, const QString &sealed,
                        const QByteArray &contentKey, const QList<Recipient> &recipients,
                        QString *out, Error *error)
{
    Envelope e;
    if (!parse(sealed, &e))
        return Error::set(error, Error::Code::Validation,
                          tr("The sealed L3 text is damaged and cannot be read."), recordId,
                          QStringLiteral("body"));
    QList<Wrap> wraps;
    for (const Recipient &r : recipients) {
        const auto kept = std::find_if(e.wraps.cbegin(), e.wraps.cend(), [&r](const Wrap &w) {
            return w.personId == r.personId && w.keyId == r.keyId;
        });
        if (kept != e.wraps.cend()) {
            wraps << *kept;
            continue;
        }
        Wrap w{
            r.personId, r.keyId,
            PersonalKeys::seal(r.sealPublic, contentKey, wrapAad(recordId, r.personId, r.keyId))};
        if (w.wrapped.isEmpty())
            return Error::set(error, Error::Code::Failure,
                              tr("The L3 text could not be sealed to a person's key (OpenSSL)."),
                              recordId, QStringLiteral("body"));
        wraps << w;
    }
    e.wraps = wraps;
    *out = format(e);
    return true;
}

bool SealedText::open(const QString &recordId, const QString &sealed, const QString &personId,
                      const QString &keyId, const QByteArray &sealPrivate, QString *plain,
                      QByteArray *contentKey, Error *error)
{
    Envelope e;
    if (!parse(sealed, &e))
        return Error::set(error, Error::Code::Validation,
                          tr("The sealed L3 text is damaged and cannot be read."), recordId,
                          QStringLiteral("body"));
    const auto wrap = std::find_if(e.wraps.cbegin(), e.wraps.cend(), [&](const Wrap &w) {
        return w.personId == personId && w.keyId == keyId;
    });
    if (wrap == e.wraps.cend())
        return Error::set(error, Error::Code::Validation,
                          tr("This L3 text is not sealed to your current key yet. It is sealed "
                             "to you when another person allowed to read it opens it, or at its "
                             "next edit."),
                          recordId, QStringLiteral("body"));
    QByteArray key;
    QByteArray bytes;
    if (!PersonalKeys::unseal(sealPrivate, wrap->wrapped, wrapAad(recordId, personId, keyId), &key,
                              nullptr) ||
        key.size() != ContentKeySize ||
        !PersonalKeys::decrypt(key, e.content, contentAad(recordId), &bytes, nullptr))
        return Error::set(error, Error::Code::Validation,
                          tr("The sealed L3 text does not open with your key: it was damaged "
                             "or altered."),
                          recordId, QStringLiteral("body"));
    *plain = QString::fromUtf8(bytes);
    if (contentKey)
        *contentKey = key;
    bytes.fill('\0');
    return true;
}
