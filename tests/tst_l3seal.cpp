#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoTasks.h"
#include "app/interchange/InterchangeExporter.h"
#include "app/interchange/InterchangeImporter.h"
#include "app/people/L3Seal.h"
#include "app/people/SealedText.h"
#include "app/rules/KnowhowAccess.h"
#include "app/workflow/RecordSave.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "tests/SyncTestUtil.h"
#include "tests/TestUtil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

// Sealed L3 know-how (L3Seal, SealedText): the text is stored, logged, synced, exported and
// backed up only sealed; only today's readers open it, with their own key; a person who left
// is dropped and the key rotated at the next edit; a newly linked engineer is wrapped in at the
// next opening; text stored in clear by an older version is sealed with all its copies.
class TestL3Seal : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    const QString m_secret = QStringLiteral("配方哨兵SENTINEL-L3-9d41 混配温度七十二度");

    static QString person(const char *name) { return DemoData::personId(name); }

    bool demoDb(Database &db)
    {
        Error error;
        if (!db.create(m_dir.filePath(QStringLiteral("d%1.fdb").arg(++m_files)),
                       QString(64, QLatin1Char('5')), &error, Database::KeyKind::RawKey) ||
            !DemoData::load(db, &error)) {
            qWarning() << error.message;
            return false;
        }
        return true;
    }

    // A new L3 entry linked to demo task 2 (Robert and 林国栋), saved as the editor saves it.
    QString saveEntry(Database &db, const QString &text)
    {
        const QString id = RecordSave::newId();
        Error error;
        const bool ok = RecordSave(db).save(
            *RecordCatalog::byTable(QStringLiteral("knowhow")), id, true, {},
            {{QStringLiteral("title"), QStringLiteral("混配参数窗口 L3")},
             {QStringLiteral("level"), QStringLiteral("L3")},
             {QStringLiteral("body"), text},
             {QStringLiteral("task_ids"), FieldCodec::storedList({DemoTasks::taskId(2)})}},
            {}, &error);
        if (!ok)
            qWarning() << error.message;
        return ok ? id : QString();
    }

    static QString storedBody(Database &db, const QString &id)
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT body FROM knowhow WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    // Every value of every table, decrypted: what anyone with the desk's passphrase can read.
    static QByteArray everything(Database &db)
    {
        QByteArray all;
        QSqlQuery tables(db.sql());
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &name : std::as_const(names)) {
            QSqlQuery q(db.sql());
            if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name)))
                continue;
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant v = q.value(i);
                    all += v.typeId() == QMetaType::QByteArray ? v.toByteArray()
                                                               : v.toString().toUtf8();
                    all += '\n';
                }
            }
        }
        return all;
    }

    static PeopleKeys::Unlocked unlocked(const char *name)
    {
        return DemoKeys::unlocked(QString::fromUtf8(name));
    }

