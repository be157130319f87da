#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoDailyReports.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoSignatures.h"
#include "app/demo/DemoTasks.h"
#include "app/models/RecordTableModel.h"
#include "app/rules/DerivedFields.h"
#include "app/search/SearchIndex.h"
#include "app/signing/RecordSigning.h"
#include "app/utils/AppSettings.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "tests/GuiTestUtil.h"
#include "ui/desk/DeskClock.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/UnlockDialog.h"
#include "ui/onsite/AnomalyDialog.h"
#include "ui/onsite/AnomalyListDelegate.h"
#include "ui/onsite/AnomalyScreens.h"
#include "ui/onsite/DailyReportDialog.h"
#include "ui/onsite/DailyReportScreens.h"
#include "ui/onsite/ExpenseRowsEditor.h"
#include "ui/onsite/WorkSlotsEditor.h"
#include "ui/records/FormFieldEditor.h"
#include "ui/records/RecordForm.h"
#include "ui/records/RecordListPage.h"
#include "ui/signing/SignaturePanel.h"
#include "ui/tasks/TaskPage.h"
#include "ui/tasks/TaskScreens.h"

#include <QComboBox>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The daily report QEF-10-02 and the anomaly notice through the real widgets on the demo data:
// a report typed with the keyboard only (time slots, yesterday's plan, an expense), saved with
// its expense line on the engineer's claim; the late flag; refusals at the field with nothing
// saved (a second report for the same day, an amount with three decimals); Ctrl+Enter for the
// next report; the anomaly's live limit and the overdue rows in red.
class TestGuiDailyReport : public QObject
{
    Q_OBJECT
private:
    const QString m_pass = QStringLiteral("correct horse battery");
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_path;
    const QString m_task4 = DemoTasks::taskId(4); // on site 2026-11-20 to 11-22
    // Evening of the last on-site day (UTC, so the "local" offset is the same on any machine):
    // a report submitted now is late.
    const QDateTime m_now =
        QDateTime::fromString(QStringLiteral("2026-11-22T18:30:00Z"), Qt::ISODate);

