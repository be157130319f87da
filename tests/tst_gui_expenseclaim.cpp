#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoTasks.h"
#include "app/models/ExpenseLineModel.h"
#include "app/people/DeskSession.h"
#include "app/search/SearchIndex.h"
#include "app/utils/AppSettings.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "tests/GuiTestUtil.h"
#include "ui/closing/ExpenseClaimPage.h"
#include "ui/closing/ExpenseClaimScreens.h"
#include "ui/desk/DeskClock.h"
#include "ui/desk/MainWindow.h"
#include "ui/records/FormFieldEditor.h"
#include "ui/records/RecordForm.h"
#include "ui/records/RecordListPage.h"
#include "ui/records/ReferenceCombo.h"
#include "ui/tasks/ClosurePanel.h"
#include "ui/tasks/TaskPage.h"
#include "ui/tasks/TaskScreens.h"
#include "ui/widgets/OptionalDateTimeEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

// On site and after through the real widgets, on the demo data: an expense claim
// QEF-10-05 entered line by line with the keyboard — a customer-paid gift of 200.01 flagged
// until declared, a three-decimal amount refused at its cell with nothing saved, the exact
// company-paid total, the rows in the database — and the task page's closure panel listing
// what is missing before an on-site task may move on.
using GuiTestUtil::child;

class TestGuiExpenseClaim : public QObject
{
    Q_OBJECT
private:
    const QString m_pass = QStringLiteral("correct horse battery");
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_path;
    const QDateTime m_now =
        QDateTime::fromString(QStringLiteral("2026-11-21T10:00:00+08:00"), Qt::ISODate);

    static QString person(const char *name) { return DemoData::personId(name); }
    std::unique_ptr<Database> openDb() { return GuiTestUtil::openDatabase(m_path, m_pass); }
    static int count(Database &db, const QString &sql, const QString &arg)
    {
        QSqlQuery q(db.sql());
        q.prepare(sql);
        q.addBindValue(arg);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    // The editor the view opened on a cell.
    template <typename T> static T *cellEditor(QTableView *view, int row, int column)
    {
        QWidget *w = view->indexWidget(view->model()->index(row, column));
        return qobject_cast<T *>(w);
    }
    static void tab(QTableView *view, int row, int column)
    {
        QWidget *editor = view->indexWidget(view->model()->index(row, column));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Tab);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        DeskClock::setFixedNow(m_now);
        AppSettings settings;
        DeskSession::instance().add(
            DemoKeys::unlocked(QStringLiteral("Robert"))); // Robert entered their PIN
        settings.setAutoLockMinutes(0);
        m_path = m_dir.filePath(QStringLiteral("claims.fdb"));
        Database db;
        Error error;
        if (!db.create(m_path, m_pass, &error) || !DemoData::load(db, &error))
            qFatal("cannot create: %s", qPrintable(error.message));
    }

