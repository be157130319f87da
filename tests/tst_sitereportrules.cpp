#include "app/rules/SiteReportRules.h"

#include <QtTest>

// SOP-10 §5.3-§5.4 thresholds at their boundaries.
class TestSiteReportRules : public QObject
{
    Q_OBJECT
private:
    static QDateTime at(const char *iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    }

private slots:
    void dailyReportLate_data()
    {
        QTest::addColumn<QDateTime>("submitted");
        QTest::addColumn<bool>("late");
        QTest::newRow("16:59") << at("2026-11-20T16:59:00+08:00") << false;
        QTest::newRow("17:00:00") << at("2026-11-20T17:00:00+08:00") << false;
        QTest::newRow("17:00:01") << at("2026-11-20T17:00:01+08:00") << true;
        QTest::newRow("17:01") << at("2026-11-20T17:01:00+08:00") << true;
        QTest::newRow("next morning") << at("2026-11-21T08:00:00+08:00") << true;
        QTest::newRow("site in UTC+7 at 16:30") << at("2026-11-20T16:30:00+07:00") << false;
        QTest::newRow("09:01Z is 17:01 in China") << at("2026-11-20T09:01:00Z") << true;
    }

    void dailyReportLate()
    {
        QFETCH(QDateTime, submitted);
        QFETCH(bool, late);
        // The Z row: the desk records China time; a UTC stamp is first shown in +08:00.
        const QDateTime local =
            submitted.timeSpec() == Qt::UTC ? submitted.toOffsetFromUtc(8 * 3600) : submitted;
        QCOMPARE(SiteReportRules::dailyReportLate(QDate(2026, 11, 20), local), late);
    }

