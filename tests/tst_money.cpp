#include "app/catalog/Money.h"

#include <QRandomGenerator>
#include <QtTest>

// Exact RMB amounts: parsing at its edges and sums without rounding error.
class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("two decimals") << "280.00" << true << true << qint64(28000);
        QTest::newRow("cents") << "0.01" << true << true << qint64(1);
        QTest::newRow("negative") << "-12.50" << true << true << qint64(-1250);
        QTest::newRow("strict no decimals") << "280" << true << false << qint64(0);
        QTest::newRow("strict one decimal") << "280.5" << true << false << qint64(0);
        QTest::newRow("three decimals") << "280.005" << true << false << qint64(0);
        QTest::newRow("three decimals loose") << "280.005" << false << false << qint64(0);
        QTest::newRow("loose integer") << "280" << false << true << qint64(28000);
        QTest::newRow("loose one decimal") << "280.5" << false << true << qint64(28050);
        // The interchange form is exact: nothing around the number is dropped silently.
        QTest::newRow("strict leading space") << " 39.50" << true << false << qint64(0);
        QTest::newRow("strict trailing newline") << "39.50\n" << true << false << qint64(0);
        QTest::newRow("strict spaces") << " 9.90 " << true << false << qint64(0);
        // Typed in a form, stray spaces around the amount are the person's, not the amount's.
        QTest::newRow("loose spaces trimmed") << " 9.90 " << false << true << qint64(990);
        QTest::newRow("negative zero") << "-0.00" << true << false << qint64(0);
        QTest::newRow("negative zero loose") << "-0" << false << false << qint64(0);
        QTest::newRow("comma separator") << "1,280.00" << true << false << qint64(0);
        QTest::newRow("exponent") << "1e3" << false << false << qint64(0);
        QTest::newRow("plus sign") << "+5.00" << true << false << qint64(0);
        QTest::newRow("letters") << "abc" << true << false << qint64(0);
        QTest::newRow("empty") << "" << true << false << qint64(0);
        QTest::newRow("fullwidth digits") << "２８０.００" << true << false << qint64(0);
        QTest::newRow("at maximum") << "10000000000.00" << true << true << Money::MaxFen;
        QTest::newRow("over maximum") << "10000000000.01" << true << false << qint64(0);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, strict);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        Money m;
        QCOMPARE(Money::parse(text, &m, strict), ok);
        if (ok) {
            QCOMPARE(m.fen(), fen);
            Money back;
            QVERIFY(Money::parse(m.toString(), &back, true));
            QCOMPARE(back, m);
        }
    }

    void format()
    {
        QCOMPARE(Money::fromFen(28000).toString(), QStringLiteral("280.00"));
        QCOMPARE(Money::fromFen(5).toString(), QStringLiteral("0.05"));
        QCOMPARE(Money::fromFen(-1250).toString(), QStringLiteral("-12.50"));
        QCOMPARE(Money().toString(), QStringLiteral("0.00"));
    }

    void sumOfTenThousandLinesIsExact()
    {
        // 0.10 ten thousand times is 1000.00 exactly; in binary floating point it is not.
        Money total;
        double floating = 0;
        for (int i = 0; i < 10000; ++i) {
            Money line;
            QVERIFY(Money::parse(QStringLiteral("0.10"), &line));
            total += line;
            floating += 0.10;
        }
        QCOMPARE(total.toString(), QStringLiteral("1000.00"));
        QVERIFY(floating != 1000.0);

        // Random lines: the sum equals the sum of the integers the text stands for.
        QRandomGenerator rng(20261121);
        Money sum;
        qint64 expected = 0;
        for (int i = 0; i < 10000; ++i) {
            const qint64 fen = rng.bounded(1, 500000);
            Money m;
            QVERIFY(Money::parse(Money::fromFen(fen).toString(), &m));
            sum += m;
            expected += fen;
        }
        QCOMPARE(sum.fen(), expected);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
