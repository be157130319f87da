#include "db/RecordStore.h"
#include "db/SyncBundle.h"
#include "tests/SyncTestUtil.h"
#include "tests/TestUtil.h"
#include "ui/sync/SyncProblemsDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

using namespace SyncTestUtil;

// Sync › Problems in the desktop: a set-aside bundle is listed with its reason and released
// with the mouse once its file is good again; the list empties and the records arrive.
class TestGuiSyncProblems : public QObject
{
    Q_OBJECT
private slots:
    void releaseFromTheDesktop()
    {
        Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        Error error;
        for (int i = 0; i < 3; ++i)
            QVERIFY(RecordStore(*team.devices[0])
                        .insert(QStringLiteral("customers"), RecordStore::newId(),
                                {{QStringLiteral("name"), QStringLiteral("客户 %1").arg(i)},
                                 {QStringLiteral("tier"), QStringLiteral("B")},
                                 {QStringLiteral("kind"), QStringLiteral("customer")}},
                                &error));
        QCOMPARE(team.sync(0).bundlesPublished, 1);
        const QString path =
            QDir(team.share)
                .filePath(QStringLiteral("fielddesk/devices/%1/%2")
                              .arg(team.devices[0]->deviceId(), SyncBundle::fileName(1)));
        const QByteArray good = TestUtil::readAll(path);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(good.left(good.size() / 2));
        }
        QVERIFY(team.sync(1).hasQuarantine());

        SyncProblemsDialog dialog(*team.devices[1]);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = dialog.list()->topLevelItem(0);
        QVERIFY(row->text(0).endsWith(SyncBundle::fileName(1)));
        QVERIFY(!row->text(3).isEmpty()); // the reason
        QVERIFY(dialog.releaseButton()->isEnabled());
        QVERIFY(!dialog.adoptButton()->isEnabled()); // not a fork

        // Still broken: kept aside, said so.
        QTest::mouseClick(dialog.releaseButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.resultLabel()->text().contains(QStringLiteral("stays set aside")));
        QCOMPARE(count(*team.devices[1], QStringLiteral("SELECT count(*) FROM customers")), 0);

        // The file put back: released and applied.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(good);
        }
        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(0));
        QTest::mouseClick(dialog.releaseButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.resultLabel()->text().contains(QStringLiteral("applied")));
        QCOMPARE(count(*team.devices[1], QStringLiteral("SELECT count(*) FROM customers")), 3);
        QVERIFY(!dialog.releaseButton()->isEnabled()); // nothing left
        QCOMPARE(count(*team.devices[1], QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                        "action = 'sync_release'")),
                 2);
    }
};

QTEST_MAIN(TestGuiSyncProblems)
#include "tst_gui_syncproblems.moc"
