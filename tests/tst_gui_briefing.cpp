#include "app/catalog/FieldCodec.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoTasks.h"
#include "app/people/DeskSession.h"
#include "app/search/SearchIndex.h"
#include "app/utils/AppSettings.h"
#include "app/workflow/TaskWorkflow.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "tests/GuiTestUtil.h"
#include "ui/briefing/BriefingAgendaPanel.h"
#include "ui/briefing/BriefingMeetingPanel.h"
#include "ui/briefing/BriefingPackPage.h"
#include "ui/briefing/BriefingPage.h"
#include "ui/briefing/BriefingScreens.h"
#include "ui/briefing/KnowhowBoundaryPanel.h"
#include "ui/briefing/PpePanel.h"
#include "ui/briefing/PreTripPanel.h"
#include "ui/desk/DeskClock.h"
#include "ui/desk/MainWindow.h"
#include "ui/records/RecordListPage.h"
#include "ui/tasks/TaskPage.h"
#include "ui/tasks/TaskScreens.h"
#include "ui/widgets/CheckList.h"
#include "ui/widgets/OptionalDateTimeEdit.h"

#include "app/utils/RecordTime.h"
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <QtTest>

// The mission brief QEF-10-01 through the real widgets, on the demo data: opened from the task
// page and from the brief list; filled in; "Mark briefed" held back with the blockers listed
// until the boundary is acknowledged and the meeting moved into the 24 h before departure;
// refusals shown at their field with nothing saved; PPE derived from the safety risk (HF kit
// for an HF site); the briefing pack and its "read" mark.
using GuiTestUtil::child;

class TestGuiBriefing : public QObject
{
    Q_OBJECT
private:
    const QString m_pass = QStringLiteral("correct horse battery");
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    int m_count = 0;
    QString m_path;
    // The day before task 0006's planned start (2026-11-27).
    const QDateTime m_now =
        QDateTime::fromString(QStringLiteral("2026-11-26T10:00:00+08:00"), Qt::ISODate);

