#include "app/search/SearchIndex.h"
#include "app/search/SearchText.h"
#include "db/Database.h"
#include "db/RecordStore.h"
#include "db/Transaction.h"
#include "tests/TestUtil.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

// Full-text search with Chinese: the bigram terms, substrings of 2, 3 and 4 characters, mixed
// Latin, no false hits, the index following edits and tombstones through the RecordStore
// hook, rebuilding, similar cases, and the timing on 3,000 records.
class TestSearchIndex : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_key = QString(64, QLatin1Char('5'));
    int m_count = 0;

    bool open(Database &db)
    {
        return db.create(m_dir.filePath(QStringLiteral("s%1.fdb").arg(++m_count)), m_key, nullptr,
                         Database::KeyKind::RawKey);
    }
    static QString addTask(Database &db, const QString &title, const QString &description,
                           const QString &number = QString())
    {
        const QString id = RecordStore::newId();
        Error error;
        if (!RecordStore(db).insert(
                QStringLiteral("tasks"), id,
                {{QStringLiteral("number"), number.isEmpty() ? QVariant() : QVariant(number)},
                 {QStringLiteral("customer_id"), RecordStore::newId()},
                 {QStringLiteral("type"), QStringLiteral("line_support")},
                 {QStringLiteral("priority"), QStringLiteral("P1")},
                 {QStringLiteral("state"), QStringLiteral("registered")},
                 {QStringLiteral("title"), title},
                 {QStringLiteral("description"), description},
                 {QStringLiteral("requested_at"), QStringLiteral("2026-11-19T15:00:00+08:00")},
                 {QStringLiteral("registered_at"), QStringLiteral("2026-11-19T16:00:00+08:00")}},
                &error))
            qWarning() << error.message;
        return id;
    }
    static QString addBrief(Database &db, const QString &taskId, const QString &objectives)
    {
        const QString id = RecordStore::newId();
        Error error;
        if (!RecordStore(db).insert(
                QStringLiteral("briefings"), id,
                {{QStringLiteral("task_id"), taskId}, {QStringLiteral("objectives"), objectives}},
                &error))
            qWarning() << error.message;
        return id;
    }
    static QStringList ids(const QList<SearchHit> &hits)
    {
        QStringList out;
        for (const SearchHit &h : hits)
            out << h.id;
        return out;
    }
    static QStringList found(Database &db, const QString &query)
    {
        Error error;
        const QList<SearchHit> hits = SearchIndex(db).search(query, 50, &error);
        if (error.isError())
            qWarning() << error.message;
        return ids(hits);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SearchIndex::install();
    }

    void termsAreBigramsAndWords()
    {
        QCOMPARE(SearchText::terms(QStringLiteral("光刻胶 PR-7，涂布")),
                 QStringList({"光刻", "刻胶", "胶", "pr", "7", "涂布", "布"}));
        // Full-width Latin and digits fold to ASCII; case is folded.
        QCOMPARE(SearchText::terms(QStringLiteral("ＣＭＰ研磨液 Lithera")),
                 QStringList({"cmp", "研磨", "磨液", "液", "lithera"}));
        // CJK Extension B is one character, not two halves.
        QCOMPARE(SearchText::terms(QStringLiteral("𠮷野家")), QStringList({"𠮷野", "野家", "家"}));
        QCOMPARE(SearchText::matchExpression(QStringLiteral("光刻胶")),
                 QStringLiteral("\"光刻 刻胶\""));
        QCOMPARE(SearchText::matchExpression(QStringLiteral("胶")), QStringLiteral("\"胶*\""));
        QCOMPARE(SearchText::matchExpression(QStringLiteral("HF端 急救")),
                 QStringLiteral("\"hf 端*\" \"急救\""));
        QCOMPARE(SearchText::matchExpression(QStringLiteral("涂布PR")),
                 QStringLiteral("\"涂布 布 pr*\""));
        // Quotes, operators and punctuation cannot break the expression.
        QCOMPARE(SearchText::matchExpression(QStringLiteral("\" OR * ( NEAR")),
                 QStringLiteral("\"or*\" \"near*\""));
        QVERIFY(SearchText::matchExpression(QStringLiteral(" ，。!? ")).isEmpty());
    }

    void chineseSubstringsMatch()
    {
        Database db;
        QVERIFY(open(db));
        const QString coating =
            addTask(db, QStringLiteral("第 3 道光刻胶涂布工站厚度不均"),
                    QStringLiteral("客户反映涂布后膜厚偏差超过 5%，需现场取样。"));
        const QString cmp = addTask(db, QStringLiteral("CMP 研磨液颗粒异常排查（HF 端）"),
                                    QStringLiteral("颗粒计数超标；Lithera 提供批次 COA。"));
        const QString other = addTask(db, QStringLiteral("光刻机用胶带更换"),
                                      QStringLiteral("厚度检查，不均匀处补贴。"));
        // 2, 3 and 4 characters, anywhere in a run, in the title or the body.
        QCOMPARE(found(db, QStringLiteral("涂布")), QStringList{coating});
        QCOMPARE(found(db, QStringLiteral("光刻胶")), QStringList{coating});
        QCOMPARE(found(db, QStringLiteral("厚度不均")), QStringList{coating});
        QCOMPARE(found(db, QStringLiteral("胶涂布工")), QStringList{coating});
        QCOMPARE(found(db, QStringLiteral("现场取样")), QStringList{coating});
        QCOMPARE(found(db, QStringLiteral("颗粒")), QStringList{cmp});
        // Both contain 厚度; only one has 厚度不均 in one piece.
        QCOMPARE(found(db, QStringLiteral("厚度")).size(), 2);
        // Mixed: Latin words whole (any case), the last one as a prefix, and together with CJK.
        QCOMPARE(found(db, QStringLiteral("cmp 研磨")), QStringList{cmp});
        QCOMPARE(found(db, QStringLiteral("CMP研磨液")), QStringList{cmp});
        QCOMPARE(found(db, QStringLiteral("lithera")), QStringList{cmp});
        QCOMPARE(found(db, QStringLiteral("Lith")), QStringList{cmp});
        QCOMPARE(found(db, QStringLiteral("HF端")), QStringList{cmp});
        QCOMPARE(found(db, QStringLiteral("ＣＯＡ")), QStringList{cmp});
        // A single character finds it wherever it stands, also last in a run.
        QCOMPARE(found(db, QStringLiteral("端")), QStringList{cmp});
        QCOMPARE(found(db, QStringLiteral("胶")).size(), 2);
        // No false hits: the characters present but not in this order, or apart.
        QVERIFY(found(db, QStringLiteral("布涂")).isEmpty());
        QVERIFY(found(db, QStringLiteral("光刻机胶")).isEmpty());
        QVERIFY(found(db, QStringLiteral("光刻胶带")).isEmpty());
        QVERIFY(found(db, QStringLiteral("厚度均匀")).isEmpty());
        QVERIFY(found(db, QStringLiteral("研磨 胶带")).isEmpty());
        QVERIFY(found(db, QStringLiteral("蚀刻液")).isEmpty());
        QVERIFY(found(db, QStringLiteral("   ")).isEmpty());
        QVERIFY(found(db, QStringLiteral("\"")).isEmpty());
        QCOMPARE(found(db, QStringLiteral("不均")), (QStringList{coating, other}));
        Q_UNUSED(other);
    }

    void hitsCarryTitleAndSnippet()
    {
        Database db;
        QVERIFY(open(db));
        const QString task =
            addTask(db, QStringLiteral("蚀刻液批次客诉"),
                    QStringLiteral("客户产线反映近三批蚀刻液的蚀刻速率偏低约 8%，要求现场确认"
                                   "槽液温度与补液流程，并带回样品做对比分析。"),
                    QStringLiteral("LITH-FE-2026-0007"));
        const QList<SearchHit> hits = SearchIndex(db).search(QStringLiteral("补液流程"), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().table, QStringLiteral("tasks"));
        QCOMPARE(hits.first().id, task);
        QCOMPARE(hits.first().title, QStringLiteral("LITH-FE-2026-0007 蚀刻液批次客诉"));
        QVERIFY2(hits.first().snippet.contains(QStringLiteral("补液流程")),
                 qPrintable(hits.first().snippet));
        QVERIFY(hits.first().snippet.size() < 110);
        // The task number is searchable too.
        QCOMPARE(found(db, QStringLiteral("LITH-FE-2026-0007")), QStringList{task});
        // A title hit ranks before a body hit.
        const QString bodyOnly = addTask(db, QStringLiteral("培训"), QStringLiteral("蚀刻液说明"));
        QCOMPARE(found(db, QStringLiteral("蚀刻液")), (QStringList{task, bodyOnly}));
    }

    void editsAndTombstonesFollow()
    {
        Database db;
        QVERIFY(open(db));
        RecordStore store(db);
        const QString task =
            addTask(db, QStringLiteral("混配线搅拌异常"), QStringLiteral("搅拌桨转速不稳"));
        const QString brief = addBrief(db, task, QStringLiteral("确认搅拌桨转速波动根因"));
        QCOMPARE(found(db, QStringLiteral("转速")), (QStringList{brief, task}));
        // A brief is named after its task, and follows it when the task is renamed.
        QList<SearchHit> hits = SearchIndex(db).search(QStringLiteral("根因"), 5);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().table, QStringLiteral("briefings"));
        QCOMPARE(hits.first().title, QStringLiteral("混配线搅拌异常"));
        Error error;
        QVERIFY2(store.update(QStringLiteral("tasks"), task,
                              {{QStringLiteral("title"), QStringLiteral("混配线温控异常")},
                               {QStringLiteral("description"), QStringLiteral("夹套温度漂移")}},
                              &error),
                 qPrintable(error.message));
        QVERIFY(found(db, QStringLiteral("搅拌异常")).isEmpty());
        QCOMPARE(found(db, QStringLiteral("温度漂移")), QStringList{task});
        QCOMPARE(found(db, QStringLiteral("转速")), QStringList{brief});
        hits = SearchIndex(db).search(QStringLiteral("根因"), 5);
        QCOMPARE(hits.first().title, QStringLiteral("混配线温控异常"));
        // A state change leaves the text alone: no index write (the digest is unchanged).
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT digest FROM search_docs WHERE record_id = '%1'")
                           .arg(task)) &&
                q.next());
        const QString digest = q.value(0).toString();
        QVERIFY(store.update(QStringLiteral("tasks"), task,
                             {{QStringLiteral("state"), QStringLiteral("assessed")}}, &error));
        QVERIFY(q.exec(QStringLiteral("SELECT digest FROM search_docs WHERE record_id = '%1'")
                           .arg(task)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), digest);
        // Tombstones remove the hits.
        QVERIFY(store.remove(QStringLiteral("briefings"), brief, &error));
        QVERIFY(found(db, QStringLiteral("转速")).isEmpty());
        QVERIFY(store.remove(QStringLiteral("tasks"), task, &error));
        QVERIFY(found(db, QStringLiteral("温度漂移")).isEmpty());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_docs")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(SearchIndex(db).isCurrent());
    }

    void restrictedKnowhowIsNeverIndexed()
    {
        // SOP-15 §8.2: L3 customer formulas only for Robert, KC and assigned engineers; search
        // has no access control, so L3 entries must not be in the index at all.
        Database db;
        QVERIFY(open(db));
        RecordStore store(db);
        Error error;
        const auto add = [&](const char *level, const QString &body) {
            const QString id = RecordStore::newId();
            if (!store.insert(QStringLiteral("knowhow"), id,
                              {{QStringLiteral("title"), QStringLiteral("剥离液配方")},
                               {QStringLiteral("level"), QString::fromLatin1(level)},
                               {QStringLiteral("body"), body}},
                              &error))
                qWarning() << error.message;
            return id;
        };
        const QString open2 = add("L2", QStringLiteral("剥离温度建议范围"));
        const QString secret = add("L3", QStringLiteral("专属配方温度七十二度"));
        QCOMPARE(found(db, QStringLiteral("温度")), QStringList{open2});
        QVERIFY(found(db, QStringLiteral("七十二")).isEmpty());
        // Raising an entry to L3 takes it out; the rebuild keeps it out.
        QVERIFY(store.update(QStringLiteral("knowhow"), open2,
                             {{QStringLiteral("level"), QStringLiteral("L3")}}, &error));
        QVERIFY(found(db, QStringLiteral("温度")).isEmpty());
        QVERIFY2(SearchIndex(db).rebuild(&error), qPrintable(error.message));
        QVERIFY(found(db, QStringLiteral("温度")).isEmpty());
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_docs WHERE record_id IN "
                                      "('%1', '%2')")
                           .arg(open2, secret)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void failedIndexUpdateRollsTheWriteBack()
    {
        Database db;
        QVERIFY(open(db));
        const QString task = addTask(db, QStringLiteral("首单试用前现场评估"), QString());
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER block_index BEFORE UPDATE ON search_docs "
                                      "BEGIN SELECT RAISE(ABORT, 'index refused'); END")));
        Error error;
        QVERIFY(!RecordStore(db).update(QStringLiteral("tasks"), task,
                                        {{QStringLiteral("title"), QStringLiteral("改名")}},
                                        &error));
        QVERIFY(error.message.contains(QStringLiteral("index refused")));
        QVariantMap row;
        QVERIFY(RecordStore(db).get(QStringLiteral("tasks"), task, &row, nullptr));
        QCOMPARE(row.value(QStringLiteral("title")).toString(),
                 QStringLiteral("首单试用前现场评估"));
        QCOMPARE(db.transactionDepth(), 0);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER block_index")));
        QCOMPARE(found(db, QStringLiteral("现场评估")), QStringList{task});
    }

    // A new database's empty index is current, and the write hook keeps it so: a database
    // filled by one big import answers its first search without rebuilding the index.
    void newDatabaseStaysCurrentWithoutRebuild()
    {
        Database db;
        QVERIFY(open(db));
        QVERIFY(SearchIndex(db).isCurrent());
        const QString a = addTask(db, QStringLiteral("光阻剥离制程操作培训"), QString());
        addTask(db, QStringLiteral("新配方代工混配首批指导"), QString());
        QVERIFY(SearchIndex(db).isCurrent());
        // Were the first search to rebuild, the entry removed here would come back.
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM search_index WHERE docid = (SELECT docid FROM "
                                      "search_docs WHERE record_id = '%1')")
                           .arg(a)));
        QVERIFY(found(db, QStringLiteral("剥离")).isEmpty());
    }

    void rebuildAndCatchUp()
    {
        Database db;
        QVERIFY(open(db));
        const QString a = addTask(db, QStringLiteral("光阻剥离制程操作培训"), QString());
        const QString b = addTask(db, QStringLiteral("新配方代工混配首批指导"), QString());
        QCOMPARE(found(db, QStringLiteral("剥离")), QStringList{a});
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM search_index")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM search_docs")));
        QVERIFY(found(db, QStringLiteral("剥离")).isEmpty()); // the mark still says current
        Error error;
        QVERIFY2(SearchIndex(db).rebuild(&error), qPrintable(error.message));
        QCOMPARE(found(db, QStringLiteral("剥离制程")), QStringList{a});
        QCOMPARE(found(db, QStringLiteral("代工混配")), QStringList{b});
        // A program that wrote without the hook: the next search catches up first.
        SearchIndex::uninstall();
        const QString c = addTask(db, QStringLiteral("显影液浓度漂移"), QString());
        SearchIndex::install();
        QVERIFY(!SearchIndex(db).isCurrent());
        QCOMPARE(found(db, QStringLiteral("显影液")), QStringList{c});
        // An index of another version (or none: a database from before schema 5) likewise.
        QVERIFY(SearchIndex(db).isCurrent());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'search_index_version'")));
        QVERIFY(!SearchIndex(db).isCurrent());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM search_index")));
        QCOMPARE(found(db, QStringLiteral("剥离制程")), QStringList{a});
        QVERIFY(SearchIndex(db).isCurrent());
    }

    void similarCasesRankByDistinctiveTerms()
    {
        Database db;
        QVERIFY(open(db));
        const QString same = addTask(db, QStringLiteral("第 3 道光刻胶涂布工站厚度不均"),
                                     QStringLiteral("涂布后膜厚偏差超标，需现场取样。"));
        const QString near = addTask(db, QStringLiteral("涂布机膜厚异常"),
                                     QStringLiteral("膜厚偏差与涂布速度有关。"));
        const QString far = addTask(db, QStringLiteral("客户审厂陪同"),
                                    QStringLiteral("陪同客户完成审厂，需现场讲解。"));
        const QString self = addTask(db, QStringLiteral("光刻胶涂布厚度不均复发"),
                                     QStringLiteral("上次处置后涂布膜厚偏差再次超标。"));
        const QList<SearchHit> hits = SearchIndex(db).similar(
            QStringLiteral("光刻胶涂布厚度不均复发 上次处置后涂布膜厚偏差再次超标。"), 10, {self});
        const QStringList order = ids(hits);
        QVERIFY(!order.contains(self));
        QVERIFY(order.size() >= 2);
        QCOMPARE(order.at(0), same);
        QCOMPARE(order.at(1), near);
        // Sharing only a common word (现场) is no similar case.
        QVERIFY(!order.contains(far));
        QVERIFY(!hits.first().snippet.isEmpty());
    }

    void indexStaysInsideTheEncryptedFile()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.create(dir.filePath(QStringLiteral("sentinel.fdb")), m_key, nullptr,
                          Database::KeyKind::RawKey));
        const QString sentinel = QStringLiteral("哨兵测试字符串");
        addTask(db, sentinel, QStringLiteral("SENTINEL-ZXQ-4711 哨兵正文"));
        QCOMPARE(found(db, QStringLiteral("兵测")).size(), 1);
        // Long needles only (TestUtil::containsText): a short term matches ciphertext by chance.
        const QStringList needles = {sentinel, QStringLiteral("SENTINEL-ZXQ-4711"),
                                     QStringLiteral("SENTINEL-ZXQ-4711 哨兵正文")};
        // Open (journal or WAL present) and closed: only the database's own files, none
        // of them holding the text or its terms.
        for (int round = 0; round < 2; ++round) {
            if (round == 1)
                db.close();
            const QStringList files = TestUtil::filesUnder(dir.path());
            QVERIFY(!files.isEmpty());
            for (const QString &file : files) {
                QVERIFY2(QFileInfo(file).fileName().startsWith(QStringLiteral("sentinel.fdb")),
                         qPrintable(file));
                const QByteArray bytes = TestUtil::readAll(file);
                for (const QString &needle : needles)
                    QVERIFY2(!TestUtil::containsText(bytes, needle),
                             qPrintable(file + QLatin1Char(' ') + needle));
            }
        }
    }

    void timingOnThreeThousandRecords()
    {
        Database db;
        QVERIFY(open(db));
        const QStringList words = {"光刻胶", "涂布",   "厚度",   "不均", "蚀刻液", "研磨液", "颗粒",
                                   "异常",   "客户",   "现场",   "取样", "分析",   "培训",   "混配",
                                   "批次",   "产线",   "温度",   "压力", "排查",   "放行",   "建议",
                                   "剥离",   "显影",   "曝光",   "清洗", "槽液",   "浓度",   "补液",
                                   "流量",   "过滤器", "更换",   "报警", "停机",   "良率",   "缺陷",
                                   "晶圆",   "配方",   "供应商", "试用", "对比",   "数据",   "记录",
                                   "HF",     "CMP",    "NMP",    "COA",  "SDS",    "PR-7",   "审厂",
                                   "陪同",   "验收",   "标准",   "偏差", "速率",   "溶剂"};
        QRandomGenerator rng(20261120);
        auto sentence = [&](int n) {
            QString s;
            for (int i = 0; i < n; ++i) {
                s += words.at(rng.bounded(int(words.size())));
                if (rng.bounded(5) == 0)
                    s += QStringLiteral("，");
            }
            return s + QStringLiteral("。");
        };
        QStringList texts;
        QElapsedTimer timer;
        timer.start();
        {
            Transaction tx(db);
            for (int i = 0; i < 3000; ++i) {
                const QString title = sentence(3);
                const QString body = sentence(40) + sentence(30);
                addTask(db, title, body);
                texts << title + body;
            }
            Error error;
            QVERIFY2(tx.commit(&error), qPrintable(error.message));
        }
        const qint64 indexMs = timer.elapsed();
        timer.restart();
        Error error;
        QVERIFY2(SearchIndex(db).rebuild(&error), qPrintable(error.message));
        const qint64 rebuildMs = timer.elapsed();
        // Substrings of 2 to 4 characters taken from the records' own text.
        QList<double> times;
        int totalHits = 0;
        for (int i = 0; i < 200; ++i) {
            const QString &text = texts.at(rng.bounded(int(texts.size())));
            const int length = 2 + rng.bounded(3);
            QString query;
            while (query.isEmpty()) {
                const int at = rng.bounded(int(text.size()) - length);
                const QString piece = text.mid(at, length);
                bool allCjk = true;
                for (QChar c : piece)
                    allCjk = allCjk && SearchText::isCjk(c.unicode());
                if (allCjk)
                    query = piece;
            }
            QElapsedTimer t;
            t.start();
            const QList<SearchHit> hits = SearchIndex(db).search(query, 20);
            times << t.nsecsElapsed() / 1e6;
            QVERIFY2(!hits.isEmpty(), qPrintable(query));
            totalHits += hits.size();
        }
        std::sort(times.begin(), times.end());
        const double p50 = times.at(times.size() / 2);
        const double p95 = times.at(int(times.size() * 0.95));
        QElapsedTimer t;
        t.start();
        SearchIndex(db).similar(texts.first(), 10);
        const double similarMs = t.nsecsElapsed() / 1e6;
        qInfo("3000 tasks: insert+index %lld ms, rebuild %lld ms; search p50 %.2f ms, p95 %.2f ms "
              "(%d hits); similar %.2f ms",
              indexMs, rebuildMs, p50, p95, totalHits, similarMs);
        // Not a benchmark (fielddesk-bench measures), only a guard against a pathological plan.
        QVERIFY2(p95 < 500, qPrintable(QString::number(p95)));
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
