#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoTasks.h"
#include "app/models/RecordTableModel.h"
#include "app/rules/KnowhowAccess.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QTemporaryDir>
#include <QtTest>

// SOP-15 §8.2 L3 access: every role, assigned or not, leaving yesterday / today / tomorrow,
// nobody chosen; and on the demo data that every L3 decision (and only those) is audited.
class TestKnowhowAccess : public QObject
{
    Q_OBJECT
private:
    using Reason = KnowhowAccess::Reason;
    QTemporaryDir m_dir;
    const QDate m_today{2026, 11, 21};

    static QString person(const char *name)
    {
        return DemoData::idFor(QStringLiteral("person"), QString::fromUtf8(name));
    }
    static QString entry(const char *key)
    {
        return DemoData::idFor(QStringLiteral("knowhow"), QString::fromLatin1(key));
    }

private slots:
    void decide_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("assigned");
        QTest::addColumn<int>("leftOffset"); // days from today; 999: has not left
        QTest::addColumn<bool>("hasPerson");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<int>("reason");

        const int stays = 999;
        // L1 and L2 are open to anyone, even nobody chosen or someone who left.
        QTest::newRow("L1 nobody")
            << "L1"
            << "" << false << stays << false << true << int(Reason::Unrestricted);
        QTest::newRow("L2 left sales")
            << "L2"
            << "sales" << false << -1 << true << true << int(Reason::Unrestricted);
        QTest::newRow("L3 nobody")
            << "L3"
            << "" << false << stays << false << false << int(Reason::NoPerson);
        const QStringList roles = {"cto",   "gm",         "chairman", "engineer",
                                   "sales", "consultant", "admin"};
        for (const QString &role : roles) {
            const bool executive = role == QLatin1String("cto") || role == QLatin1String("gm");
            for (const bool assigned : {false, true}) {
                const QByteArray name =
                    (role + (assigned ? QStringLiteral(" assigned") : QStringLiteral(" other")))
                        .toLatin1();
                const bool allowed = executive || assigned;
                const int reason = executive  ? int(Reason::Executive)
                                   : assigned ? int(Reason::Assigned)
                                              : int(Reason::NotAssigned);
                QTest::newRow(name.constData())
                    << "L3" << role << assigned << stays << true << allowed << reason;
                QTest::newRow((name + " left yesterday").constData())
                    << "L3" << role << assigned << -1 << true << false << int(Reason::Left);
                QTest::newRow((name + " leaves today").constData())
                    << "L3" << role << assigned << 0 << true << false << int(Reason::Left);
                QTest::newRow((name + " leaves tomorrow").constData())
                    << "L3" << role << assigned << 1 << true << allowed << reason;
            }
        }
    }
    void decide()
    {
        QFETCH(QString, level);
        QFETCH(QString, role);
        QFETCH(bool, assigned);
        QFETCH(int, leftOffset);
        QFETCH(bool, hasPerson);
        QFETCH(bool, allowed);
        QFETCH(int, reason);
        KnowhowAccess::Person p{QStringLiteral("p1"), QStringLiteral("Someone"),
                                role.isEmpty() ? QStringList() : QStringList{role},
                                leftOffset == 999 ? QDate() : m_today.addDays(leftOffset)};
        const QStringList assignedIds = assigned
                                            ? QStringList{QStringLiteral("x"), QStringLiteral("p1")}
                                            : QStringList{QStringLiteral("x")};
        const KnowhowAccess::Decision d =
            KnowhowAccess::decide(level, hasPerson ? &p : nullptr, true, assignedIds, m_today);
        QCOMPARE(d.allowed, allowed);
        QCOMPARE(int(d.reason), reason);
        // A refusal says why in words.
        QCOMPARE(d.message.isEmpty(), allowed);
    }
    void unknownPerson()
    {
        KnowhowAccess::Person p{QStringLiteral("ghost"), QString(), {}, {}};
        const auto d = KnowhowAccess::decide(QStringLiteral("L3"), &p, false, {}, m_today);
        QVERIFY(!d.allowed);
        QCOMPARE(d.reason, Reason::UnknownPerson);
    }

    // The demo's L3 entry is linked to task 0002 (Robert and 林国栋 assigned).
    void checkAudits()
    {
        Database db;
        QVERIFY(db.create(m_dir.filePath(QStringLiteral("k.fdb")), QString(64, QLatin1Char('7')),
                          nullptr, Database::KeyKind::RawKey));
        Error error;
        QVERIFY2(DemoData::load(db, &error), qPrintable(error.message));
        const int before = AuditLog(db).entries().size();
        KnowhowAccess::Decision d;
        // L2: no audit entry.
        QVERIFY(
            KnowhowAccess::check(db, entry("coating-viscosity"), QString(), m_today, &d, &error));
        QVERIFY(d.allowed);
        QCOMPARE(AuditLog(db).entries().size(), before);

        const QString l3 = entry("saide-window");
        struct Case
        {
            QString person;
            bool allowed;
        };
        const QList<Case> cases = {{person("Robert"), true},  {person("KC"), true},
                                   {person("林国栋"), true},  {person("盛转红"), false},
                                   {person("周文彬"), false}, {QString(), false}};
        for (const Case &c : cases) {
            QVERIFY(KnowhowAccess::check(db, l3, c.person, m_today, &d, &error));
            QCOMPARE(d.allowed, c.allowed);
            const AuditLog::Entry last = AuditLog(db).entries().constLast();
            QCOMPARE(last.action,
                     c.allowed ? QStringLiteral("l3_access") : QStringLiteral("l3_refused"));
            QCOMPARE(last.recordId, l3);
            QVERIFY(
                last.detail.contains(c.person.isEmpty() ? QStringLiteral("no_person") : c.person));
            if (!c.allowed) {
                QCOMPARE(d.whoMay.size(), 3);
                QVERIFY(d.whoMay.contains(QStringLiteral("Robert")));
                QVERIFY(d.whoMay.contains(QStringLiteral("KC")));
                QVERIFY(d.whoMay.contains(QStringLiteral("林国栋")));
            }
        }
        QCOMPARE(AuditLog(db).entries().size(), before + cases.size());

        // 林国栋 leaves today: refused, and no longer named among those who may.
        QVERIFY(RecordStore(db).update(QStringLiteral("people"), person("林国栋"),
                                       {{QStringLiteral("left_on"), m_today.toString(Qt::ISODate)}},
                                       &error));
        QVERIFY(KnowhowAccess::check(db, l3, person("林国栋"), m_today, &d, &error));
        QVERIFY(!d.allowed);
        QCOMPARE(d.reason, Reason::Left);
        QVERIFY(!d.whoMay.contains(QStringLiteral("林国栋")));
        // The day before he left he still could.
        QVERIFY(KnowhowAccess::check(db, l3, person("林国栋"), m_today.addDays(-1), &d, &error));
        QVERIFY(d.allowed);
        QStringList problems;
        QVERIFY2(AuditLog(db).verify(&problems), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The library list names an entry's source report by task, date and kind — not by the
    // report's bare signing time.
    void listNamesSourceReports()
    {
        Database db;
        QVERIFY(db.create(m_dir.filePath(QStringLiteral("l.fdb")), QString(64, QLatin1Char('6')),
                          nullptr, Database::KeyKind::RawKey));
        QVERIFY(DemoData::load(db, nullptr));
        RecordTableModel model(*RecordCatalog::byArray(QStringLiteral("knowhow")));
        model.setDatabase(&db);
        QVERIFY(model.reload());
        const int column = model.columnOf(QStringLiteral("source_report_id"));
        QVERIFY(column >= 0);
        const auto label = [&](const char *key) {
            return model.index(model.rowOfId(entry(key)), column).data().toString();
        };
        QCOMPARE(label("coating-viscosity"),
                 QStringLiteral("LITH-FE-2026-0001 — 2026-05-19 (Service report)"));
        QCOMPARE(label("strip-training"),
                 QStringLiteral("LITH-FE-2026-0003 — 2026-11-18 (Daily report)"));
        // Body text (L3 content included) is never a list column.
        QCOMPARE(model.columnOf(QStringLiteral("body")), -1);
    }
};

QTEST_GUILESS_MAIN(TestKnowhowAccess)
#include "tst_knowhowaccess.moc"
