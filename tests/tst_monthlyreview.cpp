#include "app/catalog/RecordCatalog.h"
#include "app/demo/DemoData.h"
#include "app/demo/DemoKeys.h"
#include "app/demo/DemoSignatures.h"
#include "app/interchange/InterchangeExporter.h"
#include "app/kpi/KpiEngine.h"
#include "app/kpi/MonthlyReview.h"
#include "app/print/RecordPrinter.h"
#include "app/signing/RecordSigning.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The KPI engine on the demo data against a count made from `export --json`, the monthly
// review's figures frozen by signing, its printout (headings, figures, charts) and the CLI's
// kpi and print --review.
class TestMonthlyReview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void engineMatchesExport();
    void demoShowsEveryKpiAndAMiss();
    void signingFreezesFigures();
    void printedReview();
    void cli();

private:
    QString exportedTaskMonthCount(const QJsonObject &doc, const QString &month, bool onTimeOnly);

    QTemporaryDir m_dir;
    QString m_path;
    const QString m_passphrase = QStringLiteral("review-test-口令");
    Database m_db;
    QJsonObject m_export;
};

void TestMonthlyReview::initTestCase()
{
    DemoKeys::unlockAll(); // the demo people sign as if they had entered their PIN
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("review.fdb"));
    Error error;
    QVERIFY2(m_db.create(m_path, m_passphrase, &error), qPrintable(error.message));
    QVERIFY2(DemoData::load(m_db, &error), qPrintable(error.message));
    QVERIFY2(InterchangeExporter(m_db).exportAll(&m_export, &error), qPrintable(error.message));
}

// The on-time rate, complaint rate and NPS of every demo month, counted again from the
// exported JSON (its derived on_time key and the raw answers), agree with the engine.
void TestMonthlyReview::engineMatchesExport()
{
    KpiEngine engine(m_db);
    Error error;
    QVERIFY2(engine.load(&error), qPrintable(error.message));
    const QJsonArray tasks = m_export.value(QStringLiteral("tasks")).toArray();
    const QJsonArray callbacks = m_export.value(QStringLiteral("callbacks")).toArray();
    const QJsonArray complaints = m_export.value(QStringLiteral("complaints")).toArray();
    QVERIFY(!complaints.isEmpty());
    QHash<QString, QString> tierOfTask;
    QHash<QString, QString> tierOfCustomer;
    for (const QJsonValue &c : m_export.value(QStringLiteral("customers")).toArray())
        tierOfCustomer.insert(c[QStringLiteral("id")].toString(),
                              c[QStringLiteral("tier")].toString());
    for (const QJsonValue &t : tasks)
        tierOfTask.insert(t[QStringLiteral("id")].toString(),
                          tierOfCustomer.value(t[QStringLiteral("customer_id")].toString()));
    int monthsWithArrivals = 0;
    for (KpiPeriod month = KpiPeriod::fromKey(QStringLiteral("2025-08"));
         month.first() <= QDate(2026, 11, 1); month = month.next()) {
        const QString key = month.key();
        int arrived = 0, onTime = 0, left = 0, named = 0;
        for (const QJsonValue &t : tasks) {
            if (t[QStringLiteral("arrived_at")].toString().startsWith(key)) {
                ++arrived;
                onTime += t[QStringLiteral("on_time")].toBool() ? 1 : 0;
            }
            if (t[QStringLiteral("onsite_end")].toString().startsWith(key))
                ++left;
        }
        for (const QJsonValue &c : complaints) {
            if (c[QStringLiteral("received_at")].toString().startsWith(key) &&
                !c[QStringLiteral("task_id")].isNull())
                ++named;
        }
        int answers = 0, net = 0, answersA = 0, netA = 0;
        for (const QJsonValue &c : callbacks) {
            if (!c[QStringLiteral("called_at")].toString().startsWith(key) ||
                c[QStringLiteral("nps")].isNull())
                continue;
            const int score = c[QStringLiteral("nps")].toInt();
            const int delta = score >= 9 ? 1 : (score <= 6 ? -1 : 0);
            ++answers;
            net += delta;
            if (tierOfTask.value(c[QStringLiteral("task_id")].toString()) == QLatin1String("A")) {
                ++answersA;
                netA += delta;
            }
        }
        const KpiFigure onTimeFigure = engine.figure(QStringLiteral("on_time_dispatch"), month);
        QCOMPARE(onTimeFigure.denominator, qint64(arrived));
        QCOMPARE(onTimeFigure.numerator, qint64(onTime));
        QCOMPARE(onTimeFigure.hasValue, arrived > 0);
        monthsWithArrivals += arrived > 0;
        const KpiFigure rate = engine.figure(QStringLiteral("complaint_rate"), month);
        QCOMPARE(rate.numerator, qint64(named));
        QCOMPARE(rate.denominator, qint64(left));
        const KpiFigure nps = engine.figure(QStringLiteral("nps"), month);
        QCOMPARE(nps.denominator, qint64(answers));
        QCOMPARE(nps.numerator, qint64(net));
        const KpiFigure npsA = engine.figure(QStringLiteral("nps_a"), month);
        QCOMPARE(npsA.denominator, qint64(answersA));
        QCOMPARE(npsA.numerator, qint64(netA));
        // The previous period's value is the value computed for that period.
        const KpiFigure before = KpiCalculator::compute(QStringLiteral("on_time_dispatch"),
                                                        engine.data(), month.previous());
        QCOMPARE(onTimeFigure.hasPrevious, before.hasValue);
        if (before.hasValue)
            QCOMPARE(onTimeFigure.previousValue, before.value);
    }
    QVERIFY(monthsWithArrivals >= 15);
}

