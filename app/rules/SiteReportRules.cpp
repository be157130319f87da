#include "app/rules/SiteReportRules.h"

#include <QTimeZone>

bool SiteReportRules::dailyReportLate(const QDate &date, const QDateTime &submittedAt)
{
    const QDateTime due(date, QTime(17, 0), QTimeZone(submittedAt.offsetFromUtc()));
    return submittedAt > due;
}

QDateTime SiteReportRules::anomalyNotifyBy(const QString &type, const QDateTime &occurredAt)
{
    if (type == QLatin1String("safety"))
        return occurredAt.addSecs(SafetyNotifyMinutes * 60);
    if (type == QLatin1String("complaint"))
        return occurredAt.addSecs(3600);
    if (type == QLatin1String("commercial"))
        return occurredAt.addSecs(4 * 3600);
    if (type == QLatin1String("technical"))
        return occurredAt.addSecs(24 * 3600);
    if (type == QLatin1String("general"))
        return QDateTime(occurredAt.date(), QTime(23, 59, 59),
                         QTimeZone(occurredAt.offsetFromUtc()));
    return QDateTime();
}

bool SiteReportRules::anomalyOverdue(const QString &type, const QDateTime &occurredAt,
                                     const QDateTime &notifiedAt, const QDateTime &now)
{
    const QDateTime limit = anomalyNotifyBy(type, occurredAt);
    if (!limit.isValid())
        return false;
    return notifiedAt.isValid() ? notifiedAt > limit : now > limit;
}

QString SiteReportRules::npsGroup(int score)
{
    if (score < 0 || score > 10)
        return QString();
    if (score >= 9)
        return QStringLiteral("promoter");
    if (score >= 7)
        return QStringLiteral("passive");
    return QStringLiteral("detractor");
}

bool SiteReportRules::needsImprovementPlan(int satisfaction, int nps)
{
    return satisfaction < 7 || nps < 7;
}

bool SiteReportRules::declarationRequired(const QString &category, const QString &paidBy,
                                          const Money &amount)
{
    const bool giftLike =
        category == QLatin1String("gift") || category == QLatin1String("hospitality");
    return giftLike && paidBy == QLatin1String("customer") && amount > Money::fromFen(20000);
}
