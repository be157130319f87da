#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoTasks.h"
#include "app/models/ExpenseLineModel.h"
#include "app/people/DeskSession.h"
#include "app/print/RecordPrinter.h"
#include "app/rules/TaskClosure.h"
#include "app/search/SearchIndex.h"
#include "app/signing/RecordLocks.h"
#include "app/signing/RecordSigning.h"
#include "app/utils/AppSettings.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "tests/GuiTestUtil.h"
#include "ui/briefing/BriefingPage.h"
#include "ui/briefing/BriefingScreens.h"
#include "ui/closing/ExpenseClaimPage.h"
#include "ui/closing/ExpenseClaimScreens.h"
#include "ui/closing/ServiceReportEditor.h"
#include "ui/desk/DeskClock.h"
#include "ui/desk/MainWindow.h"
#include "ui/knowhow/KnowhowScreens.h"
#include "ui/onsite/AnomalyDialog.h"
#include "ui/onsite/AnomalyScreens.h"
#include "ui/onsite/DailyReportDialog.h"
#include "ui/onsite/DailyReportForm.h"
#include "ui/onsite/DailyReportScreens.h"
#include "ui/onsite/WorkSlotsEditor.h"
#include "ui/print/PrintDialogs.h"
#include "ui/records/FormFieldEditor.h"
#include "ui/records/RecordEditorDialog.h"
#include "ui/records/RecordEditors.h"
#include "ui/records/RecordForm.h"
#include "ui/signing/SignDialog.h"
#include "ui/signing/SignaturePanel.h"
#include "ui/tasks/ClosurePanel.h"
#include "ui/tasks/TaskPage.h"
#include "ui/tasks/TaskScreens.h"
#include "ui/widgets/OptionalDateTimeEdit.h"
#include "ui/widgets/SignaturePad.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// One task from on site to closed through the desktop's screens, as the desk walks it
// (where the on-site forms meet signing and closing): the closure panel's links open the daily
// report dialog (signed there, then read-only), the anomaly to notify and the service report; the
// expense claim is entered and signed by claimant and administration; the leaving time is saved;
// the service report is drafted, signed by an engineer and Robert (signed_at filled, locked, Print…
// still there); the call-back is entered and signed; the task closes, and its dossier prints
// with the desk's person as "printed by".
using GuiTestUtil::child;

class TestGuiWalk : public QObject
{
    Q_OBJECT
private:
    const QString m_pass = QStringLiteral("correct horse battery");
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_path;

    static QString person(const char *name) { return DemoData::personId(name); }

    // Signs through the panel's Sign… and the sign dialog: block, signer, a drawn wave.
    static bool sign(SignaturePanel *panel, const QString &role, const QString &signerId)
    {
        bool drawn = false;
        QTimer::singleShot(0, panel, [&] {
            auto *dialog = qobject_cast<SignDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (!QTest::qWaitForWindowExposed(dialog))
                return;
            dialog->roleCombo()->setCurrentIndex(dialog->roleCombo()->findData(role));
            dialog->signerCombo()->setCurrentIndex(dialog->signerCombo()->findData(signerId));
            QWidget *pad = dialog->pad();
            const int w = pad->width(), h = pad->height();
            QList<QPoint> points;
            for (int i = 0; i <= 30; ++i)
                points << QPoint(w / 10 + i * (w * 8 / 10) / 30,
                                 h / 2 + ((i % 2) ? -h / 5 : h / 5));
            QTest::mousePress(pad, Qt::LeftButton, Qt::NoModifier, points.first());
            for (const QPoint &p : std::as_const(points)) {
                QMouseEvent move(QEvent::MouseMove, p, pad->mapToGlobal(p), Qt::NoButton,
                                 Qt::LeftButton, Qt::NoModifier);
                QApplication::sendEvent(pad, &move);
            }
            QTest::mouseRelease(pad, Qt::LeftButton, Qt::NoModifier, points.last());
            drawn = dialog->signButton()->isEnabled();
            QTest::mouseClick(dialog->signButton(), Qt::LeftButton);
        });
        QTest::mouseClick(panel->signButton(), Qt::LeftButton);
        return drawn;
    }

    // Follows the closure panel's link of the first missing item containing text.
    static bool followLink(ClosurePanel *panel, const QString &text)
    {
        const QStringList missing = panel->missing();
        for (int i = 0; i < missing.size(); ++i) {
            if (missing.at(i).contains(text)) {
                auto *list = panel->findChild<QLabel *>(QStringLiteral("closureMissing"));
                if (!list->text().contains(QStringLiteral("fix:%1").arg(i)))
                    return false;
                emit list->linkActivated(QStringLiteral("fix:%1").arg(i));
                return true;
            }
        }
        return false;
    }

