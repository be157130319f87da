#include "app/rules/EngineerEligibility.h"
#include "app/rules/Training.h"

#include <QtTest>

// SOP-10 §4.2 / §11 eligibility at its boundaries.
class TestEngineerEligibility : public QObject
{
    Q_OBJECT
private:
    const QDate m_on{2026, 11, 21};

    EngineerEligibility::Candidate engineer() const
    {
        EngineerEligibility::Candidate c;
        c.name = QStringLiteral("Robert");
        c.roles = {QStringLiteral("cto"), QStringLiteral("engineer")};
        c.certifiedOn = QDate(2024, 4, 30);
        c.refresherOn = QDate(2026, 5, 6);
        return c;
    }

private slots:
    void cases_data()
    {
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QDate>("certified");
        QTest::addColumn<QDate>("refresher");
        QTest::addColumn<QDate>("left");
        QTest::addColumn<bool>("nda");
        QTest::addColumn<bool>("nonCompete");
        QTest::addColumn<bool>("assessed");
        QTest::addColumn<QString>("knowhow");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("reasons");
        const QStringList eng{QStringLiteral("engineer")};
        const QStringList cons{QStringLiteral("consultant")};
        const QDate cert(2024, 1, 10);
        const QDate yearAgo(2025, 11, 21); // exactly 12 months before 2026-11-21
        const auto row = [](const char *n, QStringList r, QDate c, QDate f, QDate l, bool nda,
                            bool nc, bool a, const char *k, const char *t, int count) {
            QTest::newRow(n) << r << c << f << l << nda << nc << a << QString::fromLatin1(k)
                             << QString::fromLatin1(t) << count;
        };
        row("eligible engineer", eng, cert, QDate(2026, 6, 1), QDate(), false, false, false,
            "normal", "B", 0);
        row("not certified", eng, QDate(), QDate(), QDate(), false, false, false, "normal", "B", 1);
        row("certified tomorrow", eng, m_on.addDays(1), QDate(), QDate(), false, false, false,
            "normal", "B", 1);
        row("refresher exactly 12 months", eng, cert, yearAgo, QDate(), false, false, false,
            "normal", "B", 0);
        row("refresher 12 months + 1 day", eng, cert, yearAgo.addDays(-1), QDate(), false, false,
            false, "normal", "B", 1);
        row("fresh certification needs no refresher", eng, QDate(2026, 3, 1), QDate(), QDate(),
            false, false, false, "normal", "B", 0);
        row("left yesterday", eng, cert, QDate(2026, 6, 1), m_on.addDays(-1), false, false, false,
            "normal", "B", 1);
        row("leaves tomorrow", eng, cert, QDate(2026, 6, 1), m_on.addDays(1), false, false, false,
            "normal", "B", 0);
        row("consultant complete", cons, cert, QDate(2026, 6, 1), QDate(), true, true, true, "core",
            "A", 0);
        row("consultant no NDA", cons, cert, QDate(2026, 6, 1), QDate(), false, true, true,
            "normal", "B", 1);
        row("consultant no non-compete", cons, cert, QDate(2026, 6, 1), QDate(), true, false, true,
            "normal", "B", 1);
        row("consultant nothing", cons, cert, QDate(2026, 6, 1), QDate(), false, false, false,
            "normal", "B", 3);
        row("sales without core", QStringList{QStringLiteral("sales")}, cert, QDate(2026, 5, 8),
            QDate(), false, false, false, "normal", "B", 0);
        row("sales on core know-how", QStringList{QStringLiteral("sales")}, cert, QDate(2026, 5, 8),
            QDate(), false, false, false, "core", "B", 1);
        row("KC strategic customer", QStringList{QStringLiteral("gm")}, QDate(), QDate(), QDate(),
            false, false, false, "core", "A", 0);
        row("KC ordinary customer", QStringList{QStringLiteral("gm")}, QDate(), QDate(), QDate(),
            false, false, false, "normal", "C", 2);
        row("admin", QStringList{QStringLiteral("admin")}, cert, QDate(2026, 6, 1), QDate(), false,
            false, false, "none", "C", 1);
    }

