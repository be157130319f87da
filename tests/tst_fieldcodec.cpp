#include "app/catalog/FieldCodec.h"

#include <QJsonArray>
#include <QtTest>

// Every rule of FieldCodec at its boundary, table-driven.
class TestFieldCodec : public QObject
{
    Q_OBJECT
private:
    static FieldSpec spec(FieldSpec::Type type, bool required = false, int maxLength = 0)
    {
        FieldSpec f;
        f.key = QStringLiteral("f");
        f.label = "Field";
        f.type = type;
        f.required = required;
        f.maxLength = maxLength;
        f.values = {QStringLiteral("A"), QStringLiteral("B")};
        f.minimum = 0;
        f.maximum = 365;
        return f;
    }

private slots:
    void fromJson_data()
    {
        using T = FieldSpec::Type;
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("required");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");

        const auto row = [](const char *name, T t, bool req, int max, QJsonValue v, bool ok) {
            QTest::newRow(name) << int(t) << req << max << v << ok;
        };
        row("required text missing", T::Text, true, 0, QJsonValue(), false);
        row("required text blank", T::Text, true, 0, QStringLiteral("   "), false);
        row("optional text null", T::Text, false, 0, QJsonValue(), true);
        row("text at max", T::Text, false, 5, QStringLiteral("一二三四五"), true);
        row("text over max", T::Text, false, 5, QStringLiteral("一二三四五六"), false);
        row("ext-B counts as one", T::Text, false, 2, QStringLiteral("𠀀𠀁"), true);
        row("ext-B over max", T::Text, false, 2, QStringLiteral("𠀀𠀁𠀂"), false);
        row("emoji", T::Text, false, 0, QStringLiteral("好评👍"), true);
        row("sql-looking text", T::Text, false, 0, QStringLiteral("x'); DROP TABLE people;--"),
            true);
        row("text with newline", T::Text, false, 0, QStringLiteral("a\nb"), false);
        row("text with NUL", T::Text, false, 0, QString(QChar(0)), false);
        row("text with BEL", T::LongText, false, 0, QStringLiteral("a\ab"), false);
        row("text with DEL", T::Text, false, 0, QStringLiteral("a\x7f"), false);
        row("text with C1", T::Text, false, 0, QString(QChar(0x85)), false);
        row("long text newline tab", T::LongText, false, 0, QStringLiteral("a\n\tb\r\n"), true);
        row("long text 1 MB", T::LongText, false, 0, QString(1 << 20, QLatin1Char('x')), false);
        row("lone surrogate", T::Text, false, 0, QString(QChar(0xd800)), false);
        row("text as number", T::Text, false, 0, QJsonValue(5), false);
        row("date ok", T::Date, false, 0, QStringLiteral("2026-11-20"), true);
        row("date leap day", T::Date, false, 0, QStringLiteral("2028-02-29"), true);
        row("date not leap", T::Date, false, 0, QStringLiteral("2026-02-29"), false);
        row("date slashes", T::Date, false, 0, QStringLiteral("2026/11/20"), false);
        row("date with time", T::Date, false, 0, QStringLiteral("2026-11-20T00:00:00"), false);
        row("datetime offset", T::DateTime, false, 0, QStringLiteral("2026-11-20T17:00:00+08:00"),
            true);
        row("datetime Z", T::DateTime, false, 0, QStringLiteral("2026-11-20T09:00:00Z"), true);
        row("datetime no offset", T::DateTime, false, 0, QStringLiteral("2026-11-20T17:00:00"),
            false);
        row("datetime bad hour", T::DateTime, false, 0, QStringLiteral("2026-11-20T25:00:00+08:00"),
            false);
        row("enum ok", T::Enum, true, 0, QStringLiteral("A"), true);
        row("enum case", T::Enum, true, 0, QStringLiteral("a"), false);
        row("enum unknown", T::Enum, true, 0, QStringLiteral("Z"), false);
        row("enum list ok", T::EnumList, true, 0, QJsonArray{QStringLiteral("A")}, true);
        row("enum list empty required", T::EnumList, true, 0, QJsonArray{}, false);
        row("enum list unknown", T::EnumList, false, 0, QJsonArray{QStringLiteral("C")}, false);
        row("enum list duplicate", T::EnumList, false, 0,
            QJsonArray{QStringLiteral("A"), QStringLiteral("A")}, false);
        row("enum list not list", T::EnumList, false, 0, QStringLiteral("A"), false);
        row("bool true", T::Bool, false, 0, true, true);
        row("bool string", T::Bool, false, 0, QStringLiteral("true"), false);
        row("number min", T::Number, false, 0, 0.0, true);
        row("number max", T::Number, false, 0, 365.0, true);
        row("number over", T::Number, false, 0, 365.5, false);
        row("number under", T::Number, false, 0, -0.5, false);
        row("number as string", T::Number, false, 0, QStringLiteral("3"), false);
        row("uuid ok", T::Reference, false, 0,
            QStringLiteral("6b0c7a52-3f0e-4c7e-9a55-1d2f0e5c9a10"), true);
        row("uuid short", T::Reference, false, 0, QStringLiteral("6b0c7a52-3f0e"), false);
        row("uuid braces", T::Reference, false, 0,
            QStringLiteral("{6b0c7a52-3f0e-4c7e-9a55-1d2f0e5c9a10}"), false);
        row("ref list bad item", T::ReferenceList, false, 0, QJsonArray{QStringLiteral("x")},
            false);
        // Money: the interchange form is text with exactly two decimals, never negative.
        row("money ok", T::Money, true, 0, QStringLiteral("280.00"), true);
        row("money zero", T::Money, true, 0, QStringLiteral("0.00"), true);
        row("money one fen", T::Money, true, 0, QStringLiteral("0.01"), true);
        row("money at max", T::Money, false, 0, QStringLiteral("10000000000.00"), true);
        row("money over max", T::Money, false, 0, QStringLiteral("10000000000.01"), false);
        row("money required missing", T::Money, true, 0, QJsonValue(), false);
        row("money optional null", T::Money, false, 0, QJsonValue(), true);
        row("money negative", T::Money, false, 0, QStringLiteral("-12.50"), false);
        row("money three decimals", T::Money, false, 0, QStringLiteral("280.005"), false);
        row("money one decimal", T::Money, false, 0, QStringLiteral("280.5"), false);
        row("money no decimals", T::Money, false, 0, QStringLiteral("280"), false);
        row("money as number", T::Money, false, 0, QJsonValue(280.0), false);
        row("money words", T::Money, false, 0, QStringLiteral("二百八十"), false);
        row("money thousands", T::Money, false, 0, QStringLiteral("1,280.00"), false);
        row("money exponent", T::Money, false, 0, QStringLiteral("2.8e2"), false);
        row("money plus", T::Money, false, 0, QStringLiteral("+280.00"), false);
        row("money fullwidth", T::Money, false, 0, QStringLiteral("２８０.００"), false);
    }

