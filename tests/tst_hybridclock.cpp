#include "db/HybridClock.h"

#include <QDateTime>
#include <QtTest>

#include <memory>

// The hybrid logical clock with an injected wall clock: monotonic whatever the wall clock does,
// a counter within one millisecond, bumped past remote timestamps, and its 48/16-bit packing.
class TestHybridClock : public QObject
{
    Q_OBJECT
private:
    // A wall clock the test moves by hand.
    struct FakeWall
    {
        std::shared_ptr<qint64> millis = std::make_shared<qint64>(0);
        HybridClock::WallClock fn() const
        {
            auto m = millis;
            return [m] {
                return *m;
            };
        }
        void set(qint64 ms) { *millis = ms; }
    };

private slots:
    void packRoundTrip_data()
    {
        QTest::addColumn<qint64>("millis");
        QTest::addColumn<int>("counter");
        QTest::newRow("zero") << qint64(0) << 0;
        QTest::newRow("one-one") << qint64(1) << 1;
        QTest::newRow("2024 max counter") << qint64(1704067200000) << 0xffff;
        QTest::newRow("2100") << qint64(4102444800000) << 0x1234;
        QTest::newRow("largest 47-bit millis") << ((qint64(1) << 47) - 1) << 0x7fff;
    }
    void packRoundTrip()
    {
        QFETCH(qint64, millis);
        QFETCH(int, counter);
        const qint64 packed = HybridClock::pack(millis, counter);
        QVERIFY(packed >= 0);
        QCOMPARE(HybridClock::millisOf(packed), millis);
        QCOMPARE(HybridClock::counterOf(packed), counter);
        // Packed values order like (millis, counter) pairs.
        if (counter < 0xffff)
            QVERIFY(HybridClock::pack(millis, counter + 1) > packed);
        if (millis + 1 < (qint64(1) << 47)) // 2^47 would reach the sign bit
            QVERIFY(HybridClock::pack(millis + 1, 0) > packed);
    }

    void firstTimestampFollowsWallClock()
    {
        FakeWall wall;
        wall.set(1704067200123);
        HybridClock clock(wall.fn());
        QCOMPARE(clock.last(), qint64(0));
        const qint64 t = clock.now();
        QCOMPARE(HybridClock::millisOf(t), qint64(1704067200123));
        QCOMPARE(HybridClock::counterOf(t), 0);
        QCOMPARE(clock.last(), t);
        // A wall clock that moved on resets the counter.
        wall.set(1704067200200);
        const qint64 u = clock.now();
        QCOMPARE(u, HybridClock::pack(1704067200200, 0));
    }

    void counterIncrementsWithinOneMillisecond()
    {
        FakeWall wall;
        wall.set(5000);
        HybridClock clock(wall.fn());
        for (int i = 0; i < 100; ++i) {
            const qint64 t = clock.now();
            QCOMPARE(HybridClock::millisOf(t), qint64(5000));
            QCOMPARE(HybridClock::counterOf(t), i);
        }
    }

    void counterOverflowStaysMonotonic()
    {
        // More events in one millisecond than the 16-bit counter holds.
        FakeWall wall;
        wall.set(7000);
        HybridClock clock(wall.fn());
        qint64 previous = -1;
        for (int i = 0; i < 0x10000 + 10; ++i) {
            const qint64 t = clock.now();
            QVERIFY(t > previous);
            previous = t;
        }
        QVERIFY(HybridClock::millisOf(previous) >= 7001);
        wall.set(7001);
        QVERIFY(clock.now() > previous);
    }

    void monotonicWhenWallClockGoesBackwards_data()
    {
        QTest::addColumn<QList<qint64>>("walls");
        QTest::newRow("one step back") << QList<qint64>{1000, 999, 1000, 1001};
        QTest::newRow("an hour back (NTP correction)")
            << QList<qint64>{3600000 + 10, 10, 11, 12, 3600000 + 10, 3600000 + 11};
        QTest::newRow("zig-zag") << QList<qint64>{500, 400, 600, 300, 700, 100, 800};
        QTest::newRow("to zero") << QList<qint64>{1704067200000, 0, 0, 1};
    }
    void monotonicWhenWallClockGoesBackwards()
    {
        QFETCH(QList<qint64>, walls);
        FakeWall wall;
        HybridClock clock(wall.fn());
        qint64 previous = 0;
        qint64 highestWall = 0;
        for (qint64 w : walls) {
            wall.set(w);
            highestWall = qMax(highestWall, w);
            const qint64 t = clock.now();
            QVERIFY2(t > previous,
                     qPrintable(QStringLiteral("wall %1: %2 <= %3").arg(w).arg(t).arg(previous)));
            // Never behind the highest wall time seen, never ahead of it by whole milliseconds
            // unless the counter overflowed (it does not here).
            QCOMPARE(HybridClock::millisOf(t), highestWall);
            previous = t;
        }
    }

    void observeFutureRemotePushesNowAbove()
    {
        FakeWall wall;
        wall.set(10000);
        HybridClock clock(wall.fn());
        const qint64 local = clock.now();
        const qint64 remote = HybridClock::pack(10000 + 60000, 7); // a device a minute ahead
        clock.observe(remote);
        QCOMPARE(clock.last(), remote);
        const qint64 next = clock.now();
        QVERIFY(next > remote);
        QVERIFY(next > local);
        QCOMPARE(next, HybridClock::pack(70000, 8));
        // Once the wall clock overtakes the remote time, it leads again.
        wall.set(80000);
        QCOMPARE(clock.now(), HybridClock::pack(80000, 0));
    }

    void observePastOrEqualChangesNothing()
    {
        FakeWall wall;
        wall.set(20000);
        HybridClock clock(wall.fn());
        const qint64 t = clock.now();
        clock.observe(HybridClock::pack(19000, 3));
        QCOMPARE(clock.last(), t);
        clock.observe(t);
        QCOMPARE(clock.last(), t);
        clock.observe(0);
        QCOMPARE(clock.now(), t + 1);
    }

    void observeSameMillisecondHigherCounter()
    {
        FakeWall wall;
        wall.set(30000);
        HybridClock clock(wall.fn());
        clock.now();
        clock.observe(HybridClock::pack(30000, 41));
        const qint64 t = clock.now();
        QCOMPARE(HybridClock::millisOf(t), qint64(30000));
        QCOMPARE(HybridClock::counterOf(t), 42);
    }

    void defaultClockUsesSystemTime()
    {
        HybridClock clock;
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 t = clock.now();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(HybridClock::millisOf(t) >= before);
        QVERIFY(HybridClock::millisOf(t) <= after);
        QVERIFY(clock.now() > t);
    }
};

QTEST_GUILESS_MAIN(TestHybridClock)
#include "tst_hybridclock.moc"
