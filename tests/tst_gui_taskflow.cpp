#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/interchange/InterchangeImporter.h"
#include "app/models/RecordTableModel.h"
#include "app/people/DeskSession.h"
#include "app/rules/ApprovalMatrix.h"
#include "app/utils/AppSettings.h"
#include "app/workflow/TaskWorkflow.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "tests/GuiTestUtil.h"
#include "ui/desk/DeskClock.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/SettingsDialog.h"
#include "ui/desk/StartPage.h"
#include "ui/records/RecordListPage.h"
#include "ui/tasks/TaskIntakeDialog.h"
#include "ui/tasks/TaskPage.h"
#include "ui/tasks/TaskScreens.h"

#include "app/utils/RecordTime.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <QtTest>

// The task life through the real widgets: register a request, assess it and watch the
// required approval change, approve it as Robert, see ineligible engineers refused with their
// reasons, assign an eligible one; the deadlines on the start page open their task; the person
// at this desk is chosen in the settings.
using GuiTestUtil::child;

class TestGuiTaskFlow : public QObject
{
    Q_OBJECT
private:
    const QString m_pass = QStringLiteral("correct horse battery");
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    int m_count = 0;
    QString m_path;
    const QDateTime m_now =
        QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00+08:00"), Qt::ISODate);

