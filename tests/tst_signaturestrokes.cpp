#include "app/rules/SignerRoles.h"
#include "app/signing/SignatureStrokes.h"

#include <QtTest>

// The captured-signature value (parse, serialise, limits, ink) and the signer roles of each
// form (SOP-10 §9).
class TestSignatureStrokes : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void roundTrip();
    void limits();
    void ink();
    void roles_data();
    void roles();
    void missingRoles();
};

void TestSignatureStrokes::parse_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("points");
    QTest::newRow("one stroke") << R"({"width":300,"height":100,"strokes":[[0,0,10,10,20,5]]})"
                                << true << 3;
    QTest::newRow("two strokes") << R"({"width":300,"height":100,"strokes":[[1,1],[2,2,3,3]]})"
                                 << true << 3;
    QTest::newRow("no strokes") << R"({"width":300,"height":100,"strokes":[]})" << true << 0;
    QTest::newRow("edge of pad") << R"({"width":300,"height":100,"strokes":[[300,100,0,0]]})"
                                 << true << 2;
    QTest::newRow("beyond right") << R"({"width":300,"height":100,"strokes":[[300.1,50]]})" << false
                                  << 0;
    QTest::newRow("negative") << R"({"width":300,"height":100,"strokes":[[-0.1,50]]})" << false
                              << 0;
    QTest::newRow("infinite") << R"({"width":300,"height":100,"strokes":[[1e999,50]]})" << false
                              << 0;
    QTest::newRow("NaN literal") << R"({"width":300,"height":100,"strokes":[[NaN,50]]})" << false
                                 << 0;
    QTest::newRow("odd count") << R"({"width":300,"height":100,"strokes":[[1,2,3]]})" << false << 0;
    QTest::newRow("empty stroke") << R"({"width":300,"height":100,"strokes":[[]]})" << false << 0;
    QTest::newRow("string coordinate")
        << R"({"width":300,"height":100,"strokes":[["1",2]]})" << false << 0;
    QTest::newRow("stroke not a list")
        << R"({"width":300,"height":100,"strokes":[5]})" << false << 0;
    QTest::newRow("width 0") << R"({"width":0,"height":100,"strokes":[]})" << false << 0;
    QTest::newRow("width 1") << R"({"width":1,"height":1,"strokes":[[1,1]]})" << true << 1;
    QTest::newRow("width at max") << R"({"width":4000,"height":100,"strokes":[]})" << true << 0;
    QTest::newRow("width over max")
        << R"({"width":4000.5,"height":100,"strokes":[]})" << false << 0;
    QTest::newRow("height missing") << R"({"width":300,"strokes":[]})" << false << 0;
    QTest::newRow("strokes missing") << R"({"width":300,"height":100})" << false << 0;
    QTest::newRow("not an object") << R"([1,2])" << false << 0;
    QTest::newRow("not JSON") << "strokes" << false << 0;
}

void TestSignatureStrokes::parse()
{
    QFETCH(QString, json);
    QFETCH(bool, ok);
    QFETCH(int, points);
    SignatureStrokes s;
    Error error;
    QCOMPARE(SignatureStrokes::parse(json, &s, &error), ok);
    if (ok) {
        QCOMPARE(s.pointCount(), points);
    } else {
        QCOMPARE(error.code, Error::Code::Validation);
        QCOMPARE(error.field, QStringLiteral("strokes"));
        QVERIFY(!error.message.isEmpty());
    }
}

void TestSignatureStrokes::roundTrip()
{
    SignatureStrokes s;
    s.width = 320;
    s.height = 120;
    s.strokes = {QPolygonF({QPointF(10.04, 20.06), QPointF(30, 40)}), QPolygonF({QPointF(5, 5)})};
    SignatureStrokes back;
    Error error;
    QVERIFY2(SignatureStrokes::parse(s.toJson(), &back, &error), qPrintable(error.message));
    QCOMPARE(back.width, 320.0);
    QCOMPARE(back.strokes.size(), 2);
    QCOMPARE(back.strokes.at(0).at(0), QPointF(10.0, 20.1)); // rounded to 0.1 unit
    QCOMPARE(back.toJson(), s.toJson());
    QCOMPARE(s.toJson(),
             QStringLiteral(R"({"height":120,"strokes":[[10,20.1,30,40],[5,5]],"width":320})"));
}

