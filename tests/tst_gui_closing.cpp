#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoTasks.h"
#include "app/models/RecordTableModel.h"
#include "app/people/DeskSession.h"
#include "app/people/SealedText.h"
#include "app/search/SearchIndex.h"
#include "app/signing/RecordSigning.h"
#include "app/utils/AppSettings.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "tests/GuiTestUtil.h"
#include "ui/closing/CallbackEditor.h"
#include "ui/closing/ClosingScreens.h"
#include "ui/closing/ServiceReportEditor.h"
#include "ui/desk/DeskClock.h"
#include "ui/desk/MainWindow.h"
#include "ui/knowhow/KnowhowScreens.h"
#include "ui/knowhow/LibrarySearchPage.h"
#include "ui/records/FormFieldEditor.h"
#include "ui/records/RecordEditors.h"
#include "ui/records/RecordForm.h"
#include "ui/records/RecordListPage.h"
#include "ui/tasks/TaskPage.h"
#include "ui/tasks/TaskScreens.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// The closing forms through the real widgets on the demo data: a call-back typed in from the
// task page (48 h limit, NPS group, a score out of range refused at its field with nothing
// saved, a score below 7 opening the improvement plan with its 90-day date); a service report
// pre-filled from its task whose know-how feedback becomes a library entry in one step; L3
// entries opened or refused (and audited) by who sits at the desk; the library's search.
class TestGuiClosing : public QObject
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
    void createDb()
    {
        m_path = m_dir.filePath(QStringLiteral("closing%1.fdb").arg(++m_count));
        Database db;
        Error error;
        if (!db.create(m_path, m_pass, &error) || !DemoData::load(db, &error))
            qFatal("cannot create: %s", qPrintable(error.message));
    }
    std::unique_ptr<Database> openDb() { return GuiTestUtil::openDatabase(m_path, m_pass); }
    static int count(Database &db, const char *table, const QString &taskId)
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE task_id = ? AND deleted = 0")
                      .arg(QLatin1String(table)));
        q.addBindValue(taskId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    static QLineEdit *line(RecordForm *form, const char *key)
    {
        auto *edit = qobject_cast<QLineEdit *>(form->editor(QLatin1String(key))->widget());
        if (!edit)
            qFatal("no line edit for %s", key);
        return edit;
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    // Chinese arrives the way an input method delivers it: as committed text.
    static void type(QPlainTextEdit *edit, const QString &text)
    {
        edit->setFocus();
        QInputMethodEvent event;
        event.setCommitString(text);
        QCoreApplication::sendEvent(edit, &event);
    }
    static QString storedBody(Database &db, const QString &id)
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT body FROM knowhow WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    static QPlainTextEdit *text(RecordForm *form, const char *key)
    {
        return qobject_cast<QPlainTextEdit *>(form->editor(QLatin1String(key))->widget());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        DeskClock::setFixedNow(m_now);
        AppSettings settings;
        settings.setAutoLockMinutes(0);
        createDb();
    }

    void callbackThroughWidgets()
    {
        DeskSession::instance().add(
            DemoKeys::unlocked(QStringLiteral("盛转红"))); // 盛转红 entered their PIN
        const QString task = DemoTasks::taskId(3);         // reporting, no call-back yet
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.taskScreens()->openTask(task);
        auto *button = w.taskPage()->findChild<QPushButton *>(QStringLiteral("callbackButton"));
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *editor = qobject_cast<CallbackEditor *>(w.recordEditors()->currentEditor());
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        RecordForm *form = editor->form();
        const QVariantMap values = form->values();
        QCOMPARE(values.value(QStringLiteral("task_id")).toString(), task);
        QCOMPARE(values.value(QStringLiteral("caller_id")).toString(), person("盛转红"));
        // The 48 h limit after leaving the site, shown under the call time.
        auto *dueNote = form->findChild<QLabel *>(QStringLiteral("note_called_at"));
        QVERIFY(dueNote->text().contains(QStringLiteral("48 h")));
        // Only sales and admin staff are offered as callers.
        auto *callers = qobject_cast<QComboBox *>(form->editor("caller_id")->widget());
        QStringList offered;
        for (int i = 0; i < callers->count(); ++i)
            offered << callers->itemText(i);
        QVERIFY(offered.join(QLatin1Char('|')).contains(QStringLiteral("王婧")));
        QVERIFY(!offered.join(QLatin1Char('|')).contains(QStringLiteral("Robert")));

        QTest::keyClicks(line(form, "contact"), QStringLiteral("Manager"));
        // Out of range: refused at the field as typed, and on saving nothing is written.
        retype(line(form, "satisfaction"), QStringLiteral("11"));
        QVERIFY(!form->errorText(QStringLiteral("satisfaction")).isEmpty());
        QVERIFY(!form->isRowVisible(QStringLiteral("improvement_plan")));
        QVERIFY(!editor->save());
        QCOMPARE(count(*w.database(), "callbacks", task), 0);
        QVERIFY(editor->isVisible());

        retype(line(form, "satisfaction"), QStringLiteral("8"));
        QVERIFY(form->errorText(QStringLiteral("satisfaction")).isEmpty());
        retype(line(form, "nps"), QStringLiteral("9"));
        QTRY_VERIFY(editor->summaryLabel()->text().contains(QStringLiteral("Promoter")));
        QVERIFY(!form->isRowVisible(QStringLiteral("improvement_plan")));
        retype(line(form, "nps"), QStringLiteral("7"));
        QTRY_VERIFY(editor->summaryLabel()->text().contains(QStringLiteral("Passive")));
        QVERIFY(!form->isRowVisible(QStringLiteral("improvement_plan")));
        // Below 7: the improvement plan opens with its follow-up 90 days after the call.
        retype(line(form, "nps"), QStringLiteral("6"));
        QTRY_VERIFY(editor->summaryLabel()->text().contains(QStringLiteral("Detractor")));
        QVERIFY(form->isRowVisible(QStringLiteral("improvement_plan")));
        QVERIFY(form->isRowVisible(QStringLiteral("improvement_due")));
        const QDate called =
            QDateTime::fromString(form->values().value(QStringLiteral("called_at")).toString(),
                                  Qt::ISODate)
                .date(); // in the call's own offset (China time), whatever the computer's zone
        const QString due = called.addDays(90).toString(Qt::ISODate);
        QCOMPARE(form->values().value(QStringLiteral("improvement_due")).toString(), due);
        // The plan itself is required then: refused at its field, nothing saved.
        QVERIFY(!editor->save());
        QVERIFY(!form->errorText(QStringLiteral("improvement_plan")).isEmpty());
        QCOMPARE(count(*w.database(), "callbacks", task), 0);
        type(text(form, "improvement_plan"), QStringLiteral("KC 与 Robert 回访客户"));
        QVERIFY(editor->save());
        QCOMPARE(count(*w.database(), "callbacks", task), 1);

        QSqlQuery q(w.database()->sql());
        q.prepare(QStringLiteral("SELECT satisfaction, nps, improvement_due, improvement_plan, "
                                 "caller_id, contact FROM callbacks WHERE task_id = ?"));
        q.addBindValue(task);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 8);
        QCOMPARE(q.value(1).toInt(), 6);
        QCOMPARE(q.value(2).toString(), due);
        QCOMPARE(q.value(3).toString(), QStringLiteral("KC 与 Robert 回访客户"));
        QCOMPARE(q.value(4).toString(), person("盛转红"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("Manager"));
        editor->discard();
        // The list shows it: the demo's 47 call-backs (2 of the current tasks, 45 of the
        // fifteen months of history the KPIs read) and this one.
        QTRY_COMPARE(w.listPage(QStringLiteral("callbacks"))->model()->rowCount(), 48);
    }

    void serviceReportDraftAndKnowhow()
    {
        DeskSession::instance().add(
            DemoKeys::unlocked(QStringLiteral("Robert"))); // Robert entered their PIN
        const QString task = DemoTasks::taskId(4);         // on site, no report yet
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QCOMPARE(count(*w.database(), "service_reports", task), 0);
        w.closingScreens()->openServiceReportForTask(task);
        auto *editor = qobject_cast<ServiceReportEditor *>(w.recordEditors()->currentEditor());
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        RecordForm *form = editor->form();
        // Pre-filled from the task, its brief and daily reports.
        QCOMPARE(form->values().value(QStringLiteral("task_id")).toString(), task);
        QVERIFY(!form->values().value(QStringLiteral("summary")).toString().isEmpty());
        QVERIFY(!form->values().value(QStringLiteral("settlement")).toString().isEmpty());
        QVERIFY(editor->dueLabel()->text().contains(QStringLiteral("3rd working day")));

        type(text(form, "knowhow_feedback"),
             QStringLiteral("1. 颗粒来源：先查过滤器滤芯。\n2. 客户专属清洗参数窗口"));
        QTRY_VERIFY(editor->knowhowBox()->findChild<QWidget *>(QStringLiteral("knowhowItem_1")));
        QWidget *second =
            editor->knowhowBox()->findChild<QWidget *>(QStringLiteral("knowhowItem_1"));
        auto *level = second->findChild<QComboBox *>(QStringLiteral("knowhowLevel"));
        level->setCurrentIndex(level->findData(QStringLiteral("L3")));
        QTest::mouseClick(second->findChild<QPushButton *>(QStringLiteral("knowhowAdd")),
                          Qt::LeftButton);
        // The report was saved first, then the entry points at it and its task.
        QCOMPARE(count(*w.database(), "service_reports", task), 1);
        QSqlQuery q(w.database()->sql());
        q.prepare(QStringLiteral("SELECT title, level, task_ids, body FROM knowhow WHERE "
                                 "source_report_id = ?"));
        q.addBindValue(editor->recordId());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("客户专属清洗参数窗口"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("L3"));
        QCOMPARE(FieldCodec::listValues(q.value(2)), QStringList{task});
        // Its text is stored sealed (to Robert, KC and the task's engineers).
        QVERIFY(SealedText::isSealed(q.value(3).toString()));
        QVERIFY(!q.value(3).toString().contains(QStringLiteral("清洗参数")));
        QVERIFY(!q.next());
        // The library list has it, and the item says so.
        QTRY_COMPARE(w.listPage(QStringLiteral("knowhow"))->model()->rowCount(), 4);
        QTRY_VERIFY(editor->knowhowBox()->findChild<QLabel *>(QStringLiteral("knowhowDone")));
        editor->discard();
    }

    void correctionDraftKeepsTheSignedDeadline()
    {
        // Task 1's service report was signed on time; its correction draft is not signed, but
        // replaces nothing yet, so the deadline is still met by the signed revision.
        DeskSession::instance().add(DemoKeys::unlocked(QStringLiteral("Robert")));
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QString report =
            DemoData::idFor(QStringLiteral("service_report"), QStringLiteral("1"));
        QString draft;
        Error error;
        QVERIFY2(RecordSigning(*w.database())
                     .correct(*RecordCatalog::byTable(QStringLiteral("service_reports")), report,
                              QStringLiteral("补记客户反馈。"), &draft, &error),
                 qPrintable(error.message));
        auto *editor = qobject_cast<ServiceReportEditor *>(
            w.recordEditors()->openEditor(QStringLiteral("service_reports"), draft));
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QTRY_VERIFY2(editor->dueLabel()->text().contains(QStringLiteral("Signed on time")),
                     qPrintable(editor->dueLabel()->text()));
        editor->discard();
    }

    void l3AccessAndSearch()
    {
        const QString l3 =
            DemoData::idFor(QStringLiteral("knowhow"), QStringLiteral("saide-window"));
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        KnowhowScreens *screens = w.knowhowScreens();
        // 周文彬 is an engineer, but not on task 0002: refused, told why and who may open it.
        DeskSession::instance().add(
            DemoKeys::unlocked(QStringLiteral("周文彬"))); // 周文彬 entered their PIN
        QVERIFY(!screens->openEntry(l3));
        QTRY_VERIFY(screens->refusal() && screens->refusal()->isVisible());
        QVERIFY(screens->refusal()->text().contains(QStringLiteral("Robert")));
        QVERIFY(screens->refusal()->text().contains(QStringLiteral("周文彬")));
        QVERIFY(!w.recordEditors()->currentEditor());
        QCOMPARE(AuditLog(*w.database()).entries().constLast().action,
                 QStringLiteral("l3_refused"));
        screens->refusal()->close();
        // 林国栋 is assigned to it: the entry opens.
        DeskSession::instance().add(
            DemoKeys::unlocked(QStringLiteral("林国栋"))); // 林国栋 entered their PIN
        QVERIFY(screens->openEntry(l3));
        QCOMPARE(AuditLog(*w.database()).entries().constLast().action, QStringLiteral("l3_access"));
        QTRY_VERIFY(w.recordEditors()->currentEditor());
        // The database holds the sealed form; the editor shows the text opened with his key.
        QVERIFY(SealedText::isSealed(storedBody(*w.database(), l3)));
        QVERIFY(!storedBody(*w.database(), l3).contains(QStringLiteral("搅拌时间")));
        QVERIFY(text(w.recordEditors()->currentEditor()->form(), "body")
                    ->toPlainText()
                    .contains(QStringLiteral("搅拌时间与温度窗口")));
        w.recordEditors()->currentEditor()->discard();

        // Search: a Chinese substring finds know-how and reports; L3 text is never found.
        LibrarySearchPage *search = screens->searchPage();
        QVERIFY(search);
        search->searchEdit()->setText(QStringLiteral("膜厚"));
        search->search();
        QVERIFY(search->results()->rowCount() >= 2);
        QStringList kinds;
        for (int r = 0; r < search->results()->rowCount(); ++r)
            kinds << search->results()->item(r, 0)->data(Qt::UserRole).toString();
        QVERIFY(kinds.contains(QStringLiteral("knowhow")));
        QVERIFY(kinds.contains(QStringLiteral("daily_reports")));
        // "参数窗口" is in service report 0002 and in the titles of the L3 entries only.
        search->searchEdit()->setText(QStringLiteral("参数窗口"));
        search->search();
        QVERIFY(search->results()->rowCount() >= 1);
        for (int r = 0; r < search->results()->rowCount(); ++r) {
            const QTableWidgetItem *item = search->results()->item(r, 0);
            QCOMPARE(item->data(Qt::UserRole).toString(), QStringLiteral("service_reports"));
        }
        search->searchEdit()->setText(QStringLiteral("搅拌时间与温度"));
        search->search();
        QCOMPARE(search->results()->rowCount(), 0);
        // A hit opens its record.
        search->searchEdit()->setText(QStringLiteral("膜厚"));
        search->search();
        const int row = int(kinds.indexOf(QStringLiteral("knowhow")));
        emit search->results()->cellActivated(row, 0);
        QTRY_VERIFY(w.recordEditors()->currentEditor());
        QCOMPARE(w.recordEditors()->currentEditor()->kind().array, QStringLiteral("knowhow"));
        w.recordEditors()->currentEditor()->discard();
    }

    void l3AsksWhoThenTheirPin()
    {
        // Nobody has entered a PIN since the desk was unlocked: opening an L3 entry asks who
        // opens it, then that person's PIN; a wrong PIN is refused and shows nothing of the
        // entry; the right one opens the text with KC's key, and KC is the audit's actor.
        DeskSession::instance().clear();
        const QString l3 =
            DemoData::idFor(QStringLiteral("knowhow"), QStringLiteral("saide-window"));
        MainWindow w(openDb());
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QStringList seen;
        QSet<QObject *> handled;
        bool wrongTried = false;
        QTimer driver;
        driver.setInterval(50);
        connect(&driver, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || handled.contains(modal))
                return;
            auto *ask = qobject_cast<QInputDialog *>(modal);
            if (ask && !ask->comboBoxItems().isEmpty()) {
                handled.insert(modal);
                seen << QStringLiteral("who");
                QVERIFY(ask->comboBoxItems().contains(QStringLiteral("KC")));
                ask->setTextValue(QStringLiteral("KC"));
                ask->accept();
            } else if (modal->objectName() == QLatin1String("pinPrompt")) {
                auto *pin = modal->findChild<QLineEdit *>(QStringLiteral("pinEdit"));
                auto *problem = modal->findChild<QLabel *>(QStringLiteral("pinError"));
                if (!wrongTried) {
                    wrongTried = true;
                    seen << QStringLiteral("wrong pin");
                    pin->setText(QStringLiteral("135799"));
                    QMetaObject::invokeMethod(modal, "accept");
                } else if (pin->isEnabled() && problem->text().contains(QLatin1String("Wrong"))) {
                    handled.insert(modal);
                    seen << QStringLiteral("pin");
                    // Refused: no editor, nothing of the entry's text anywhere on screen.
                    QVERIFY(!w.recordEditors()->currentEditor());
                    QVERIFY(!problem->text().contains(QStringLiteral("搅拌")));
                    pin->setText(QString::fromLatin1(DemoKeys::Pin));
                    QMetaObject::invokeMethod(modal, "accept");
                }
            }
        });
        driver.start();
        QVERIFY(w.knowhowScreens()->openEntry(l3));
        driver.stop();
        QCOMPARE(seen, (QStringList{QStringLiteral("who"), QStringLiteral("wrong pin"),
                                    QStringLiteral("pin")}));
        QCOMPARE(DeskSession::instance().actingPersonId(), person("KC"));
        QTRY_VERIFY(w.recordEditors()->currentEditor());
        QVERIFY(text(w.recordEditors()->currentEditor()->form(), "body")
                    ->toPlainText()
                    .contains(QStringLiteral("搅拌时间与温度窗口")));
        const QList<AuditLog::Entry> entries = AuditLog(*w.database()).entries();
        QCOMPARE(entries.constLast().action, QStringLiteral("l3_access"));
        QVERIFY(entries.constLast().detail.contains(person("KC")));
        QCOMPARE(entries.constLast().actor, QStringLiteral("KC"));
        bool pinRefused = false;
        for (const AuditLog::Entry &e : entries)
            pinRefused = pinRefused || e.action == QLatin1String("pin_refused");
        QVERIFY(pinRefused);
        w.recordEditors()->currentEditor()->discard();
    }
};

QTEST_MAIN(TestGuiClosing)
#include "tst_gui_closing.moc"
