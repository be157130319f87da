#include "app/rules/ApprovalMatrix.h"

#include <QtTest>

// SOP-10 §5.2.3 at every boundary: 0.5, 3 and 5 days; simple vs medium; core; tier A;
// major complaint; and their combinations (the strictest wins).
class TestApprovalMatrix : public QObject
{
    Q_OBJECT
private slots:
    void required_data()
    {
        QTest::addColumn<double>("days");
        QTest::addColumn<QString>("complexity");
        QTest::addColumn<QString>("knowhow");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<bool>("complaint");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, double d, const char *c, const char *k, const char *t,
                            bool m, const char *e) {
            QTest::newRow(name) << d << QString::fromLatin1(c) << QString::fromLatin1(k)
                                << QString::fromLatin1(t) << m << QString::fromLatin1(e);
        };
        row("0.25 simple", 0.25, "simple", "none", "C", false, "robert_self");
        row("0.5 simple", 0.5, "simple", "none", "C", false, "robert_self");
        row("0.5 medium", 0.5, "medium", "none", "C", false, "robert");
        row("0.5 complex", 0.5, "complex", "none", "C", false, "robert");
        row("0.51 simple", 0.51, "simple", "none", "C", false, "robert");
        row("1 simple", 1.0, "simple", "normal", "B", false, "robert");
        row("3 days", 3.0, "medium", "normal", "B", false, "robert");
        row("3.5 days", 3.5, "medium", "normal", "B", false, "robert_kc_informed");
        row("3.01 days", 3.01, "medium", "normal", "D", false, "robert_kc_informed");
        row("5 days", 5.0, "complex", "normal", "B", false, "robert_kc_informed");
        row("5.5 days", 5.5, "complex", "normal", "B", false, "kc");
        row("5.01 days", 5.01, "complex", "none", "C", false, "kc");
        row("30 days", 30.0, "complex", "none", "C", false, "kc");
        row("core 0.5 simple", 0.5, "simple", "core", "C", false, "kc");
        row("core 3 days", 3.0, "medium", "core", "B", false, "kc");
        row("core 5 days", 5.0, "medium", "core", "B", false, "kc");
        row("tier A 0.5 simple", 0.5, "simple", "none", "A", false, "kc_charles");
        row("tier A 10 days", 10.0, "complex", "core", "A", false, "kc_charles");
        row("complaint 0.5 simple", 0.5, "simple", "none", "D", true, "kc_charles");
        row("complaint 4 days", 4.0, "medium", "normal", "C", true, "kc_charles");
        row("tier B not strategic", 0.5, "simple", "none", "B", false, "robert_self");
    }

    void required()
    {
        QFETCH(double, days);
        QFETCH(QString, complexity);
        QFETCH(QString, knowhow);
        QFETCH(QString, tier);
        QFETCH(bool, complaint);
        QFETCH(QString, expected);
        ApprovalMatrix::Input in;
        in.plannedDays = days;
        in.complexity = complexity;
        in.knowhowRisk = knowhow;
        in.customerTier = tier;
        in.majorComplaint = complaint;
        QCOMPARE(ApprovalMatrix::key(ApprovalMatrix::required(in)), expected);
    }

    void approvers()
    {
        QCOMPARE(ApprovalMatrix::approverRoles(ApprovalMatrix::Level::RobertSelf),
                 QStringList{QStringLiteral("cto")});
        QCOMPARE(ApprovalMatrix::approverRoles(ApprovalMatrix::Level::RobertKcInformed),
                 QStringList{QStringLiteral("cto")});
        QCOMPARE(ApprovalMatrix::approverRoles(ApprovalMatrix::Level::Kc),
                 QStringList{QStringLiteral("gm")});
        QCOMPARE(ApprovalMatrix::approverRoles(ApprovalMatrix::Level::KcCharles),
                 (QStringList{QStringLiteral("gm"), QStringLiteral("chairman")}));
        for (int l = 0; l <= int(ApprovalMatrix::Level::KcCharles); ++l)
            QVERIFY(!ApprovalMatrix::description(ApprovalMatrix::Level(l)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApprovalMatrix)
#include "tst_approvalmatrix.moc"
