#include "app/utils/OutputFile.h"
#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// Where the desk may write a file: never over the database, its companions, its sync state
// or the shared folder (however the path is spelled), an existing file only when asked.
class TestOutputFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;

private slots:
    void initTestCase()
    {
        Error error;
        QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("desk.fdb")),
                             QString(64, QLatin1Char('c')), &error, Database::KeyKind::RawKey),
                 qPrintable(error.message));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("share/fielddesk"))));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("docs"))));
        QVERIFY(m_db.setMeta(QStringLiteral("sync_share"), m_dir.filePath(QStringLiteral("share")),
                             &error));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("desk.fdb")),
                            m_dir.filePath(QStringLiteral("docs/link.pdf"))));
    }

    void check_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("overwrite");
        QTest::addColumn<int>("code");
        const int none = int(Error::Code::None), usage = int(Error::Code::Usage),
                  exists = int(Error::Code::Exists);
        QTest::newRow("the database") << "desk.fdb" << true << usage;
        QTest::newRow("spelled another way") << "docs/../desk.fdb" << true << usage;
        QTest::newRow("through a link") << "docs/link.pdf" << true << usage;
        QTest::newRow("-wal") << "desk.fdb-wal" << true << usage;
        QTest::newRow("-shm") << "desk.fdb-shm" << true << usage;
        QTest::newRow("-journal") << "desk.fdb-journal" << true << usage;
        QTest::newRow("sync state") << "desk.fdb.sync/x.pdf" << true << usage;
        QTest::newRow("sync state folder") << "desk.fdb.sync" << true << usage;
        QTest::newRow("share") << "share/report.pdf" << true << usage;
        QTest::newRow("share, deeper, not there yet")
            << "share/fielddesk/new/x.pdf" << true << usage;
        QTest::newRow("the share itself") << "share" << true << usage;
        QTest::newRow("a similar name") << "desk.fdb.pdf" << false << none;
        QTest::newRow("next to the share") << "share2/x.pdf" << false << none;
        QTest::newRow("new file") << "docs/new.pdf" << false << none;
        QTest::newRow("a folder") << "docs" << true << usage;
        QTest::newRow("existing, refused") << "docs/old.pdf" << false << exists;
        QTest::newRow("existing, overwrite") << "docs/old.pdf" << true << none;
    }

    void check()
    {
        QFETCH(QString, target);
        QFETCH(bool, overwrite);
        QFETCH(int, code);
        QFile old(m_dir.filePath(QStringLiteral("docs/old.pdf")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        Error error;
        const bool ok = OutputFile::check(
            m_dir.filePath(target), m_db,
            overwrite ? OutputFile::Existing::Overwrite : OutputFile::Existing::Refuse, &error);
        QCOMPARE(int(error.code), code);
        QCOMPARE(ok, code == int(Error::Code::None));
        if (!ok)
            QVERIFY(!error.message.isEmpty());
    }

    void restrictToOwner()
    {
        const QString path = m_dir.filePath(QStringLiteral("docs/key.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(OutputFile::restrictToOwner(path, nullptr));
        QVERIFY(OutputFile::isOwnerOnly(path));
        // The check itself: a file anyone may read is not owner-only.
        const QString open = m_dir.filePath(QStringLiteral("docs/open.txt"));
        QFile o(open);
        QVERIFY(o.open(QIODevice::WriteOnly));
        o.close();
#ifndef Q_OS_WIN
        QVERIFY(QFile::setPermissions(open, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadOther));
#endif
        QVERIFY(!OutputFile::isOwnerOnly(open));
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