    void wholeNumbers_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("below") << QJsonValue(0) << false;
        QTest::newRow("minimum") << QJsonValue(1) << true;
        QTest::newRow("maximum") << QJsonValue(10) << true;
        QTest::newRow("above") << QJsonValue(11) << false;
        QTest::newRow("fraction") << QJsonValue(7.5) << false;
        QTest::newRow("negative") << QJsonValue(-1) << false;
        QTest::newRow("text") << QJsonValue(QStringLiteral("9")) << false;
    }

    void wholeNumbers()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        FieldSpec f = spec(FieldSpec::Type::Number);
        f.minimum = 1;
        f.maximum = 10;
        f.wholeNumber = true;
        Error error;
        QCOMPARE(FieldCodec::fromJson(f, value, nullptr, QStringLiteral("rec-1"), &error),
                 accepted);
        if (!accepted)
            QCOMPARE(error.field, QStringLiteral("f"));
    }

    void moneyIsStoredAsFen()
    {
        const FieldSpec f = spec(FieldSpec::Type::Money, true);
        QVariant stored;
        QVERIFY(FieldCodec::fromJson(f, QStringLiteral("280.05"), &stored, QString(), nullptr));
        QCOMPARE(stored.typeId(), QMetaType::LongLong);
        QCOMPARE(stored.toLongLong(), 28005LL);
        QCOMPARE(FieldCodec::toJson(f, QVariant(7LL)), QJsonValue(QStringLiteral("0.07")));
        // The stored form an editor hands in: whole fen only, never negative.
        QVERIFY(FieldCodec::validate(f, QVariant(28005LL), QString(), nullptr));
        QVERIFY(FieldCodec::validate(f, QStringLiteral("28005"), QString(), nullptr));
        Error error;
        QVERIFY(!FieldCodec::validate(f, QVariant(-1LL), QString(), &error));
        QVERIFY(error.message.contains(QStringLiteral("-0.01")));
        QVERIFY(!FieldCodec::validate(f, QVariant(280.05), QString(), nullptr));
        QVERIFY(!FieldCodec::validate(f, QStringLiteral("280.05"), QString(), nullptr));
        QVERIFY(!FieldCodec::validate(f, QVariant(), QString(), nullptr)); // required
        // The message names the field and quotes what was typed.
        QVERIFY(!FieldCodec::fromJson(f, QStringLiteral("280.005"), nullptr, QStringLiteral("r"),
                                      &error));
        QVERIFY(error.message.contains(QStringLiteral("280.005")));
        QVERIFY(error.message.contains(QStringLiteral("(f)")));
    }

    void fromJson()
    {
        QFETCH(int, type);
        QFETCH(bool, required);
        QFETCH(int, maxLength);
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        const FieldSpec f = spec(FieldSpec::Type(type), required, maxLength);
        QVariant stored;
        Error error;
        QCOMPARE(FieldCodec::fromJson(f, value, &stored, QStringLiteral("rec-1"), &error),
                 accepted);
        if (!accepted) {
            QCOMPARE(error.code, Error::Code::Validation);
            QCOMPARE(error.field, QStringLiteral("f"));
            QCOMPARE(error.recordId, QStringLiteral("rec-1"));
            QVERIFY(error.message.contains(QStringLiteral("rec-1")));
            QVERIFY(error.message.contains(QStringLiteral("(f)")));
        } else {
            // What goes in comes back out unchanged.
            const QJsonValue back = FieldCodec::toJson(f, stored);
            if (!value.isNull() && !(value.isString() && value.toString().trimmed().isEmpty()))
                QCOMPARE(back, value);
        }
    }
};

QTEST_GUILESS_MAIN(TestFieldCodec)
#include "tst_fieldcodec.moc"
