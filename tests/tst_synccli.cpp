#include "db/SyncBundle.h"
#include "tests/TestUtil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// fielddesk-cli team create / invite / join and sync: two databases, demo data on one, a sync
// round on each, equal exports; a damaged bundle makes sync exit 1 while good ones apply.
class TestSyncCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Result cli(const QStringList &args, const QString &enrollCode = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FIELDDESK_PASSPHRASE"), QStringLiteral("lithera-demo-2026"));
        if (!enrollCode.isEmpty())
            env.insert(QStringLiteral("FIELDDESK_ENROLL_CODE"), enrollCode);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FIELDDESK_CLI_PATH), args);
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString invite(const char *out)
    {
        const Result r =
            cli({QStringLiteral("team"), QStringLiteral("invite"), QStringLiteral("--db"),
                 path("a.fdb"), QStringLiteral("--out"), path(out)});
        if (r.code != 0)
            return QString();
        return QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n')).last();
    }

    QTemporaryDir m_dir;

private slots:
    void teamDemoSyncEqualExports()
    {
        const QString share = path("share");
        QDir().mkpath(share);
        for (const char *db : {"a.fdb", "b.fdb", "c.fdb"})
            QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), path(db)}).code, 0);
        Result r = cli({QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("--db"),
                        path("a.fdb"), QStringLiteral("--share"), share,
                        QStringLiteral("--recovery-out"), path("recovery.txt")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFile::exists(share + QStringLiteral("/fielddesk/team.json")));
        QVERIFY(TestUtil::readAll(path("recovery.txt")).contains("Recovery key"));
        // Usage errors.
        QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("--db"),
                      path("b.fdb")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("frobnicate"), QStringLiteral("--db"),
                      path("b.fdb")})
                     .code,
                 2);

        const QString code = invite("b.fde");
        QVERIFY(code.size() == 29); // 24 characters in groups of four
        // A wrong code is refused; the right one works once.
        r = cli({QStringLiteral("team"), QStringLiteral("join"), QStringLiteral("--db"),
                 path("b.fdb"), QStringLiteral("--share"), share, QStringLiteral("--enrollment"),
                 path("b.fde")},
                QStringLiteral("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"));
        QCOMPARE(r.code, 3);
        r = cli({QStringLiteral("team"), QStringLiteral("join"), QStringLiteral("--db"),
                 path("b.fdb"), QStringLiteral("--share"), share, QStringLiteral("--enrollment"),
                 path("b.fde")},
                code);
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("team"), QStringLiteral("join"), QStringLiteral("--db"),
                 path("c.fdb"), QStringLiteral("--share"), share, QStringLiteral("--enrollment"),
                 path("b.fde")},
                code);
        QCOMPARE(r.code, 4); // used already

        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), path("a.fdb")}).code, 0);
        r = cli({QStringLiteral("sync"), QStringLiteral("--db"), path("a.fdb"),
                 QStringLiteral("--snapshot")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Snapshot"));
        r = cli({QStringLiteral("sync"), QStringLiteral("--db"), path("b.fdb"),
                 QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("applied_bundles")).toInt(), 1);
        QVERIFY(report.value(QStringLiteral("applied_changes")).toInt() > 500);
        const Result ea = cli({QStringLiteral("export"), QStringLiteral("--db"), path("a.fdb"),
                               QStringLiteral("--json")});
        const Result eb = cli({QStringLiteral("export"), QStringLiteral("--db"), path("b.fdb"),
                               QStringLiteral("--json")});
        QCOMPARE(ea.code, 0);
        QVERIFY(ea.out.size() > 10000);
        QCOMPARE(eb.out, ea.out);

        // A third device joins and finds a damaged first bundle in device b's folder (b has
        // published nothing itself): sync exits 1, and device a's bundle is applied anyway.
        // It starts from device a's snapshot.
        const QString c = invite("c.fde");
        r = cli({QStringLiteral("team"), QStringLiteral("join"), QStringLiteral("--db"),
                 path("c.fdb"), QStringLiteral("--share"), share, QStringLiteral("--enrollment"),
                 path("c.fde")},
                c);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("snapshot"), r.out.constData());
        const QString bDir = QDir(share + QStringLiteral("/fielddesk/devices"))
                                 .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                                 .join(QLatin1Char(','));
        QVERIFY(!bDir.isEmpty());
        QString victim;
        for (const QString &d : bDir.split(QLatin1Char(','))) {
            const QString candidate = share + QStringLiteral("/fielddesk/devices/") + d +
                                      QStringLiteral("/") + SyncBundle::fileName(1);
            if (!QFile::exists(candidate)) {
                victim = candidate;
                break;
            }
        }
        QVERIFY(!victim.isEmpty());
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        r = cli({QStringLiteral("sync"), QStringLiteral("--db"), path("c.fdb"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject third = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(third.value(QStringLiteral("applied_bundles")).toInt(), 0); // in the snapshot
        QCOMPARE(third.value(QStringLiteral("quarantined")).toArray().size(), 1);
        QVERIFY(third.value(QStringLiteral("quarantined"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QStringLiteral("000000001.fdb")));
        const Result ec = cli({QStringLiteral("export"), QStringLiteral("--db"), path("c.fdb"),
                               QStringLiteral("--json")});
        QCOMPARE(ec.out, ea.out);
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