void TestSignatureStrokes::limits()
{
    SignatureStrokes s;
    s.width = 300;
    s.height = 100;
    QPolygonF line;
    for (int i = 0; i < SignatureStrokes::MaxPoints; ++i)
        line << QPointF(i % 300, 50);
    s.strokes = {line};
    Error error;
    QVERIFY2(s.check(&error), qPrintable(error.message));
    SignatureStrokes parsed;
    QVERIFY2(SignatureStrokes::parse(s.toJson(), &parsed, &error), qPrintable(error.message));
    s.strokes.append(QPolygonF({QPointF(1, 1)})); // one point too many
    QVERIFY(!s.check(&error));
    QVERIFY(!SignatureStrokes::parse(s.toJson(), &parsed, &error));

    SignatureStrokes many;
    many.width = 300;
    many.height = 100;
    for (int i = 0; i < SignatureStrokes::MaxStrokes; ++i)
        many.strokes << QPolygonF({QPointF(1, 1)});
    QVERIFY(many.check(&error));
    many.strokes << QPolygonF({QPointF(1, 1)});
    QVERIFY(!many.check(&error));
    QVERIFY(!SignatureStrokes::parse(many.toJson(), &parsed, &error));
}

void TestSignatureStrokes::ink()
{
    SignatureStrokes s;
    s.width = 200;
    s.height = 100;
    QVERIFY(!s.hasEnoughInk());
    s.strokes = {QPolygonF({QPointF(0, 0), QPointF(49, 0)})}; // 49 < 0.25 × 200
    QVERIFY(!s.hasEnoughInk());
    s.strokes = {QPolygonF({QPointF(0, 0), QPointF(30, 0)}),
                 QPolygonF({QPointF(0, 10), QPointF(20, 10)})}; // 50 in two strokes
    QCOMPARE(s.inkLength(), 50.0);
    QVERIFY(s.hasEnoughInk());
}

void TestSignatureStrokes::roles_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("required");
    QTest::newRow("service report")
        << "service_reports" << QStringList{"engineer", "cto", "customer"}
        << QStringList{"engineer", "cto"};
    QTest::newRow("daily report") << "daily_reports" << QStringList{"engineer"}
                                  << QStringList{"engineer"};
    QTest::newRow("call-back") << "callbacks" << QStringList{"caller"} << QStringList{"caller"};
    QTest::newRow("expense claim")
        << "expense_claims" << QStringList{"claimant", "admin"} << QStringList{"claimant", "admin"};
    QTest::newRow("NDA") << "ndas" << QStringList{"custodian"} << QStringList{"custodian"};
    QTest::newRow("briefing") << "briefings" << QStringList{"cto", "engineer"}
                              << QStringList{"cto", "engineer"};
    QTest::newRow("monthly review")
        << "monthly_reviews" << QStringList{"cto"} << QStringList{"cto"};
    QTest::newRow("complaint") << "complaints" << QStringList{"handler"} << QStringList{"handler"};
    QTest::newRow("know-how incident")
        << "knowhow_incidents" << QStringList{"reporter", "cto"} << QStringList{"reporter", "cto"};
    QTest::newRow("task: not a signed form") << "tasks" << QStringList{} << QStringList{};
    QTest::newRow("expense line: signed with its claim")
        << "expense_lines" << QStringList{} << QStringList{};
}

void TestSignatureStrokes::roles()
{
    QFETCH(QString, table);
    QFETCH(QStringList, roles);
    QFETCH(QStringList, required);
    QStringList keys, requiredKeys;
    for (const SignerRole &r : SignerRoles::forTable(table)) {
        keys << r.key;
        if (r.required)
            requiredKeys << r.key;
        QVERIFY(!r.translatedLabel().isEmpty());
        QVERIFY(SignerRoles::find(table, r.key));
    }
    QCOMPARE(keys, roles);
    QCOMPARE(requiredKeys, required);
    QCOMPARE(SignerRoles::isSignable(table), !roles.isEmpty());
    QVERIFY(!SignerRoles::find(table, QStringLiteral("nobody")));
}

void TestSignatureStrokes::missingRoles()
{
    const QString sr = QStringLiteral("service_reports");
    QCOMPARE(SignerRoles::missingRoles(sr, {}), QStringList({"engineer", "cto"}));
    QCOMPARE(SignerRoles::missingRoles(sr, {"engineer"}), QStringList({"cto"}));
    QCOMPARE(SignerRoles::missingRoles(sr, {"customer"}), QStringList({"engineer", "cto"}));
    QVERIFY(SignerRoles::missingRoles(sr, {"cto", "engineer"}).isEmpty());
    // Only the customer (external, optional) block takes a typed name.
    QVERIFY(SignerRoles::find(sr, QStringLiteral("customer"))->external);
    QVERIFY(!SignerRoles::find(sr, QStringLiteral("cto"))->external);
    QCOMPARE(SignerRoles::find(sr, QStringLiteral("cto"))->personRoles, QStringList{"cto"});
    QCOMPARE(
        SignerRoles::find(QStringLiteral("expense_claims"), QStringLiteral("admin"))->personRoles,
        QStringList{"admin"});
}

QTEST_GUILESS_MAIN(TestSignatureStrokes)
#include "tst_signaturestrokes.moc"
