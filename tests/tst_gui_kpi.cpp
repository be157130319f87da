#include "app/demo/DemoData.h"
#include "app/kpi/KpiEngine.h"
#include "app/kpi/KpiText.h"
#include "app/utils/AppSettings.h"
#include "db/Database.h"
#include "tests/GuiTestUtil.h"
#include "ui/desk/DeskClock.h"
#include "ui/desk/MainWindow.h"
#include "ui/records/RecordEditorDialog.h"
#include "ui/review/KpiCard.h"
#include "ui/review/KpiDashboard.h"
#include "ui/review/ProactivePlanPage.h"
#include "ui/tasks/TaskIntakeDialog.h"
#include "ui/tasks/TaskPage.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

// The KPI dashboard and the proactive plan on the demo data through the real widgets: the
// default period is the last complete month, the cards show what the engine computes, a
// period change redraws them, a card lists the records behind it and a record opens its form;
// the plan lists the overdue tier-A customer and "Plan a dispatch…" pre-fills a proactive task.
class TestGuiKpi : public QObject
{
    Q_OBJECT
private:
    const QString m_pass = QStringLiteral("correct horse battery");
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_path;

    std::unique_ptr<Database> openDb() { return GuiTestUtil::openDatabase(m_path, m_pass); }
    static KpiDashboard *dashboard(MainWindow &w)
    {
        return GuiTestUtil::child<KpiDashboard>(&w, QStringLiteral("kpiDashboard"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        DeskClock::setFixedNow(
            QDateTime::fromString(QStringLiteral("2026-12-07T10:00:00+08:00"), Qt::ISODate));
        m_path = m_dir.filePath(QStringLiteral("kpi.fdb"));
        Database db;
        Error error;
        QVERIFY2(db.create(m_path, m_pass, &error) && DemoData::load(db, &error),
                 qPrintable(error.message));
    }

    void cleanupTestCase() { DeskClock::setFixedNow(QDateTime()); }

    void dashboardShowsTheEngineFigures()
    {
        MainWindow w(openDb());
        w.resize(1400, 900);
        w.show();
        w.showArea(QStringLiteral("kpi"));
        KpiDashboard *d = dashboard(w);
        QTRY_VERIFY(d->isVisible());
        QCOMPARE(d->periodKey(), QStringLiteral("2026-11")); // the last complete month
        Database db;
        Error error;
        QVERIFY(db.open(m_path, m_pass, &error));
        KpiEngine engine(db);
        QVERIFY(engine.load(&error));
        for (const QString &key :
             {QStringLiteral("2026-11"), QStringLiteral("2026-Q2"), QStringLiteral("2025")}) {
            d->setPeriod(key);
            QCOMPARE(d->periodKey(), key);
            for (const KpiFigure &f : engine.figures(KpiPeriod::fromKey(key)))
                QCOMPARE(d->card(f.name)->valueText(), KpiText::value(f));
        }
        // The period picker itself: month, quarter, year.
        auto *kind = GuiTestUtil::child<QComboBox>(d, QStringLiteral("kpiPeriodKind"));
        auto *period = GuiTestUtil::child<QComboBox>(d, QStringLiteral("kpiPeriod"));
        kind->setCurrentIndex(0);
        QCOMPARE(period->itemData(0).toString(), QStringLiteral("2026-12")); // running month first
        const int q3 = [&] {
            kind->setCurrentIndex(1);
            return period->findData(QStringLiteral("2026-Q3"));
        }();
        QVERIFY(q3 >= 0);
        period->setCurrentIndex(q3);
        QCOMPARE(d->periodKey(), QStringLiteral("2026-Q3"));
        const KpiFigure q3Nps =
            engine.figure(QStringLiteral("nps"), KpiPeriod::fromKey(QStringLiteral("2026-Q3")));
        QCOMPARE(d->card(QStringLiteral("nps"))->valueText(), KpiText::value(q3Nps));
        // The NPS table beside its chart: promoters, passives, detractors and answers per tier.
        auto *npsTable = GuiTestUtil::child<QTableWidget>(d, QStringLiteral("kpiNpsTable"));
        QCOMPARE(npsTable->rowCount(), 3);
        QCOMPARE(npsTable->item(0, 4)->text(), QString::number(q3Nps.denominator));
        QVERIFY(GuiTestUtil::child<QChartView>(d, QStringLiteral("kpiTrendChart"))->chart());
        auto *trendTable = GuiTestUtil::child<QTableWidget>(d, QStringLiteral("kpiTrendTable"));
        QCOMPARE(trendTable->rowCount(), KpiDashboard::TrendPeriods);
    }

    void cardDrillsDownToAForm()
    {
        MainWindow w(openDb());
        w.resize(1400, 900);
        w.show();
        w.showArea(QStringLiteral("kpi"));
        KpiDashboard *d = dashboard(w);
        d->setPeriod(QStringLiteral("2026-Q2"));
        // Strategic customers visited proactively: the four tier-A customers and the visits.
        QTest::mouseClick(d->card(QStringLiteral("proactive_strategic")), Qt::LeftButton);
        QCOMPARE(d->selectedKpi(), QStringLiteral("proactive_strategic"));
        QTRY_VERIFY(d->recordTable()->rowCount() >= 4 + 3);
        // A visit (a task) opens the task page.
        int taskRow = -1;
        for (int i = 0; i < d->recordTable()->rowCount(); ++i) {
            if (d->recordTable()->item(i, 0)->data(Qt::UserRole).toString() ==
                QLatin1String("tasks"))
                taskRow = i;
        }
        QVERIFY(taskRow >= 0);
        const QString taskId =
            d->recordTable()->item(taskRow, 0)->data(Qt::UserRole + 1).toString();
        emit d->recordTable()->cellDoubleClicked(taskRow, 1);
        auto *pages = GuiTestUtil::child<QStackedWidget>(&w, QStringLiteral("pages"));
        QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(w.taskPage()));
        QCOMPARE(w.taskPage()->taskId(), taskId);

        // Satisfaction: the call-backs behind it open in the call-back form.
        w.showArea(QStringLiteral("kpi"));
        d->selectKpi(QStringLiteral("satisfaction"));
        QTRY_VERIFY(d->recordTable()->rowCount() > 0);
        QCOMPARE(d->recordTable()->item(0, 0)->data(Qt::UserRole).toString(),
                 QStringLiteral("callbacks"));
        const QString callbackId = d->recordTable()->item(0, 0)->data(Qt::UserRole + 1).toString();
        emit d->recordTable()->cellDoubleClicked(0, 0);
        RecordEditorDialog *editor = nullptr;
        QTRY_VERIFY([&] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (auto *e = qobject_cast<RecordEditorDialog *>(top); e && e->isVisible())
                    editor = e;
            }
            return editor != nullptr;
        }());
        QCOMPARE(editor->recordId(), callbackId);
        editor->close();
    }

    void proactivePlan()
    {
        MainWindow w(openDb());
        w.show();
        w.showArea(QStringLiteral("proactive_plan"));
        auto *page = GuiTestUtil::child<ProactivePlanPage>(&w, QStringLiteral("proactivePlanPage"));
        QTableWidget *table = page->table();
        QTRY_VERIFY(table->rowCount() >= 7);
        // 奇芯微 was last visited proactively on 2026-08-25: due 2026-11-25, overdue on 12-07.
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("奇芯微半导体（无锡）有限公司"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("2026-08-25"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("2026-11-25"));
        table->selectRow(0);
        auto *plan = GuiTestUtil::child<QPushButton>(page, QStringLiteral("planDispatchButton"));
        QVERIFY(plan->isEnabled());
        plan->click();
        TaskIntakeDialog *intake = nullptr;
        QTRY_VERIFY((intake = w.findChild<TaskIntakeDialog *>()) && intake->isVisible());
        QVERIFY(
            GuiTestUtil::child<QCheckBox>(intake, QStringLiteral("proactiveCheck"))->isChecked());
        QVERIFY(GuiTestUtil::child<QComboBox>(intake, QStringLiteral("customerCombo"))
                    ->currentText()
                    .startsWith(QStringLiteral("奇芯微半导体")));
        intake->reject();
    }
};

QTEST_MAIN(TestGuiKpi)
#include "tst_gui_kpi.moc"
