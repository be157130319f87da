#include "app/catalog/RecordCatalog.h"
#include "app/interchange/InterchangeImporter.h"
#include "app/models/RecordTableModel.h"
#include "app/utils/AppSettings.h"
#include "db/Database.h"
#include "db/SqlCipherDriver.h"
#include "tests/GuiTestUtil.h"
#include "tests/bench/TenYearData.h"
#include "ui/desk/DeadlinePanel.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/StartPage.h"
#include "ui/desk/UnlockDialog.h"
#include "ui/records/RecordListPage.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <ctime>

#include <sqlite3.h>

// Watches the GUI thread's event loop: a timer that should fire every few milliseconds notes
// the longest stretch between two firings. Measured in CPU time of the GUI thread, so a busy
// machine (other builds, parallel tests) does not make an idle desk look blocked, while work
// done on the GUI thread without returning to the event loop counts in full.
class EventLoopWatchdog : public QObject
{
public:
    EventLoopWatchdog()
    {
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_longestMs = 0;
        m_last = threadCpuMs();
        m_timer.start();
    }
    double stop()
    {
        tick();
        m_timer.stop();
        return m_longestMs;
    }

    static double threadCpuMs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
    }

private:
    void tick()
    {
        const double now = threadCpuMs();
        m_longestMs = qMax(m_longestMs, now - m_last);
        m_last = now;
    }
    QTimer m_timer;
    double m_last = 0;
    double m_longestMs = 0;
};

// Counts, on one SQLite connection, the rows each statement stepped through in a full scan of a
// table or index (SQLITE_STMTSTATUS_FULLSCAN_STEP, read when the statement finishes). On the
// GUI thread's connection this is the work that grows with the size of a table: a list loaded
// there, a COUNT(*), a check over every record. Lookups by key do not count.
class ScanCounter
{
public:
    struct Scan
    {
        QString sql;
        int rows = 0;
    };
    explicit ScanCounter(sqlite3 *connection) : m_connection(connection)
    {
        sqlite3_trace_v2(m_connection, SQLITE_TRACE_PROFILE, &ScanCounter::traced, this);
    }
    ~ScanCounter() { sqlite3_trace_v2(m_connection, 0, nullptr, nullptr); }
    void clear() { m_scans.clear(); }
    // The largest scan, with its SQL.
    Scan largest() const
    {
        Scan top;
        for (const Scan &s : m_scans) {
            if (s.rows > top.rows)
                top = s;
        }
        return top;
    }
    QString describe(int atLeast) const
    {
        QStringList lines;
        for (const Scan &s : m_scans) {
            if (s.rows >= atLeast)
                lines << QStringLiteral("%1 rows: %2").arg(s.rows).arg(s.sql.left(160));
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    static int traced(unsigned type, void *context, void *statement, void *)
    {
        if (type != SQLITE_TRACE_PROFILE)
            return 0;
        auto *stmt = static_cast<sqlite3_stmt *>(statement);
        const int rows = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 1);
        if (rows > 0)
            static_cast<ScanCounter *>(context)->m_scans.append(
                {QString::fromUtf8(sqlite3_sql(stmt)), rows});
        return 0;
    }
    sqlite3 *m_connection;
    QList<Scan> m_scans;
};

// quality.md: the GUI thread never blocks for more than 100 ms. Drives the desktop on a
// scaled ten-year data set (TenYearData at 1/30: 100 tasks, 1,000 daily reports, 2,000 expense
// lines, 67 know-how entries, imported through InterchangeImporter) while the watchdog runs:
// unlocking, and switching through every record list.
class TestGuiWatchdog : public QObject
{
    Q_OBJECT
private:
    const QString m_pass = QStringLiteral("watchdog passphrase");
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QString m_path;
    static constexpr double LimitMs = 100;
    // Rows a statement on the GUI thread's connection may step through in a full scan.
    static constexpr int MaxGuiScanRows = 300;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        m_path = m_dir.filePath(QStringLiteral("scaled.fdb"));
        Database db;
        Error error;
        QVERIFY2(db.create(m_path, m_pass, &error), qPrintable(error.message));
        TenYearData::Counts counts;
        const QByteArray json =
            QJsonDocument(TenYearData::build(1.0 / 30, 20261207, &counts)).toJson();
        QVERIFY2(InterchangeImporter(db).importJson(json, nullptr, &error),
                 qPrintable(error.message));
        QVERIFY(counts.dailyReports >= 1000);
    }

    // The watchdog itself: work that keeps the loop from running is seen in full.
    void watchdogSeesABlockedLoop()
    {
        EventLoopWatchdog watchdog;
        watchdog.start();
        QTest::qWait(20);
        QTimer::singleShot(0, [] {
            // 150 ms of the GUI thread's CPU, however busy the machine is.
            const double from = EventLoopWatchdog::threadCpuMs();
            volatile quint64 sink = 0;
            while (EventLoopWatchdog::threadCpuMs() - from < 150)
                sink = sink + 1;
        });
        QTest::qWait(400);
        QVERIFY(watchdog.stop() >= LimitMs);
        watchdog.start();
        QTest::qWait(100);
        QVERIFY(watchdog.stop() < LimitMs);
    }