    static QString person(const char *name) { return DemoData::personId(name); }
    std::unique_ptr<Database> openDb() { return GuiTestUtil::openDatabase(m_path, m_pass); }
    static int count(Database &db, const QString &sql)
    {
        QSqlQuery q(db.sql());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    // Chinese arrives the way an input method delivers it: as committed text.
    static void commit(QWidget *edit, const QString &text)
    {
        edit->setFocus();
        QInputMethodEvent event;
        event.setCommitString(text);
        QCoreApplication::sendEvent(edit, &event);
    }
    static QWidget *focused() { return QApplication::focusWidget(); }
    DailyReportDialog *openNew(MainWindow &w)
    {
        DailyReportDialog *dialog = w.dailyReportScreens()->openNew(m_task4);
        if (!dialog)
            qFatal("no daily report dialog");
        // The main window's own activation may still be on its way (offscreen): wait it out.
        QTest::qWait(50);
        dialog->activateWindow();
        if (!QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
            qFatal("dialog not active");
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        DeskClock::setFixedNow(m_now);
        AppSettings().setAutoLockMinutes(0);
        m_path = m_dir.filePath(QStringLiteral("daily.fdb"));
        Database db;
        Error error;
        if (!db.create(m_path, m_pass, &error) || !DemoData::load(db, &error))
            qFatal("cannot create: %s", qPrintable(error.message));
        DemoKeys::unlockAll(); // the demo people sign as if they had entered their PIN
    }

    void keyboardEntryWithExpense()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        Database &db = *w.database();
        const int reports = count(db, QStringLiteral("SELECT count(*) FROM daily_reports"));
        QPointer<DailyReportDialog> dialog = openNew(w);

        // Only the task's engineers; the first one without a report on the last on-site day.
        QComboBox *engineer = dialog->engineerBox();
        QCOMPARE(engineer->count(), 2);
        QCOMPARE(engineer->findData(person("KC")), -1);
        QCOMPARE(engineer->currentData().toString(), person("Robert"));
        QCOMPARE(dialog->editor(QStringLiteral("date"))->value().toString(),
                 QStringLiteral("2026-11-22"));
        // Submitted now, after 17:00: late, shown as such.
        QVERIFY2(dialog->lateLabel()->text().startsWith(QStringLiteral("Late")),
                 qPrintable(dialog->lateLabel()->text()));
        QVERIFY(!dialog->isModified());

        // The cursor starts in the first slot; type it, Enter opens the next one.
        WorkSlotsEditor *work = dialog->work();
        QTRY_COMPARE(focused(), work->fromEdit(0));
        QTest::keyClicks(focused(), QStringLiteral("08:30"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), work->toEdit(0));
        QTest::keyClicks(focused(), QStringLiteral("11:45"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), work->whatEdit(0));
        commit(focused(), QStringLiteral("分段取样 \U00020BB7"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(work->rowCount(), 2);
        QCOMPARE(focused(), work->fromEdit(1));
        // Yesterday's plan in one keystroke.
        QTest::keyClick(focused(), Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(work->whatEdit(1)->text(), QStringLiteral("与客户设备部确认滤芯型号"));
        QVERIFY(dialog->isModified());

        commit(dialog->editor(QStringLiteral("plan"))->widget(),
               QStringLiteral("整理颗粒计数数据"));
        // An expense of the day: Ctrl+Shift+E, then category, item, amount.
        QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        ExpenseRowsEditor *expenses = dialog->expenses();
        QCOMPARE(expenses->rowCount(), 1);
        QCOMPARE(focused(), expenses->categoryBox(0));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), expenses->descriptionEdit(0));
        commit(focused(), QStringLiteral("出租车 酒店—工厂"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), expenses->amountEdit(0));
        QTest::keyClicks(focused(), QStringLiteral("38.505"));

        // Three decimals: refused at the amount, nothing written.
        QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(dialog->errorText(QStringLiteral("expenses"))
                     .contains(QStringLiteral("two "
                                              "decimals")),
                 qPrintable(dialog->errorText(QStringLiteral("expenses"))));
        QCOMPARE(focused(), expenses->amountEdit(0));
        QVERIFY(dialog->isVisible());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM daily_reports")), reports);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM expense_claims WHERE task_id = "
                                          "'%1'")
                               .arg(m_task4)),
                 0);

