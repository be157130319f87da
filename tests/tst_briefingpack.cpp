#include "app/catalog/FieldCodec.h"
#include "app/rules/KnowhowBoundary.h"
#include "app/search/SearchIndex.h"
#include "app/workflow/AttachmentStore.h"
#include "app/workflow/BriefingPack.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The pre-dispatch briefing pack (SOP-10 §5.2.6) as data: the customer's file, its other
// tasks with their briefs' objectives and complaints marked, similar cases (a brief found
// stands for its task; the task's own records are never a "similar case"), the customer's
// NDAs with the scanned copy, and the read mark. Plus the know-how boundary rows of §5.3.1.2.
class TestBriefingPack : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_key = QString(64, QLatin1Char('7'));
    Database m_db;
    QString m_customer, m_other;

    QString addTask(const QString &customer, const QString &number, const QString &title,
                    const QString &description,
                    const QString &type = QStringLiteral("line_support"), bool complaint = false)
    {
        const QString id = RecordStore::newId();
        Error error;
        if (!RecordStore(m_db).insert(
                QStringLiteral("tasks"), id,
                {{QStringLiteral("number"), number},
                 {QStringLiteral("customer_id"), customer},
                 {QStringLiteral("type"), type},
                 {QStringLiteral("priority"), QStringLiteral("P1")},
                 {QStringLiteral("state"), QStringLiteral("closed")},
                 {QStringLiteral("title"), title},
                 {QStringLiteral("description"), description},
                 {QStringLiteral("major_complaint"), complaint},
                 {QStringLiteral("requested_at"), QStringLiteral("2026-05-11T09:00:00+08:00")},
                 {QStringLiteral("registered_at"),
                  QStringLiteral("2026-05-%1T10:00:00+08:00").arg(number.right(2))}},
                &error))
            qWarning() << error.message;
        return id;
    }
    QString addBrief(const QString &task, const QString &objectives)
    {
        const QString id = RecordStore::newId();
        Error error;
        if (!RecordStore(m_db).insert(
                QStringLiteral("briefings"), id,
                {{QStringLiteral("task_id"), task}, {QStringLiteral("objectives"), objectives}},
                &error))
            qWarning() << error.message;
        return id;
    }

