#include "app/rules/ApprovalMatrix.h"

#include <QStringList>

ApprovalMatrix::Level ApprovalMatrix::required(const Input &in)
{
    // Half-day steps are exact in binary floating point, so <= compares the boundaries exactly.
    Level level = Level::Robert;
    if (in.plannedDays <= 0.5 && in.complexity == QLatin1String("simple"))
        level = Level::RobertSelf;
    else if (in.plannedDays <= 3)
        level = Level::Robert;
    else if (in.plannedDays <= 5)
        level = Level::RobertKcInformed;
    else
        level = Level::Kc;
    if (in.knowhowRisk == QLatin1String("core") && level < Level::Kc)
        level = Level::Kc;
    if (in.customerTier == QLatin1String("A") || in.majorComplaint)
        level = Level::KcCharles;
    return level;
}

QString ApprovalMatrix::key(Level level)
{
    switch (level) {
    case Level::RobertSelf:
        return QStringLiteral("robert_self");
    case Level::Robert:
        return QStringLiteral("robert");
    case Level::RobertKcInformed:
        return QStringLiteral("robert_kc_informed");
    case Level::Kc:
        return QStringLiteral("kc");
    case Level::KcCharles:
        return QStringLiteral("kc_charles");
    }
    return QString();
}

QString ApprovalMatrix::description(Level level)
{
    switch (level) {
    case Level::RobertSelf:
        return tr("Robert approves it himself (half a day or less, simple consultation)");
    case Level::Robert:
        return tr("Robert approves (up to 3 days)");
    case Level::RobertKcInformed:
        return tr("Robert proposes, KC is informed (more than 3 and up to 5 days)");
    case Level::Kc:
        return tr("KC approves (more than 5 days or core know-how)");
    case Level::KcCharles:
        return tr("KC and Charles approve (strategic customer or major complaint)");
    }
    return QString();
}

QStringList ApprovalMatrix::approverRoles(Level level)
{
    switch (level) {
    case Level::RobertSelf:
    case Level::Robert:
    case Level::RobertKcInformed:
        return {QStringLiteral("cto")};
    case Level::Kc:
        return {QStringLiteral("gm")};
    case Level::KcCharles:
        return {QStringLiteral("gm"), QStringLiteral("chairman")};
    }
    return {};
}