private slots:
    void sealedTextOpensOnlyForItsReaders()
    {
        const PeopleKeys::Unlocked robert = unlocked("Robert");
        const PeopleKeys::Unlocked kc = unlocked("KC");
        const PeopleKeys::Unlocked other = unlocked("盛转红");
        const QList<SealedText::Recipient> readers{
            {robert.personId, robert.keyId, robert.keys.sealPublic},
            {kc.personId, kc.keyId, kc.keys.sealPublic}};
        const QString id = RecordStore::newId();
        QString sealed;
        Error error;
        QVERIFY(
            SealedText::seal(id, m_secret, SealedText::newContentKey(), readers, &sealed, &error));
        QVERIFY(sealed.startsWith(QLatin1String("sealed:v1:")));
        QVERIFY(!TestUtil::containsText(sealed.toUtf8(), m_secret));
        for (const PeopleKeys::Unlocked &p : {robert, kc}) {
            QString plain;
            QVERIFY2(SealedText::open(id, sealed, p.personId, p.keyId, p.keys.sealPrivate, &plain,
                                      nullptr, &error),
                     qPrintable(error.message));
            QCOMPARE(plain, m_secret);
        }
        QString plain;
        // Someone not among the wraps; someone using another person's wrap with their key.
        QVERIFY(!SealedText::open(id, sealed, other.personId, other.keyId, other.keys.sealPrivate,
                                  &plain, nullptr, &error));
        QVERIFY(!SealedText::open(id, sealed, robert.personId, robert.keyId, other.keys.sealPrivate,
                                  &plain, nullptr, &error));
        // Moved to another entry: does not open.
        QVERIFY(!SealedText::open(RecordStore::newId(), sealed, robert.personId, robert.keyId,
                                  robert.keys.sealPrivate, &plain, nullptr, &error));
        // One byte of the ciphertext changed: refused.
        SealedText::Envelope e;
        QVERIFY(SealedText::parse(sealed, &e));
        e.content[20] = char(e.content[20] ^ 1);
        QVERIFY(!SealedText::open(id, SealedText::format(e), robert.personId, robert.keyId,
                                  robert.keys.sealPrivate, &plain, nullptr, &error));
        QVERIFY(plain.isEmpty());
        QVERIFY(!SealedText::isWellFormed(QStringLiteral("sealed:v1:%%%")));
    }

    void savingSealsAndReadersOpen()
    {
        Database db;
        QVERIFY(demoDb(db));
        const QString id = saveEntry(db, m_secret);
        QVERIFY(!id.isEmpty());
        const QString body = storedBody(db, id);
        QVERIFY(SealedText::isSealed(body));
        QVERIFY(!TestUtil::containsText(everything(db), m_secret));
        SealedText::Envelope e;
        QVERIFY(SealedText::parse(body, &e));
        QCOMPARE(e.wraps.size(), 3); // Robert, KC, 林国栋
        for (const char *name : {"Robert", "KC", "林国栋"}) {
            QString plain;
            Error error;
            QVERIFY2(
                L3Seal(db).open(id, unlocked(name), QDate::currentDate(), &plain, nullptr, &error),
                qPrintable(error.message));
            QCOMPARE(plain, m_secret);
        }
        QString plain;
        Error error;
        const int refusals = AuditLog(db).entries().size();
        QVERIFY(!L3Seal(db).open(id, unlocked("盛转红"), QDate::currentDate(), &plain, nullptr,
                                 &error));
        QVERIFY(plain.isEmpty());
        QCOMPARE(AuditLog(db).entries().constLast().action, QStringLiteral("l3_refused"));
        QCOMPARE(AuditLog(db).entries().size(), refusals + 1);
        // The demo's own L3 entry came sealed.
        QVERIFY(SealedText::isSealed(storedBody(
            db, DemoData::idFor(QStringLiteral("knowhow"), QStringLiteral("saide-window")))));
    }

    void nobodyWithAKeyIsRefused()
    {
        // A fresh database: people, but nobody enrolled. L3 text is not stored in clear.
        Database db;
        Error error;
        QVERIFY(db.create(m_dir.filePath(QStringLiteral("nokeys.fdb")),
                          QString(64, QLatin1Char('6')), &error, Database::KeyKind::RawKey));
        QJsonObject doc = DemoData::document();
        QVERIFY(InterchangeImporter(db).importDocument(doc, nullptr, &error));
        const QString id = saveEntry(db, m_secret);
        QVERIFY(id.isEmpty());
        QVERIFY(!TestUtil::containsText(everything(db), m_secret));
        // An import of an L3 entry in clear is refused too (nobody to seal it to).
        QJsonObject entry{{QStringLiteral("id"), RecordStore::newId()},
                          {QStringLiteral("title"), QStringLiteral("导入的 L3")},
                          {QStringLiteral("level"), QStringLiteral("L3")},
                          {QStringLiteral("body"), m_secret}};
        QVERIFY(!InterchangeImporter(db).importDocument(
            QJsonObject{{QStringLiteral("format"), QStringLiteral("fielddesk-export")},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("knowhow"), QJsonArray{entry}}},
            nullptr, &error));
        QCOMPARE(error.field, QStringLiteral("body"));
        QVERIFY(!TestUtil::containsText(everything(db), m_secret));
    }

    void importSealsOnTheWayIn()
    {
        Database db;
        QVERIFY(demoDb(db));
        const QString id = RecordStore::newId();
        QJsonObject entry{{QStringLiteral("id"), id},
                          {QStringLiteral("title"), QStringLiteral("导入的 L3")},
                          {QStringLiteral("level"), QStringLiteral("L3")},
                          {QStringLiteral("task_ids"), QJsonArray{DemoTasks::taskId(2)}},
                          {QStringLiteral("body"), m_secret}};
        const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("fielddesk-export")},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("knowhow"), QJsonArray{entry}}};
        Error error;
        QVERIFY2(InterchangeImporter(db).importDocument(doc, nullptr, &error),
                 qPrintable(error.message));
        QVERIFY(SealedText::isSealed(storedBody(db, id)));
        QVERIFY(!TestUtil::containsText(everything(db), m_secret));
        QString plain;
        QVERIFY(
            L3Seal(db).open(id, unlocked("林国栋"), QDate::currentDate(), &plain, nullptr, &error));
        QCOMPARE(plain, m_secret);
        // The export carries the sealed form; importing it again changes nothing.
        QJsonObject exported;
        QVERIFY(InterchangeExporter(db).exportAll(&exported, &error));
        QVERIFY(!TestUtil::containsText(QJsonDocument(exported).toJson(), m_secret));
        InterchangeImporter::Summary summary;
        QVERIFY2(InterchangeImporter(db).importDocument(exported, &summary, &error),
                 qPrintable(error.message));
        QCOMPARE(summary.updated, 0);
    }

    void newlyLinkedEngineerIsWrappedAtTheNextOpening()
    {
        Database db;
        QVERIFY(demoDb(db));
        const QString id = saveEntry(db, m_secret);
        QString plain;
        Error error;
        QVERIFY(!L3Seal(db).open(id, unlocked("盛转红"), QDate::currentDate(), &plain, nullptr,
                                 &error));
        // 盛转红 is assigned to the linked task.
        QVariantMap task;
        QVERIFY(RecordStore(db).get(QStringLiteral("tasks"), DemoTasks::taskId(2), &task, &error));
        QStringList engineers = FieldCodec::listValues(task.value(QStringLiteral("engineer_ids")));
        engineers << person("盛转红");
        QVERIFY(RecordStore(db).update(
            QStringLiteral("tasks"), DemoTasks::taskId(2),
            {{QStringLiteral("engineer_ids"), FieldCodec::storedList(engineers)}}, &error));
        // Allowed now, but not among the wraps until an allowed person opens it.
        KnowhowAccess::Decision d;
        QVERIFY(KnowhowAccess::check(db, id, person("盛转红"), QDate::currentDate(), &d, &error));
        QVERIFY(d.allowed);
        QVERIFY(!L3Seal(db).open(id, unlocked("盛转红"), QDate::currentDate(), &plain, nullptr,
                                 &error));
        QVERIFY(L3Seal(db).open(id, unlocked("KC"), QDate::currentDate(), &plain, nullptr, &error));
        QVERIFY2(
            L3Seal(db).open(id, unlocked("盛转红"), QDate::currentDate(), &plain, nullptr, &error),
            qPrintable(error.message));
        QCOMPARE(plain, m_secret);
    }

    void personWhoLeftIsDroppedAndTheKeyRotated()
    {
        Database db;
        QVERIFY(demoDb(db));
        const QString id = saveEntry(db, m_secret);
        const PeopleKeys::Unlocked lin = unlocked("林国栋");
        // What 林国栋 could keep while allowed: the content key of the entry.
        const QString before = storedBody(db, id);
        QString plain;
        QByteArray keptKey;
        Error error;
        QVERIFY(SealedText::open(id, before, lin.personId, lin.keyId, lin.keys.sealPrivate, &plain,
                                 &keptKey, &error));
        QVERIFY(RecordStore(db).update(
            QStringLiteral("people"), lin.personId,
            {{QStringLiteral("left_on"), QDate::currentDate().addDays(-1).toString(Qt::ISODate)}},
            &error));
        KnowhowAccess::Decision d;
        QVERIFY(KnowhowAccess::check(db, id, lin.personId, QDate::currentDate(), &d, &error));
        QVERIFY(!d.allowed);
        // Robert opens it: 林国栋's wrap is dropped.
        QVERIFY(
            L3Seal(db).open(id, unlocked("Robert"), QDate::currentDate(), &plain, nullptr, &error));
        QVERIFY(!SealedText::open(id, storedBody(db, id), lin.personId, lin.keyId,
                                  lin.keys.sealPrivate, &plain, nullptr, &error));
        // The next edit rotates the content key: the kept key opens nothing new.
        const QVariantMap opened{
            {QStringLiteral("title"), QStringLiteral("混配参数窗口 L3")},
            {QStringLiteral("level"), QStringLiteral("L3")},
            {QStringLiteral("body"), m_secret},
            {QStringLiteral("task_ids"), FieldCodec::storedList({DemoTasks::taskId(2)})}};
        QVERIFY2(RecordSave(db).save(*RecordCatalog::byTable(QStringLiteral("knowhow")), id, false,
                                     opened, {{QStringLiteral("title"), QStringLiteral("新标题")}},
                                     {}, &error),
                 qPrintable(error.message));
        SealedText::Envelope after;
        QVERIFY(SealedText::parse(storedBody(db, id), &after));
        QCOMPARE(after.wraps.size(), 2);
        QByteArray bytes;
        QVERIFY(!PersonalKeys::decrypt(keptKey, after.content,
                                       QByteArrayLiteral("fielddesk-l3/v1\n") + id.toUtf8(), &bytes,
                                       &error));
        QVERIFY(L3Seal(db).open(id, unlocked("KC"), QDate::currentDate(), &plain, nullptr, &error));
        QCOMPARE(plain, m_secret);
    }

    void leftPersonCannotOpenOnANewDesk()
    {
        // 林国栋 left; a new desk made from the team's export (his keys travel with it, and he
        // brings his own private key) neither lets him nor his key open the entry.
        Database db;
        QVERIFY(demoDb(db));
        const QString id = saveEntry(db, m_secret);
        const PeopleKeys::Unlocked lin = unlocked("林国栋");
        Error error;
        QVERIFY(RecordStore(db).update(
            QStringLiteral("people"), lin.personId,
            {{QStringLiteral("left_on"), QDate::currentDate().addDays(-1).toString(Qt::ISODate)}},
            &error));
        QString plain;
        QVERIFY(L3Seal(db).open(id, unlocked("KC"), QDate::currentDate(), &plain, nullptr, &error));
        QJsonObject exported;
        QVERIFY(InterchangeExporter(db).exportAll(&exported, &error));
        Database fresh;
        QVERIFY(fresh.create(m_dir.filePath(QStringLiteral("new-desk.fdb")),
                             QString(64, QLatin1Char('8')), &error, Database::KeyKind::RawKey));
        QVERIFY2(InterchangeImporter(fresh).importDocument(exported, nullptr, &error),
                 qPrintable(error.message));
        KnowhowAccess::Decision d;
        QVERIFY(KnowhowAccess::check(fresh, id, lin.personId, QDate::currentDate(), &d, &error));
        QVERIFY(!d.allowed);
        QCOMPARE(d.reason, KnowhowAccess::Reason::Left);
        plain.clear();
        QVERIFY(!L3Seal(fresh).open(id, lin, QDate::currentDate(), &plain, nullptr, &error));
        QVERIFY(plain.isEmpty());
        // Nor can he enrol there again.
        QVERIFY(!PeopleKeys(fresh).enrol(lin.personId, lin.keys, DemoKeys::wrappingKey(), nullptr,
                                         nullptr, &error));
        QVERIFY(!TestUtil::containsText(everything(fresh), m_secret));
    }

    void wrongPinIsRefused()
    {
        Database db;
        QVERIFY(demoDb(db));
        PeopleKeys::Unlocked robert;
        Error error;
        QVERIFY(
            !PeopleKeys(db).unlock(person("Robert"), QStringLiteral("135799"), &robert, &error));
        QCOMPARE(error.code, Error::Code::WrongPassphrase);
        QVERIFY(robert.isNull());
        QVERIFY(!error.message.contains(QLatin1String("246810")));
    }

    void migrationSealsTextStoredInClear()
    {
        Database db;
        QVERIFY(demoDb(db));
        // The old form: L3 text in clear in the record, two versions in the change log, one
        // received from another desk and one in a kept conflict.
        const QString id = RecordStore::newId();
        const QString older = QStringLiteral("旧版哨兵SENTINEL-L3-old-77c2 参数");
        Error error;
        QVERIFY(RecordStore(db).insert(
            QStringLiteral("knowhow"), id,
            {{QStringLiteral("title"), QStringLiteral("旧条目")},
             {QStringLiteral("level"), QStringLiteral("L3")},
             {QStringLiteral("body"), older},
             {QStringLiteral("task_ids"), FieldCodec::storedList({DemoTasks::taskId(2)})}},
            &error));
        QVERIFY(RecordStore(db).update(QStringLiteral("knowhow"), id,
                                       {{QStringLiteral("body"), m_secret}}, &error));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO sync_changes (record_table, record_id, field, value, "
                           "base_hlc, base_device, hlc, device) VALUES ('knowhow', '%1', 'body', "
                           "'%2', 0, '', 1, 'other-desk')")
                .arg(id, older)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_conflicts (id, kind, record_table, "
                                      "record_id, field, kept, kept_hlc, kept_device, other, "
                                      "other_hlc, other_device, base_hlc, base_device) VALUES "
                                      "('c1', 'concurrent', 'knowhow', '%1', 'body', '%2', 2, "
                                      "'a', '%3', 1, 'b', 0, '')")
                           .arg(id, m_secret, older)));
        // An L3 entry nobody allowed has a key for: 盛转红 only, linked to no task.
        QVERIFY(TestUtil::containsText(everything(db), m_secret));
        QVERIFY(TestUtil::containsText(everything(db), older));
        int sealed = 0;
        int unsealable = 0;
        QVERIFY2(L3Seal(db).sealStoredPlaintext(&sealed, &unsealable, &error),
                 qPrintable(error.message));
        QCOMPARE(sealed, 1);
        QCOMPARE(unsealable, 0);
        const QByteArray all = everything(db);
        QVERIFY(!TestUtil::containsText(all, m_secret));
        QVERIFY(!TestUtil::containsText(all, older));
        QCOMPARE(AuditLog(db).entries().constLast().action, QStringLiteral("l3_sealed"));
        // The current text opens for a reader; the versions stay as they were.
        QString plain;
        QVERIFY(
            L3Seal(db).open(id, unlocked("Robert"), QDate::currentDate(), &plain, nullptr, &error));
        QCOMPARE(plain, m_secret);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE record_id = '%1' AND "
                                      "field = 'body'")
                           .arg(id)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        // Once sealed, nothing more to do.
        QVERIFY(L3Seal(db).sealStoredPlaintext(&sealed, &unsealable, &error));
        QCOMPARE(sealed, 0);
        // The raw file holds nothing either (SQLCipher; freed pages zeroed).
        db.close();
        for (const QString &file : TestUtil::filesUnder(QFileInfo(db.path()).absolutePath())) {
            if (!file.startsWith(db.path()))
                continue;
            QVERIFY2(!TestUtil::containsText(TestUtil::readAll(file), m_secret), qPrintable(file));
        }
    }

    void migrationLeavesWhatNobodyCanReadAndSaysSo()
    {
        Database db;
        Error error;
        QVERIFY(db.create(m_dir.filePath(QStringLiteral("nokeys2.fdb")),
                          QString(64, QLatin1Char('9')), &error, Database::KeyKind::RawKey));
        QVERIFY(InterchangeImporter(db).importDocument(DemoData::document(), nullptr, &error));
        const QString id = RecordStore::newId();
        QVERIFY(RecordStore(db).insert(QStringLiteral("knowhow"), id,
                                       {{QStringLiteral("title"), QStringLiteral("旧条目")},
                                        {QStringLiteral("level"), QStringLiteral("L3")},
                                        {QStringLiteral("body"), m_secret}},
                                       &error));
        int sealed = 0;
        int unsealable = 0;
        QVERIFY(L3Seal(db).sealStoredPlaintext(&sealed, &unsealable, &error));
        QCOMPARE(sealed, 0);
        QCOMPARE(unsealable, 1);
        // Once someone allowed enrols, the next run seals it.
        QVERIFY(DemoKeys::enrolAll(db, &error));
        QVERIFY(L3Seal(db).sealStoredPlaintext(&sealed, &unsealable, &error));
        QCOMPARE(sealed, 1);
        QCOMPARE(unsealable, 0);
        QVERIFY(!TestUtil::containsText(everything(db), m_secret));
    }

    void deskOfSomeoneNotAllowedHoldsNoPlaintextAfterSync()
    {
        SyncTestUtil::Team team;
        QString problem;
        QVERIFY2(team.setUp(2, &problem), qPrintable(problem));
        Database &robertsDesk = *team.devices[0];
        Database &otherDesk = *team.devices[1]; // 盛转红's desk
        Error error;
        QVERIFY2(DemoData::load(robertsDesk, &error), qPrintable(error.message));
        const QString id = saveEntry(robertsDesk, m_secret);
        QVERIFY(!id.isEmpty());
        QVERIFY(team.sync(0).errors.isEmpty());
        const SyncReport round = team.sync(1);
        QVERIFY2(round.errors.isEmpty(), qPrintable(round.errors.join(QLatin1Char('\n'))));
        QVERIFY(SealedText::isSealed(storedBody(otherDesk, id)));
        // Everything the other desk holds, decrypted; its export; a backup of it.
        QVERIFY(!TestUtil::containsText(everything(otherDesk), m_secret));
        QJsonObject exported;
        QVERIFY(InterchangeExporter(otherDesk).exportAll(&exported, &error));
        QVERIFY(!TestUtil::containsText(QJsonDocument(exported).toJson(), m_secret));
        const QString backup = team.dir.filePath(QStringLiteral("backup.fdb"));
        QVERIFY2(otherDesk.backupTo(backup, &error), qPrintable(error.message));
        // Every file: both desks' databases with their WAL, the share (bundles, snapshots),
        // the sync folders and the backup.
        const QStringList files = TestUtil::filesUnder(team.dir.path());
        QVERIFY(files.size() >= 6);
        for (const QString &file : files)
            QVERIFY2(!TestUtil::containsText(TestUtil::readAll(file), m_secret), qPrintable(file));
        // And 盛转红, not allowed, cannot open it with her own key.
        QString plain;
        QVERIFY(!L3Seal(otherDesk).open(id, unlocked("盛转红"), QDate::currentDate(), &plain,
                                        nullptr, &error));
    }
};

QTEST_GUILESS_MAIN(TestL3Seal)
#include "tst_l3seal.moc"