void TestMonthlyReview::demoShowsEveryKpiAndAMiss()
{
    KpiEngine engine(m_db);
    Error error;
    QVERIFY(engine.load(&error));
    QSet<QString> withData, missed;
    for (KpiPeriod q = KpiPeriod::fromKey(QStringLiteral("2025-Q3"));
         q.first() <= QDate(2026, 10, 1); q = q.next()) {
        for (const KpiFigure &f : engine.figures(q)) {
            if (f.hasValue && (f.hasDenominator ? f.denominator > 0 : f.numerator > 0))
                withData.insert(f.name);
            if (f.hasValue && !f.met)
                missed.insert(f.name);
        }
    }
    for (const QString &name : KpiCalculator::names())
        QVERIFY2(withData.contains(name), qPrintable(name));
    // A missed on-time month, a complaint rate over 1 %, a tier-A customer not visited in
    // 2026-Q2 and the know-how incident of 2026.
    for (const char *name :
         {"on_time_dispatch", "complaint_rate", "proactive_strategic", "knowhow_incidents"})
        QVERIFY2(missed.contains(QString::fromLatin1(name)), name);
    const KpiFigure q2 = engine.figure(QStringLiteral("proactive_strategic"),
                                       KpiPeriod::fromKey(QStringLiteral("2026-Q2")));
    QCOMPARE(q2.numerator, qint64(3));
    QCOMPARE(q2.denominator, qint64(4));
}

