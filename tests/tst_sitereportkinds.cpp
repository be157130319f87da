#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoDailyReports.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoTasks.h"
#include "app/interchange/InterchangeExporter.h"
#include "app/interchange/InterchangeImporter.h"
#include "app/people/SealedText.h"
#include "app/search/SearchIndex.h"
#include "db/Database.h"

#include "tests/InterchangeTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace InterchangeTestUtil;

// The on-site and closing forms as declared in SiteReportKinds: the core keys of every new
// array, the round trip through the JSON interchange, bad input for every form refused with
// nothing written, unusual text accepted, and full-text search over reports and know-how.
// Expense lines and money have tst_expenselines.
class TestSiteReportKinds : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;
    const QString m_key = QString(64, QLatin1Char('e'));
    Database m_demo; // demo data loaded once; bad imports must leave it as it is
    QJsonObject m_doc;

    bool fresh(Database &db)
    {
        return db.create(m_dir.filePath(QStringLiteral("k%1.fdb").arg(++m_count)), m_key, nullptr,
                         Database::KeyKind::RawKey);
    }
    int indexOf(const QString &array, const QString &id) const
    {
        const QJsonArray records = m_doc.value(array).toArray();
        for (int i = 0; i < records.size(); ++i) {
            if (records.at(i).toObject().value(QStringLiteral("id")).toString() == id)
                return i;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(fresh(m_demo));
        Error error;
        QVERIFY2(DemoData::load(m_demo, &error), qPrintable(error.message));
        m_doc = exported(m_demo);
    }

    void coreKeysOfEveryNewArray_data()
    {
        QTest::addColumn<QString>("array");
        QTest::addColumn<QStringList>("keys");
        const auto keys = [](const char *list) {
            return QString::fromLatin1(list).split(QLatin1Char(' '));
        };
        QTest::newRow("daily_reports")
            << "daily_reports"
            << keys("id task_id engineer_id date work findings plan support submitted_at late");
        QTest::newRow("anomalies") << "anomalies"
                                   << keys("id task_id type occurred_at notified_at notify_by "
                                           "overdue");
        QTest::newRow("service_reports")
            << "service_reports" << keys("id task_id satisfaction signed_at signed_by_ids on_time");
        QTest::newRow("callbacks")
            << "callbacks" << keys("id task_id called_at caller_id satisfaction nps");
        QTest::newRow("expense_claims")
            << "expense_claims" << keys("id task_id claimant_id lines total");
        QTest::newRow("knowhow") << "knowhow" << keys("id title level body task_ids");
    }

    void coreKeysOfEveryNewArray()
    {
        QFETCH(QString, array);
        QFETCH(QStringList, keys);
        const QJsonArray records = m_doc.value(array).toArray();
        QVERIFY(!records.isEmpty());
        for (const QJsonValue &r : records) {
            for (const QString &key : keys)
                QVERIFY2(r.toObject().contains(key), qPrintable(array + QLatin1Char('.') + key));
        }
    }

    void roundTripOfEveryNewArray()
    {
        Database b;
        QVERIFY(fresh(b));
        Error error;
        QVERIFY2(InterchangeImporter(b).importDocument(m_doc, nullptr, &error),
                 qPrintable(error.message));
        const QJsonObject again = exported(b);
        for (const char *array : {"daily_reports", "anomalies", "service_reports", "callbacks",
                                  "expense_claims", "knowhow"})
            QCOMPARE(again.value(QLatin1String(array)), m_doc.value(QLatin1String(array)));
    }

    void badInputIsRefusedWithNothingWritten_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<QString>("field");
        const auto row = [this](const char *name, const char *array, int index, const char *key,
                                const QJsonValue &value, const char *field) {
            QTest::newRow(name) << withField(m_doc, QLatin1String(array), index, QLatin1String(key),
                                             value)
                                << QString::fromLatin1(field);
        };
        row("satisfaction 0", "service_reports", 0, "satisfaction", 0, "satisfaction");
        row("satisfaction 11", "service_reports", 0, "satisfaction", 11, "satisfaction");
        row("satisfaction 7.5", "service_reports", 0, "satisfaction", 7.5, "satisfaction");
        row("satisfaction text", "service_reports", 0, "satisfaction", QStringLiteral("9"),
            "satisfaction");
        row("call-back satisfaction 0", "callbacks", 0, "satisfaction", 0, "satisfaction");
        row("nps -1", "callbacks", 0, "nps", -1, "nps");
        row("nps 11", "callbacks", 0, "nps", 11, "nps");
        // An unsigned report with a fixed id (the demo's signed correction has a random id, so
        // the first report by id may be a locked one).
        const int daily = indexOf(
            QStringLiteral("daily_reports"),
            DemoDailyReports::id(4, QStringLiteral("Robert"), QStringLiteral("2026-11-20")));
        QVERIFY(daily >= 0);
        row("report 1 MB", "daily_reports", daily, "work", QString(1 << 20, QChar(0x6d4b)), "work");
        row("control character", "daily_reports", daily, "findings",
            QStringLiteral("膜厚\u0007不均"), "findings");
        row("title with line break", "knowhow", 0, "title", QStringLiteral("一\n二"), "title");
        row("level L4", "knowhow", 0, "level", QStringLiteral("L4"), "level");
        row("anomaly type", "anomalies", 0, "type", QStringLiteral("fire"), "type");
        row("notified before it happened", "anomalies", 0, "notified_at",
            QStringLiteral("2000-01-01T00:00:00+08:00"), "notified_at");
        row("follow-up past 90 days", "callbacks",
            indexOf(QStringLiteral("callbacks"),
                    DemoData::idFor(QStringLiteral("callback"), QStringLiteral("2"))),
            "improvement_due", QStringLiteral("2027-02-12"), "improvement_due");
        row("signed by nobody", "service_reports",
            indexOf(QStringLiteral("service_reports"),
                    DemoData::idFor(QStringLiteral("service_report"), QStringLiteral("3"))),
            "signed_at", QStringLiteral("2026-11-20T10:00:00+08:00"), "signed_by_ids");
        row("claimant missing", "expense_claims", 0, "claimant_id", QJsonValue(), "claimant_id");
        // Daily reports: on-site days of the task, one per engineer and day, its engineers.
        row("date before the site", "daily_reports", daily, "date", QStringLiteral("2000-01-01"),
            "date");
        row("date after the site", "daily_reports", daily, "date", QStringLiteral("2099-01-01"),
            "date");
        row("engineer not on the task", "daily_reports", daily, "engineer_id",
            DemoData::idFor(QStringLiteral("person"), QStringLiteral("王婧")), "engineer_id");
        row("second report same day", "daily_reports", daily, "id",
            QStringLiteral("11111111-2222-4333-8444-555555555555"), "date");
        // Expense lines: tst_expenselines.
    }

    void badInputIsRefusedWithNothingWritten()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(QString, field);
        const QList<int> before = snapshot(m_demo);
        Error error;
        QVERIFY(!InterchangeImporter(m_demo).importDocument(doc, nullptr, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(error.field, field);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(snapshot(m_demo), before);
    }

    void signedReportIsLocked()
    {
        const int index =
            indexOf(QStringLiteral("service_reports"),
                    DemoData::idFor(QStringLiteral("service_report"), QStringLiteral("1")));
        const QJsonObject same = withField(m_doc, QStringLiteral("service_reports"), index,
                                           QStringLiteral("satisfaction"), 9);
        InterchangeImporter::Summary summary;
        Error error;
        QVERIFY2(InterchangeImporter(m_demo).importDocument(same, &summary, &error),
                 qPrintable(error.message));
        QCOMPARE(summary.unchanged, 1);
        const QList<int> before = snapshot(m_demo);
        for (const char *key : {"summary", "signed_at"}) {
            const QJsonObject changed =
                withField(m_doc, QStringLiteral("service_reports"), index, QLatin1String(key),
                          key == QLatin1String("summary") ? QJsonValue(QStringLiteral("改写"))
                                                          : QJsonValue());
            QVERIFY(!InterchangeImporter(m_demo).importDocument(changed, nullptr, &error));
            QCOMPARE(error.code, Error::Code::Locked);
            QCOMPARE(error.field, QLatin1String(key));
            QCOMPARE(snapshot(m_demo), before);
        }
    }

    void unusualTextIsAccepted()
    {
        const QString text =
            QStringLiteral("𠀀𠮷 好评👍 '); DROP TABLE knowhow;-- \"引号\"\n第二行");
        QJsonObject doc =
            withField(m_doc, QStringLiteral("knowhow"), 0, QStringLiteral("body"), text);
        Error error;
        QVERIFY2(InterchangeImporter(m_demo).importDocument(doc, nullptr, &error),
                 qPrintable(error.message));
        const QJsonObject back = exported(m_demo);
        const QJsonObject entry = back.value(QStringLiteral("knowhow")).toArray().at(0).toObject();
        QString body = entry.value(QStringLiteral("body")).toString();
        if (entry.value(QStringLiteral("level")).toString() == QLatin1String("L3")) {
            // An L3 text is exported sealed only; a reader's key opens exactly the text.
            QVERIFY(SealedText::isSealed(body));
            const PeopleKeys::Unlocked robert = DemoKeys::unlocked(QStringLiteral("Robert"));
            QString opened;
            QVERIFY2(SealedText::open(entry.value(QStringLiteral("id")).toString(), body,
                                      robert.personId, robert.keyId, robert.keys.sealPrivate,
                                      &opened, nullptr, &error),
                     qPrintable(error.message));
            body = opened;
        }
        QCOMPARE(body, text);
        // Put it back for the other tests.
        QVERIFY(InterchangeImporter(m_demo).importDocument(
            withField(m_doc, QStringLiteral("knowhow"), 0, QStringLiteral("body"),
                      m_doc.value(QStringLiteral("knowhow"))
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(QStringLiteral("body"))),
            nullptr, &error));
    }

    void searchFindsReportsAndKnowhow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("table");
        QTest::newRow("daily report work, 2 characters") << "取样"
                                                         << "daily_reports";
        QTest::newRow("daily report findings") << "黏度高于规格"
                                               << "daily_reports";
        QTest::newRow("daily report plan") << "百亿特对接"
                                           << "daily_reports";
        QTest::newRow("service report section 6") << "新问题模式"
                                                  << "service_reports";
        QTest::newRow("service report section 5") << "进料检验"
                                                  << "service_reports";
        QTest::newRow("know-how title") << "涂布厚度"
                                        << "knowhow";
        QTest::newRow("know-how body") << "剥离液寿命"
                                       << "knowhow";
    }

    void searchFindsReportsAndKnowhow()
    {
        QFETCH(QString, text);
        QFETCH(QString, table);
        Error error;
        const QList<SearchHit> hits = SearchIndex(m_demo).search(text, 50, &error);
        QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
        bool found = false;
        for (const SearchHit &hit : hits)
            found = found || hit.table == table;
        QVERIFY2(found, qPrintable(text));
        QVERIFY(SearchIndex(m_demo).search(QStringLiteral("不存在的词组"), 50).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSiteReportKinds)
#include "tst_sitereportkinds.moc"