    void unlockAndListSwitchingKeepTheLoopResponsive()
    {
        MainWindow w(GuiTestUtil::openDatabase(m_path, m_pass));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        EventLoopWatchdog watchdog;

        // Unlock: the KDF runs off the GUI thread; the window must not stall once it is done.
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(w.isLocked());
        QTRY_VERIFY(w.unlockDialog() && w.unlockDialog()->isVisible());
        UnlockDialog *dialog = w.unlockDialog();
        QTest::keyClicks(GuiTestUtil::child<QLineEdit>(dialog, QStringLiteral("passphraseEdit")),
                         m_pass);
        watchdog.start();
        QTest::mouseClick(GuiTestUtil::child<QPushButton>(dialog, QStringLiteral("okButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isLocked(), 60000);
        QTest::qWait(200);
        const double unlockMs = watchdog.stop();
        qInfo("unlock: GUI thread blocked at most %.1f ms (CPU)", unlockMs);

        // Every record list, one after the other.
        watchdog.start();
        QStringList shown;
        for (const RecordKind &kind : RecordCatalog::kinds()) {
            if (kind.isNested() || !w.listPage(kind.array))
                continue;
            w.showArea(kind.array);
            QTest::qWait(20);
            shown << kind.array;
        }
        const double switchingMs = watchdog.stop();
        qInfo("list switching (%lld lists): GUI thread blocked at most %.1f ms (CPU)",
              qlonglong(shown.size()), switchingMs);
        QVERIFY(shown.contains(QStringLiteral("daily_reports")));
        QVERIFY2(unlockMs < LimitMs,
                 qPrintable(QStringLiteral("unlock blocked %1 ms").arg(unlockMs)));
        QVERIFY2(switchingMs < LimitMs,
                 qPrintable(QStringLiteral("list switching blocked %1 ms").arg(switchingMs)));
    }

    // Whatever the size of the tables, the window's first show and opening a list read no
    // table in full on the GUI thread's connection: the rows of the lists, the start page's
    // counts, the audit check and the deadlines come from the background reader's own
    // connection. The scaled set's smallest list that matters has 1,000 daily reports (and
    // 2,000 expense lines, 3,700 audit entries); a scan of a small register (people, the
    // holiday calendar) stays below the limit.
    void firstShowAndListOpeningScanNoTableOnTheGuiThread()
    {
        std::unique_ptr<Database> db = GuiTestUtil::openDatabase(m_path, m_pass);
        // The window closes the connection: the counter (declared after it) lets go first.
        std::unique_ptr<MainWindow> window;
        ScanCounter scans(db->driver()->connection());
        EventLoopWatchdog watchdog;
        watchdog.start();
        window = std::make_unique<MainWindow>(std::move(db));
        MainWindow &w = *window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Usable before the figures are there: they arrive from the worker.
        auto *start = GuiTestUtil::child<StartPage>(&w, QStringLiteral("startPage"));
        QTRY_VERIFY_WITH_TIMEOUT(start->isSummaryShown(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(start->deadlines()->isCurrent(), 30000);
        QVERIFY(GuiTestUtil::child<QLabel>(start, QStringLiteral("count_daily_reports"))
                    ->text()
                    .contains(QRegularExpression(QStringLiteral("\\d"))));
        const double firstShowMs = watchdog.stop();
        const ScanCounter::Scan atShow = scans.largest();
        qInfo("first show: GUI thread blocked at most %.1f ms (CPU); largest scan on its "
              "connection %d rows",
              firstShowMs, atShow.rows);
        QVERIFY2(atShow.rows < MaxGuiScanRows,
                 qPrintable(QStringLiteral("first show read whole tables on the GUI thread:\n") +
                            scans.describe(MaxGuiScanRows)));
        QVERIFY2(firstShowMs < LimitMs,
                 qPrintable(QStringLiteral("first show blocked %1 ms").arg(firstShowMs)));

        scans.clear();
        watchdog.start();
        QHash<QString, int> shownRows;
        for (const RecordKind &kind : RecordCatalog::kinds()) {
            RecordListPage *page = w.listPage(kind.array);
            if (kind.isNested() || !page)
                continue;
            w.showArea(kind.array);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 30000);
            shownRows.insert(kind.array, page->model()->rowCount());
        }
        const double openingMs = watchdog.stop();
        const ScanCounter::Scan atOpening = scans.largest();
        qInfo("opening %lld lists: GUI thread blocked at most %.1f ms (CPU); largest scan on its "
              "connection %d rows",
              qlonglong(shownRows.size()), openingMs, atOpening.rows);
        QVERIFY(shownRows.size() >= 10);
        QVERIFY2(
            atOpening.rows < MaxGuiScanRows,
            qPrintable(QStringLiteral("opening a list read whole tables on the GUI thread:\n") +
                       scans.describe(MaxGuiScanRows)));
        QVERIFY2(openingMs < LimitMs,
                 qPrintable(QStringLiteral("opening the lists blocked %1 ms").arg(openingMs)));
        // And the lists hold every live record (counted here, after the measurement).
        for (auto it = shownRows.cbegin(); it != shownRows.cend(); ++it)
            QCOMPARE(it.value(), RecordTableModel::liveRecordCount(
                                     *w.database(), *RecordCatalog::byArray(it.key())));
        QVERIFY(shownRows.value(QStringLiteral("daily_reports")) >= 1000);
    }
};

QTEST_MAIN(TestGuiWatchdog)
#include "tst_gui_watchdog.moc"