    static QString person(const char *name)
    {
        return DemoData::idFor(QStringLiteral("person"), QString::fromUtf8(name));
    }
    // The demo data; task 0006 (approved, no brief) gets Robert as its engineer.
    void createDb()
    {
        m_path = m_dir.filePath(QStringLiteral("brief%1.fdb").arg(++m_count));
        Database db;
        Error error;
        if (!db.create(m_path, m_pass, &error) || !DemoData::load(db, &error) ||
            !TaskWorkflow(db).assignEngineers(DemoTasks::taskId(6), {person("Robert")},
                                              m_now.date(), &error))
            qFatal("cannot create: %s", qPrintable(error.message));
    }
    std::unique_ptr<Database> openDb() { return GuiTestUtil::openDatabase(m_path, m_pass); }
    static QVariantMap record(Database &db, const char *table, const QString &id)
    {
        QVariantMap out;
        RecordStore(db).get(QString::fromLatin1(table), id, &out, nullptr);
        return out;
    }
    static int briefCount(Database &db, const QString &taskId)
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM briefings WHERE task_id = ?"));
        q.addBindValue(taskId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    // Opens the brief of a task the way a person does: task page, "Mission brief…".
    static BriefingPage *openFromTaskPage(MainWindow &w, const QString &taskId)
    {
        w.taskScreens()->openTask(taskId);
        auto *button = child<QPushButton>(w.taskPage(), QStringLiteral("briefingButton"));
        if (!button->isEnabled())
            qFatal("the brief cannot be opened: %s", qPrintable(button->toolTip()));
        QTest::mouseClick(button, Qt::LeftButton);
        return w.briefingScreens()->page();
    }
    // Chinese arrives the way an input method delivers it: as committed text.
    static void type(QPlainTextEdit *edit, const QString &text)
    {
        edit->setFocus();
        QInputMethodEvent event;
        event.setCommitString(text);
        QCoreApplication::sendEvent(edit, &event);
    }
    static void setTime(OptionalDateTimeEdit *edit, const QDateTime &at)
    {
        if (edit->checkBox() && !edit->checkBox()->isChecked())
            QTest::mouseClick(edit->checkBox(), Qt::LeftButton);
        // The edit shows the record's China wall clock, whatever the computer's zone.
        edit->edit()->setDateTime(RecordTime::wallClock(at));
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
        createDb();
    }

    void fillBriefAndMarkBriefed()
    {
        const QString task = DemoTasks::taskId(6);
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        BriefingPage *page = openFromTaskPage(w, task);
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->taskId(), task);
        QCOMPARE(w.currentArea(), QStringLiteral("briefing"));
        QVERIFY(child<QLabel>(page, QStringLiteral("briefingTaskNumber"))
                    ->text()
                    .contains(QStringLiteral("LITH-FE-2026-0006")));
        QVERIFY(child<QLabel>(page, QStringLiteral("briefingTaskDetails"))
                    ->text()
                    .contains(QStringLiteral("Robert")));
        // Nothing saved yet; the departure is proposed from the planned start.
        QCOMPARE(briefCount(*w.database(), task), 0);
        BriefingMeetingPanel *meeting = page->meeting();
        QCOMPARE(meeting->departureEdit()->dateTime(), QDateTime(QDate(2026, 11, 27), QTime(8, 0)));
        QVERIFY(meeting->attendees()->checkedValues().contains(person("Robert")));

        // Fill the brief: the meeting two days early, the agenda, the pre-trip checks.
        setTime(meeting->meetingEdit(), QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
        QCOMPARE(meeting->ruleLabel()->property("inTime"), QVariant(false));
        QVERIFY2(meeting->ruleLabel()->text().contains(QStringLiteral("24 h")),
                 qPrintable(meeting->ruleLabel()->text()));
        meeting->attendees()->itemForValue(person("王婧"))->setCheckState(Qt::Checked);
        BriefingAgendaPanel *agenda = page->agenda();
        type(agenda->textEdit(QStringLiteral("background")),
             QStringLiteral("B 级主力客户，上次培训已结案。"));
        type(agenda->textEdit(QStringLiteral("objectives")),
             QStringLiteral("陪同客户审厂，当天完成问题清单答复。"));
        type(agenda->textEdit(QStringLiteral("special_requirements")),
             QStringLiteral("着公司工作服。"));
        QTableWidget *boundary = agenda->knowhowBoundary()->table();
        QCOMPARE(boundary->rowCount(), 5);
        QCOMPARE(boundary->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(page->preTrip()->check(QStringLiteral("id_card")));
        QTest::mouseClick(page->tabs()->tabBar(), Qt::LeftButton, {},
                          page->tabs()->tabBar()->tabRect(1).center());
        QTest::mouseClick(page->preTrip()->check(QStringLiteral("id_card")), Qt::LeftButton);
        type(page->preTrip()->arrivalNotes(), QStringLiteral("08:30 一号门，质量经理接待。"));

        // Blocked: the boundary is not acknowledged and the meeting is too early.
        auto *markBriefed = child<QPushButton>(page, QStringLiteral("markBriefedButton"));
        auto *blockers = child<QLabel>(page, QStringLiteral("blockersLabel"));
        QTRY_VERIFY(page->blockers().size() == 2);
        QVERIFY(!markBriefed->isEnabled());
        QVERIFY2(blockers->text().contains(QStringLiteral("know-how boundary")),
                 qPrintable(blockers->text()));
        QVERIFY2(blockers->text().contains(QStringLiteral("within 24 h")),
                 qPrintable(blockers->text()));
        // The dry run wrote nothing.
        QCOMPARE(briefCount(*w.database(), task), 0);

        // Save: the brief is there, still blocked.
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveBriefingButton")),
                          Qt::LeftButton);
        QCOMPARE(briefCount(*w.database(), task), 1);
        QVERIFY(!page->isDirty());
        QVariantMap brief = record(*w.database(), "briefings", page->briefingId());
        QCOMPARE(brief.value(QStringLiteral("objectives")).toString(),
                 QStringLiteral("陪同客户审厂，当天完成问题清单答复。"));
        QCOMPARE(brief.value(QStringLiteral("pretrip_confirmed")).toString(),
                 QStringLiteral("[\"id_card\"]"));
        QVERIFY(brief.value(QStringLiteral("attendee_ids")).toString().contains(person("王婧")));
        QVERIFY(!markBriefed->isEnabled());

        // Acknowledge and move the meeting into the 24 h before departure.
        page->tabs()->setCurrentIndex(0);
        QCheckBox *ack = agenda->knowhowBoundary()->acknowledgement();
        page->findChild<QScrollArea *>()->ensureWidgetVisible(ack);
        QTest::mouseClick(ack, Qt::LeftButton, {}, QPoint(8, ack->height() / 2));
        QVERIFY(ack->isChecked());
        QTRY_COMPARE(page->blockers().size(), 1);
        setTime(meeting->meetingEdit(), QDateTime(QDate(2026, 11, 26), QTime(16, 0)));
        QCOMPARE(meeting->ruleLabel()->property("inTime"), QVariant(true));
        QTRY_VERIFY(markBriefed->isEnabled());
        QVERIFY(page->blockers().isEmpty());

        QTest::mouseClick(markBriefed, Qt::LeftButton);
        QCOMPARE(record(*w.database(), "tasks", task).value(QStringLiteral("state")).toString(),
                 QStringLiteral("briefed"));
        brief = record(*w.database(), "briefings", page->briefingId());
        QCOMPARE(brief.value(QStringLiteral("knowhow_boundary_ack")).toInt(), 1);
        QCOMPARE(QDateTime::fromString(brief.value(QStringLiteral("meeting_at")).toString(),
                                       Qt::ISODate),
                 QDateTime(QDate(2026, 11, 26), QTime(16, 0)));
        QVERIFY(!markBriefed->isEnabled());
        QVERIFY(child<QLabel>(page, QStringLiteral("briefingMessage"))->isVisible());
        QCOMPARE(briefCount(*w.database(), task), 1);
        // The brief is found by full-text search at once.
        const QList<SearchHit> hits =
            SearchIndex(*w.database()).search(QStringLiteral("问题清单"), 5);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, page->briefingId());
    }