        expenses->amountEdit(0)->selectAll();
        QTest::keyClicks(focused(), QStringLiteral("38.5"));
        QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!dialog);

        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM daily_reports")), reports + 1);
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id, work, plan, submitted_at FROM daily_reports "
                                      "WHERE task_id = '%1' AND engineer_id = '%2' AND date = "
                                      "'2026-11-22'")
                           .arg(m_task4, person("Robert"))));
        QVERIFY(q.next());
        const QString reportId = q.value(0).toString();
        QCOMPARE(q.value(1).toString(),
                 QStringLiteral("08:30\u201311:45 分段取样 \U00020BB7\n与客户设备部确认滤芯型号"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("整理颗粒计数数据"));
        QCOMPARE(QDateTime::fromString(q.value(3).toString(), Qt::ISODate), m_now);
        QVariantMap stored;
        QVERIFY(RecordStore(db).get(QStringLiteral("daily_reports"), reportId, &stored, nullptr));
        QCOMPARE(DerivedFields(db)
                     .compute(*RecordCatalog::byArray(QStringLiteral("daily_reports")), stored)
                     .value(QStringLiteral("late"))
                     .toBool(),
                 true);
        // The expense is a line of Robert's (new) claim for the task, in exact fen.
        QVERIFY(q.exec(QStringLiteral("SELECT l.amount, l.category, l.paid_by, l.date, "
                                      "c.claimant_id, c.task_id FROM expense_lines l JOIN "
                                      "expense_claims c ON c.id = l.claim_id WHERE "
                                      "l.daily_report_id = '%1'")
                           .arg(reportId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 3850);
        QCOMPARE(q.value(1).toString(), QStringLiteral("transport"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("company"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("2026-11-22"));
        QCOMPARE(q.value(4).toString(), person("Robert"));
        QCOMPARE(q.value(5).toString(), m_task4);
        QVERIFY(!q.next());
        // The task is remembered for the next entry.
        QCOMPARE(AppSettings().lastDailyReportTaskId(), m_task4);
        // The list shows it.
        QTRY_VERIFY(w.listPage(QStringLiteral("daily_reports"))->model()->rowOfId(reportId) >= 0);

        // Opened again from the list: slots and expense come back as saved.
        w.dailyReportScreens()->openReport(reportId);
        DailyReportDialog *again = w.dailyReportScreens()->dialog();
        QVERIFY(again);
        QCOMPARE(again->work()->slotList().first().from, QStringLiteral("08:30"));
        QCOMPARE(again->expenses()->amountEdit(0)->text(), QStringLiteral("38.50"));
        QVERIFY(!again->isModified());
        again->discard();
    }

    void duplicateRefusedAtTheDate()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        Database &db = *w.database();
        const int reports = count(db, QStringLiteral("SELECT count(*) FROM daily_reports"));
        const int lines = count(db, QStringLiteral("SELECT count(*) FROM expense_lines"));
        DailyReportDialog *dialog = openNew(w);
        dialog->engineerBox()->setCurrentIndex(dialog->engineerBox()->findData(person("林国栋")));
        dialog->editor(QStringLiteral("date"))->setValue(QStringLiteral("2026-11-21"));
        commit(dialog->work()->whatEdit(0), QStringLiteral("全天：取样"));
        dialog->expenses()->addRow();
        QTest::keyClicks(dialog->expenses()->amountEdit(0), QStringLiteral("20"));
        QTest::keyClick(dialog->work()->whatEdit(0), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(dialog->errorText(QStringLiteral("date"))
                     .contains(QStringLiteral("already has a daily report")),
                 qPrintable(dialog->errorText(QStringLiteral("date"))));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM daily_reports")), reports);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM expense_lines")), lines);
        // Typing is kept for correcting.
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->work()->whatEdit(0)->text(), QStringLiteral("全天：取样"));

        // Outside the on-site days: refused at the date as well.
        dialog->editor(QStringLiteral("date"))->setValue(QStringLiteral("2026-11-23"));
        QVERIFY(!dialog->save());
        QVERIFY2(dialog->errorText(QStringLiteral("date")).contains(QStringLiteral("on-site day")),
                 qPrintable(dialog->errorText(QStringLiteral("date"))));
        // A control character in the findings: refused at the findings.
        dialog->editor(QStringLiteral("date"))->setValue(QStringLiteral("2026-11-22"));
        commit(dialog->editor(QStringLiteral("findings"))->widget(), QStringLiteral("a\u0001b"));
        QVERIFY(!dialog->save());
        QVERIFY(!dialog->errorText(QStringLiteral("findings")).isEmpty());
        // A pasted megabyte (lines of a log): refused at the findings too.
        auto *findings =
            qobject_cast<QPlainTextEdit *>(dialog->editor(QStringLiteral("findings"))->widget());
        findings->setPlainText(
            QString(QString(99, QLatin1Char('x')) + QLatin1Char('\n')).repeated(10486));
        QVERIFY(!dialog->save());
        QVERIFY2(dialog->errorText(QStringLiteral("findings")).contains(QStringLiteral("Shorten")),
                 qPrintable(dialog->errorText(QStringLiteral("findings"))));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM daily_reports")), reports);

        // Esc asks; Cancel keeps the dialog and the typing.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QCOMPARE(box->objectName(), QStringLiteral("unsavedPrompt"));
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(dialog->work()->whatEdit(0), Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->work()->whatEdit(0)->text(), QStringLiteral("全天：取样"));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM daily_reports")), reports);
        dialog->discard();
    }

    void saveAndNext()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        Database &db = *w.database();
        const int reports = count(db, QStringLiteral("SELECT count(*) FROM daily_reports"));
        DailyReportDialog *dialog = openNew(w);
        // Robert has reported for 11-22 (above): 林国栋 is next.
        QCOMPARE(dialog->engineerBox()->currentData().toString(), person("林国栋"));
        commit(dialog->work()->whatEdit(0), QStringLiteral("全天：协助取样"));
        QTest::keyClick(dialog->work()->whatEdit(0), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(count(db, QStringLiteral("SELECT count(*) FROM daily_reports")), reports + 1);
        // The same dialog, a fresh report of the same task.
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModified());
        QCOMPARE(dialog->editor(QStringLiteral("task_id"))->value().toString(), m_task4);
        QVERIFY(dialog->work()->slotList().first().what.isEmpty());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("dailyReportSaved"))->isVisible());
        dialog->discard();
    }

    void lockKeepsTyping()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        DailyReportDialog *dialog = openNew(w);
        commit(dialog->work()->whatEdit(0), QStringLiteral("上午：复核颗粒计数"));
        dialog->expenses()->addRow();
        QTest::keyClicks(dialog->expenses()->amountEdit(0), QStringLiteral("12.3"));
        w.lock();
        QVERIFY(w.isLocked());
        QVERIFY(!w.dailyReportScreens()->dialog()); // closed without asking
        QTRY_VERIFY(w.unlockDialog() && w.unlockDialog()->isVisible());
        QTest::keyClicks(w.unlockDialog()->findChild<QLineEdit *>(QStringLiteral("passphraseEdit")),
                         m_pass);
        w.unlockDialog()->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isLocked(), 10000);
        QTRY_VERIFY(w.dailyReportScreens()->dialog());
        DailyReportDialog *again = w.dailyReportScreens()->dialog();
        QCOMPARE(again->work()->whatEdit(0)->text(), QStringLiteral("上午：复核颗粒计数"));
        QCOMPARE(again->expenses()->amountEdit(0)->text(), QStringLiteral("12.3"));
        QCOMPARE(again->editor(QStringLiteral("task_id"))->value().toString(), m_task4);
        QVERIFY(again->isModified());
        again->discard();
    }

    void correctSignedReport()
    {
        // Robert's report of 13 May (task 1): signed, then corrected in the dialog. The signed
        // one opens read-only; Correct… asks why, then the dialog goes on with revision 2,
        // editable and carrying the day's expenses; saving it leaves the signed one as it was.
        DemoKeys::unlockAll(); // whoever corrects has entered their PIN (a lock clears it)
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        Database &db = *w.database();
        const QString original =
            DemoDailyReports::id(1, QStringLiteral("Robert"), QStringLiteral("2026-05-13"));
        RecordSigning::Signature s;
        s.role = QStringLiteral("engineer");
        s.signerId = person("Robert");
        s.strokes = DemoSignatures::strokes(3);
        s.key = DemoKeys::unlocked(QStringLiteral("Robert")); // Robert's PIN
        Error error;
        // Task 1 is closed: the demo signed this report already; a second signature is refused.
        QVERIFY(!RecordSigning(db).sign(*RecordCatalog::byTable(QStringLiteral("daily_reports")),
                                        original, s, false, nullptr, &error));
        QCOMPARE(error.code, Error::Code::Locked);
        DailyReportDialog *dialog = w.dailyReportScreens()->openReport(original);
        QVERIFY(dialog);
        SignaturePanel *panel = dialog->signing();
        QTRY_VERIFY(panel->isLocked());
        auto *findings =
            qobject_cast<QPlainTextEdit *>(dialog->editor(QStringLiteral("findings"))->widget());
        QVERIFY(findings->isReadOnly());
        QCOMPARE(dialog->expenses()->rowCount(), 2);
        const QString before = findings->toPlainText();

        QTimer::singleShot(0, this, [] {
            auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(ask);
            ask->setTextValue(QStringLiteral("补记客户调整后的涂布温度"));
            ask->accept();
        });
        QTest::mouseClick(panel->correctButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->reportId() != original);
        const QString revision = dialog->reportId();
        QVERIFY(!panel->isLocked());
        QVERIFY(!findings->isReadOnly());
        QCOMPARE(findings->toPlainText(), before);
        QCOMPARE(dialog->expenses()->rowCount(), 2); // the claim's lines, kept as they are
        // Its task, engineer and day are those of the report it corrects.
        QVERIFY(!dialog->editor(QStringLiteral("date"))->widget()->isEnabled());
        QVERIFY(!dialog->engineerBox()->isEnabled());
        QVERIFY(!dialog->editor(QStringLiteral("task_id"))->widget()->isEnabled());
        findings->moveCursor(QTextCursor::End);
        commit(findings, QStringLiteral("\n客户已将涂布温度调至 25 °C"));
        QVERIFY2(dialog->save(), qPrintable(dialog->errorText(QStringLiteral("date"))));
        QVariantMap row;
        QVERIFY(RecordStore(db).get(QStringLiteral("daily_reports"), revision, &row, &error));
        QVERIFY(row.value(QStringLiteral("findings")).toString().endsWith(QStringLiteral("25 °C")));
        QCOMPARE(row.value(QStringLiteral("revision_of")).toString(), original);
        QVERIFY(RecordStore(db).get(QStringLiteral("daily_reports"), original, &row, &error));
        QCOMPARE(row.value(QStringLiteral("findings")).toString(), before);
        dialog->discard();
    }

    void taskPageOpensOnSiteForms()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.taskScreens()->openTask(m_task4);
        auto *button = w.taskPage()->findChild<QPushButton *>(QStringLiteral("onSiteButton"));
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QAction *daily = button->menu()->findChild<QAction *>(QStringLiteral("dailyReportAction"));
        QVERIFY(daily);
        daily->trigger();
        QTRY_VERIFY(w.dailyReportScreens()->dialog());
        QCOMPARE(w.dailyReportScreens()->dialog()->editor(QStringLiteral("task_id"))->value(),
                 QVariant(m_task4));
        w.dailyReportScreens()->dialog()->discard();
    }

    void anomalyLimitAndOverdueList()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        Database &db = *w.database();
        RecordListPage *list = w.listPage(QStringLiteral("anomalies"));
        QVERIFY(list);
        auto *delegate = qobject_cast<AnomalyListDelegate *>(list->view()->itemDelegate());
        QVERIFY(delegate);
        // Demo: the filter (technical, 11-21 16:10, nobody told) is past its 24 h; the pricing
        // question (commercial, told after 40 minutes) is not.
        RecordTableModel *model = list->model();
        const auto rowOverdue = [&](const QString &id) {
            return delegate->isOverdue(model->index(model->rowOfId(id), 0));
        };
        QVERIFY(rowOverdue(DemoData::idFor(QStringLiteral("anomaly"), QStringLiteral("4-filter"))));
        QVERIFY(
            !rowOverdue(DemoData::idFor(QStringLiteral("anomaly"), QStringLiteral("2-pricing"))));

        AnomalyDialog *dialog = w.anomalyScreens()->openNew(m_task4);
        QVERIFY(dialog);
        RecordForm *form = dialog->form();
        QCOMPARE(form->values().value(QStringLiteral("task_id")).toString(), m_task4);
        QVERIFY(!form->isModified());
        // A commercial matter two hours ago: 4 h limit, not yet overdue.
        auto *type = qobject_cast<QComboBox *>(form->editor(QStringLiteral("type"))->widget());
        QVERIFY(type);
        type->setCurrentIndex(type->findData(QStringLiteral("commercial")));
        form->editor(QStringLiteral("occurred_at"))
            ->setValue(m_now.addSecs(-2 * 3600).toString(Qt::ISODate));
        QTRY_VERIFY2(dialog->notice()->text().startsWith(QStringLiteral("Notify by")),
                     qPrintable(dialog->notice()->text()));
        // Five hours ago: overdue, in red.
        form->editor(QStringLiteral("occurred_at"))
            ->setValue(m_now.addSecs(-5 * 3600).toString(Qt::ISODate));
        dialog->updateNotice();
        QVERIFY2(dialog->notice()->text().startsWith(QStringLiteral("Overdue")),
                 qPrintable(dialog->notice()->text()));
        QVERIFY(dialog->notice()->styleSheet().contains(QStringLiteral("color")) ||
                dialog->notice()->palette().color(QPalette::WindowText) !=
                    QApplication::palette().color(QPalette::WindowText));
        commit(form->editor(QStringLiteral("description"))->widget(),
               QStringLiteral("客户要求就新配方报价"));
        const int before = count(db, QStringLiteral("SELECT count(*) FROM anomalies"));
        QVERIFY(dialog->save());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM anomalies")), before + 1);
        const QString id = dialog->recordId();
        dialog->discard();
        QTRY_VERIFY(model->rowOfId(id) >= 0);
        QVERIFY(rowOverdue(id));
    }
};

QTEST_MAIN(TestGuiDailyReport)
#include "tst_gui_dailyreport.moc"
