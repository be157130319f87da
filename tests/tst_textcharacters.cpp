#include "app/rules/TextCharacters.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The one rule for characters in text fields: every class of refused character at the edges
// of its range, and the neighbours that stay allowed.
class TestTextCharacters : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        using P = TextCharacters::Problem;
        QTest::addColumn<uint>("codePoint");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<int>("problem");
        const auto row = [](const char *name, uint c, bool multi, P p) {
            QTest::newRow(name) << c << multi << int(p);
        };
        row("letter", 'a', false, P::None);
        row("CJK", 0x4e2d, false, P::None);
        row("extension B", 0x20000, false, P::None);
        row("emoji", 0x1f44d, false, P::None);
        row("newline one-line", '\n', false, P::LineBreak);
        row("newline multi-line", '\n', true, P::None);
        row("tab multi-line", '\t', true, P::None);
        row("U+0000", 0x0, true, P::Control);
        row("U+001F", 0x1f, true, P::Control);
        row("space", 0x20, false, P::None);
        row("U+007E", 0x7e, false, P::None);
        row("U+007F", 0x7f, true, P::Control);
        row("U+0080", 0x80, true, P::Control);
        row("U+009F", 0x9f, true, P::Control);
        row("U+00A0", 0xa0, false, P::None);
        row("U+0085 multi-line", 0x85, true, P::Control);
        row("U+2027", 0x2027, false, P::None);
        row("U+2028 one-line", 0x2028, false, P::LineBreak);
        row("U+2028 multi-line", 0x2028, true, P::LineBreak);
        row("U+2029", 0x2029, true, P::LineBreak);
        row("U+061C ALM", 0x061c, false, P::Direction);
        row("U+200E LRM", 0x200e, false, P::Direction);
        row("U+200F RLM", 0x200f, false, P::Direction);
        row("U+2029 then U+202A", 0x202a, false, P::Direction);
        row("U+202E RLO", 0x202e, false, P::Direction);
        row("U+202F", 0x202f, false, P::None);
        row("U+2065", 0x2065, false, P::None);
        row("U+2066", 0x2066, false, P::Direction);
        row("U+2069", 0x2069, false, P::Direction);
        row("U+206A", 0x206a, false, P::None);
        row("U+200A", 0x200a, false, P::None);
        row("U+200B ZWSP", 0x200b, false, P::Invisible);
        row("U+200C ZWNJ", 0x200c, false, P::None);
        row("U+200D ZWJ", 0x200d, false, P::None);
        row("U+2060", 0x2060, false, P::Invisible);
        row("U+2064", 0x2064, false, P::Invisible);
        row("U+FEFF", 0xfeff, false, P::Invisible);
        row("U+FFF8", 0xfff8, false, P::None);
        row("U+FFF9", 0xfff9, false, P::Invisible);
        row("U+FFFB", 0xfffb, false, P::Invisible);
        row("U+FFFC", 0xfffc, false, P::None);
        row("U+FFFD", 0xfffd, false, P::None);
        row("U+FFFE", 0xfffe, false, P::NonCharacter);
        row("U+FFFF", 0xffff, false, P::NonCharacter);
        row("U+FDCF", 0xfdcf, false, P::None);
        row("U+FDD0", 0xfdd0, false, P::NonCharacter);
        row("U+FDEF", 0xfdef, false, P::NonCharacter);
        row("U+FDF0", 0xfdf0, false, P::None);
        row("U+1FFFF", 0x1ffff, false, P::NonCharacter);
        row("U+10FFFE", 0x10fffe, false, P::NonCharacter);
        row("lone surrogate", 0xd800, false, P::Broken);
    }

    void classify()
    {
        QFETCH(uint, codePoint);
        QFETCH(bool, multiLine);
        QFETCH(int, problem);
        QCOMPARE(int(TextCharacters::classify(char32_t(codePoint), multiLine)), problem);
    }

    void checkFindsTheFirstAndNamesIt()
    {
        const TextCharacters::Finding ok =
            TextCharacters::check(u"甲乙 𠀀 👨‍👩‍👧"_s, false);
        QCOMPARE(int(ok.problem), int(TextCharacters::Problem::None));
        const QString text = QStringLiteral("ab") + QChar(0x202e) + QStringLiteral("cd");
        const TextCharacters::Finding f = TextCharacters::check(text, true);
        QCOMPARE(int(f.problem), int(TextCharacters::Problem::Direction));
        QCOMPARE(f.position, qsizetype(2));
        QCOMPARE(uint(f.codePoint), 0x202eu);
        QVERIFY(TextCharacters::describe(f, true).contains(QStringLiteral("U+202E")));
        // A supplementary noncharacter is found as one code point.
        const QString nonChar = QStringLiteral("x") + QString::fromUcs4(U"\U0001FFFF");
        QCOMPARE(uint(TextCharacters::check(nonChar, false).codePoint), 0x1ffffu);
        // A lone surrogate is broken text.
        const QString broken = QStringLiteral("x") + QChar(0xdc00);
        QCOMPARE(int(TextCharacters::check(broken, false).problem),
                 int(TextCharacters::Problem::Broken));
    }
};

QTEST_GUILESS_MAIN(TestTextCharacters)
#include "tst_textcharacters.moc"
