#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoDailyReports.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoSignatures.h"
#include "app/search/SearchIndex.h"
#include "app/signing/RecordLocks.h"
#include "app/signing/RecordRevisions.h"
#include "app/signing/RecordSigning.h"
#include "db/RecordStore.h"
#include "db/SyncConflicts.h"
#include "tests/SyncTestUtil.h"

#include <QSqlQuery>

using namespace SyncTestUtil;

// Daily reports' unique key through the shared folder. A report corrected and signed on one
// desk arrives on the other with its chain, lock and signature, without a conflict; two desks
// correcting the same revision offline end with the same single current revision and one
// conflict naming the other; a duplicate hidden by sync comes back, on every desk, when the
// report that stayed is deleted, and its conflict goes.
class TestSyncRevisions : public QObject
{
    Q_OBJECT

    static const RecordKind &daily()
    {
        return *RecordCatalog::byTable(QStringLiteral("daily_reports"));
    }
    static QString may14()
    {
        return DemoDailyReports::id(1, QStringLiteral("Robert"), QStringLiteral("2026-05-14"));
    }
    static QString current(Database &db, const QString &id)
    {
        QString out;
        RecordRevisions(db).currentOf(id, &out, nullptr);
        return out;
    }
    static bool correctAndSign(Database &db, const QString &id, const QString &findings,
                               QString *revision, Error *error)
    {
        RecordSigning signing(db);
        RecordSigning::Signature s;
        s.role = QStringLiteral("engineer");
        s.signerId = DemoData::personId("Robert");
        s.strokes = DemoSignatures::strokes(21);
        return signing.correct(daily(), id, QStringLiteral("更正"), revision, error) &&
               RecordStore(db).update(daily().table, *revision,
                                      {{QStringLiteral("findings"), findings}}, error) &&
               signing.sign(daily(), *revision, s, false, nullptr, error);
    }

    // Two desks with the demo data on both.
    static void demoTeam(Team &team)
    {
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        Error error;
        QVERIFY2(DemoData::load(*team.devices[0], &error), qPrintable(error.message));
        DemoKeys::unlockAll(); // the demo people sign as if they had entered their PIN
        // The second desk joined before the demo's trust root existed; a desk joining later
        // gets it with its enrollment file (SyncTeam).
        QVERIFY(team.devices[1]->setMeta(QStringLiteral("trust_root"),
                                         PeopleKeys::trustRoot(*team.devices[0]), &error));
        team.sync(0);
        team.sync(1);
        QCOMPARE(exportHash(*team.devices[1]), exportHash(*team.devices[0]));
    }

private slots:
    void initTestCase() {}

    void correctionArrivesWhole()
    {
        Team team;
        demoTeam(team);
        if (QTest::currentTestFailed())
            return;
        Error error;

        // Desk 0 corrects the demo's corrected report once more and signs it.
        Database &a = *team.devices[0];
        Database &b = *team.devices[1];
        QString third;
        QVERIFY2(correctAndSign(a, current(a, may14()), QStringLiteral("第三版：补充量测仪器编号"),
                                &third, &error),
                 qPrintable(error.message));
        QCOMPARE(team.sync(0).errors, QStringList());
        const SyncReport received = team.sync(1);
        QCOMPARE(received.errors, QStringList());
        QCOMPARE(received.openConflicts, 0);
        QCOMPARE(current(b, may14()), third);
        bool matches = false;
        QString hash;
        QVERIFY(RecordLocks(b).verifyHash(third, &matches, &hash, &error));
        QVERIFY(matches);
        QVERIFY(SyncConflicts(b).list().isEmpty());
        QCOMPARE(exportHash(b), exportHash(a));
    }