    // Money in any form: text of RMB, exact, refused at the field when it is no amount.
    void moneyFieldEditor_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QVariant>("stored"); // null: nothing stored
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("empty (the amount is required)") << "" << QVariant() << "required";
        QTest::newRow("200.01") << "200.01" << QVariant(qint64(20001)) << "";
        QTest::newRow("whole yuan") << "86" << QVariant(qint64(8600)) << "";
        QTest::newRow("three decimals") << "1.234" << QVariant() << "more than two decimals";
        QTest::newRow("negative") << "-5" << QVariant() << "negative";
        QTest::newRow("not a number") << "abc" << QVariant() << "not an amount";
    }
    void moneyFieldEditor()
    {
        QFETCH(QString, typed);
        QFETCH(QVariant, stored);
        QFETCH(QString, problem);
        const RecordKind *lines = RecordCatalog::byArray(QStringLiteral("expense_lines"));
        QWidget parent;
        FormFieldEditor editor(*lines->field(QStringLiteral("amount")), nullptr, &parent);
        auto *line = qobject_cast<QLineEdit *>(editor.widget());
        QVERIFY(line);
        QTest::keyClicks(line, typed);
        Error error;
        const bool ok = editor.checkInput(QString(), &error) &&
                        FieldCodec::validate(editor.spec(), editor.value(), QString(), &error);
        QCOMPARE(ok, problem.isEmpty());
        if (ok) {
            QCOMPARE(editor.value().isNull(), stored.isNull());
            if (!stored.isNull())
                QCOMPARE(editor.value().toLongLong(), stored.toLongLong());
        } else {
            QVERIFY2(error.message.contains(problem), qPrintable(error.message));
            QCOMPARE(error.field, QStringLiteral("amount"));
        }
        // A stored amount reads back with two decimals.
        editor.setValue(qint64(28050));
        QCOMPARE(line->text(), QStringLiteral("280.50"));
    }

    void enterClaimWithTwoLines()
    {
        const QString task = DemoTasks::taskId(4); // on site, Robert has no claim for it yet
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        Database &db = *w.database();
        const QString claims =
            QStringLiteral("SELECT count(*) FROM expense_claims WHERE task_id = ?");
        QCOMPARE(count(db, claims, task), 0);

        // From the task page's closure panel: a new claim for the task, Robert as claimant.
        w.taskScreens()->openTask(task);
        QTest::mouseClick(child<QPushButton>(w.taskPage(), QStringLiteral("closureClaimButton")),
                          Qt::LeftButton);
        ExpenseClaimPage *page = w.expenseClaimScreens()->page();
        QTRY_VERIFY(page->isVisible());
        QVERIFY(page->isNew());
        QCOMPARE(page->form()->values().value(QStringLiteral("task_id")).toString(), task);
        QCOMPARE(page->form()->values().value(QStringLiteral("claimant_id")).toString(),
                 person("Robert"));
        QTableView *view = page->lineView();
        ExpenseLineModel *model = page->lines();

        // Line 1 by keyboard: date (today), Tab, category, Tab, description, Tab, amount, Tab,
        // paid by.
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("addLineButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(cellEditor<QDateEdit>(view, 0, ExpenseLineModel::Date));
        tab(view, 0, ExpenseLineModel::Date);
        QTRY_VERIFY(cellEditor<QComboBox>(view, 0, ExpenseLineModel::Category));
        auto *category = cellEditor<QComboBox>(view, 0, ExpenseLineModel::Category);
        category->setCurrentIndex(category->findData(QStringLiteral("gift")));
        tab(view, 0, ExpenseLineModel::Category);
        QTRY_VERIFY(cellEditor<QLineEdit>(view, 0, ExpenseLineModel::Description));
        QTest::keyClicks(cellEditor<QLineEdit>(view, 0, ExpenseLineModel::Description),
                         QStringLiteral("Tea gift box from the customer"));
        tab(view, 0, ExpenseLineModel::Description);
        QTRY_VERIFY(cellEditor<QLineEdit>(view, 0, ExpenseLineModel::Amount));
        QTest::keyClicks(cellEditor<QLineEdit>(view, 0, ExpenseLineModel::Amount),
                         QStringLiteral("200.01"));
        tab(view, 0, ExpenseLineModel::Amount);
        QTRY_VERIFY(cellEditor<QComboBox>(view, 0, ExpenseLineModel::PaidBy));
        auto *paidBy = cellEditor<QComboBox>(view, 0, ExpenseLineModel::PaidBy);
        paidBy->setCurrentIndex(paidBy->findData(QStringLiteral("customer")));
        tab(view, 0, ExpenseLineModel::PaidBy);
        QTRY_COMPARE(view->currentIndex().column(), int(ExpenseLineModel::Receipt));
        QCOMPARE(model->index(0, ExpenseLineModel::Date).data(Qt::EditRole).toString(),
                 QStringLiteral("2026-11-21"));
        QCOMPARE(model->index(0, ExpenseLineModel::Amount).data().toString(),
                 QStringLiteral("200.01"));
        // Customer-paid gift over 200.00: flagged on the line and for the claim.
        QVERIFY(model->index(0, 0).data(ExpenseLineModel::DeclarationRole).toBool());
        auto *declaration = child<QLabel>(page, QStringLiteral("claimDeclaration"));
        QVERIFY(declaration->isVisible());
        QVERIFY(declaration->property("pending").toBool());
        // Not company-paid: the total stays 0.00.
        auto *total = child<QLabel>(page, QStringLiteral("claimTotal"));
        QCOMPARE(total->property("fen").toLongLong(), 0);

        // Enter on the last line starts line 2; a three-decimal amount is refused at its cell.
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(model->rowCount(), 2);
        QTRY_VERIFY(cellEditor<QDateEdit>(view, 1, ExpenseLineModel::Date));
        tab(view, 1, ExpenseLineModel::Date);
        QTRY_VERIFY(cellEditor<QComboBox>(view, 1, ExpenseLineModel::Category));
        category = cellEditor<QComboBox>(view, 1, ExpenseLineModel::Category);
        category->setCurrentIndex(category->findData(QStringLiteral("transport")));
        tab(view, 1, ExpenseLineModel::Category);
        QTRY_VERIFY(cellEditor<QLineEdit>(view, 1, ExpenseLineModel::Description));
        QTest::keyClicks(cellEditor<QLineEdit>(view, 1, ExpenseLineModel::Description),
                         QStringLiteral("Taxi to the fab"));
        tab(view, 1, ExpenseLineModel::Description);
        QTRY_VERIFY(cellEditor<QLineEdit>(view, 1, ExpenseLineModel::Amount));
        QTest::keyClicks(cellEditor<QLineEdit>(view, 1, ExpenseLineModel::Amount),
                         QStringLiteral("86.505"));
        tab(view, 1, ExpenseLineModel::Amount);
        QTRY_VERIFY(!page->lineError().isEmpty());
        QVERIFY2(page->lineError().contains(QStringLiteral("Line 2")),
                 qPrintable(page->lineError()));
        QVERIFY2(page->lineError().contains(QStringLiteral("more than two decimals")),
                 qPrintable(page->lineError()));
        // The typed text stays in its cell, marked; nothing of it counts.
        QCOMPARE(model->index(1, ExpenseLineModel::Amount).data().toString(),
                 QStringLiteral("86.505"));
        QVERIFY(!model->index(1, ExpenseLineModel::Amount)
                     .data(ExpenseLineModel::ProblemRole)
                     .toString()
                     .isEmpty());
        QCOMPARE(total->property("fen").toLongLong(), 0);

        // Save refuses: nothing is written, the bad cell is current.
        QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!page->lineError().isEmpty());
        QCOMPARE(view->currentIndex().row(), 1);
        QCOMPARE(view->currentIndex().column(), int(ExpenseLineModel::Amount));
        QCOMPARE(count(db, claims, task), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM expense_lines WHERE claim_id = ?"),
                       page->claimId()),
                 0);

        // Corrected: 86.50 company-paid; the total follows exactly.
        view->edit(model->index(1, ExpenseLineModel::Amount));
        QTRY_VERIFY(cellEditor<QLineEdit>(view, 1, ExpenseLineModel::Amount));
        auto *amount = cellEditor<QLineEdit>(view, 1, ExpenseLineModel::Amount);
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("86.5"));
        QTest::keyClick(amount, Qt::Key_Return);
        QTRY_COMPARE(total->property("fen").toLongLong(), 8650);
        QTRY_VERIFY(page->lineError().isEmpty());
        QVERIFY(total->text().contains(QStringLiteral("86.50")));

        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("saveClaimButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(count(db, claims, task), 1);
        QVERIFY(!page->isNew());
        QVERIFY(!page->isModified());
        const QString claimId = page->claimId();
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT line_no, category, amount, paid_by, date FROM "
                                 "expense_lines WHERE claim_id = ? AND deleted = 0 ORDER BY "
                                 "line_no"));
        q.addBindValue(claimId);
        QVERIFY(q.exec());
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString());
        QCOMPARE(rows, (QStringList{QStringLiteral("1 gift 20001 customer 2026-11-21"),
                                    QStringLiteral("2 transport 8650 company 2026-11-21")}));
        // The claim list shows it as waiting for its declaration.
        QTRY_VERIFY(w.expenseClaimScreens()->pendingClaims().contains(claimId));

        // Declared to somebody outside administration: refused at the field.
        FormFieldEditor *declaredOn = page->form()->editor(QStringLiteral("declared_on"));
        auto *dateEdit = qobject_cast<OptionalDateTimeEdit *>(declaredOn->widget());
        QTest::mouseClick(dateEdit->checkBox(), Qt::LeftButton);
        dateEdit->setDate(QDate(2026, 11, 21));
        auto *to = qobject_cast<ReferenceCombo *>(
            page->form()->editor(QStringLiteral("declared_to_id"))->widget());
        to->setCurrentId(person("林国栋"));
        QVERIFY(!page->save());
        QVERIFY2(page->form()
                     ->errorText(QStringLiteral("declared_to_id"))
                     .contains(QStringLiteral("administration")),
                 qPrintable(page->form()->errorText(QStringLiteral("declared_to_id"))));
        to->setCurrentId(person("王婧"));
        QVERIFY(page->save());
        QVERIFY(!declaration->property("pending").toBool());
        QTRY_VERIFY(!w.expenseClaimScreens()->pendingClaims().contains(claimId));

        // Reordering and removing lines are saved with the claim.
        view->setCurrentIndex(model->index(1, 0));
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("moveLineUpButton")),
                          Qt::LeftButton);
        QCOMPARE(model->index(0, ExpenseLineModel::Amount).data().toString(),
                 QStringLiteral("86.50"));
        QVERIFY(page->save());
        QCOMPARE(count(db,
                       QStringLiteral("SELECT amount FROM expense_lines WHERE claim_id = ? AND "
                                      "line_no = 1"),
                       claimId),
                 8650);
        view->setCurrentIndex(model->index(1, 0));
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("removeLineButton")),
                          Qt::LeftButton);
        QVERIFY(page->save());
        QCOMPARE(count(db,
                       QStringLiteral("SELECT count(*) FROM expense_lines WHERE claim_id = ? AND "
                                      "deleted = 0"),
                       claimId),
                 1);
    }

    // Locking the window keeps a claim being typed; after unlocking it is still there.
    void lockKeepsTyping()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.expenseClaimScreens()->openForTask(DemoTasks::taskId(5));
        ExpenseClaimPage *page = w.expenseClaimScreens()->page();
        QTRY_VERIFY(page->isVisible());
        QVERIFY(page->isNew());
        QTest::keyClicks(
            qobject_cast<QPlainTextEdit *>(page->form()->editor(QStringLiteral("notes"))->widget()),
            QStringLiteral("Hotel receipt follows"));
        page->lines()->addLine({{QStringLiteral("date"), QStringLiteral("2026-11-20")},
                                {QStringLiteral("category"), QStringLiteral("lodging")},
                                {QStringLiteral("paid_by"), QStringLiteral("company")}});
        page->lines()->setData(page->lines()->index(0, ExpenseLineModel::Amount),
                               QStringLiteral("388"));
        const QString claimId = page->claimId();
        w.lock();
        QVERIFY(w.isLocked());
        w.setDatabase(openDb());
        QTRY_VERIFY(!w.isLocked());
        QCOMPARE(page->claimId(), claimId);
        QVERIFY(page->isModified());
        QCOMPARE(page->form()->values().value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Hotel receipt follows"));
        QCOMPARE(page->lines()->companyTotal().toString(), QStringLiteral("388.00"));
        QVERIFY2(page->save(), qPrintable(page->lineError()));
        QCOMPARE(count(*w.database(),
                       QStringLiteral("SELECT count(*) FROM expense_lines WHERE claim_id = ?"),
                       claimId),
                 1);
    }

    // The start page lists the deadlines of the on-site forms; a click opens the task.
    void startPageDeadlines()
    {
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *list = child<QTreeWidget>(&w, QStringLiteral("deadlineList"));
        QTRY_VERIFY(list->isVisible());
        QTreeWidgetItem *callback = nullptr;
        QStringList kinds;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            const QString key = item->data(0, Qt::UserRole + 2).toString() + QLatin1Char(':') +
                                item->data(0, Qt::UserRole + 1).toString();
            kinds << key;
            if (key == QLatin1String("callback:overdue") && item->text(1).endsWith(u"0003"))
                callback = item;
        }
        // Task 0003 left the site on 2026-11-18 16:00: its call-back was due 48 h later.
        QVERIFY2(callback, qPrintable(kinds.join(QLatin1Char(' '))));
        QVERIFY(kinds.contains(QStringLiteral("service_report:due")));
        QVERIFY(kinds.contains(QStringLiteral("anomaly:due")) ||
                kinds.contains(QStringLiteral("anomaly:overdue")));
        QCOMPARE(callback->foreground(3).color(), QColor(0xc6, 0x28, 0x28));
        list->scrollToItem(callback);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(callback).center());
        QTRY_VERIFY(w.taskPage()->isVisible());
        QCOMPARE(w.taskPage()->taskId(), DemoTasks::taskId(3));
    }

    void closurePanelListsWhatIsMissing()
    {
        const QString task = DemoTasks::taskId(4); // on site, not yet left
        MainWindow w(openDb());
        QTRY_VERIFY(!w.isReading()); // lists and counts are read in the background
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.taskScreens()->openTask(task);
        ClosurePanel *panel = w.taskPage()->closurePanel();
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(panel->nextState(), QStringLiteral("reporting"));
        const QString missing = panel->missing().join(QLatin1Char('\n'));
        QVERIFY2(missing.contains(QStringLiteral("left the site")), qPrintable(missing));
        QVERIFY2(missing.contains(QStringLiteral("No daily report")), qPrintable(missing));
        QVERIFY2(missing.contains(QStringLiteral("not been notified")), qPrintable(missing));
        QVERIFY(!child<QPushButton>(panel, QStringLiteral("closureStepButton"))->isEnabled());
        QVERIFY(child<QLabel>(panel, QStringLiteral("closureMissing"))
                    ->text()
                    .contains(QStringLiteral("No daily report")));
        // The header's step is held back with the same reasons.
        auto *step = child<QPushButton>(w.taskPage(), QStringLiteral("nextStep_reporting"));
        QVERIFY(!step->isEnabled());
        QVERIFY(step->toolTip().contains(QStringLiteral("No daily report")));

        // The time the engineers left the site: saved, the deadlines shown, one gap fewer.
        FormFieldEditor *end = panel->findChild<FormFieldEditor *>();
        QVERIFY(end);
        auto *edit = qobject_cast<OptionalDateTimeEdit *>(end->widget());
        QTest::mouseClick(edit->checkBox(), Qt::LeftButton);
        edit->setDateTime(QDateTime(QDate(2026, 11, 20), QTime(17, 30)));
        QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("saveOnsiteEndButton")),
                          Qt::LeftButton);
        QVariantMap stored;
        QTRY_VERIFY(
            RecordStore(*w.database()).get(QStringLiteral("tasks"), task, &stored, nullptr) &&
            !stored.value(QStringLiteral("onsite_end")).isNull());
        QTRY_VERIFY(
            !panel->missing().join(QLatin1Char('\n')).contains(QStringLiteral("left the site")));
        QVERIFY(child<QLabel>(panel, QStringLiteral("closureDue"))
                    ->text()
                    .contains(QStringLiteral("Service report due")));

        // A task in call-back: the call-back itself and its claim are what is missing.
        w.taskScreens()->openTask(DemoTasks::taskId(2));
        QTRY_COMPARE(panel->nextState(), QStringLiteral("closed"));
        QVERIFY(!panel->missing().isEmpty());
        QCOMPARE(child<QPushButton>(panel, QStringLiteral("closureStepButton"))->isEnabled(),
                 false);
    }
};

QTEST_MAIN(TestGuiExpenseClaim)
#include "tst_gui_expenseclaim.moc"
