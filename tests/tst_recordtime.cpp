#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/models/RecordTableModel.h"
#include "app/utils/RecordTime.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <ctime>

// Every date-time is shown in the offset the record carries (China time, +08:00), whatever
// the computer's time zone: the same text under UTC, New York (with its daylight-saving gap)
// and Shanghai, in the helpers and in a list model over the demo data.
class TestRecordTime : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_oldTz;

    static void useZone(const QByteArray &tz)
    {
        qputenv("TZ", tz);
        tzset();
    }

private slots:
    void initTestCase() { m_oldTz = qgetenv("TZ"); }
    void cleanupTestCase()
    {
        if (m_oldTz.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", m_oldTz);
        tzset();
    }

    void text_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        for (const char *tz : {"UTC", "America/New_York", "Asia/Shanghai"}) {
            const QByteArray zone(tz);
            QTest::newRow(QByteArray(zone + ": +08:00 kept").constData())
                << zone << "2026-11-20T17:00:00+08:00"
                << "2026-11-20 17:00";
            QTest::newRow(QByteArray(zone + ": UTC shown in China time").constData())
                << zone << "2026-11-20T09:00:00Z"
                << "2026-11-20 17:00";
            QTest::newRow(QByteArray(zone + ": another offset kept").constData())
                << zone << "2026-11-20T17:00:00+09:00"
                << "2026-11-20 17:00";
            QTest::newRow(QByteArray(zone + ": New York's spring gap").constData())
                << zone << "2026-03-08T02:30:00+08:00"
                << "2026-03-08 02:30";
            QTest::newRow(QByteArray(zone + ": milliseconds").constData())
                << zone << "2026-11-20T23:59:59.500+08:00"
                << "2026-11-20 23:59";
            QTest::newRow(QByteArray(zone + ": empty").constData()) << zone << ""
                                                                    << "";
        }
    }

    void text()
    {
        QFETCH(QByteArray, tz);
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        useZone(tz);
        QCOMPARE(RecordTime::text(QVariant(stored)), shown);
        // The edit's wall clock and back keep the time and the offset.
        const QDateTime t = RecordTime::parse(stored);
        if (t.isValid()) {
            const QDateTime wall = RecordTime::wallClock(t);
            QCOMPARE(wall.toString(QStringLiteral("yyyy-MM-dd HH:mm")), shown);
            const QDateTime back = RecordTime::fromWallClock(wall, t.offsetFromUtc());
            QCOMPARE(back.toSecsSinceEpoch(), t.toSecsSinceEpoch());
            QCOMPARE(back.offsetFromUtc(), t.offsetFromUtc());
        }
    }

    void newTimesAreChinaTime_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("New York") << QByteArray("America/New_York");
    }

    void newTimesAreChinaTime()
    {
        QFETCH(QByteArray, tz);
        useZone(tz);
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-11-20T01:02:33Z"), Qt::ISODate);
        QCOMPARE(RecordTime::minuteText(now), QStringLiteral("2026-11-20T09:02:00+08:00"));
        QCOMPARE(RecordTime::minuteText(now.toLocalTime()),
                 QStringLiteral("2026-11-20T09:02:00+08:00"));
    }

    // A list of the demo's anomalies shows the same times in every zone.
    void listShowsTheRecordsOffset_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("New York") << QByteArray("America/New_York");
    }

    void listShowsTheRecordsOffset()
    {
        QFETCH(QByteArray, tz);
        useZone(tz);
        Database db;
        Error error;
        QVERIFY(db.create(m_dir.filePath(QString::fromLatin1(tz).replace('/', '_') + ".fdb"),
                          QString(64, QLatin1Char('5')), &error, Database::KeyKind::RawKey));
        QVERIFY2(DemoData::load(db, &error), qPrintable(error.message));
        RecordTableModel model(*RecordCatalog::byArray(QStringLiteral("anomalies")));
        model.setDatabase(&db);
        QVERIFY(model.reload(&error));
        const int row =
            model.rowOfId(DemoData::idFor(QStringLiteral("anomaly"), QStringLiteral("4-glove")));
        QVERIFY(row >= 0);
        const QModelIndex cell = model.index(row, model.columnOf(QStringLiteral("occurred_at")));
        QVERIFY2(
            cell.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("2026-11-21 10:05")),
            qPrintable(cell.data(Qt::ToolTipRole).toString()));
        QVERIFY(model.index(row, 0)
                    .data(RecordTableModel::SearchTextRole)
                    .toString()
                    .contains(QStringLiteral("2026-11-21 10:05")));
    }
};

QTEST_GUILESS_MAIN(TestRecordTime)
#include "tst_recordtime.moc"
