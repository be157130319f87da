#include "app/kpi/KpiCalculator.h"

#include <QtTest>

// The KPIs of product.md at their boundaries, on records built by hand (no database).
namespace {

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

KpiData::Task task(const QString &id, const QString &type, const QString &priority,
                   const QString &requested, const QString &plannedStart, const QString &arrived)
{
    KpiData::Task t;
    t.id = id;
    t.customerId = QStringLiteral("c1");
    t.type = type;
    t.priority = priority;
    t.requestedAt = at(requested);
    t.plannedStart = QDate::fromString(plannedStart, Qt::ISODate);
    t.arrivedAt = at(arrived);
    return t;
}

KpiData::Callback callback(const QString &id, const QString &taskId, const QString &called,
                           int satisfaction, int nps)
{
    KpiData::Callback c;
    c.id = id;
    c.taskId = taskId;
    c.calledAt = at(called);
    c.satisfaction = satisfaction;
    c.nps = nps;
    return c;
}

} // namespace

class TestKpiCalculator : public QObject
{
    Q_OBJECT
private slots:
    void periods_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QString>("previous");
        QTest::newRow("month") << "2026-11" << true << QDate(2026, 11, 1) << QDate(2026, 11, 30)
                               << "2026-10";
        QTest::newRow("January") << "2026-01" << true << QDate(2026, 1, 1) << QDate(2026, 1, 31)
                                 << "2025-12";
        QTest::newRow("February leap")
            << "2028-02" << true << QDate(2028, 2, 1) << QDate(2028, 2, 29) << "2028-01";
        QTest::newRow("Q1") << "2026-Q1" << true << QDate(2026, 1, 1) << QDate(2026, 3, 31)
                            << "2025-Q4";
        QTest::newRow("q4 lower case")
            << "2026-q4" << true << QDate(2026, 10, 1) << QDate(2026, 12, 31) << "2026-Q3";
        QTest::newRow("year") << "2026" << true << QDate(2026, 1, 1) << QDate(2026, 12, 31)
                              << "2025";
        QTest::newRow("month 13") << "2026-13" << false << QDate() << QDate() << "";
        QTest::newRow("month 0") << "2026-00" << false << QDate() << QDate() << "";
        QTest::newRow("Q5") << "2026-Q5" << false << QDate() << QDate() << "";
        QTest::newRow("Q0") << "2026-Q0" << false << QDate() << QDate() << "";
        QTest::newRow("short month") << "2026-1" << false << QDate() << QDate() << "";
        QTest::newRow("words") << "last month" << false << QDate() << QDate() << "";
        QTest::newRow("empty") << "" << false << QDate() << QDate() << "";
    }

    void periods()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QString, previous);
        const KpiPeriod p = KpiPeriod::fromKey(key);
        QCOMPARE(p.isValid(), valid);
        if (!valid)
            return;
        QCOMPARE(p.first(), first);
        QCOMPARE(p.last(), last);
        QCOMPARE(p.previous().key(), previous);
        QCOMPARE(p.previous().next(), p);
        QCOMPARE(KpiPeriod::fromKey(p.key()), p);
    }

    void trailingAndDefault()
    {
        const QList<KpiPeriod> months = KpiPeriod::fromKey(QStringLiteral("2026-02")).trailing(3);
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.first().key(), QStringLiteral("2025-12"));
        QCOMPARE(months.last().key(), QStringLiteral("2026-02"));
        QCOMPARE(KpiPeriod::lastCompleteMonth(QDate(2027, 1, 5)).key(), QStringLiteral("2026-12"));
        QCOMPARE(KpiPeriod::lastCompleteMonth(QDate(2026, 12, 31)).key(),
                 QStringLiteral("2026-11"));
    }

    // Arrival exactly at the committed time is on time; one second later is not.
    void onTimeDispatch_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<QString>("plannedStart");
        QTest::addColumn<QString>("arrived");
        QTest::addColumn<bool>("onTime");
        const QString requested = QStringLiteral("2026-11-02T10:00:00+08:00");
        Q_UNUSED(requested)
        QTest::newRow("P0 at 24 h") << "urgent_complaint"
                                    << "P0"
                                    << ""
                                    << "2026-11-03T10:00:00+08:00" << true;
        QTest::newRow("P0 24 h + 1 s") << "urgent_complaint"
                                       << "P0"
                                       << ""
                                       << "2026-11-03T10:00:01+08:00" << false;
        QTest::newRow("P1 at 48 h") << "urgent_complaint"
                                    << "P1"
                                    << ""
                                    << "2026-11-04T10:00:00+08:00" << true;
        QTest::newRow("P1 48 h + 1 s") << "urgent_complaint"
                                       << "P1"
                                       << ""
                                       << "2026-11-04T10:00:01+08:00" << false;
        QTest::newRow("P1 at 24 h + 1 s is early") << "urgent_complaint"
                                                   << "P1"
                                                   << ""
                                                   << "2026-11-03T10:00:01+08:00" << true;
        QTest::newRow("planned start, last second") << "line_support"
                                                    << "P1"
                                                    << "2026-11-10"
                                                    << "2026-11-10T23:59:59+08:00" << true;
        QTest::newRow("planned start + 1 s") << "line_support"
                                             << "P1"
                                             << "2026-11-10"
                                             << "2026-11-11T00:00:00+08:00" << false;
        QTest::newRow("P0 that is no complaint uses the planned start")
            << "training"
            << "P0"
            << "2026-11-10"
            << "2026-11-10T18:00:00+08:00" << true;
        QTest::newRow("same instant in UTC") << "line_support"
                                             << "P1"
                                             << "2026-11-10"
                                             << "2026-11-10T15:59:59Z" << true;
        QTest::newRow("UTC one second late") << "line_support"
                                             << "P1"
                                             << "2026-11-10"
                                             << "2026-11-10T16:00:00Z" << false;
        QTest::newRow("no planned start: not on time") << "line_support"
                                                       << "P1"
                                                       << ""
                                                       << "2026-11-10T09:00:00+08:00" << false;
    }

    void onTimeDispatch()
    {
        QFETCH(QString, type);
        QFETCH(QString, priority);
        QFETCH(QString, plannedStart);
        QFETCH(QString, arrived);
        QFETCH(bool, onTime);
        KpiData data;
        data.tasks << task(QStringLiteral("t1"), type, priority,
                           QStringLiteral("2026-11-02T10:00:00+08:00"), plannedStart, arrived);
        const KpiFigure f =
            KpiCalculator::onTimeDispatch(data, KpiPeriod::fromKey(QStringLiteral("2026-11")));
        QCOMPARE(f.denominator, qint64(1));
        QCOMPARE(f.numerator, qint64(onTime ? 1 : 0));
        QVERIFY(f.hasValue);
        QCOMPARE(f.met, onTime);
        QCOMPARE(f.value, onTime ? 100.0 : 0.0);
        QCOMPARE(f.recordIds(), QStringList{QStringLiteral("t1")});
    }

    void onTimeTarget_data()
    {
        QTest::addColumn<int>("late");
        QTest::addColumn<int>("total");
        QTest::addColumn<bool>("met");
        QTest::newRow("49 of 50 = 98 %") << 1 << 50 << true;
        QTest::newRow("48 of 49 = 97.96 %") << 1 << 49 << false;
        QTest::newRow("all") << 0 << 3 << true;
    }

    void onTimeTarget()
    {
        QFETCH(int, late);
        QFETCH(int, total);
        QFETCH(bool, met);
        KpiData data;
        for (int i = 0; i < total; ++i)
            data.tasks << task(QStringLiteral("t%1").arg(i), QStringLiteral("training"),
                               QStringLiteral("P1"), QStringLiteral("2026-11-01T09:00:00+08:00"),
                               QStringLiteral("2026-11-10"),
                               i < late ? QStringLiteral("2026-11-11T09:00:00+08:00")
                                        : QStringLiteral("2026-11-10T09:00:00+08:00"));
        const KpiFigure f =
            KpiCalculator::onTimeDispatch(data, KpiPeriod::fromKey(QStringLiteral("2026-11")));
        QCOMPARE(f.met, met);
    }

    // The shown value never rounds across the target.
    void shownValue_data()
    {
        QTest::addColumn<int>("numerator");
        QTest::addColumn<int>("denominator");
        QTest::addColumn<double>("shown");
        QTest::newRow("48 of 49 = 97.96 % reads 97.9") << 48 << 49 << 97.9;
        QTest::newRow("49 of 50 = 98 %") << 49 << 50 << 98.0;
        QTest::newRow("2 of 3 = 66.7 %") << 2 << 3 << 66.7;
    }

    void shownValue()
    {
        QFETCH(int, numerator);
        QFETCH(int, denominator);
        QFETCH(double, shown);
        KpiData data;
        for (int i = 0; i < denominator; ++i)
            data.tasks << task(QStringLiteral("t%1").arg(i), QStringLiteral("training"),
                               QStringLiteral("P1"), QStringLiteral("2026-11-01T09:00:00+08:00"),
                               QStringLiteral("2026-11-10"),
                               i < numerator ? QStringLiteral("2026-11-10T09:00:00+08:00")
                                             : QStringLiteral("2026-11-11T09:00:00+08:00"));
        const KpiFigure f =
            KpiCalculator::onTimeDispatch(data, KpiPeriod::fromKey(QStringLiteral("2026-11")));
        QCOMPARE(f.shownValue(), shown);
        QCOMPARE(f.toJson().value(QStringLiteral("value")).toDouble(), shown);
        // A score: two decimals, and 8.97 is not shown as a met 9.
        KpiData scores;
        for (int s : {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
                      9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 8})
            scores.callbacks << callback(QStringLiteral("c%1").arg(scores.callbacks.size()),
                                         QStringLiteral("t"),
                                         QStringLiteral("2026-11-05T10:00:00+08:00"), s, -1);
        const KpiFigure sat =
            KpiCalculator::satisfaction(scores, KpiPeriod::fromKey(QStringLiteral("2026-11")));
        QVERIFY(!sat.met);
        QCOMPARE(sat.shownValue(), 8.97); // 269 / 30 = 8.9667, not a met-looking 9.0
    }

    void noArrivalsIsNoData()
    {
        KpiData data;
        data.tasks << task(QStringLiteral("t1"), QStringLiteral("training"), QStringLiteral("P1"),
                           QStringLiteral("2026-11-01T09:00:00+08:00"),
                           QStringLiteral("2026-11-10"), QString());
        const KpiFigure f =
            KpiCalculator::onTimeDispatch(data, KpiPeriod::fromKey(QStringLiteral("2026-11")));
        QCOMPARE(f.denominator, qint64(0));
        QVERIFY(!f.hasValue);
        const QJsonObject json = f.toJson();
        QVERIFY(json.value(QStringLiteral("value")).isNull());
        QVERIFY(json.value(QStringLiteral("met")).isNull());
        QCOMPARE(json.value(QStringLiteral("denominator")).toInt(), 0);
    }

    // The report is due on the 3rd working day after leaving the site (holidays and 调休).
    void reportOnTime_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("signedAt");
        QTest::addColumn<QString>("month");
        QTest::addColumn<bool>("onTime");
        QTest::newRow("due day Thu") << "2026-11-16T17:00:00+08:00"
                                     << "2026-11-19T23:59:00+08:00"
                                     << "2026-11" << true;
        QTest::newRow("next working day Fri") << "2026-11-16T17:00:00+08:00"
                                              << "2026-11-20T08:00:00+08:00"
                                              << "2026-11" << false;
        QTest::newRow("over the weekend, due Wed") << "2026-11-20T17:00:00+08:00"
                                                   << "2026-11-25T18:00:00+08:00"
                                                   << "2026-11" << true;
        QTest::newRow("National Day: due 10-12") << "2026-09-30T12:00:00+08:00"
                                                 << "2026-10-12T20:00:00+08:00"
                                                 << "2026-10" << true;
        QTest::newRow("National Day: 10-13 is late") << "2026-09-30T12:00:00+08:00"
                                                     << "2026-10-13T09:00:00+08:00"
                                                     << "2026-10" << false;
        QTest::newRow("make-up Sunday counts: due 09-29") << "2026-09-25T12:00:00+08:00"
                                                          << "2026-09-29T20:00:00+08:00"
                                                          << "2026-09" << true;
        QTest::newRow("make-up Sunday counts: 09-30 is late") << "2026-09-25T12:00:00+08:00"
                                                              << "2026-09-30T09:00:00+08:00"
                                                              << "2026-09" << false;
        QTest::newRow("never signed") << "2026-11-16T17:00:00+08:00"
                                      << ""
                                      << "2026-11" << false;
    }

    void reportOnTime()
    {
        QFETCH(QString, left);
        QFETCH(QString, signedAt);
        QFETCH(QString, month);
        QFETCH(bool, onTime);
        QSet<QDate> holidays;
        for (int d = 1; d <= 8; ++d)
            holidays.insert(QDate(2026, 10, d));
        KpiData data;
        data.calendar = WorkingCalendar(holidays, {QDate(2026, 9, 27), QDate(2026, 10, 10)});
        KpiData::Task t;
        t.id = QStringLiteral("t1");
        t.onsiteEnd = at(left);
        t.reportSignedAt = at(signedAt);
        data.tasks << t;
        const KpiFigure f = KpiCalculator::reportOnTime(data, KpiPeriod::fromKey(month));
        QCOMPARE(f.denominator, qint64(1));
        QCOMPARE(f.numerator, qint64(onTime ? 1 : 0));
        QCOMPARE(f.met, onTime);
        // The due day decides the period: nothing is due in the month before.
        QVERIFY(!KpiCalculator::reportOnTime(data, KpiPeriod::fromKey(month).previous()).hasValue);
    }

    // NPS: % promoters − % detractors; passives count in the denominator; none is no data.
    void nps_data()
    {
        QTest::addColumn<QList<int>>("tierA");
        QTest::addColumn<QList<int>>("tierB");
        QTest::addColumn<QVariant>("overall"); // null: no data
        QTest::addColumn<QVariant>("a");
        QTest::addColumn<QVariant>("b");
        QTest::addColumn<QVariant>("metOverall");
        QTest::newRow("no answers")
            << QList<int>{} << QList<int>{} << QVariant() << QVariant() << QVariant() << QVariant();
        QTest::newRow("only passives") << QList<int>{7, 8} << QList<int>{8} << QVariant(0.0)
                                       << QVariant(0.0) << QVariant(0.0) << QVariant(false);
        QTest::newRow("A 3 promoters 1 detractor, B none")
            << QList<int>{9, 10, 9, 6} << QList<int>{} << QVariant(50.0) << QVariant(50.0)
            << QVariant() << QVariant(true);
        QTest::newRow("B at its target 40")
            << QList<int>{} << QList<int>{9, 9, 9, 7, 6} << QVariant(40.0) << QVariant()
            << QVariant(40.0) << QVariant(false);
        QTest::newRow("all detractors") << QList<int>{0, 6} << QList<int>{3} << QVariant(-100.0)
                                        << QVariant(-100.0) << QVariant(-100.0) << QVariant(false);
    }

    void nps()
    {
        QFETCH(QList<int>, tierA);
        QFETCH(QList<int>, tierB);
        QFETCH(QVariant, overall);
        QFETCH(QVariant, a);
        QFETCH(QVariant, b);
        QFETCH(QVariant, metOverall);
        KpiData data;
        data.customerTier = {{QStringLiteral("ca"), QStringLiteral("A")},
                             {QStringLiteral("cb"), QStringLiteral("B")}};
        data.taskCustomer = {{QStringLiteral("ta"), QStringLiteral("ca")},
                             {QStringLiteral("tb"), QStringLiteral("cb")}};
        int n = 0;
        for (int score : tierA)
            data.callbacks << callback(QStringLiteral("a%1").arg(++n), QStringLiteral("ta"),
                                       QStringLiteral("2026-11-05T10:00:00+08:00"), 9, score);
        for (int score : tierB)
            data.callbacks << callback(QStringLiteral("b%1").arg(++n), QStringLiteral("tb"),
                                       QStringLiteral("2026-11-05T10:00:00+08:00"), 9, score);
        // A call-back without an NPS answer and one outside the period count nowhere.
        data.callbacks << callback(QStringLiteral("x1"), QStringLiteral("ta"),
                                   QStringLiteral("2026-11-05T10:00:00+08:00"), 9, -1);
        data.callbacks << callback(QStringLiteral("x2"), QStringLiteral("ta"),
                                   QStringLiteral("2026-12-01T00:00:00+08:00"), 9, 0);
        const KpiPeriod month = KpiPeriod::fromKey(QStringLiteral("2026-11"));
        const auto check = [](const KpiFigure &f, const QVariant &expected, int answers) {
            QCOMPARE(f.hasValue, !expected.isNull());
            QCOMPARE(f.denominator, qint64(answers));
            if (!expected.isNull())
                QCOMPARE(f.value, expected.toDouble());
        };
        const KpiFigure all = KpiCalculator::nps(data, month, QString());
        check(all, overall, tierA.size() + tierB.size());
        check(KpiCalculator::nps(data, month, QStringLiteral("A")), a, tierA.size());
        check(KpiCalculator::nps(data, month, QStringLiteral("B")), b, tierB.size());
        if (!metOverall.isNull())
            QCOMPARE(all.met, metOverall.toBool());
        QCOMPARE(all.promoters + all.passives + all.detractors, int(all.denominator));
        QCOMPARE(all.toJson().value(QStringLiteral("met")).isNull(), metOverall.isNull());
        QCOMPARE(KpiCalculator::nps(data, month, QStringLiteral("A")).target, 60.0);
        QCOMPARE(KpiCalculator::nps(data, month, QStringLiteral("B")).target, 40.0);
    }

    void satisfaction_data()
    {
        QTest::addColumn<QList<int>>("scores");
        QTest::addColumn<QVariant>("average");
        QTest::addColumn<bool>("met");
        QTest::addColumn<int>("atTarget");
        QTest::newRow("none") << QList<int>{} << QVariant() << false << 0;
        QTest::newRow("9 and 9") << QList<int>{9, 9} << QVariant(9.0) << true << 2;
        QTest::newRow("10 and 8 average 9") << QList<int>{10, 8} << QVariant(9.0) << true << 1;
        QTest::newRow("9 and 8") << QList<int>{9, 8} << QVariant(8.5) << false << 1;
    }

    void satisfaction()
    {
        QFETCH(QList<int>, scores);
        QFETCH(QVariant, average);
        QFETCH(bool, met);
        QFETCH(int, atTarget);
        KpiData data;
        int n = 0;
        for (int s : scores)
            data.callbacks << callback(QStringLiteral("c%1").arg(++n), QStringLiteral("t"),
                                       QStringLiteral("2026-11-30T23:00:00+08:00"), s, -1);
        const KpiFigure f =
            KpiCalculator::satisfaction(data, KpiPeriod::fromKey(QStringLiteral("2026-11")));
        QCOMPARE(f.hasValue, !average.isNull());
        if (f.hasValue) {
            QCOMPARE(f.value, average.toDouble());
            QCOMPARE(f.met, met);
        }
        QCOMPARE(f.atTarget, atTarget);
    }

    void complaintRate_data()
    {
        QTest::addColumn<int>("complaints");
        QTest::addColumn<int>("dispatches");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("met");
        QTest::newRow("no dispatches, one complaint") << 1 << 0 << QVariant() << false;
        QTest::newRow("none of 10") << 0 << 10 << QVariant(0.0) << true;
        QTest::newRow("1 of 100 is not below 1 %") << 1 << 100 << QVariant(1.0) << false;
        QTest::newRow("1 of 101") << 1 << 101 << QVariant(100.0 / 101.0) << true;
    }

    void complaintRate()
    {
        QFETCH(int, complaints);
        QFETCH(int, dispatches);
        QFETCH(QVariant, value);
        QFETCH(bool, met);
        KpiData data;
        for (int i = 0; i < dispatches; ++i) {
            KpiData::Task t;
            t.id = QStringLiteral("t%1").arg(i);
            t.onsiteEnd = at(QStringLiteral("2026-11-01T00:00:00+08:00"));
            data.tasks << t;
        }
        // One that left the month before does not count.
        KpiData::Task before;
        before.id = QStringLiteral("before");
        before.onsiteEnd = at(QStringLiteral("2026-10-31T23:59:59+08:00"));
        data.tasks << before;
        for (int i = 0; i < complaints; ++i)
            data.complaints << KpiData::Complaint{QStringLiteral("k%1").arg(i),
                                                  QStringLiteral("before"),
                                                  at(QStringLiteral("2026-11-03T09:00:00+08:00"))};
        // A complaint that names no dispatch is not a complaint after service.
        data.complaints << KpiData::Complaint{QStringLiteral("general"), QString(),
                                              at(QStringLiteral("2026-11-03T09:00:00+08:00"))};
        const KpiFigure f =
            KpiCalculator::complaintRate(data, KpiPeriod::fromKey(QStringLiteral("2026-11")));
        QCOMPARE(f.numerator, qint64(complaints));
        QCOMPARE(f.denominator, qint64(dispatches));
        QCOMPARE(f.hasValue, !value.isNull());
        if (f.hasValue) {
            QCOMPARE(f.value, value.toDouble());
            QCOMPARE(f.met, met);
        }
        QVERIFY(!f.recordIds().contains(QStringLiteral("general")));
    }

    void knowhowIncidents()
    {
        KpiData data;
        const KpiPeriod year = KpiPeriod::fromKey(QStringLiteral("2026"));
        KpiFigure f = KpiCalculator::knowhowIncidents(data, year);
        QVERIFY(f.hasValue); // a count: zero incidents met the target, it is not "no data"
        QCOMPARE(f.value, 0.0);
        QVERIFY(f.met);
        QVERIFY(f.toJson().value(QStringLiteral("denominator")).isNull());
        data.incidents << KpiData::Incident{QStringLiteral("i1"), QDate(2026, 12, 31)}
                       << KpiData::Incident{QStringLiteral("i2"), QDate(2027, 1, 1)};
        f = KpiCalculator::knowhowIncidents(data, year);
        QCOMPARE(f.value, 1.0);
        QVERIFY(!f.met);
        QCOMPARE(f.recordIds(), QStringList{QStringLiteral("i1")});
        QCOMPARE(KpiCalculator::knowhowIncidents(data, year.next()).value, 1.0);
    }

    // Quarter and year boundaries in China time, whatever the UTC date is.
    void boundaries_data()
    {
        QTest::addColumn<QString>("arrived");
        QTest::addColumn<QString>("period");
        QTest::addColumn<bool>("counted");
        QTest::newRow("Q1 last second") << "2026-03-31T23:59:59+08:00"
                                        << "2026-Q1" << true;
        QTest::newRow("Q1 last second not Q2") << "2026-03-31T23:59:59+08:00"
                                               << "2026-Q2" << false;
        QTest::newRow("Q2 first minute, UTC still March") << "2026-04-01T00:30:00+08:00"
                                                          << "2026-Q2" << true;
        QTest::newRow("Q2 first minute not Q1") << "2026-04-01T00:30:00+08:00"
                                                << "2026-Q1" << false;
        QTest::newRow("year end") << "2026-12-31T23:59:59+08:00"
                                  << "2026" << true;
        QTest::newRow("new year") << "2027-01-01T00:00:00+08:00"
                                  << "2026" << false;
        QTest::newRow("new year in 2027") << "2027-01-01T00:00:00+08:00"
                                          << "2027" << true;
        QTest::newRow("new year in 2027-Q1") << "2027-01-01T00:00:00+08:00"
                                             << "2027-Q1" << true;
    }

    void boundaries()
    {
        QFETCH(QString, arrived);
        QFETCH(QString, period);
        QFETCH(bool, counted);
        KpiData data;
        data.customerTier = {{QStringLiteral("c1"), QStringLiteral("A")}};
        KpiData::Task t = task(QStringLiteral("t1"), QStringLiteral("training"),
                               QStringLiteral("P1"), QStringLiteral("2026-01-01T09:00:00+08:00"),
                               QStringLiteral("2027-12-31"), arrived);
        t.proactive = true;
        data.tasks << t;
        const KpiPeriod p = KpiPeriod::fromKey(period);
        QCOMPARE(KpiCalculator::onTimeDispatch(data, p).denominator, qint64(counted ? 1 : 0));
        QCOMPARE(KpiCalculator::proactiveStrategic(data, p).numerator, qint64(counted ? 1 : 0));
    }

    void proactiveStrategic()
    {
        KpiData data;
        data.customerTier = {{QStringLiteral("a1"), QStringLiteral("A")},
                             {QStringLiteral("a2"), QStringLiteral("A")},
                             {QStringLiteral("a3"), QStringLiteral("A")},
                             {QStringLiteral("a4"), QStringLiteral("A")},
                             {QStringLiteral("b1"), QStringLiteral("B")}};
        const auto visit = [&](const QString &id, const QString &customer, bool proactive,
                               const QString &arrived) {
            KpiData::Task t;
            t.id = id;
            t.customerId = customer;
            t.proactive = proactive;
            t.arrivedAt = at(arrived);
            data.tasks << t;
        };
        const KpiPeriod q4 = KpiPeriod::fromKey(QStringLiteral("2026-Q4"));
        QCOMPARE(KpiCalculator::proactiveStrategic(data, q4).value, 0.0); // 0 of 4, not no data
        visit(QStringLiteral("v1"), QStringLiteral("a1"), true,
              QStringLiteral("2026-10-01T09:00:00+08:00"));
        visit(QStringLiteral("v2"), QStringLiteral("a2"), true,
              QStringLiteral("2026-12-31T23:59:00+08:00"));
        visit(QStringLiteral("v3"), QStringLiteral("a2"), true,
              QStringLiteral("2026-11-10T09:00:00+08:00"));
        visit(QStringLiteral("v4"), QStringLiteral("a3"), false,
              QStringLiteral("2026-11-10T09:00:00+08:00")); // on request: not proactive
        visit(QStringLiteral("v5"), QStringLiteral("a4"), true,
              QStringLiteral("2026-09-30T23:59:00+08:00")); // the quarter before
        visit(QStringLiteral("v6"), QStringLiteral("b1"), true,
              QStringLiteral("2026-11-10T09:00:00+08:00")); // tier B
        KpiFigure f = KpiCalculator::proactiveStrategic(data, q4);
        QCOMPARE(f.numerator, qint64(2));
        QCOMPARE(f.denominator, qint64(4));
        QCOMPARE(f.value, 50.0);
        QVERIFY(!f.met);
        QCOMPARE(f.numeratorIds, (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
        QVERIFY(f.recordIds().contains(QStringLiteral("v3")));
        QVERIFY(!f.recordIds().contains(QStringLiteral("v6")));
        data.customerTier.clear();
        QVERIFY(!KpiCalculator::proactiveStrategic(data, q4).hasValue);
    }

    void allNamesComputed()
    {
        const KpiData data;
        const QList<KpiFigure> all =
            KpiCalculator::computeAll(data, KpiPeriod::fromKey(QStringLiteral("2026-11")));
        QCOMPARE(all.size(), 9);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).name, KpiCalculator::names().at(i));
            QCOMPARE(all.at(i).period, QStringLiteral("2026-11"));
            const QJsonObject o = all.at(i).toJson();
            QCOMPARE(o.keys().size(), 8);
        }
    }
};

QTEST_GUILESS_MAIN(TestKpiCalculator)
#include "tst_kpicalculator.moc"