    void cases()
    {
        QFETCH(QStringList, roles);
        QFETCH(QDate, certified);
        QFETCH(QDate, refresher);
        QFETCH(QDate, left);
        QFETCH(bool, nda);
        QFETCH(bool, nonCompete);
        QFETCH(bool, assessed);
        QFETCH(QString, knowhow);
        QFETCH(QString, tier);
        QFETCH(int, reasons);
        EngineerEligibility::Candidate c = engineer();
        c.roles = roles;
        c.certifiedOn = certified;
        c.refresherOn = refresher;
        c.leftOn = left;
        c.ndaId = nda ? QStringLiteral("6b0c7a52-3f0e-4c7e-9a55-1d2f0e5c9a10") : QString();
        c.nonCompete = nonCompete;
        c.assessmentPassed = assessed;
        EngineerEligibility::Dispatch d;
        d.knowhowRisk = knowhow;
        d.customerTier = tier;
        const QStringList why = EngineerEligibility::reasons(c, d, m_on);
        QCOMPARE(why.size(), reasons);
        QCOMPARE(EngineerEligibility::isEligible(c, d, m_on), reasons == 0);
    }

    // Certification is courses 1–5 and 7 (24 h); course 6 (HF first aid) only for HF sites.
    void trainingHours_data()
    {
        QTest::addColumn<QStringList>("done");
        QTest::addColumn<int>("hours");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<bool>("hf");
        const QStringList all = Training::courses();
        QStringList certification = all;
        certification.removeAll(QStringLiteral("emergency_hf"));
        QStringList fiveOfSix = certification;
        fiveOfSix.removeAll(QStringLiteral("site_communication"));
        QTest::newRow("nothing") << QStringList() << 0 << false << false;
        QTest::newRow("only course 6")
            << QStringList{QStringLiteral("emergency_hf")} << 0 << false << true;
        QTest::newRow("1-5, not 7") << fiveOfSix << 20 << false << false;
        QTest::newRow("1-5 and 6, not 7")
            << (QStringList(fiveOfSix) << QStringLiteral("emergency_hf")) << 20 << false << true;
        QTest::newRow("1-5 and 7") << certification << 24 << true << false;
        QTest::newRow("1-5 and 7 twice")
            << (QStringList(certification) << certification) << 24 << true << false;
        QTest::newRow("all seven") << all << 24 << true << true;
        QTest::newRow("unknown key")
            << QStringList{QStringLiteral("cooking")} << 0 << false << false;
    }

    void trainingHours()
    {
        QFETCH(QStringList, done);
        QFETCH(int, hours);
        QFETCH(bool, complete);
        QFETCH(bool, hf);
        QCOMPARE(Training::courses().size(), 7);
        QCOMPARE(Training::requiredHours(), 24);
        QCOMPARE(Training::hoursDone(done), hours);
        QCOMPARE(Training::isComplete(done), complete);
        QCOMPARE(Training::hfReady(done), hf);
    }

    void hfSiteNeedsCourseSix_data()
    {
        QTest::addColumn<QString>("risk");
        QTest::addColumn<bool>("course6");
        QTest::addColumn<int>("reasons");
        QTest::newRow("high, without 6") << "high" << false << 0;
        QTest::newRow("hf, without 6") << "hf" << false << 1;
        QTest::newRow("hf, with 6") << "hf" << true << 0;
        QTest::newRow("no risk given, without 6") << "" << false << 0;
    }

    void hfSiteNeedsCourseSix()
    {
        QFETCH(QString, risk);
        QFETCH(bool, course6);
        QFETCH(int, reasons);
        EngineerEligibility::Candidate c = engineer();
        c.training = Training::courses();
        if (!course6)
            c.training.removeAll(QStringLiteral("emergency_hf"));
        EngineerEligibility::Dispatch d;
        d.knowhowRisk = QStringLiteral("normal");
        d.customerTier = QStringLiteral("B");
        d.safetyRisk = risk;
        const QStringList why = EngineerEligibility::reasons(c, d, m_on);
        QCOMPARE(why.size(), reasons);
        if (reasons)
            QVERIFY2(why.first().contains(QStringLiteral("HF first aid")), qPrintable(why.first()));
        // KC on a strategic HF dispatch needs the course as well.
        EngineerEligibility::Candidate kc;
        kc.name = QStringLiteral("KC");
        kc.roles = {QStringLiteral("gm")};
        kc.training = c.training;
        d.customerTier = QStringLiteral("A");
        QCOMPARE(EngineerEligibility::reasons(kc, d, m_on).size(), reasons);
    }

    void majorComplaintBringsKc()
    {
        EngineerEligibility::Candidate kc;
        kc.name = QStringLiteral("KC");
        kc.roles = {QStringLiteral("gm")};
        EngineerEligibility::Dispatch d;
        d.customerTier = QStringLiteral("C");
        d.majorComplaint = true;
        QVERIFY(EngineerEligibility::isEligible(kc, d, m_on));
    }
};

QTEST_GUILESS_MAIN(TestEngineerEligibility)
#include "tst_engineereligibility.moc"