    void anomalyNotifyBy_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        QTest::newRow("safety") << "safety"
                                << "2026-11-20T10:15:00+08:00";
        QTest::newRow("complaint") << "complaint"
                                   << "2026-11-20T11:00:00+08:00";
        QTest::newRow("commercial") << "commercial"
                                    << "2026-11-20T14:00:00+08:00";
        QTest::newRow("technical") << "technical"
                                   << "2026-11-21T10:00:00+08:00";
        QTest::newRow("general") << "general"
                                 << "2026-11-20T23:59:59+08:00";
        QTest::newRow("unknown") << "weather"
                                 << "";
    }

    void anomalyNotifyBy()
    {
        QFETCH(QString, type);
        QFETCH(QString, expected);
        const QDateTime limit =
            SiteReportRules::anomalyNotifyBy(type, at("2026-11-20T10:00:00+08:00"));
        QCOMPARE(limit.isValid() ? limit.toString(Qt::ISODate) : QString(), expected);
    }

    void anomalyOverdue()
    {
        const QDateTime occurred = at("2026-11-20T10:00:00+08:00");
        const QDateTime oneHour = at("2026-11-20T11:00:00+08:00");
        const QDateTime later = at("2026-11-20T11:00:01+08:00");
        QVERIFY(!SiteReportRules::anomalyOverdue(QStringLiteral("complaint"), occurred, oneHour,
                                                 later));
        QVERIFY(
            SiteReportRules::anomalyOverdue(QStringLiteral("complaint"), occurred, later, later));
        QVERIFY(!SiteReportRules::anomalyOverdue(QStringLiteral("complaint"), occurred, QDateTime(),
                                                 oneHour));
        QVERIFY(SiteReportRules::anomalyOverdue(QStringLiteral("complaint"), occurred, QDateTime(),
                                                later));
        QVERIFY(
            !SiteReportRules::anomalyOverdue(QStringLiteral("safety"), occurred, occurred, later));
    }

    // "立即" is 15 minutes: +15:00 is in time, +15:01 is overdue, notified or not.
    void safetyFifteenMinutes_data()
    {
        QTest::addColumn<QString>("notified");
        QTest::addColumn<QString>("now");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("not told, +0") << ""
                                      << "2026-11-20T10:00:00+08:00" << false;
        QTest::newRow("not told, +14:59") << ""
                                          << "2026-11-20T10:14:59+08:00" << false;
        QTest::newRow("not told, +15:00") << ""
                                          << "2026-11-20T10:15:00+08:00" << false;
        QTest::newRow("not told, +15:01") << ""
                                          << "2026-11-20T10:15:01+08:00" << true;
        QTest::newRow("not told, +15:01 in UTC") << ""
                                                 << "2026-11-20T02:15:01Z" << true;
        QTest::newRow("told at +15:00") << "2026-11-20T10:15:00+08:00"
                                        << "2026-11-21T10:00:00+08:00" << false;
        QTest::newRow("told at +15:01") << "2026-11-20T10:15:01+08:00"
                                        << "2026-11-21T10:00:00+08:00" << true;
        QTest::newRow("told at +16:00") << "2026-11-20T10:16:00+08:00"
                                        << "2026-11-20T10:16:00+08:00" << true;
    }

    void safetyFifteenMinutes()
    {
        QFETCH(QString, notified);
        QFETCH(QString, now);
        QFETCH(bool, overdue);
        const QDateTime occurred = at("2026-11-20T10:00:00+08:00");
        QCOMPARE(SiteReportRules::anomalyNotifyBy(QStringLiteral("safety"), occurred),
                 at("2026-11-20T10:15:00+08:00"));
        QCOMPARE(SiteReportRules::anomalyOverdue(QStringLiteral("safety"), occurred,
                                                 notified.isEmpty()
                                                     ? QDateTime()
                                                     : QDateTime::fromString(notified, Qt::ISODate),
                                                 QDateTime::fromString(now, Qt::ISODate)),
                 overdue);
    }

    void npsGroup_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("group");
        QTest::newRow("-1") << -1 << "";
        QTest::newRow("0") << 0 << "detractor";
        QTest::newRow("6") << 6 << "detractor";
        QTest::newRow("7") << 7 << "passive";
        QTest::newRow("8") << 8 << "passive";
        QTest::newRow("9") << 9 << "promoter";
        QTest::newRow("10") << 10 << "promoter";
        QTest::newRow("11") << 11 << "";
    }

    void npsGroup()
    {
        QFETCH(int, score);
        QFETCH(QString, group);
        QCOMPARE(SiteReportRules::npsGroup(score), group);
    }

    void improvementPlan()
    {
        QVERIFY(SiteReportRules::needsImprovementPlan(6, 9));
        QVERIFY(SiteReportRules::needsImprovementPlan(9, 6));
        QVERIFY(!SiteReportRules::needsImprovementPlan(7, 7));
        QCOMPARE(SiteReportRules::improvementFollowUp(QDate(2026, 11, 20)), QDate(2027, 2, 18));
    }

    void declaration_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("paidBy");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<bool>("required");
        QTest::newRow("gift 200.00") << "gift"
                                     << "customer"
                                     << "200.00" << false;
        QTest::newRow("gift 200.01") << "gift"
                                     << "customer"
                                     << "200.01" << true;
        QTest::newRow("hospitality 200.01") << "hospitality"
                                            << "customer"
                                            << "200.01" << true;
        QTest::newRow("hospitality company paid") << "hospitality"
                                                  << "company"
                                                  << "900.00" << false;
        QTest::newRow("meals by customer") << "meals"
                                           << "customer"
                                           << "900.00" << false;
        QTest::newRow("gift 199.99") << "gift"
                                     << "customer"
                                     << "199.99" << false;
    }

    void declaration()
    {
        QFETCH(QString, category);
        QFETCH(QString, paidBy);
        QFETCH(QString, amount);
        QFETCH(bool, required);
        Money m;
        QVERIFY(Money::parse(amount, &m));
        QCOMPARE(SiteReportRules::declarationRequired(category, paidBy, m), required);
    }
};

QTEST_GUILESS_MAIN(TestSiteReportRules)
#include "tst_sitereportrules.moc"