private slots:
    void initTestCase()
    {
        Error error;
        QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("pack.fdb")), m_key, &error,
                             Database::KeyKind::RawKey),
                 qPrintable(error.message));
        RecordStore store(m_db);
        m_customer = RecordStore::newId();
        m_other = RecordStore::newId();
        QVERIFY(store.insert(QStringLiteral("customers"), m_customer,
                             {{QStringLiteral("name"), QStringLiteral("成都呈显光电科技有限公司")},
                              {QStringLiteral("tier"), QStringLiteral("A")},
                              {QStringLiteral("kind"), QStringLiteral("customer")},
                              {QStringLiteral("contacts"), QStringLiteral("工艺经理 李工")}},
                             &error));
        QVERIFY(store.insert(QStringLiteral("customers"), m_other,
                             {{QStringLiteral("name"), QStringLiteral("恒煦电子材料股份有限公司")},
                              {QStringLiteral("tier"), QStringLiteral("A")},
                              {QStringLiteral("kind"), QStringLiteral("customer")}},
                             &error));
    }

    void assemblesWhatIsKnown()
    {
        const QString earlier = addTask(m_customer, QStringLiteral("LITH-FE-2026-0001"),
                                        QStringLiteral("第 3 道光刻胶涂布工站厚度不均"),
                                        QStringLiteral("膜厚偏差超标。"));
        addBrief(earlier, QStringLiteral("48 h 内给出涂布厚度处置建议。"));
        const QString complaint = addTask(m_customer, QStringLiteral("LITH-FE-2026-0002"),
                                          QStringLiteral("显影液批次客诉"), QString(),
                                          QStringLiteral("urgent_complaint"));
        // Another customer's case, found only through its brief's text.
        const QString elsewhere = addTask(m_other, QStringLiteral("LITH-FE-2026-0003"),
                                          QStringLiteral("年度审厂"), QString());
        addBrief(elsewhere, QStringLiteral("复查光刻胶涂布厚度不均的改善效果。"));
        const QString current =
            addTask(m_customer, QStringLiteral("LITH-FE-2026-0009"),
                    QStringLiteral("光刻胶涂布厚度不均复发"), QStringLiteral("膜厚偏差再次超标。"));
        const QString ownBrief =
            addBrief(current, QStringLiteral("光刻胶涂布厚度不均，确认根因。"));

        // The customer's NDA, with its scanned copy.
        const QString attachment = RecordStore::newId();
        Error error;
        QVERIFY2(AttachmentStore(m_db).addData(QStringLiteral("nda-chengxian.pdf"),
                                               QByteArray(2048, 'x'), attachment, &error),
                 qPrintable(error.message));
        QVERIFY(RecordStore(m_db).insert(
            QStringLiteral("ndas"), RecordStore::newId(),
            {{QStringLiteral("counterparty_id"), m_customer},
             {QStringLiteral("scope"), QStringLiteral("[\"customer\",\"mutual\"]")},
             {QStringLiteral("template_version"), QStringLiteral("NDA-2026-v2")},
             {QStringLiteral("signed_on"), QStringLiteral("2026-01-10")},
             {QStringLiteral("attachment_id"), attachment}},
            &error));

        BriefingPack pack(m_db);
        QVERIFY2(pack.load(current, &error), qPrintable(error.message));
        QCOMPARE(pack.customer().value(QStringLiteral("name")).toString(),
                 QStringLiteral("成都呈显光电科技有限公司"));
        // Past tasks of this customer only, newest registration first, without the task itself.
        const QList<BriefingPack::PastTask> past = pack.pastTasks();
        QCOMPARE(past.size(), 2);
        QCOMPARE(past.at(0).id, complaint);
        QVERIFY(past.at(0).complaint);
        QCOMPARE(past.at(1).id, earlier);
        QVERIFY(!past.at(1).complaint);
        QCOMPARE(past.at(1).objectives, QStringLiteral("48 h 内给出涂布厚度处置建议。"));
        // Similar cases: the earlier task (its text and its brief are one case) and the other
        // customer's task through its brief; never the task's own brief.
        QStringList ids;
        for (const BriefingPack::Case &c : pack.similarCases()) {
            QCOMPARE(c.table, QStringLiteral("tasks"));
            QVERIFY(c.id != current && c.id != ownBrief);
            ids << c.id;
            if (c.id == elsewhere)
                QCOMPARE(c.foundIn, QStringLiteral("briefings"));
        }
        QCOMPARE(ids.count(earlier), 1);
        QVERIFY(ids.contains(elsewhere));
        QVERIFY(!ids.contains(complaint));
        // NDAs with their scanned copy.
        QCOMPARE(pack.ndas().size(), 1);
        QCOMPARE(pack.ndas().first().attachmentId, attachment);
        QCOMPARE(pack.ndas().first().fileName, QStringLiteral("nda-chengxian.pdf"));
        QCOMPARE(pack.ndas().first().size, 2048);
        QVERIFY(!pack.readAt().isValid());

        // Reading it is recorded on the brief, with the offset.
        const QDateTime at =
            QDateTime::fromString(QStringLiteral("2026-11-23T06:30:00+08:00"), Qt::ISODate);
        QVERIFY2(BriefingPack::markRead(m_db, current, at, &error), qPrintable(error.message));
        QVariantMap brief;
        QVERIFY(RecordStore(m_db).get(QStringLiteral("briefings"), ownBrief, &brief, nullptr));
        QCOMPARE(brief.value(QStringLiteral("pack_read_at")).toString(),
                 QStringLiteral("2026-11-23T06:30:00+08:00"));
        QVERIFY(pack.load(current, &error));
        QCOMPARE(pack.readAt(), at);
    }

    void missingTaskIsNotFound()
    {
        Error error;
        QVERIFY(!BriefingPack(m_db).load(RecordStore::newId(), &error));
        QCOMPARE(error.code, Error::Code::NotFound);
    }

    void knowhowBoundaryHasTheFiveRowsOfTheSop()
    {
        const QList<KnowhowBoundary::Row> rows = KnowhowBoundary::rows();
        QStringList keys;
        for (const KnowhowBoundary::Row &r : rows) {
            keys << r.key;
            QVERIFY(!r.topic.isEmpty() && !r.maySay.isEmpty() && !r.mayNotSay.isEmpty());
        }
        QCOMPARE(keys, QStringList({"product_spec", "operating_advice", "troubleshooting",
                                    "supply_chain", "price"}));
        // Price: nothing may be said at all (left to sales).
        QVERIFY(!rows.last().maySayAnything);
        for (int i = 0; i < 4; ++i)
            QVERIFY(rows.at(i).maySayAnything);
    }
};

QTEST_GUILESS_MAIN(TestBriefingPack)
#include "tst_briefingpack.moc"