void TestMonthlyReview::signingFreezesFigures()
{
    const QString id = RecordStore::newId();
    Error error;
    RecordStore store(m_db);
    QVERIFY2(store.insert(QStringLiteral("monthly_reviews"), id,
                          {{QStringLiteral("month"), QStringLiteral("2026-03")},
                           {QStringLiteral("notes"), QStringLiteral("三月准时率未达标。")}},
                          &error),
             qPrintable(error.message));
    MonthlyReview::Figures draft;
    QVERIFY(MonthlyReview::figuresOf(m_db, id, &draft, &error));
    QVERIFY(!draft.frozen);
    const KpiFigure *onTime = draft.kpi(QStringLiteral("on_time_dispatch"));
    QVERIFY(onTime);
    QVERIFY(onTime->hasValue);
    QVERIFY(!onTime->met); // the late arrival of 2026-03
    QCOMPARE(draft.trends.value(QStringLiteral("nps")).size(), MonthlyReview::TrendMonths);

    RecordSigning::Signature s;
    s.role = QStringLiteral("cto");
    s.signerId = DemoData::personId("Robert");
    s.strokes = DemoSignatures::strokes(1);
    bool locked = false;
    QVERIFY2(RecordSigning(m_db).sign(*RecordCatalog::byTable(QStringLiteral("monthly_reviews")),
                                      id, s, false, &locked, &error),
             qPrintable(error.message));
    QVERIFY(locked);
    QVariantMap stored;
    QVERIFY(store.get(QStringLiteral("monthly_reviews"), id, &stored, &error));
    QVERIFY(!stored.value(QStringLiteral("figures")).toString().isEmpty());

    // Every March arrival is now on time: the live figure changes, the signed one does not.
    QSqlQuery q(m_db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id, planned_start FROM tasks WHERE arrived_at LIKE "
                                  "'2026-03%' AND deleted = 0")));
    QStringList march;
    while (q.next())
        march << q.value(0).toString();
    QVERIFY(!march.isEmpty());
    for (const QString &task : march)
        QVERIFY(store.update(QStringLiteral("tasks"), task,
                             {{QStringLiteral("planned_start"), QStringLiteral("2026-03-31")}},
                             &error));
    MonthlyReview::Figures live;
    QVERIFY(
        MonthlyReview::compute(m_db, KpiPeriod::fromKey(QStringLiteral("2026-03")), &live, &error));
    QVERIFY(live.kpi(QStringLiteral("on_time_dispatch"))->met);
    MonthlyReview::Figures signedFigures;
    QVERIFY(MonthlyReview::figuresOf(m_db, id, &signedFigures, &error));
    QVERIFY(signedFigures.frozen);
    const KpiFigure *frozen = signedFigures.kpi(QStringLiteral("on_time_dispatch"));
    QVERIFY(frozen);
    QVERIFY(!frozen->met);
    QCOMPARE(frozen->numerator, onTime->numerator);
    QCOMPARE(frozen->denominator, onTime->denominator);
    QCOMPARE(frozen->recordIds(), onTime->recordIds());
    QCOMPARE(signedFigures.trends.value(QStringLiteral("nps")).size(), MonthlyReview::TrendMonths);

    // A correction of the signed review computes the figures again from today's records, and
    // its signature freezes those; the signed revision keeps its own meanwhile.
    const RecordKind &kind = *RecordCatalog::byTable(QStringLiteral("monthly_reviews"));
    QString correction;
    QVERIFY2(RecordSigning(m_db).correct(kind, id, QStringLiteral("三月到达时间已更正。"),
                                         &correction, &error),
             qPrintable(error.message));
    MonthlyReview::Figures redrafted;
    QVERIFY(MonthlyReview::figuresOf(m_db, correction, &redrafted, &error));
    QVERIFY(!redrafted.frozen);
    QVERIFY(redrafted.kpi(QStringLiteral("on_time_dispatch"))->met);
    QVERIFY(MonthlyReview::figuresOf(m_db, id, &signedFigures, &error));
    QVERIFY(!signedFigures.kpi(QStringLiteral("on_time_dispatch"))->met);
    locked = false;
    QVERIFY2(RecordSigning(m_db).sign(kind, correction, s, false, &locked, &error),
             qPrintable(error.message));
    QVERIFY(locked);
    MonthlyReview::Figures corrected;
    QVERIFY(MonthlyReview::figuresOf(m_db, correction, &corrected, &error));
    QVERIFY(corrected.frozen);
    QVERIFY(corrected.kpi(QStringLiteral("on_time_dispatch"))->met);
}

void TestMonthlyReview::printedReview()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QString id;
    Error error;
    QVERIFY(MonthlyReview::findByMonth(m_db, QStringLiteral("2026-10"), &id, &error));
    QVERIFY(!id.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
    QVERIFY2(RecordPrinter(m_db).recordToPdf(id, pdf, &error), qPrintable(error.message));
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    MonthlyReview::Figures figures;
    QVERIFY(MonthlyReview::figuresOf(m_db, id, &figures, &error));
    // The figures table: each KPI's value as the dashboard and the CLI show it.
    for (const KpiFigure &f : figures.kpis) {
        if (f.hasValue)
            QVERIFY2(text.contains(QString::number(f.shownValue(), 'f',
                                                   f.unit == KpiFigure::Unit::Count   ? 0
                                                   : f.unit == KpiFigure::Unit::Score ? 2
                                                                                      : 1)),
                     qPrintable(f.name));
    }
    // The trend charts: their month labels under the bars, one set per KPI.
    QVERIFY(text.count(QStringLiteral("25-11")) >= 9);
    QVERIFY(text.count(QStringLiteral("26-10")) >= 9);
    QVERIFY(text.contains(QStringLiteral("SOP-10")));
    QVERIFY(text.contains(QStringLiteral("2026-10")));
    // Drawn as vectors: the PDF holds no raster image besides the QR code of each page.
    QProcess images;
    const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
    if (!pdfimages.isEmpty()) {
        images.start(pdfimages, {QStringLiteral("-list"), pdf});
        QVERIFY(images.waitForFinished(30000));
        const QStringList lines = QString::fromUtf8(images.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QProcess info;
        info.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {pdf});
        QVERIFY(info.waitForFinished(30000));
        const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
        const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pages = pagesLine.match(infoText).captured(1).toInt();
        QVERIFY(pages >= 2);
        QVERIFY2(lines.size() - 2 <= pages, qPrintable(lines.join(QLatin1Char('\n'))));
    }
}

