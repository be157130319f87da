#include "app/workflow/AttachmentStore.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "tests/TestUtil.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// AttachmentStore: files go into the encrypted database in one RecordStore write (change log
// and audit included), with their SHA-256; reading checks the hash; more than 20 MB is refused
// before anything is read or written; the file's bytes never appear in plaintext on disk.
class TestAttachmentStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_key = QString(64, QLatin1Char('a')).replace(0, 8, u"5eedf11e"_s);

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static qint64 count(Database &db, const QString &sql)
    {
        QSqlQuery q(db.sql());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    // A scanned page as the test knows it: binary noise around two sentinel sentences.
    static QByteArray scan()
    {
        QByteArray bytes("%PDF-1.4\n");
        for (int i = 0; i < 4096; ++i)
            bytes.append(char((i * 37 + 11) % 256));
        bytes.append(u"保密协议 SENTINEL-盛转红-签字页"_s.toUtf8());
        bytes.append("ASCII-SENTINEL-NDA-SCAN-7731\n%%EOF\n");
        return bytes;
    }

private slots:
    void addStoresContentNameAndHash()
    {
        Database db;
        Error error;
        QVERIFY2(db.create(m_dir.filePath(u"add.fdb"_s), m_key, &error, Database::KeyKind::RawKey),
                 qPrintable(error.message));
        const QByteArray content = scan();
        const QString path = writeFile(u"NDA 林国栋 签字版.pdf"_s, content);
        AttachmentStore store(db);
        QString id;
        QVERIFY2(store.add(path, &id, &error), qPrintable(error.message));
        QVERIFY(!QUuid::fromString(id).isNull());

        AttachmentStore::Info info;
        QVERIFY2(store.info(id, &info, &error), qPrintable(error.message));
        QCOMPARE(info.fileName, u"NDA 林国栋 签字版.pdf"_s);
        QCOMPARE(info.size, qint64(content.size()));
        QCOMPARE(info.mimeType, u"application/pdf"_s);
        QCOMPARE(info.sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QByteArray back;
        QVERIFY2(store.read(id, &back, &error), qPrintable(error.message));
        QCOMPARE(back, content);

        // Through RecordStore: change log and audit, like every other record.
        QVERIFY(count(db, u"SELECT count(*) FROM change_log WHERE record_table = "
                          "'attachments' AND record_id = '%1'"_s.arg(id)) >= 5);
        bool audited = false;
        for (const AuditLog::Entry &e : AuditLog(db).entries())
            audited = audited || (e.action == u"create"_s && e.recordId == id);
        QVERIFY(audited);
    }

    void missingAndUnknown()
    {
        Database db;
        Error error;
        QVERIFY(
            db.create(m_dir.filePath(u"missing.fdb"_s), m_key, &error, Database::KeyKind::RawKey));
        AttachmentStore store(db);
        QString id;
        QVERIFY(!store.add(m_dir.filePath(u"no such scan.pdf"_s), &id, &error));
        QCOMPARE(error.code, Error::Code::NotFound);
        QVERIFY(error.message.contains(u"no such scan.pdf"_s));
        QVERIFY(id.isEmpty());

        const QString unknown = RecordStore::newId();
        QByteArray data;
        QVERIFY(!store.read(unknown, &data, &error));
        QCOMPARE(error.code, Error::Code::NotFound);
        QVERIFY(error.message.contains(unknown));
    }

    void largerThan20MbIsRefusedAndNothingWritten()
    {
        Database db;
        Error error;
        QVERIFY(
            db.create(m_dir.filePath(u"large.fdb"_s), m_key, &error, Database::KeyKind::RawKey));
        const qint64 changesBefore = count(db, u"SELECT count(*) FROM change_log"_s);
        const QString path = m_dir.filePath(u"huge scan.pdf"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(AttachmentStore::MaxSize + 1)); // sparse: nothing to read
        }
        AttachmentStore store(db);
        QString id;
        QVERIFY(!store.add(path, &id, &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QVERIFY2(error.message.contains(u"huge scan.pdf"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"20"_s), qPrintable(error.message));
        QCOMPARE(count(db, u"SELECT count(*) FROM attachments"_s), 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM change_log"_s), changesBefore);

        // In memory the same limit holds; exactly 20 MB would be allowed.
        QVERIFY(!store.addData(u"x.pdf"_s, QByteArray(AttachmentStore::MaxSize + 1, 'x'),
                               RecordStore::newId(), &error));
        QCOMPARE(error.code, Error::Code::Validation);
        QByteArray read;
        QFile::resize(path, AttachmentStore::MaxSize);
        QVERIFY2(AttachmentStore::readFile(path, &read, &error), qPrintable(error.message));
        QCOMPARE(read.size(), AttachmentStore::MaxSize);
    }

    void damagedContentIsReportedByName()
    {
        Database db;
        Error error;
        QVERIFY(
            db.create(m_dir.filePath(u"damaged.fdb"_s), m_key, &error, Database::KeyKind::RawKey));
        AttachmentStore store(db);
        QString id;
        QVERIFY(store.add(writeFile(u"扫描件.png"_s, scan()), &id, &error));
        // Someone changes the bytes behind Field Desk's back.
        QSqlQuery q(db.sql());
        q.prepare(u"UPDATE attachments SET data = ? WHERE id = ?"_s);
        QByteArray other = scan();
        other[100] = char(other[100] ^ 0x01);
        q.addBindValue(other);
        q.addBindValue(id);
        QVERIFY(q.exec());
        QByteArray data = "untouched";
        QVERIFY(!store.read(id, &data, &error));
        QCOMPARE(error.recordId, id);
        QVERIFY2(error.message.contains(u"扫描件.png"_s), qPrintable(error.message));
        QVERIFY(error.message.contains(id));
        QCOMPARE(data, QByteArray("untouched"));
    }

    void bytesNeverAppearInPlaintextOnDisk()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(u"plain-check.fdb"_s);
        const QByteArray content = scan();
        {
            Database db;
            Error error;
            QVERIFY(db.create(dbPath, m_key, &error, Database::KeyKind::RawKey));
            QString id;
            QVERIFY2(AttachmentStore(db).add(writeFile(u"sentinel.pdf"_s, content), &id, &error),
                     qPrintable(error.message));
        }
        const QStringList files = TestUtil::filesUnder(dir.path());
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            const QByteArray bytes = TestUtil::readAll(file);
            QVERIFY2(!bytes.contains("ASCII-SENTINEL-NDA-SCAN-7731"), qPrintable(file));
            QVERIFY2(!TestUtil::containsText(bytes, u"保密协议 SENTINEL-盛转红-签字页"_s),
                     qPrintable(file));
            QVERIFY2(!bytes.contains(content.mid(9, 256)), qPrintable(file)); // the noise too
        }
    }
};

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
