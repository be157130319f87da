#include "app/signing/PaperCode.h"

#include "app/signing/RecordFingerprint.h"

#include <QRegularExpression>
#include <QUuid>

namespace {
const QString Prefix = QStringLiteral("FD1");
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
    return QStringLiteral("%1:%2:%3:%4").arg(Prefix, recordId).arg(revision).arg(shortHash);
}

bool PaperCode::parse(const QString &text, PaperCode *out)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
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