    // The closure panel's step, confirmed.
    static void takeStep(ClosurePanel *panel)
    {
        QTimer::singleShot(0, panel, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("closureStepButton")),
                          Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        // The evening of the last planned on-site day of task 0004.
        DeskClock::setFixedNow(
            QDateTime::fromString(QStringLiteral("2026-11-22T19:00:00+08:00"), Qt::ISODate));
        AppSettings settings;
        settings.setAutoLockMinutes(0);
        m_path = m_dir.filePath(QStringLiteral("walk.fdb"));
        Database db;
        Error error;
        if (!db.create(m_path, m_pass, &error) || !DemoData::load(db, &error))
            qFatal("cannot create: %s", qPrintable(error.message));
        DemoKeys::unlockAll(); // the demo people sign as if they had entered their PIN
        // 王婧 entered her PIN last: she is the person at this desk.
        DeskSession::instance().add(DemoKeys::unlocked(QStringLiteral("王婧")));
    }

    void onSiteToClosed()
    {
        auto opened = std::make_unique<Database>();
        Error error;
        QVERIFY2(opened->open(m_path, m_pass, &error), qPrintable(error.message));
        MainWindow w(std::move(opened));
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        Database &db = *w.database();
        const QString task = DemoTasks::taskId(4); // on site
        w.taskScreens()->openTask(task);
        ClosurePanel *panel = w.taskPage()->closurePanel();
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(panel->nextState(), QStringLiteral("reporting"));

        // 1. The missing daily reports of 11-22: each link opens the daily report dialog.
        for (const char *engineer : {"Robert", "林国栋"}) {
            QVERIFY2(followLink(panel, QString::fromUtf8(engineer)),
                     qPrintable(panel->missing().join(QLatin1Char('\n'))));
            QTRY_VERIFY(w.dailyReportScreens()->dialog());
            DailyReportDialog *report = w.dailyReportScreens()->dialog();
            QTRY_VERIFY(report->isVisible());
            QCOMPARE(report->engineerBox()->currentData().toString(), person(engineer));
            report->work()->fromEdit(0)->setText(QStringLiteral("08:30"));
            report->work()->toEdit(0)->setText(QStringLiteral("11:30"));
            QTest::keyClicks(report->work()->whatEdit(0), QStringLiteral("recount particles"));
            SignaturePanel *signing = report->signing();
            QVERIFY(signing->isVisible());
            QVERIFY(child<QPushButton>(report, QStringLiteral("printButton"))->isVisible());
            // The engineer signs: saved first, then locked and read-only.
            QVERIFY(sign(signing, QStringLiteral("engineer"), person(engineer)));
            QTRY_VERIFY(signing->isLocked());
            QVERIFY(!report->isNew());
            QVERIFY(report->work()->whatEdit(0)->isReadOnly());
            QVERIFY(!child<QPushButton>(report, QStringLiteral("saveButton"))->isEnabled());
            QVERIFY(child<QPushButton>(report, QStringLiteral("printButton"))->isEnabled());
            report->reject();
            QTRY_VERIFY(!w.dailyReportScreens()->dialog()); // closed and deleted
        }
        // The task page followed the saves.
        QTRY_VERIFY(
            !panel->missing().join(QLatin1Char('\n')).contains(QStringLiteral("2026-11-22")));

        // 2. The anomaly not yet notified: its link opens it; who was told, when and how.
        QVERIFY(followLink(panel, QStringLiteral("技术问题")) ||
                followLink(panel, QStringLiteral("notified")));
        AnomalyDialog *anomaly = w.anomalyScreens()->dialog();
        QTRY_VERIFY(anomaly && anomaly->isVisible());
        anomaly->applyValues(
            {{QStringLiteral("notified_at"), QStringLiteral("2026-11-21T17:00:00+08:00")},
             {QStringLiteral("notified_ids"), FieldCodec::storedList({person("Robert")})},
             {QStringLiteral("channels"), QStringLiteral("[\"phone\"]")}});
        QVERIFY(anomaly->save());
        anomaly->reject();
        QTRY_VERIFY(!w.anomalyScreens()->dialog());

        // 3. The expense claim, from the closure panel's button: one line, signed twice.
        QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("closureClaimButton")),
                          Qt::LeftButton);
        ExpenseClaimPage *claim = w.expenseClaimScreens()->page();
        QTRY_VERIFY(claim->isVisible());
        claim->form()->applyValues({{QStringLiteral("claimant_id"), person("Robert")}});
        ExpenseLineModel *lines = claim->lines();
        const int row = lines->addLine({{QStringLiteral("date"), QStringLiteral("2026-11-21")},
                                        {QStringLiteral("paid_by"), QStringLiteral("company")}});
        lines->setData(lines->index(row, ExpenseLineModel::Category), QStringLiteral("transport"));
        lines->setData(lines->index(row, ExpenseLineModel::Description),
                       QStringLiteral("出租车 无锡站—厂区"));
        lines->setData(lines->index(row, ExpenseLineModel::Amount), QStringLiteral("86.50"));
        QVERIFY2(claim->save(), qPrintable(claim->lineError()));
        QVERIFY(sign(claim->signing(), QStringLiteral("claimant"), person("Robert")));
        QVERIFY(sign(claim->signing(), QStringLiteral("admin"), person("王婧")));
        QTRY_VERIFY(claim->signing()->isLocked());
        QVERIFY(!child<QPushButton>(claim, QStringLiteral("saveClaimButton"))->isEnabled());
        QVERIFY(child<QPushButton>(claim, QStringLiteral("printClaimButton"))->isEnabled());
        QVERIFY(!child<QPushButton>(claim, QStringLiteral("addLineButton"))->isEnabled());
        w.taskScreens()->openTask(task);
        QTRY_VERIFY(w.taskPage()->isVisible());

        // 4. When the engineers left the site; then the move to reporting.
        auto *end =
            qobject_cast<OptionalDateTimeEdit *>(panel->findChild<FormFieldEditor *>()->widget());
        QTest::mouseClick(end->checkBox(), Qt::LeftButton);
        end->setDateTime(QDateTime(QDate(2026, 11, 22), QTime(17, 30)));
        QTest::mouseClick(child<QPushButton>(panel, QStringLiteral("saveOnsiteEndButton")),
                          Qt::LeftButton);
        QTRY_VERIFY2(panel->missing().isEmpty(),
                     qPrintable(panel->missing().join(QLatin1Char('\n'))));
        takeStep(panel);
        QTRY_COMPARE(panel->nextState(), QStringLiteral("callback"));

        // 5. The service report from its link: drafted, signed by an engineer and Robert.
        QVERIFY(followLink(panel, QStringLiteral("QEF-10-01")));
        auto *report = qobject_cast<ServiceReportEditor *>(w.recordEditors()->currentEditor());
        QTRY_VERIFY(report && report->isVisible());
        QVERIFY(report->dueLabel()->text().contains(QStringLiteral("2026-11-25")));
        QVERIFY(!report->form()->values().value(QStringLiteral("summary")).toString().isEmpty());
        // Signing fills these; they are never typed.
        auto *signedAt = report->form()->editor(QStringLiteral("signed_at"))->widget();
        QVERIFY(!signedAt->findChild<QAbstractSpinBox *>()->isEnabled() ||
                signedAt->findChild<QAbstractSpinBox *>()->isReadOnly());
        // Every engineer of the task signs as engineer (one each), then Robert as CTO.
        QVERIFY(sign(report->signaturePanel(), QStringLiteral("engineer"), person("林国栋")));
        QVERIFY(!report->signaturePanel()->isLocked()); // Robert's engineer signature missing
        QVERIFY(sign(report->signaturePanel(), QStringLiteral("engineer"), person("Robert")));
        QVERIFY(sign(report->signaturePanel(), QStringLiteral("cto"), person("Robert")));
        QTRY_VERIFY(report->signaturePanel()->isLocked());
        QVERIFY(!report->form()->values().value(QStringLiteral("signed_at")).isNull());
        QVERIFY(child<QPushButton>(report, QStringLiteral("printButton"))->isEnabled());
        report->reject();
        QTRY_VERIFY(!w.recordEditors()->currentEditor()); // closed and deleted
        QTRY_VERIFY(panel->missing().isEmpty());
        takeStep(panel);
        QTRY_COMPARE(panel->nextState(), QStringLiteral("closed"));

        // 6. The call-back, signed by 王婧; then the task closes.
        QVERIFY(followLink(panel, QStringLiteral("QEF-10-03")));
        RecordEditorDialog *callback = w.recordEditors()->currentEditor();
        QTRY_VERIFY(callback && callback->isVisible());
        callback->applyValues({{QStringLiteral("caller_id"), person("王婧")},
                               {QStringLiteral("contact"), QStringLiteral("周经理")},
                               {QStringLiteral("satisfaction"), 9},
                               {QStringLiteral("nps"), 9}});
        QVERIFY(sign(callback->signaturePanel(), QStringLiteral("caller"), person("王婧")));
        QTRY_VERIFY(callback->signaturePanel()->isLocked());
        callback->reject();
        QTRY_VERIFY(!w.recordEditors()->currentEditor());

        // 6b. Closing needs every form of the task signed and locked: the brief and the daily
        // reports of 11-20 and 11-21 are not yet. Each missing signature is one item naming
        // the form and the signer; its link opens the form, where it is signed.
        QTRY_VERIFY(!panel->missing().isEmpty());
        QVERIFY(!child<QPushButton>(panel, QStringLiteral("closureStepButton"))->isEnabled());
        for (int guard = 0; guard < 16 && !panel->missing().isEmpty(); ++guard) {
            QList<TaskClosure::Missing> gaps;
            QVERIFY(TaskClosure(db).missing(task, QStringLiteral("closed"), &gaps, &error));
            QCOMPARE(panel->missing().first(), gaps.first().text);
            const TaskClosure::Missing gap = gaps.first();
            QCOMPARE(gap.gap, TaskClosure::Gap::Signature);
            const RecordKind &kind = *RecordCatalog::byArray(gap.array);
            QList<RecordSigning::MissingSignature> still;
            QVERIFY(RecordSigning(db).missingSignatures(kind, gap.recordId, &still, &error));
            QVERIFY(!still.isEmpty());
            const QString signer =
                still.first().personId.isEmpty() ? person("Robert") : still.first().personId;
            if (!still.first().personId.isEmpty())
                QVERIFY2(gap.text.contains(still.first().name), qPrintable(gap.text));
            QVERIFY(followLink(panel, gap.text));
            if (gap.array == QLatin1String("daily_reports")) {
                QTRY_VERIFY(w.dailyReportScreens()->dialog());
                DailyReportDialog *dialog = w.dailyReportScreens()->dialog();
                QTRY_VERIFY(dialog->isVisible());
                QCOMPARE(dialog->reportId(), gap.recordId);
                QVERIFY(sign(dialog->signing(), still.first().role, signer));
                QTRY_VERIFY(dialog->signing()->isLocked());
                dialog->reject();
                QTRY_VERIFY(!w.dailyReportScreens()->dialog());
            } else {
                QCOMPARE(gap.array, QStringLiteral("briefings"));
                auto *signing = w.briefingScreens()->page()->findChild<SignaturePanel *>();
                QTRY_VERIFY(signing && signing->isVisible());
                const int before = int(still.size());
                QVERIFY(sign(signing, still.first().role, signer));
                QTRY_VERIFY(
                    RecordSigning(db).missingSignatures(kind, gap.recordId, &still, &error) &&
                    still.size() < before);
                w.taskScreens()->openTask(task);
                QTRY_VERIFY(w.taskPage()->isVisible());
            }
            QTRY_VERIFY(panel->missing().isEmpty() || panel->missing().first() != gap.text);
        }
        QTRY_VERIFY2(panel->missing().isEmpty(),
                     qPrintable(panel->missing().join(QLatin1Char('\n'))));
        takeStep(panel);
        QVariantMap stored;
        QTRY_VERIFY(RecordStore(db).get(QStringLiteral("tasks"), task, &stored, nullptr) &&
                    stored.value(QStringLiteral("state")).toString() == QLatin1String("closed"));

        // 7. The dossier, printed by the person at this desk.
        QCOMPARE(PrintDialogs::printedBy(db), QStringLiteral("王婧"));
        RecordPrinter printer(db);
        printer.setPrintedBy(PrintDialogs::printedBy(db));
        PrintDocument dossier;
        QVERIFY2(printer.document(task, &dossier, &error), qPrintable(error.message));
        QCOMPARE(dossier.printedBy, QStringLiteral("王婧"));
        const QString pdf = m_dir.filePath(QStringLiteral("dossier.pdf"));
        int pages = 0;
        QVERIFY2(printer.writePdf({dossier}, pdf, &error, {}, nullptr, &pages),
                 qPrintable(error.message));
        QVERIFY(pages >= 8); // task sheet, brief, reports, claims, service report, call-back

        // A know-how search hit on a daily report opens the daily report dialog (read-only:
        // it was signed), not the generic editor.
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT id FROM daily_reports WHERE task_id = ? AND date = "
                                 "'2026-11-22' AND deleted = 0 LIMIT 1"));
        q.addBindValue(task);
        QVERIFY(q.exec() && q.next());
        const QString reportId = q.value(0).toString();
        w.knowhowScreens()->openRecord(QStringLiteral("daily_reports"), reportId);
        QTRY_VERIFY(w.dailyReportScreens()->dialog());
        QCOMPARE(w.dailyReportScreens()->dialog()->reportId(), reportId);
        QTRY_VERIFY(w.dailyReportScreens()->dialog()->signing()->isLocked());
        QVERIFY(!w.recordEditors()->currentEditor());
        w.dailyReportScreens()->dialog()->reject();
    }
};

QTEST_MAIN(TestGuiWalk)
#include "tst_gui_walk.moc"