void TestMonthlyReview::cli()
{
#ifndef FIELDDESK_CLI_PATH
    QSKIP("fielddesk-cli is not built");
#else
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FIELDDESK_PASSPHRASE"), m_passphrase);
    QByteArray out;
    const auto cli = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FIELDDESK_CLI_PATH), args);
        p.waitForFinished(60000);
        out = p.readAllStandardOutput();
        return p.exitCode();
    };
    const QString db = m_path;
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--month"), QStringLiteral("2026-13")},
          QStringList{QStringLiteral("--month"), QStringLiteral("2026-1")},
          QStringList{QStringLiteral("--quarter"), QStringLiteral("2026-Q5")},
          QStringList{QStringLiteral("--quarter"), QStringLiteral("2026-11")},
          QStringList{QStringLiteral("--year"), QStringLiteral("26")}, QStringList{},
          QStringList{QStringLiteral("--month"), QStringLiteral("2026-11"),
                      QStringLiteral("--year"), QStringLiteral("2026")}})
        QCOMPARE(cli(QStringList{QStringLiteral("kpi"), QStringLiteral("--db"), db} + bad), 2);

    // The database is shared with the other tests: compare with a fresh engine.
    QCOMPARE(cli({QStringLiteral("kpi"), QStringLiteral("--db"), db, QStringLiteral("--quarter"),
                  QStringLiteral("2026-Q2"), QStringLiteral("--json")}),
             0);
    const QJsonArray array = QJsonDocument::fromJson(out).array();
    QCOMPARE(array.size(), 9);
    KpiEngine engine(m_db);
    Error error;
    QVERIFY(engine.load(&error));
    const QList<KpiFigure> figures = engine.figures(KpiPeriod::fromKey(QStringLiteral("2026-Q2")));
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("denominator"), QStringLiteral("met"),
                                        QStringLiteral("name"), QStringLiteral("numerator"),
                                        QStringLiteral("period"), QStringLiteral("record_ids"),
                                        QStringLiteral("target"), QStringLiteral("value")}));
        QCOMPARE(o, figures.at(i).toJson());
        QCOMPARE(o.value(QStringLiteral("period")).toString(), QStringLiteral("2026-Q2"));
    }
    QCOMPARE(array.at(5).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("proactive_strategic"));
    QCOMPARE(array.at(5).toObject().value(QStringLiteral("met")).toBool(), false);

    QCOMPARE(cli({QStringLiteral("kpi"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                  QStringLiteral("2026")}),
             0);
    QVERIFY(out.contains("2026"));

    const QString pdf = m_dir.filePath(QStringLiteral("cli-review.pdf"));
    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("--db"), db, QStringLiteral("--review"),
                  QStringLiteral("2026-10"), QStringLiteral("--pdf"), pdf, QStringLiteral("--by"),
                  QStringLiteral("Robert")}),
             0);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("--db"), db, QStringLiteral("--review"),
                  QStringLiteral("2019-01"), QStringLiteral("--pdf"), pdf, QStringLiteral("--by"),
                  QStringLiteral("Robert")}),
             1);
    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("--db"), db, QStringLiteral("--review"),
                  QStringLiteral("2026-Q1"), QStringLiteral("--pdf"), pdf, QStringLiteral("--by"),
                  QStringLiteral("Robert")}),
             2);
#endif
}

QTEST_MAIN(TestMonthlyReview)
#include "tst_monthlyreview.moc"
