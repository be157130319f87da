#include "app/demo/DemoData.h"
#include "app/demo/DemoTasks.h"
#include "app/workflow/ServiceReportDraft.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QTemporaryDir>
#include <QtTest>

// The first draft of a service report from the demo's task 0002 (brief, daily reports, two
// expense claims with company- and customer-paid lines), the exact sums, and how know-how
// feedback is cut into library items.
class TestServiceReportDraft : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    bool demo(Database &db)
    {
        return db.create(m_dir.filePath(QStringLiteral("d%1.fdb").arg(++m_count)),
                         QString(64, QLatin1Char('5')), nullptr, Database::KeyKind::RawKey) &&
               DemoData::load(db, nullptr);
    }

private slots:
    void gatherTask2()
    {
        Database db;
        QVERIFY(demo(db));
        ServiceReportDraft::Inputs in;
        Error error;
        QVERIFY2(ServiceReportDraft::gather(db, DemoTasks::taskId(2), &in, &error),
                 qPrintable(error.message));
        QCOMPARE(in.number, QStringLiteral("LITH-FE-2026-0002"));
        QVERIFY(in.customer.contains(QStringLiteral("赛德")));
        QCOMPARE(in.engineers.size(), 2);
        QVERIFY(in.engineers.contains(QStringLiteral("林国栋")));
        QCOMPARE(in.claimCount, 2);
        // 39.50 + 1170.00 + 39.50 (Robert) + 45.00 (林国栋); 480.00 + 150.00 by the customer.
        QCOMPARE(in.companyPaid.toString(), QStringLiteral("1294.00"));
        QCOMPARE(in.customerPaid.toString(), QStringLiteral("630.00"));
        QCOMPARE(in.claimants.size(), 2);
        QCOMPARE(in.claimants.at(0).name, QStringLiteral("Robert"));
        QCOMPARE(in.claimants.at(0).companyPaid.toString(), QStringLiteral("1249.00"));
        QVERIFY(!in.findings.isEmpty());
        for (int i = 1; i < in.findings.size(); ++i)
            QVERIFY(in.findings.at(i - 1).date <= in.findings.at(i).date);

        QVariantMap values;
        QVERIFY(ServiceReportDraft::build(db, DemoTasks::taskId(2), &values, &error));
        QCOMPARE(values.value(QStringLiteral("task_id")).toString(), DemoTasks::taskId(2));
        QVERIFY(values.value(QStringLiteral("settlement"))
                    .toString()
                    .contains(QStringLiteral("1294.00")));
        QVERIFY(values.value(QStringLiteral("settlement"))
                    .toString()
                    .contains(QStringLiteral("630.00")));
        QVERIFY(values.value(QStringLiteral("site_situation"))
                    .toString()
                    .contains(in.findings.first().text));
        QVERIFY(!values.value(QStringLiteral("summary")).toString().isEmpty());
        // Only what the draft knows: the rest is left to the people writing it.
        QVERIFY(!values.contains(QStringLiteral("satisfaction")));
        QVERIFY(!values.contains(QStringLiteral("signed_at")));
    }

    void composeFromBrief()
    {
        ServiceReportDraft::Inputs in;
        in.taskId = QStringLiteral("t");
        in.customer = QStringLiteral("客户");
        in.start = QDate(2026, 11, 9);
        in.end = QDate(2026, 11, 12);
        in.objectives = QStringLiteral("首批一次合格");
        const QVariantMap v = ServiceReportDraft::compose(in);
        const QString summary = v.value(QStringLiteral("summary")).toString();
        QVERIFY(summary.contains(QStringLiteral("首批一次合格")));
        QVERIFY(summary.contains(QStringLiteral("2026-11-09")));
        QVERIFY(summary.contains(QStringLiteral("2026-11-12")));
        // No daily report findings: section 2 stays empty rather than saying nothing.
        QVERIFY(!v.contains(QStringLiteral("site_situation")));
        // Exact money: many small amounts add up without rounding.
        for (int i = 0; i < 1000; ++i)
            in.companyPaid += Money::fromFen(1);
        in.claimCount = 1;
        QVERIFY(ServiceReportDraft::compose(in)
                    .value(QStringLiteral("settlement"))
                    .toString()
                    .contains(QStringLiteral("10.00")));
    }

    void knowhowItems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("items");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("one line") << QStringLiteral("批号黏度偏高导致膜厚不均")
                                  << QStringList{QStringLiteral("批号黏度偏高导致膜厚不均")};
        QTest::newRow("numbered") << QStringLiteral("1. 甲\n2) 乙\n\n3、丙")
                                  << QStringList{QStringLiteral("甲"), QStringLiteral("乙"),
                                                 QStringLiteral("丙")};
        QTest::newRow("bullets") << QStringLiteral("- a\n• b\n  * c  ")
                                 << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                QStringLiteral("c")};
        QTest::newRow("full-width")
            << QStringLiteral("（1）过滤器\n一、参数窗口")
            << QStringList{QStringLiteral("过滤器"), QStringLiteral("参数窗口")};
        QTest::newRow("number kept in text")
            << QStringLiteral("3 批后更换滤芯") << QStringList{QStringLiteral("3 批后更换滤芯")};
    }
    void knowhowItems()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, items);
        QCOMPARE(ServiceReportDraft::knowhowItems(text), items);
    }

    void titleFor_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("title");
        QTest::newRow("first sentence") << QStringLiteral("新问题模式：批号黏度偏高。已建条目。")
                                        << QStringLiteral("新问题模式：批号黏度偏高");
        QTest::newRow("short") << QStringLiteral("过滤器") << QStringLiteral("过滤器");
        QTest::newRow("60 chars") << QString(60, QChar(0x4e00)) << QString(60, QChar(0x4e00));
        QTest::newRow("61 chars") << QString(61, QChar(0x4e00))
                                  << QString(59, QChar(0x4e00)) + QChar(0x2026);
    }
    void titleFor()
    {
        QFETCH(QString, item);
        QFETCH(QString, title);
        QCOMPARE(ServiceReportDraft::titleFor(item), title);
    }
};

QTEST_GUILESS_MAIN(TestServiceReportDraft)
#include "tst_servicereportdraft.moc"
