// Files written by one SQLCipher release open with the other: every fixture set under
// tests/data/crossrelease/ (a desk database with the demo data, its team's share with a bundle
// and a snapshot, an enrollment file) was written by fielddesk-cli on Debian 12 (SQLCipher 3.4)
// or Debian 13 (SQLCipher 4.6) by packaging/make-crossrelease-fixtures.sh. The build at hand
// verifies and exports the database, and joins the team from the share (snapshot) and syncs
// (bundles) — so the pinned cipher settings cannot regress unnoticed on either release.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCrossRelease : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result cli(const QStringList &args, const QString &passphrase,
                      const QString &enrollCode = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FIELDDESK_PASSPHRASE"), passphrase);
        // English messages (asserted below) in UTF-8: under plain "C" Qt 6.8 warns on stderr
        // that the locale is not UTF-8, and stderr is asserted empty.
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        if (!enrollCode.isEmpty())
            env.insert(QStringLiteral("FIELDDESK_ENROLL_CODE"), enrollCode);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FIELDDESK_CLI_PATH), args);
        Result r;
        if (!p.waitForFinished(240000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    static QString fixtureRoot()
    {
        return QStringLiteral(FIELDDESK_SOURCE_DIR "/tests/data/crossrelease");
    }

    // A fixture folder copied, so the test never changes the committed files.
    static bool copyTree(const QString &from, const QString &to)
    {
        QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
            if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
                return false;
        }
        return true;
    }
    static QString firstLine(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readLine()).trimmed() : QString();
    }
    static QString field(const QString &file, const QString &key)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return QString();
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QString text = QString::fromUtf8(line);
            if (text.startsWith(key + QLatin1String(": ")))
                return text.mid(key.size() + 2).trimmed();
        }
        return QString();
    }

private slots:
    // Both releases have written fixtures: otherwise one direction goes unchecked.
    void bothReleasesHaveFixtures()
    {
        const QStringList sets = QDir(fixtureRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QStringList majors;
        for (const QString &set : sets) {
            const QString version =
                field(fixtureRoot() + QLatin1Char('/') + set + QStringLiteral("/WRITER.txt"),
                      QStringLiteral("sqlcipher"));
            QVERIFY2(!version.isEmpty(), qPrintable(set));
            majors << version.left(1);
        }
        QVERIFY2(majors.contains(QStringLiteral("3")), "no fixture written by SQLCipher 3");
        QVERIFY2(majors.contains(QStringLiteral("4")), "no fixture written by SQLCipher 4");
    }

    void readsFilesOfTheOtherRelease_data()
    {
        QTest::addColumn<QString>("set");
        for (const QString &set : QDir(fixtureRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QTest::newRow(qPrintable(set)) << set;
    }
    void readsFilesOfTheOtherRelease()
    {
        QFETCH(QString, set);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(copyTree(fixtureRoot() + QLatin1Char('/') + set, dir.path()));
        const QString writer = dir.filePath(QStringLiteral("WRITER.txt"));
        const QString pass = field(writer, QStringLiteral("passphrase"));
        QVERIFY(!pass.isEmpty());
        qInfo("%s: %s", qPrintable(set), qPrintable(field(writer, QStringLiteral("written by"))));
        const QString desk = dir.filePath(QStringLiteral("desk.fdb"));

        // The database: integrity, cipher and audit chain; every record readable.
        Result r = cli({QStringLiteral("verify"), QStringLiteral("--db"), desk}, pass);
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("export"), QStringLiteral("--db"), desk, QStringLiteral("--json")},
                pass);
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject exported = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(exported.value(QStringLiteral("format")).toString(),
                 QStringLiteral("fielddesk-export"));
        QVERIFY(!exported.value(QStringLiteral("tasks")).toArray().isEmpty());
        QVERIFY(!exported.value(QStringLiteral("daily_reports")).toArray().isEmpty());
        // A wrong passphrase is told apart from a file it cannot read (exit 3, not 1).
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), desk},
                     QStringLiteral("not-the-passphrase"))
                     .code,
                 3);

        // The share: a new desk joins from the snapshot, then syncs the bundles, and holds the
        // same tasks as the desk that wrote them.
        const QString joined = dir.filePath(QStringLiteral("joined.fdb"));
        const QString code = firstLine(dir.filePath(QStringLiteral("invite-code.txt")));
        QVERIFY(!code.isEmpty());
        r = cli({QStringLiteral("init"), QStringLiteral("--db"), joined}, pass);
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("team"), QStringLiteral("join"), QStringLiteral("--db"), joined,
                 QStringLiteral("--share"), dir.filePath(QStringLiteral("share")),
                 QStringLiteral("--enrollment"), dir.filePath(QStringLiteral("invite.fde"))},
                pass, code);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("started from the latest snapshot"), (r.out + r.err).constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        r = cli({QStringLiteral("sync"), QStringLiteral("--db"), joined}, pass);
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        // The change made after the snapshot came in a bundle; everything before it came with
        // the snapshot, which an older release wrote and this one migrates before restoring.
        QVERIFY2(QRegularExpression(QStringLiteral("applied 1 bundles? "))
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        r = cli({QStringLiteral("verify"), QStringLiteral("--db"), joined}, pass);
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli(
            {QStringLiteral("export"), QStringLiteral("--db"), joined, QStringLiteral("--json")},
            pass);
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject copy = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(copy.value(QStringLiteral("tasks")).toArray().size(),
                 exported.value(QStringLiteral("tasks")).toArray().size());
        QCOMPARE(copy.value(QStringLiteral("daily_reports")).toArray().size(),
                 exported.value(QStringLiteral("daily_reports")).toArray().size());
        QCOMPARE(copy.value(QStringLiteral("customers")),
                 exported.value(QStringLiteral("customers")));
        QVERIFY(QJsonDocument(exported).toJson().contains("changed after the snapshot"));
    }
};

QTEST_GUILESS_MAIN(TestCrossRelease)
#include "tst_crossrelease.moc"
