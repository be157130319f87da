#include "app/rules/PpeRule.h"

#include <QtTest>

// SOP-10 §5.2.7: PPE is cumulative by risk level.
class TestPpeRule : public QObject
{
    Q_OBJECT
private slots:
    void items_data()
    {
        QTest::addColumn<QString>("risk");
        QTest::addColumn<QStringList>("expected");
        const QStringList low{QStringLiteral("safety_shoes"), QStringLiteral("helmet"),
                              QStringLiteral("work_clothes")};
        const QStringList medium =
            low + QStringList{QStringLiteral("chemical_gloves"), QStringLiteral("goggles"),
                              QStringLiteral("respirator_mask")};
        const QStringList high = medium + QStringList{QStringLiteral("chemical_suit"),
                                                      QStringLiteral("full_face_respirator"),
                                                      QStringLiteral("emergency_contact_card")};
        QTest::newRow("low") << QStringLiteral("low") << low;
        QTest::newRow("medium") << QStringLiteral("medium") << medium;
        QTest::newRow("high") << QStringLiteral("high") << high;
        QTest::newRow("hf") << QStringLiteral("hf")
                            << (high + QStringList{QStringLiteral("hf_first_aid_kit")});
        QTest::newRow("unknown") << QStringLiteral("extreme") << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void items()
    {
        QFETCH(QString, risk);
        QFETCH(QStringList, expected);
        const QStringList items = PpeRule::itemsFor(risk);
        QCOMPARE(items, expected);
        for (const QString &item : items)
            QVERIFY2(PpeRule::label(item) != item, qPrintable(item));
    }
};

QTEST_GUILESS_MAIN(TestPpeRule)
#include "tst_pperule.moc"
