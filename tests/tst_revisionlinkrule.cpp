#include "app/rules/RevisionLinkRule.h"

#include <QtTest>

// When a revision link may stand: each condition alone, and the revision number's edges.
class TestRevisionLinkRule : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        using P = RevisionLinkRule::Problem;
        QTest::addColumn<int>("revision");
        QTest::addColumn<int>("previousRevision");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("problem");
        QTest::newRow("a real correction") << 2 << 1 << "" << int(P::None);
        QTest::newRow("second correction") << 3 << 2 << "" << int(P::None);
        QTest::newRow("same number") << 2 << 2 << "" << int(P::WrongNumber);
        QTest::newRow("one too many") << 4 << 2 << "" << int(P::WrongNumber);
        QTest::newRow("revision 99") << 99 << 1 << "" << int(P::WrongNumber);
        QTest::newRow("revision 1") << 1 << 1 << "" << int(P::WrongNumber);
        QTest::newRow("self") << 2 << 1 << "self" << int(P::Self);
        QTest::newRow("other table") << 2 << 1 << "table" << int(P::OtherTable);
        QTest::newRow("missing") << 2 << 1 << "missing" << int(P::PreviousMissing);
        QTest::newRow("unlocked") << 2 << 1 << "unlocked" << int(P::NotLocked);
        QTest::newRow("superseded") << 2 << 1 << "superseded" << int(P::NotCurrent);
        QTest::newRow("already a revision") << 2 << 1 << "already" << int(P::AlreadyRevision);
        QTest::newRow("other task or day") << 2 << 1 << "place" << int(P::OtherPlace);
        QTest::newRow("cycle") << 2 << 1 << "cycle" << int(P::Cycle);
    }

    void check()
    {
        QFETCH(int, revision);
        QFETCH(int, previousRevision);
        QFETCH(QString, fault);
        QFETCH(int, problem);
        RevisionLinkRule::Facts f;
        f.revision = revision;
        f.previousRevision = previousRevision;
        f.self = fault == QLatin1String("self");
        f.previousInTable = fault != QLatin1String("table");
        f.previousExists = fault != QLatin1String("missing");
        f.previousLocked = fault != QLatin1String("unlocked");
        f.previousCurrent = fault != QLatin1String("superseded");
        f.recordAlreadyRevision = fault == QLatin1String("already");
        f.samePlace = fault != QLatin1String("place");
        f.cycle = fault == QLatin1String("cycle");
        const RevisionLinkRule::Problem p = RevisionLinkRule::check(f);
        QCOMPARE(int(p), problem);
        const QString message = RevisionLinkRule::message(p, QStringLiteral("L-1"), f);
        QCOMPARE(message.isEmpty(), p == RevisionLinkRule::Problem::None);
        if (p != RevisionLinkRule::Problem::None)
            QVERIFY(message.contains(QStringLiteral("L-1")));
    }
};

QTEST_GUILESS_MAIN(TestRevisionLinkRule)
#include "tst_revisionlinkrule.moc"
