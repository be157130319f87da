#include "app/catalog/Money.h"

#include <QRegularExpression>

bool Money::parse(const QString &text, Money *out, bool strict)
{
    static const QRegularExpression exact(QStringLiteral("^(-?)(\\d{1,13})\\.(\\d{2})\\z"));
    static const QRegularExpression loose(QStringLiteral("^(-?)(\\d{1,13})(?:\\.(\\d{1,2}))?\\z"));
    // The interchange form is exact: " 39.50" or "39.50\n" is refused, never trimmed. A
    // form's typed text may carry the person's stray spaces.
    const auto m = (strict ? exact : loose).match(strict ? text : text.trimmed());
    if (!m.hasMatch())
        return false;
    QString decimals = m.captured(3);
    while (decimals.size() < 2)
        decimals.append(QLatin1Char('0'));
    const qint64 fen = m.captured(2).toLongLong() * 100 + decimals.toLongLong();
    if (fen > MaxFen)
        return false;
    if (fen == 0 && !m.captured(1).isEmpty())
        return false; // "-0.00": a sign on nothing is a typing slip, not an amount
    if (out)
        *out = Money(m.captured(1).isEmpty() ? fen : -fen);
    return true;
}

QString Money::toString() const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}