    static QString person(const char *name)
    {
        return DemoData::idFor(QStringLiteral("person"), QString::fromUtf8(name));
    }
    static QString customer(const char *name)
    {
        return DemoData::idFor(QStringLiteral("customer"), QString::fromUtf8(name));
    }
    // A database with the demo customers and people and no tasks.
    void createDb()
    {
        m_path = m_dir.filePath(QStringLiteral("flow%1.fdb").arg(++m_count));
        Database db;
        Error error;
        QJsonObject registries = DemoData::document();
        for (const char *array : {"tasks", "approvals", "briefings", "daily_reports", "anomalies",
                                  "service_reports", "callbacks", "expense_claims", "knowhow",
                                  "complaints", "knowhow_incidents", "monthly_reviews"})
            registries.remove(QLatin1String(array));
        if (!db.create(m_path, m_pass, &error) ||
            !InterchangeImporter(db).importDocument(registries, nullptr, &error))
            qFatal("cannot create: %s", qPrintable(error.message));
    }
    std::unique_ptr<Database> openDb() { return GuiTestUtil::openDatabase(m_path, m_pass); }
    static void choose(QComboBox *combo, const QString &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
    }
    static int taskCount(Database &db)
    {
        QSqlQuery q(db.sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM tasks")) && q.next() ? q.value(0).toInt()
                                                                                : -1;
    }
    static QString levelShown(TaskPage *page)
    {
        return child<QLabel>(page, QStringLiteral("requiredApprovalLabel"))
            ->property("level")
            .toString();
    }
    static QString badge(TaskPage *page)
    {
        return child<QLabel>(page, QStringLiteral("stateBadge"))->property("state").toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        DeskClock::setFixedNow(m_now);
        AppSettings settings;
        DemoKeys::unlockAll(); // approvers sign with their keys as after entering their PIN
        DeskSession::instance().add(
            DemoKeys::unlocked(QStringLiteral("Robert"))); // Robert entered their PIN
        settings.setAutoLockMinutes(0);
    }

    void registerAssessApproveAssign()
    {
        createDb();
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showArea(QStringLiteral("tasks"));
        RecordListPage *list = w.listPage(QStringLiteral("tasks"));
        auto *newButton = child<QPushButton>(list, QStringLiteral("newButton"));
        QVERIFY(newButton->isVisible());
        QTest::mouseClick(newButton, Qt::LeftButton);
        QTRY_VERIFY(w.taskScreens()->intakeDialog() &&
                    w.taskScreens()->intakeDialog()->isVisible());
        TaskIntakeDialog *intake = w.taskScreens()->intakeDialog();

        // Customer and history beside the form.
        choose(child<QComboBox>(intake, QStringLiteral("customerCombo")),
               customer("北京至毅科技有限公司"));
        QTRY_VERIFY(child<QLabel>(intake, QStringLiteral("historyCustomerName"))
                        ->text()
                        .contains(QStringLiteral("北京至毅")));
        QVERIFY(child<QLabel>(intake, QStringLiteral("historyFacts"))
                    ->text()
                    .contains(QStringLiteral("2025-09-12"))); // first order

        // The 24 h rule, live.
        auto *requested = child<QDateTimeEdit>(intake, QStringLiteral("requestedAtEdit"));
        auto *rule = child<QLabel>(intake, QStringLiteral("registrationRuleLabel"));
        // The edit holds China wall-clock time, whatever the computer's zone.
        requested->setDateTime(RecordTime::wallClock(m_now.addSecs(-26 * 3600)));
        QVERIFY2(rule->text().contains(QStringLiteral("26 h")) &&
                     rule->text().contains(QStringLiteral("late")),
                 qPrintable(rule->text()));
        QVERIFY(rule->property("late").toBool());
        requested->setDateTime(RecordTime::wallClock(m_now.addSecs(-3 * 3600)));
        QVERIFY2(rule->text().contains(QStringLiteral("3 h")) &&
                     rule->text().contains(QStringLiteral("in time")),
                 qPrintable(rule->text()));
        QVERIFY(!rule->property("late").toBool());
        child<QLineEdit>(intake, QStringLiteral("subjectEdit"))
            ->setText(QStringLiteral("光阻剥离后残留"));

        // No type yet: refused at the field, nothing saved.
        auto *registerButton = child<QPushButton>(intake, QStringLiteral("registerButton"));
        QTest::mouseClick(registerButton, Qt::LeftButton);
        QVERIFY(child<QLabel>(intake, QStringLiteral("error_type"))->isVisible());
        QCOMPARE(taskCount(*w.database()), 0);
        choose(child<QComboBox>(intake, QStringLiteral("typeCombo")),
               QStringLiteral("line_support"));
        QTest::mouseClick(registerButton, Qt::LeftButton);
        QTRY_VERIFY(!w.taskScreens()->intakeDialog());

        // The task page shows the new number.
        TaskPage *page = w.taskPage();
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(child<QLabel>(page, QStringLiteral("taskNumberLabel"))->text(),
                 QStringLiteral("LITH-FE-2026-0001"));
        QVERIFY(child<QLabel>(page, QStringLiteral("taskMessage"))
                    ->text()
                    .contains(QStringLiteral("LITH-FE-2026-0001")));
        QCOMPARE(badge(page), QStringLiteral("registered"));
        QTRY_COMPARE(list->model()->rowCount(), 1); // read again in the background
        QVERIFY(!child<QWidget>(page, QStringLiteral("approveButton"))->isVisible());

        // Assessment: the required approval follows the planned days live.
        choose(child<QComboBox>(page, QStringLiteral("complexityCombo")), QStringLiteral("medium"));
        auto *days = child<QDoubleSpinBox>(page, QStringLiteral("plannedDaysSpin"));
        const QList<QPair<double, QString>> steps = {
            {2, "robert"}, {3, "robert"}, {3.5, "robert_kc_informed"}, {5, "robert_kc_informed"},
            {5.5, "kc"},   {2, "robert"}};
        for (const auto &step : steps) {
            days->setValue(step.first);
            QCOMPARE(levelShown(page), step.second);
        }
        days->setValue(5.5);
        QVERIFY(
            child<QLabel>(page, QStringLiteral("requiredApprovalLabel"))
                ->text()
                .contains(ApprovalMatrix::description(ApprovalMatrix::Level::Kc).toHtmlEscaped()));
        days->setValue(2);
        choose(child<QComboBox>(page, QStringLiteral("knowhow_riskCombo")),
               QStringLiteral("normal"));
        choose(child<QComboBox>(page, QStringLiteral("safety_riskCombo")), QStringLiteral("low"));
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveAssessmentButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(badge(page), QStringLiteral("assessed"));

        // Approval as Robert, the person at this desk.
        auto *approver = child<QComboBox>(page, QStringLiteral("approverCombo"));
        QCOMPARE(approver->currentData().toString(), person("Robert"));
        auto *approve = child<QPushButton>(page, QStringLiteral("approveButton"));
        QVERIFY(approve->isVisible() && approve->isEnabled());
        // An unsaved change to the assessment blocks the decision.
        days->setValue(4);
        QVERIFY(!approve->isEnabled());
        QVERIFY(child<QLabel>(page, QStringLiteral("approvalBlocked"))->isVisible());
        days->setValue(2);
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveAssessmentButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_COMPARE(badge(page), QStringLiteral("approved"));
        auto *decisions = child<QTreeWidget>(page, QStringLiteral("approvalsTable"));
        QCOMPARE(decisions->topLevelItemCount(), 1);
        QCOMPARE(decisions->topLevelItem(0)->text(0), QStringLiteral("Robert"));

        // Engineers: ineligible ones cannot be checked and say why.
        const QString chen = person("陈雅婷"), zhou = person("周文彬");
        QVERIFY(!child<QCheckBox>(page, QStringLiteral("engineer_") + chen)->isEnabled());
        QVERIFY2(
            child<QLabel>(page, QStringLiteral("engineerReasons_") + chen)
                ->text()
                .contains(QStringLiteral("12 months")),
            qPrintable(child<QLabel>(page, QStringLiteral("engineerReasons_") + chen)->text()));
        QVERIFY(!child<QCheckBox>(page, QStringLiteral("engineer_") + zhou)->isEnabled());
        QVERIFY(child<QLabel>(page, QStringLiteral("engineerReasons_") + zhou)
                    ->text()
                    .contains(QStringLiteral("24 h"))); // courses 1-5 and 7

        // Someone who became ineligible since the page was read is refused by the workflow.
        const QString lin = person("林国栋");
        auto *linCheck = child<QCheckBox>(page, QStringLiteral("engineer_") + lin);
        QVERIFY(linCheck->isEnabled());
        linCheck->setChecked(true);
        Error error;
        QVERIFY(RecordStore(*w.database())
                    .update(QStringLiteral("people"), lin,
                            {{QStringLiteral("left_on"), QStringLiteral("2026-11-01")}}, &error));
        auto *assign = child<QPushButton>(page, QStringLiteral("assignEngineersButton"));
        QTest::mouseClick(assign, Qt::LeftButton);
        auto *engineerError = child<QLabel>(page, QStringLiteral("engineerError"));
        QVERIFY(engineerError->isVisible());
        QVERIFY2(engineerError->text().contains(QStringLiteral("left the company")),
                 qPrintable(engineerError->text()));
        QVariantMap task;
        QVERIFY(RecordStore(*w.database())
                    .get(QStringLiteral("tasks"), page->taskId(), &task, nullptr));
        QVERIFY(task.value(QStringLiteral("engineer_ids")).toString().isEmpty());

        // Robert is eligible: assigned.
        linCheck->setChecked(false);
        child<QCheckBox>(page, QStringLiteral("engineer_") + person("Robert"))->setChecked(true);
        QTest::mouseClick(assign, Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(page, QStringLiteral("engineerNote"))
                        ->text()
                        .contains(QStringLiteral("1 person")));
        QVERIFY(RecordStore(*w.database())
                    .get(QStringLiteral("tasks"), page->taskId(), &task, nullptr));
        QVERIFY(task.value(QStringLiteral("engineer_ids")).toString().contains(person("Robert")));
        // Lin left: his box can no longer be checked.
        QVERIFY(!child<QCheckBox>(page, QStringLiteral("engineer_") + lin)->isEnabled());
        // The brief is what blocks the dispatch now.
        QVERIFY(!child<QPushButton>(page, QStringLiteral("nextStep_briefed"))->isEnabled());
        QVERIFY(child<QLabel>(page, QStringLiteral("dispatchBlockers"))
                    ->text()
                    .contains(QStringLiteral("brief")));

        // Back to the list.
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("backToTasksButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(list->isVisible());
    }

    void deadlinesOpenTheirTask()
    {
        createDb();
        QString late, newCustomer;
        {
            auto db = openDb();
            TaskWorkflow wf(*db);
            Error error;
            // Requested 49 h before it was registered: done late.
            QVERIFY2(
                wf.registerTask(
                    {{QStringLiteral("customer_id"), customer("北京至毅科技有限公司")},
                     {QStringLiteral("type"), QStringLiteral("training")},
                     {QStringLiteral("priority"), QStringLiteral("P1")},
                     {QStringLiteral("requested_at"), QStringLiteral("2026-11-18T09:00:00+08:00")}},
                    m_now, &late, &error),
                qPrintable(error.message));
            // A new customer, departing tomorrow without a brief and without an NDA.
            QVERIFY(wf.registerTask(
                {{QStringLiteral("customer_id"), customer("厦门晶澈微电子有限公司")},
                 {QStringLiteral("type"), QStringLiteral("product_trial")},
                 {QStringLiteral("priority"), QStringLiteral("P0")},
                 {QStringLiteral("requested_at"), QStringLiteral("2026-11-20T08:00:00+08:00")}},
                m_now, &newCustomer, &error));
            QVERIFY2(wf.assess(newCustomer,
                               {{QStringLiteral("complexity"), QStringLiteral("simple")},
                                {QStringLiteral("planned_days"), 1.0},
                                {QStringLiteral("knowhow_risk"), QStringLiteral("normal")},
                                {QStringLiteral("safety_risk"), QStringLiteral("low")},
                                {QStringLiteral("planned_start"), QStringLiteral("2026-11-19")},
                                {QStringLiteral("planned_end"), QStringLiteral("2026-11-19")}},
                               &error),
                     qPrintable(error.message));
        }
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(w.currentArea(), QStringLiteral("start"));
        auto *list = child<QTreeWidget>(&w, QStringLiteral("deadlineList"));
        QTRY_VERIFY(list->isVisible());
        QStringList kinds;
        QTreeWidgetItem *overdue = nullptr;
        int overdueCount = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            overdueCount += item->data(0, Qt::UserRole + 1).toString() == QLatin1String("overdue");
            // The demo customers' proactive visits by tier are listed too (never visited here);
            // this test is about the task's own deadlines.
            if (item->data(0, Qt::UserRole + 2).toString() == QLatin1String("proactive"))
                continue;
            kinds << item->data(0, Qt::UserRole + 2).toString() + QLatin1Char(':') +
                         item->data(0, Qt::UserRole + 1).toString();
            if (item->data(0, Qt::UserRole + 1).toString() == QLatin1String("overdue") && !overdue)
                overdue = item;
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{"briefing:overdue", "nda:overdue", "registration:done_late"}));
        // Overdue first, in red.
        QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole + 1).toString(),
                 QStringLiteral("overdue"));
        QCOMPARE(overdue->foreground(3).color(), QColor(0xc6, 0x28, 0x28));
        QVERIFY(child<QLabel>(&w, QStringLiteral("deadlineSummary"))
                    ->text()
                    .contains(QStringLiteral("%1 overdue").arg(overdueCount)));

        // A click opens the task.
        const QRect rect = list->visualItemRect(overdue);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(w.taskPage()->isVisible());
        QCOMPARE(w.taskPage()->taskId(), newCustomer);
        QCOMPARE(w.currentArea(), QStringLiteral("tasks"));
    }

    void personAtThisDesk()
    {
        // Nobody is chosen in a list: the acting person is whoever entered their PIN.
        createDb();
        auto db = openDb();
        SettingsDialog dialog(nullptr, db.get());
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("currentPersonCombo")));
        auto *acting = child<QLabel>(&dialog, QStringLiteral("actingPersonLabel"));
        QVERIFY2(acting->text().contains(QStringLiteral("Robert")), qPrintable(acting->text()));
        QCOMPARE(AppSettings().currentPersonId(), person("Robert"));
        DeskSession::instance().clear();
        QVERIFY(AppSettings().currentPersonId().isEmpty());
        DeskSession::instance().add(DemoKeys::unlocked(QStringLiteral("Robert")));
    }

    void lockKeepsTheAssessment()
    {
        createDb();
        QString id;
        {
            auto db = openDb();
            Error error;
            QVERIFY(TaskWorkflow(*db).registerTask(
                {{QStringLiteral("customer_id"), customer("北京至毅科技有限公司")},
                 {QStringLiteral("type"), QStringLiteral("audit")},
                 {QStringLiteral("priority"), QStringLiteral("P1")},
                 {QStringLiteral("requested_at"), QStringLiteral("2026-11-20T08:00:00+08:00")}},
                m_now, &id, &error));
        }
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.taskScreens()->openTask(id);
        TaskPage *page = w.taskPage();
        QTRY_VERIFY(page->isVisible());
        auto *days = child<QDoubleSpinBox>(page, QStringLiteral("plannedDaysSpin"));
        days->setValue(6);
        w.lock();
        w.setDatabase(openDb());
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(days->value(), 6.0);
        QVERIFY(days->isEnabled());
        QCOMPARE(page->taskId(), id);
    }

    void lockKeepsTheTypedRequest()
    {
        createDb();
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showArea(QStringLiteral("tasks"));
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(w.taskScreens()->intakeDialog());
        child<QLineEdit>(w.taskScreens()->intakeDialog(), QStringLiteral("subjectEdit"))
            ->setText(QStringLiteral("锁定前输入"));
        w.lock();
        QTRY_VERIFY(!w.taskScreens()->intakeDialog());
        w.setDatabase(openDb());
        QTRY_VERIFY(w.taskScreens()->intakeDialog());
        QCOMPARE(child<QLineEdit>(w.taskScreens()->intakeDialog(), QStringLiteral("subjectEdit"))
                     ->text(),
                 QStringLiteral("锁定前输入"));
        w.taskScreens()->intakeDialog()->reject();
    }
};

QTEST_MAIN(TestGuiTaskFlow)
#include "tst_gui_taskflow.moc"
