#include "app/signing/PaperCode.h"

#include "app/signing/RecordFingerprint.h"

#include <QRegularExpression>
#include <QUuid>

namespace {
const QString Prefix = QStringLiteral("FD1");
const QString SignedPrefix = QStringLiteral("FD2");
const char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

bool isHex(const QString &text, int size)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    return text.size() == size && hex.match(text).hasMatch();
}
} // namespace

QString PaperCode::base32(const QByteArray &data)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(Alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

bool PaperCode::fromBase32(const QString &text, QByteArray *out)
{
    QByteArray result;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char *at = strchr(Alphabet, c.toUpper().toLatin1());
        if (!at || !*at)
            return false;
        buffer = (buffer << 5) | quint32(at - Alphabet);
        bits += 5;
        if (bits >= 8) {
            result.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    *out = result;
    return true;
}

bool PaperCode::isValid() const
{
    static const QRegularExpression hex(
        QStringLiteral("^[0-9a-f]{%1}$").arg(RecordFingerprint::ShortLength));
    return !QUuid::fromString(recordId).isNull() && revision >= 1 &&
           hex.match(shortHash).hasMatch();
}

QString PaperCode::toText() const
{
    if (fullHash.isEmpty() || signatures.isEmpty())
        return QStringLiteral("%1:%2:%3:%4").arg(Prefix, recordId).arg(revision).arg(shortHash);
    QStringList seals;
    for (const Seal &s : signatures)
        seals << QStringList{s.keyId.toUpper(), s.role.toUpper(), base32(s.signedAt.toUtf8()),
                             s.contentHash == fullHash ? QStringLiteral("-")
                                                       : s.contentHash.toUpper(),
                             base32(s.proof)}
                     .join(QLatin1Char('.'));
    return QStringLiteral("%1:%2:%3:%4:%5")
        .arg(SignedPrefix, recordId.toUpper())
        .arg(revision)
        .arg(fullHash.toUpper(), seals.join(QLatin1Char('/')));
}

bool PaperCode::parse(const QString &text, PaperCode *out)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() == 5 && parts.at(0).compare(SignedPrefix, Qt::CaseInsensitive) == 0) {
        const QUuid uuid = QUuid::fromString(parts.at(1).trimmed());
        bool ok = false;
        PaperCode code;
        code.recordId = uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
        code.revision = parts.at(2).trimmed().toInt(&ok);
        code.fullHash = parts.at(3).trimmed().toLower();
        if (!ok || !isHex(code.fullHash, 64))
            return false;
        code.shortHash = RecordFingerprint::shortHash(code.fullHash);
        for (const QString &seal : parts.at(4).trimmed().split(QLatin1Char('/'))) {
            const QStringList f = seal.split(QLatin1Char('.'));
            if (f.size() != 5)
                return false;
            Seal s;
            QByteArray at;
            s.keyId = f.at(0).toLower();
            s.role = f.at(1).toLower();
            s.contentHash = f.at(3) == QLatin1String("-") ? code.fullHash : f.at(3).toLower();
            if (!isHex(s.keyId, 32) || !isHex(s.contentHash, 64) || !fromBase32(f.at(2), &at) ||
                !fromBase32(f.at(4), &s.proof) || s.proof.size() != 64)
                return false;
            s.signedAt = QString::fromUtf8(at);
            code.signatures.append(s);
        }
        if (!code.isValid())
            return false;
        *out = code;
        return true;
    }
    if (parts.size() != 4 || parts.at(0).compare(Prefix, Qt::CaseInsensitive) != 0)
        return false;
    const QUuid uuid = QUuid::fromString(parts.at(1).trimmed());
    bool ok = false;
    const int revision = parts.at(2).trimmed().toInt(&ok);
    PaperCode code;
    code.recordId = uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
    code.revision = ok ? revision : 0;
    code.shortHash = parts.at(3).trimmed().toLower();
    if (!code.isValid())
        return false;
    *out = code;
    return true;
}