    void refusalsShownAtTheFieldNothingSaved()
    {
        const QString task = DemoTasks::taskId(7); // assessed, no brief
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.briefingScreens()->openForTask(task);
        BriefingPage *page = w.briefingScreens()->page();
        QTRY_VERIFY(page->isVisible());
        // Not approved yet: said among the blockers.
        QTRY_VERIFY(!page->blockers().isEmpty());
        QVERIFY(page->blockers().first().contains(QStringLiteral("not approved")));
        // A meeting after the departure is refused at the meeting time.
        setTime(page->meeting()->meetingEdit(), QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
        setTime(page->meeting()->departureEdit(), QDateTime(QDate(2026, 11, 22), QTime(8, 0)));
        QVERIFY(!page->save());
        auto *meetingError = child<QLabel>(page, QStringLiteral("meeting_atError"));
        QVERIFY(meetingError->isVisible());
        QVERIFY2(meetingError->text().contains(QStringLiteral("after the departure")),
                 qPrintable(meetingError->text()));
        QCOMPARE(briefCount(*w.database(), task), 0);
        // Too long a text: at that field, on its tab.
        setTime(page->meeting()->departureEdit(), QDateTime(QDate(2026, 11, 23), QTime(18, 0)));
        page->tabs()->setCurrentIndex(2);
        page->preTrip()->siteNotes()->setPlainText(QString(20001, QChar(0x5B57)));
        QVERIFY(!page->save());
        QCOMPARE(page->tabs()->currentIndex(), 1);
        QVERIFY(!meetingError->isVisible());
        QVERIFY(child<QLabel>(page, QStringLiteral("site_conditionsError"))->isVisible());
        QCOMPARE(briefCount(*w.database(), task), 0);
        QVERIFY(page->isDirty());
        page->preTrip()->siteNotes()->setPlainText(QStringLiteral("入厂须提前一天申请。"));
        QVERIFY(page->save());
        QCOMPARE(briefCount(*w.database(), task), 1);
        QVERIFY(!child<QLabel>(page, QStringLiteral("site_conditionsError"))->isVisible());
    }

    void ppeFollowsTheSafetyRisk()
    {
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        // Task 0004 is at an HF site: everything of "high" plus the HF first-aid kit.
        w.briefingScreens()->openForTask(DemoTasks::taskId(4));
        BriefingPage *page = w.briefingScreens()->page();
        QTRY_VERIFY(page->isVisible());
        PpePanel *ppe = page->agenda()->ppe();
        QCOMPARE(ppe->itemKeys().size(), 10);
        QVERIFY(ppe->itemKeys().contains(QStringLiteral("hf_first_aid_kit")));
        QVERIFY(ppe->itemKeys().contains(QStringLiteral("full_face_respirator")));
        auto *kit = child<QLabel>(ppe, QStringLiteral("ppe_hf_first_aid_kit"));
        QVERIFY(kit->text().contains(QStringLiteral("calcium gluconate")));
        QVERIFY(kit->text().contains(QStringLiteral("<b>"))); // highlighted
        QVERIFY(!kit->styleSheet().isEmpty());
        // Task 0003 is low risk: three items, no kit. Its brief is already there.
        w.briefingScreens()->openForTask(DemoTasks::taskId(3));
        QCOMPARE(page->taskId(), DemoTasks::taskId(3));
        QCOMPARE(ppe->itemKeys(), QStringList({"safety_shoes", "helmet", "work_clothes"}));
        QVERIFY(!ppe->findChild<QLabel *>(QStringLiteral("ppe_hf_first_aid_kit")));
        QCOMPARE(page->agenda()->textEdit(QStringLiteral("objectives"))->toPlainText(),
                 QStringLiteral("10 名操作员完成剥离制程培训并通过测验。"));
        // Past the briefing: nothing to mark.
        QTRY_VERIFY(child<QLabel>(page, QStringLiteral("blockersLabel"))
                        ->text()
                        .contains(QStringLiteral("Marked briefed")));
        QVERIFY(!child<QPushButton>(page, QStringLiteral("markBriefedButton"))->isEnabled());
    }

    void openedFromTheBriefList()
    {
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showArea(QStringLiteral("briefing"));
        RecordListPage *list = w.listPage(QStringLiteral("briefings"));
        QVERIFY(list);
        QTRY_VERIFY(list->view()->model()->rowCount() >= 5);
        for (QWidget *up = list->parentWidget(); up; up = up->parentWidget()) {
            if (auto *tabs = qobject_cast<QTabWidget *>(up)) {
                tabs->setCurrentWidget(list);
                break;
            }
        }
        QTableView *view = list->view();
        QTRY_VERIFY(view->isVisible());
        const QModelIndex first = view->model()->index(0, 0);
        view->scrollTo(first);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
        const QString briefId = list->currentRecordId();
        QVERIFY(!briefId.isEmpty());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
        BriefingPage *page = w.briefingScreens()->page();
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->briefingId(), briefId);
        // Back to its task.
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("backToTaskButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(w.taskPage()->isVisible());
        QCOMPARE(w.taskPage()->taskId(), page->taskId());
    }

    void packShowsWhatIsKnownAndRecordsTheReading()
    {
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QString task = DemoTasks::taskId(6);
        w.briefingScreens()->openForTask(task);
        BriefingPage *page = w.briefingScreens()->page();
        QTRY_VERIFY(page->isVisible());
        page->tabs()->setCurrentWidget(page->pack());
        const QString text = page->pack()->view()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("北京至毅科技有限公司")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("B 主力")) || text.contains(QStringLiteral("B")));
        // The customer's other task and its brief's objectives.
        QVERIFY(text.contains(QStringLiteral("LITH-FE-2026-0003")));
        QVERIFY(text.contains(QStringLiteral("10 名操作员完成剥离制程培训并通过测验。")));
        QVERIFY(text.contains(QStringLiteral("No NDA with this customer")));
        auto *read = page->pack()->readButton();
        QVERIFY(read->isEnabled());
        QTest::mouseClick(read, Qt::LeftButton);
        const QVariantMap brief = record(*w.database(), "briefings", page->briefingId());
        QCOMPARE(QDateTime::fromString(brief.value(QStringLiteral("pack_read_at")).toString(),
                                       Qt::ISODate),
                 m_now);
        QVERIFY(FieldCodec::isIsoDateTimeWithOffset(
            brief.value(QStringLiteral("pack_read_at")).toString()));
        QVERIFY(child<QLabel>(page, QStringLiteral("packReadStatus"))
                    ->text()
                    .contains(QStringLiteral("Read on")));
    }

    void lockKeepsWhatWasTyped()
    {
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QString task = DemoTasks::taskId(8); // registered, no brief
        w.briefingScreens()->openForTask(task);
        BriefingPage *page = w.briefingScreens()->page();
        QTRY_VERIFY(page->isVisible());
        QPlainTextEdit *objectives = page->agenda()->textEdit(QStringLiteral("objectives"));
        type(objectives, QStringLiteral("锁定前输入的目标"));
        QVERIFY(page->isDirty());
        w.lock();
        QVERIFY(!page->isEnabled());
        w.setDatabase(openDb());
        QTRY_VERIFY(page->isVisible());
        QVERIFY(page->isEnabled());
        QCOMPARE(page->taskId(), task);
        QCOMPARE(objectives->toPlainText(), QStringLiteral("锁定前输入的目标"));
        QVERIFY(page->isDirty());
        // Opening the same task again keeps the typing too.
        w.briefingScreens()->openForTask(task);
        QCOMPARE(objectives->toPlainText(), QStringLiteral("锁定前输入的目标"));
        QVERIFY(page->save());
        QCOMPARE(briefCount(*w.database(), task), 1);
    }

    void similarCasesInThePack()
    {
        // A new task like the closed 0001 (uneven coating at 呈显) finds it as a similar case,
        // through its own text and its brief.
        Database db;
        QVERIFY(db.open(m_path, m_pass, nullptr));
        QString id;
        Error error;
        QVERIFY2(TaskWorkflow(db).registerTask(
                     {{QStringLiteral("customer_id"),
                       DemoData::idFor(QStringLiteral("customer"),
                                       QStringLiteral("恒煦电子材料股份有限公司"))},
                      {QStringLiteral("type"), QStringLiteral("line_support")},
                      {QStringLiteral("priority"), QStringLiteral("P1")},
                      {QStringLiteral("requested_at"), QStringLiteral("2026-11-26T09:00:00+08:00")},
                      {QStringLiteral("title"), QStringLiteral("光刻胶涂布工站厚度不均复发")}},
                     m_now, &id, &error),
                 qPrintable(error.message));
        db.close();
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.briefingScreens()->openForTask(id);
        BriefingPage *page = w.briefingScreens()->page();
        QTRY_VERIFY(page->isVisible());
        const QString text = page->pack()->view()->toPlainText();
        const int similar = text.indexOf(QStringLiteral("Similar cases"));
        QVERIFY(similar > 0);
        QVERIFY2(text.indexOf(QStringLiteral("LITH-FE-2026-0001"), similar) > similar,
                 qPrintable(text.mid(similar)));
    }
};

QTEST_MAIN(TestGuiBriefing)
#include "tst_gui_briefing.moc"