    void concurrentCorrectionsKeepOne()
    {
        Team team;
        demoTeam(team);
        if (QTest::currentTestFailed())
            return;
        Error error;
        Database &a = *team.devices[0];
        Database &b = *team.devices[1];
        const QString signedRevision = current(a, may14());
        // Both desks correct the same signed revision while offline.
        QString fromA, fromB;
        QVERIFY2(correctAndSign(a, signedRevision, QStringLiteral("A 的更正"), &fromA, &error),
                 qPrintable(error.message));
        QTest::qWait(5); // B's correction is created later: A's stays
        QVERIFY2(correctAndSign(b, signedRevision, QStringLiteral("B 的更正"), &fromB, &error),
                 qPrintable(error.message));
        team.sync(0);
        team.sync(1);
        team.sync(0);
        for (Database *db : {&a, &b}) {
            QCOMPARE(current(*db, may14()), fromA);
            QVERIFY(!RecordStore(*db).exists(daily().table, fromB));
            const QList<SyncConflict> list = SyncConflicts(*db).list();
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().kind, QStringLiteral("unique"));
            QCOMPARE(list.first().field, QStringLiteral("task_id,engineer_id,date"));
        }
        QCOMPARE(exportHash(b), exportHash(a));
    }

    // A forged revision link (written on one desk behind the program's back) naming an
    // unsigned report of another task as the successor of the signed report: every other desk
    // rejects it the same way, whatever order it arrives in.
    void forgedLinkIsRejectedEverywhere()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(3, &problem), qPrintable(problem));
        Error error;
        Database &a = *team.devices[0];
        QVERIFY2(DemoData::load(a, &error), qPrintable(error.message));
        team.sync(0);
        const QString signedRevision = current(a, may14());
        QSqlQuery q(a.sql());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT d.id FROM daily_reports d JOIN tasks t ON t.id = d.task_id WHERE t.number = "
            "'LITH-FE-2026-0003' AND NOT EXISTS (SELECT 1 FROM record_locks l WHERE l.record_id "
            "= d.id) ORDER BY d.id LIMIT 1")));
        QVERIFY(q.next());
        const QString other = q.value(0).toString();
        q.finish();
        // Desk 2 has everything but the forgery; desk 1 receives it all at once.
        team.sync(2);
        QVERIFY(RecordStore(a).insert(QStringLiteral("record_revisions"), RecordStore::newId(),
                                      {{QStringLiteral("record_table"), daily().table},
                                       {QStringLiteral("record_id"), other},
                                       {QStringLiteral("previous_id"), signedRevision},
                                       {QStringLiteral("revision"), 3},
                                       {QStringLiteral("reason"), QStringLiteral("forged")}},
                                      &error));
        // An unsigned revision supersedes nothing, not even on the desk that wrote the link.
        QCOMPARE(current(a, may14()), signedRevision);
        // Every desk applies the bundle that carries it (a rejected row is no failed round).
        for (int i : {0, 1, 2})
            QCOMPARE(team.sync(i).errors, QStringList());
        for (int i : {1, 2}) {
            Database &db = *team.devices[i];
            QCOMPARE(current(db, may14()), signedRevision);
            QString newer;
            QVERIFY(RecordRevisions(db).supersededBy(signedRevision, &newer, nullptr));
            QVERIFY(newer.isEmpty());
            int invalid = 0;
            for (const SyncConflict &c : SyncConflicts(db).list())
                invalid += c.kind == QLatin1String("invalid") ? 1 : 0;
            QCOMPARE(invalid, 1);
        }
        QCOMPARE(exportHash(*team.devices[2]), exportHash(*team.devices[1]));
    }

    void duplicateReturnsWhenItsRivalIsDeleted()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(4, &problem), qPrintable(problem));
        Error error;
        const QVariantMap key{{QStringLiteral("task_id"), RecordStore::newId()},
                              {QStringLiteral("engineer_id"), RecordStore::newId()},
                              {QStringLiteral("date"), QStringLiteral("2027-01-05")}};
        // Desks 1 and 2 enter the same report offline; desk 1's is older and stays.
        QStringList ids;
        for (int d : {1, 2}) {
            ids << RecordStore::newId();
            QVariantMap fields = key;
            fields.insert(QStringLiteral("work"), QStringLiteral("设备%1").arg(d));
            QVERIFY2(
                RecordStore(*team.devices[d]).insert(daily().table, ids.last(), fields, &error),
                qPrintable(error.message));
            QTest::qWait(5);
        }
        for (int d : {1, 2, 1, 0})
            team.sync(d);
        Database &a = *team.devices[0];
        QVERIFY(RecordStore(a).exists(daily().table, ids[0]));
        QVERIFY(!RecordStore(a).exists(daily().table, ids[1]));
        QCOMPARE(SyncConflicts(a).list().size(), 1);
        // Desk 0 deletes the one that stayed: the hidden one is back at once, the conflict gone.
        QVERIFY2(RecordStore(a).remove(daily().table, ids[0], &error), qPrintable(error.message));
        QVERIFY(RecordStore(a).exists(daily().table, ids[1]));
        QVERIFY(SyncConflicts(a).list().isEmpty());
        // The same everywhere, also on desk 3, which receives it all at once.
        for (int d : {0, 1, 2, 3, 0, 1, 2})
            QCOMPARE(team.sync(d).errors, QStringList());
        for (int d : {1, 2, 3}) {
            Database &db = *team.devices[d];
            QVERIFY(!RecordStore(db).exists(daily().table, ids[0]));
            QVERIFY(RecordStore(db).exists(daily().table, ids[1]));
            QVERIFY(SyncConflicts(db).list().isEmpty());
            QCOMPARE(exportHash(db), exportHash(a));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncRevisions)
#include "tst_syncrevisions.moc"
