#include "app/catalog/EnumNames.h"
#include "app/models/ConflictTableModel.h"
#include "app/models/RecordTableModel.h"
#include "app/search/SearchIndex.h"
#include "app/sync/SyncController.h"
#include "app/sync/SyncSetup.h"
#include "app/utils/AppSettings.h"
#include "app/workflow/TaskNumbering.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"
#include "tests/SyncTestUtil.h"
#include "ui/desk/MainWindow.h"
#include "ui/records/RecordListPage.h"
#include "ui/sync/ConflictsPage.h"
#include "ui/sync/SyncScreens.h"
#include "ui/sync/TeamDialog.h"
#include "ui/tasks/TaskHeader.h"
#include "ui/tasks/TaskPage.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// Two desks (two databases, two main windows) and one share folder: a team created and
// joined through the team dialog's code path, rounds started with the window's Sync now
// action and run on a worker thread, a conflict shown in the status bar and settled on the
// conflicts page, a GUI that keeps running its event loop during a round, a lock that stops
// a running round, and a task saved without the share showing "Pending number".
class TestGuiSync : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_share;
    std::unique_ptr<MainWindow> m_a;
    std::unique_ptr<MainWindow> m_b;
    QString m_taskId;
    QString m_customerId;

    static std::unique_ptr<Database> create(const QString &path, int n)
    {
        auto db = std::make_unique<Database>();
        Error error;
        if (!db->create(path, SyncTestUtil::rawKey(n), &error, Database::KeyKind::RawKey))
            qFatal("create failed: %s", qPrintable(error.message));
        return db;
    }

    static QLabel *status(MainWindow &w)
    {
        return w.findChild<QLabel *>(QStringLiteral("syncStatus"));
    }
    static QString iconState(MainWindow &w)
    {
        return w.findChild<QLabel *>(QStringLiteral("syncIcon"))->property("syncState").toString();
    }

    // One round through the window's own action; waits without blocking the event loop.
    static bool syncThroughUi(MainWindow &w)
    {
        SyncController *c = w.syncScreens()->controller();
        const int before = c->roundsFinished();
        w.syncScreens()->syncNowAction()->trigger();
        // The action returns at once: the round runs on the worker thread.
        if (!c->isRunning() && c->roundsFinished() == before)
            return false;
        if (!QTest::qWaitFor([&] { return c->roundsFinished() == before + 1; }, 20000))
            return false;
        return c->lastReport().errors.isEmpty() && c->lastReport().quarantined.isEmpty();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        AppSettings().setSyncIntervalMinutes(0); // rounds only when the test asks
        AppSettings().setAutoLockMinutes(0);
        m_share = m_dir.filePath(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(m_share));

        auto a = create(m_dir.filePath(QStringLiteral("a.fdb")), 1);
        RecordStore store(*a);
        Error error;
        m_customerId = RecordStore::newId();
        QVERIFY2(store.insert(
                     QStringLiteral("customers"), m_customerId,
                     {{"name", QStringLiteral("赛德半导体")}, {"tier", "A"}, {"kind", "customer"}},
                     &error),
                 qPrintable(error.message));
        m_taskId = RecordStore::newId();
        QVERIFY2(store.insert(QStringLiteral("tasks"), m_taskId,
                              {{"number", QStringLiteral("LITH-FE-2025-0007")},
                               {"customer_id", m_customerId},
                               {"type", QStringLiteral("oem_mixing")},
                               {"priority", QStringLiteral("P1")},
                               {"state", QStringLiteral("registered")},
                               {"requested_at", QStringLiteral("2026-11-20T08:00:00+08:00")},
                               {"registered_at", QStringLiteral("2026-11-20T09:00:00+08:00")},
                               {"knowhow_risk", QStringLiteral("normal")}},
                              &error),
                 qPrintable(error.message));
        m_a = std::make_unique<MainWindow>(std::move(a));
        m_a->setShareFolderOverride(m_share);
        m_b = std::make_unique<MainWindow>(create(m_dir.filePath(QStringLiteral("b.fdb")), 2));
        m_b->setShareFolderOverride(m_share);
        m_a->show();
        m_b->show();
    }

    void noTeamYet()
    {
        QCOMPARE(iconState(*m_a), QStringLiteral("sync-off"));
        QVERIFY(status(*m_a)->text().contains(QStringLiteral("Sync not set up")));
        QVERIFY(!m_a->syncScreens()->controller()->isConfigured());
    }

    void createInviteJoin()
    {
        QString code;
        const QString file = m_dir.filePath(QStringLiteral("desk-b.fde"));
        {
            TeamDialog dialog(m_a->database(), m_a->shareFolder(), m_a.get());
            QVERIFY2(dialog.createTeam(), qPrintable(dialog.lastMessage()));
            QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("inviteButton"))
                        ->isVisibleTo(&dialog));
            QVERIFY2(dialog.invite(file, &code), qPrintable(dialog.lastMessage()));
            QVERIFY(!code.isEmpty());
            QVERIFY(QFileInfo::exists(file));
        }
        {
            TeamDialog dialog(m_b->database(), m_b->shareFolder(), m_b.get());
            // A wrong code is refused at the field and nothing changes.
            QVERIFY(!dialog.join(file, QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")));
            QVERIFY(dialog.lastMessage().contains(QStringLiteral("code")));
            QVERIFY(!SyncEngine::isConfigured(*m_b->database()));
            QVERIFY2(dialog.join(file, code.toLower()), qPrintable(dialog.lastMessage()));
            QVERIFY(dialog.joined());
            QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("teamIdLabel"))->text(),
                     SyncTeam::teamId(*m_a->database()));
        }
        m_a->syncScreens()->refresh();
        m_b->syncScreens()->refresh();
        QVERIFY(m_b->syncScreens()->controller()->isConfigured());
        QVERIFY(status(*m_a)->text().contains(QStringLiteral("Not synced yet")));
        // The customer and the task are waiting to be sent.
        QVERIFY2(status(*m_a)->text().contains(QStringLiteral("2 record(s) to send")),
                 qPrintable(status(*m_a)->text()));
    }

    void firstRoundsBringTheTask()
    {
        QVERIFY(syncThroughUi(*m_a));
        QVERIFY(syncThroughUi(*m_b));
        QVERIFY(RecordStore(*m_b->database()).exists(QStringLiteral("tasks"), m_taskId));
        QCOMPARE(iconState(*m_b), QStringLiteral("sync-ok"));
        QVERIFY(status(*m_b)->text().startsWith(QStringLiteral("Synced ")));
        // The list on B reloaded with the task from A.
        RecordListPage *tasks = m_b->listPage(QStringLiteral("tasks"));
        QTRY_VERIFY(tasks->model()->rowOfId(m_taskId) >= 0);
    }

    void sameFieldEditedOnBothDesks()
    {
        Error error;
        QVERIFY2(RecordStore(*m_a->database())
                     .update(QStringLiteral("tasks"), m_taskId,
                             {{"type", QStringLiteral("line_support")}}, &error),
                 qPrintable(error.message));
        QVERIFY2(RecordStore(*m_b->database())
                     .update(QStringLiteral("tasks"), m_taskId,
                             {{"type", QStringLiteral("training")}}, &error),
                 qPrintable(error.message));
        QVERIFY(syncThroughUi(*m_a));
        QVERIFY(syncThroughUi(*m_b));
        QVERIFY(syncThroughUi(*m_a));
        for (MainWindow *w : {m_a.get(), m_b.get()}) {
            QCOMPARE(w->syncScreens()->controller()->status().openConflicts, 1);
            QVERIFY2(status(*w)->text().contains(QStringLiteral("1 conflict")),
                     qPrintable(status(*w)->text()));
            QCOMPARE(iconState(*w), QStringLiteral("sync-conflict"));
        }
    }

    void conflictsPageShowsBothValues()
    {
        m_b->syncScreens()->showConflicts();
        QCOMPARE(m_b->currentArea(), QStringLiteral("conflicts"));
        ConflictsPage *page = m_b->syncScreens()->conflictsPage();
        QVERIFY(page->isVisible());
        ConflictTableModel *model = page->model();
        QCOMPARE(model->rowCount(), 1);
        auto cell = [&](int column) {
            return model->index(0, column).data().toString();
        };
        const QString line =
            EnumNames::text(QStringLiteral("type"), QStringLiteral("line_support"));
        const QString training =
            EnumNames::text(QStringLiteral("type"), QStringLiteral("training"));
        QVERIFY(line != QLatin1String("line_support")); // a name, not the stored value
        const QStringList both = {cell(ConflictTableModel::Kept), cell(ConflictTableModel::Other)};
        QVERIFY2(both.contains(line) && both.contains(training), qPrintable(both.join('|')));
        QVERIFY(cell(ConflictTableModel::Record).contains(QStringLiteral("LITH-FE-2025-0007")));
        QCOMPARE(cell(ConflictTableModel::Field), QStringLiteral("Type"));
        // Both desks and the base are named, one of them as this desk.
        QVERIFY(cell(ConflictTableModel::KeptBy).contains(QStringLiteral("this desk")) ||
                cell(ConflictTableModel::OtherBy).contains(QStringLiteral("this desk")));
        // The base: the value both started from (the type A registered), its desk and time.
        const QString base = cell(ConflictTableModel::Base);
        QVERIFY2(base.startsWith(
                     EnumNames::text(QStringLiteral("type"), QStringLiteral("oem_mixing"))) &&
                     base.contains(QStringLiteral("desk")),
                 qPrintable(base));
    }

    void settleAndConverge()
    {
        ConflictsPage *page = m_b->syncScreens()->conflictsPage();
        page->view()->selectRow(0);
        const SyncConflict c = page->model()->conflict(0);
        // B takes the value that lost (a real choice, not the default).
        auto *other = page->findChild<QPushButton *>(QStringLiteral("otherButton"));
        QVERIFY(other->isEnabled());
        QTest::mouseClick(other, Qt::LeftButton);
        QCOMPARE(page->model()->rowCount(), 0);
        QTRY_COMPARE(m_b->syncScreens()->controller()->status().openConflicts, 0);
        QVERIFY(syncThroughUi(*m_b));
        QVERIFY(syncThroughUi(*m_a));
        QVariantMap taskA, taskB;
        QVERIFY(
            RecordStore(*m_a->database()).get(QStringLiteral("tasks"), m_taskId, &taskA, nullptr));
        QVERIFY(
            RecordStore(*m_b->database()).get(QStringLiteral("tasks"), m_taskId, &taskB, nullptr));
        QCOMPARE(taskA.value(QStringLiteral("type")), c.other);
        QCOMPARE(taskB.value(QStringLiteral("type")), c.other);
        QCOMPARE(SyncTestUtil::exportHash(*m_a->database()),
                 SyncTestUtil::exportHash(*m_b->database()));
        for (MainWindow *w : {m_a.get(), m_b.get()}) {
            QCOMPARE(w->syncScreens()->controller()->status().openConflicts, 0);
            QCOMPARE(iconState(*w), QStringLiteral("sync-ok"));
            QVERIFY(!status(*w)->text().contains(QStringLiteral("conflict")));
        }
    }

    void guiStaysResponsiveDuringARound()
    {
        // Enough changes that applying them takes far longer than 100 ms.
        {
            Database &db = *m_a->database();
            Transaction tx(db);
            RecordStore store(db);
            Error error;
            for (int i = 0; i < 3000; ++i)
                QVERIFY(store.insert(QStringLiteral("customers"), RecordStore::newId(),
                                     {{"name", QStringLiteral("客户 %1").arg(i)},
                                      {"tier", "B"},
                                      {"kind", "customer"}},
                                     &error));
            QVERIFY(tx.commit(&error));
        }
        QVERIFY(syncThroughUi(*m_a));

        SyncController *c = m_b->syncScreens()->controller();
        const int before = c->roundsFinished();
        QElapsedTimer clock;
        qint64 last = 0, longestGap = 0;
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = qMax(longestGap, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        timer.start();
        m_b->syncScreens()->syncNowAction()->trigger();
        QVERIFY(c->isRunning()); // returned at once; the round is on the worker thread
        QCOMPARE(iconState(*m_b), QStringLiteral("sync-busy"));
        QVERIFY(m_b->findChild<QWidget *>(QStringLiteral("cancelSyncButton"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(c->roundsFinished() == before + 1, 30000);
        const qint64 roundMs = clock.elapsed();
        timer.stop();
        qInfo("round %lld ms, %d ticks, longest gap %lld ms", roundMs, ticks, longestGap);
        QVERIFY2(roundMs > 300, "the round was too short to tell anything");
        // Run on the GUI thread, the round would be one gap as long as the round itself. The
        // machine running the tests is shared, so a single late tick is allowed some slack;
        // the event loop must still have turned every few milliseconds on average.
        QVERIFY2(longestGap < qMin<qint64>(250, roundMs / 2),
                 qPrintable(QString::number(longestGap)));
        QVERIFY2(ticks >= roundMs / 40, qPrintable(QString::number(ticks)));
        QCOMPARE(
            SyncTestUtil::count(*m_b->database(), QStringLiteral("SELECT count(*) FROM customers")),
            3001);
    }

    void lockStopsARunningRound()
    {
        {
            Database &db = *m_a->database();
            Transaction tx(db);
            RecordStore store(db);
            Error error;
            for (int i = 0; i < 1500; ++i)
                QVERIFY(store.insert(QStringLiteral("customers"), RecordStore::newId(),
                                     {{"name", QStringLiteral("客户乙 %1").arg(i)},
                                      {"tier", "C"},
                                      {"kind", "customer"}},
                                     &error));
            QVERIFY(tx.commit(&error));
        }
        QVERIFY(syncThroughUi(*m_a));
        SyncController *c = m_b->syncScreens()->controller();
        m_b->syncScreens()->syncNowAction()->trigger();
        QVERIFY(c->isRunning());
        m_b->lock(); // must wait for the worker's connection, then close the database
        QVERIFY(m_b->isLocked());
        QVERIFY(!c->isRunning());
        QVERIFY(!c->isConfigured());
        QCOMPARE(iconState(*m_b), QStringLiteral("sync-off"));
        QVERIFY(m_b->findChild<QThread *>(QStringLiteral("syncThread")) == nullptr);
        // Reopened, the database is whole and a round finishes what was left.
        auto db = std::make_unique<Database>();
        Error error;
        QVERIFY2(db->open(m_dir.filePath(QStringLiteral("b.fdb")), SyncTestUtil::rawKey(2), &error,
                          Database::KeyKind::RawKey),
                 qPrintable(error.message));
        QStringList problems;
        QVERIFY2(db->checkIntegrity(&problems), qPrintable(problems.join('\n')));
        m_b->setDatabase(std::move(db));
        QVERIFY(syncThroughUi(*m_b));
        QCOMPARE(SyncTestUtil::exportHash(*m_a->database()),
                 SyncTestUtil::exportHash(*m_b->database()));
    }

    void pendingNumberIsShownAsSuch()
    {
        // A task saved in a team while the share could not be reached has no number yet.
        const QString id = RecordStore::newId();
        Error error;
        QVERIFY2(RecordStore(*m_a->database())
                     .insert(QStringLiteral("tasks"), id,
                             {{"customer_id", m_customerId},
                              {"type", QStringLiteral("audit")},
                              {"priority", QStringLiteral("P0")},
                              {"state", QStringLiteral("registered")},
                              {"requested_at", QStringLiteral("2026-11-21T08:00:00+08:00")},
                              {"registered_at", QStringLiteral("2026-11-21T09:00:00+08:00")},
                              {"knowhow_risk", QStringLiteral("normal")}},
                             &error),
                 qPrintable(error.message));
        RecordListPage *tasks = m_a->listPage(QStringLiteral("tasks"));
        tasks->reload();
        QTRY_VERIFY(tasks->model()->rowOfId(id) >= 0);
        const int row = tasks->model()->rowOfId(id);
        const int column = tasks->model()->columnOf(QStringLiteral("number"));
        QCOMPARE(tasks->model()->index(row, column).data().toString(),
                 TaskNumbering::displayText(QString()));
        QCOMPARE(TaskNumbering::displayText(QString()), QStringLiteral("Pending number"));
        QVERIFY(m_a->taskPage()->openTask(id));
        QCOMPARE(m_a->taskPage()->findChild<QLabel *>(QStringLiteral("taskNumberLabel"))->text(),
                 QStringLiteral("Pending number"));
        // The next round numbers it on its own device.
        QVERIFY(syncThroughUi(*m_a));
        QVariantMap task;
        QVERIFY(RecordStore(*m_a->database()).get(QStringLiteral("tasks"), id, &task, nullptr));
        QVERIFY2(task.value(QStringLiteral("number")).toString().startsWith("LITH-FE-2026-"),
                 qPrintable(task.value(QStringLiteral("number")).toString()));
        QTRY_VERIFY(tasks->model()
                        ->index(tasks->model()->rowOfId(id), column)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("LITH-FE-")));
    }

    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
    }
};

QTEST_MAIN(TestGuiSync)
#include "tst_gui_sync.moc"
