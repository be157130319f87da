#include "app/catalog/RecordKind.h"
#include "app/demo/DemoData.h"
#include "app/print/BatchPrintJob.h"
#include "app/print/PrintLayouts.h"
#include "app/print/PrintPaginator.h"
#include "app/print/PrintRecord.h"
#include "app/print/PrintRenderer.h"
#include "app/print/RecordPrinter.h"
#include "app/signing/PaperCode.h"
#include "app/signing/RecordFingerprint.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordStore.h"

#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

// Printing (architecture.md "Printing"): every layout's PDF carries its form code, title, record
// number and the record's Chinese text in an embedded CJK font; signature blocks are never
// split; tables repeat their header; the QR code decodes to the record's PaperCode; a
// superseded revision is marked on every page; every print is logged; the CLI's exit codes.
// The PDF checks read the PDF with poppler (pdftotext, pdffonts, pdftoppm) and zbarimg.
class TestPrint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wrapKeepsEveryCharacter();
    void layouts_data();
    void layouts();
    void embedsCjkFont();
    void longReportKeepsSignatureBlocksWhole();
    void longTableRepeatsHeader();
    void headingsStayWithTheirSection();
    void qrCodeDecodesToPaperCode();
    void supersededMarkedOnEveryPage();
    void capturedSignaturePrints();
    void printIsLogged();
    void printedAtInChinaTime();
    void monthBatch();
    void cliExitCodes();
    void batchJobInThread();
    void batchJobCancels();

private:
    QString firstId(const QString &table, const QString &where = QString());
    QString taskNumberOf(const QString &recordId);
    QString writePdf(const QString &recordId, const QString &name,
                     QList<PrintPaginator::Placement> *placements = nullptr, int *pages = nullptr);
    static QString tool(const QString &name);
    static QString pdfText(const QString &pdf, int page = 0);
    static QString squeeze(const QString &text);
    QString insertServiceReport(const QString &taskId, int paragraphs);

    QTemporaryDir m_dir;
    QString m_dbPath;
    const QString m_passphrase = QStringLiteral("print-test-口令");
    Database m_db;
};

void TestPrint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("print.fdb"));
    Error error;
    QVERIFY2(m_db.create(m_dbPath, m_passphrase, &error), qPrintable(error.message));
    QVERIFY2(DemoData::load(m_db, &error), qPrintable(error.message));
}

QString TestPrint::tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QString TestPrint::pdfText(const QString &pdf, int page)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    QProcess p;
    p.start(tool(QStringLiteral("pdftotext")), args);
    p.waitForFinished(30000);
    // Compare through squeeze(): Qt's PDF writer names some CJK glyphs by other code points.
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString TestPrint::squeeze(const QString &text)
{
    // Qt's PDF writer names each glyph by the lowest code point the font maps to it, so an
    // ideograph whose glyph the font shares with a CJK Extension A or compatibility character
    // (胶 and 㬵) comes back from pdftotext as the other one. What is printed is the same
    // glyph: compare ideographs by their glyph in the print's CJK font.
    static const QRawFont cjk = [] {
        QFont font = PrintFonts::font(PrintFonts::Role::Body);
        font.setFamilies({PrintFonts::cjkFamily()});
        return QRawFont::fromFont(font);
    }();
    QString out;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        const QList<quint32> glyphs = c.unicode() >= 0x2E80 && cjk.isValid()
                                          ? cjk.glyphIndexesForString(QString(c))
                                          : QList<quint32>();
        if (!glyphs.isEmpty() && glyphs.first() != 0)
            out += QStringLiteral("<%1>").arg(glyphs.first());
        else
            out += QString(c).normalized(QString::NormalizationForm_KC);
    }
    return out;
}

QString TestPrint::firstId(const QString &table, const QString &where)
{
    QSqlQuery q(m_db.sql());
    // Not a correction: the demo's corrections get random ids, so they would make "first"
    // change from run to run.
    q.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 %2 AND id NOT IN (SELECT "
                          "record_id FROM record_revisions) ORDER BY id LIMIT 1")
               .arg(table, where));
    return q.next() ? q.value(0).toString() : QString();
}

QString TestPrint::taskNumberOf(const QString &recordId)
{
    PrintRecord record(m_db);
    if (!record.load(recordId, nullptr))
        return QString();
    const QString taskId = record.kind().table == QLatin1String("tasks")
                               ? recordId
                               : record.value(QStringLiteral("task_id")).toString();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT number FROM tasks WHERE id = ?"));
    q.addBindValue(taskId);
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

QString TestPrint::writePdf(const QString &recordId, const QString &name,
                            QList<PrintPaginator::Placement> *placements, int *pages)
{
    RecordPrinter printer(m_db);
    PrintDocument document;
    Error error;
    const QString path = m_dir.filePath(name);
    if (!printer.document(recordId, &document, &error) ||
        !printer.writePdf({document}, path, &error, {}, placements, pages)) {
        qWarning() << error.message;
        return QString();
    }
    // To look at what the tests print: FIELDDESK_PRINT_KEEP=/some/folder keeps a copy.
    const QString keep = qEnvironmentVariable("FIELDDESK_PRINT_KEEP");
    if (!keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(name));
        QFile::copy(path, QDir(keep).filePath(name));
    }
    return path;
}

void TestPrint::wrapKeepsEveryCharacter()
{
    QPdfWriter writer(m_dir.filePath(QStringLiteral("wrap.pdf")));
    writer.setResolution(1200);
    PrintPaginator paginator(&writer);
    const QString text = QString::fromUtf8(
        "涂布厚度不均，疑因供应商批号 240501 黏度高于规格；客户已自调温度参数补救。"
        "取留样回 Lithera 实验室对比，与供应商百亿特对接复检该批。");
    const qreal width = paginator.mm(40);
    const QStringList lines = paginator.wrap(text.repeated(3), PrintFonts::Role::Body, width);
    QVERIFY(lines.size() > 3);
    const QFontMetricsF metrics(PrintFonts::font(PrintFonts::Role::Body), &writer);
    for (const QString &line : lines)
        QVERIFY2(metrics.horizontalAdvance(line) <= width + 1, qPrintable(line));
    QCOMPARE(squeeze(lines.join(QString())), squeeze(text.repeated(3)));
}

void TestPrint::layouts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("content"); // a field whose Chinese text must be printed
    QTest::newRow("mission brief") << firstId(QStringLiteral("briefings")) << "QEF-10-01"
                                   << "Mission brief"
                                   << "objectives";
    QTest::newRow("service report") << firstId(QStringLiteral("service_reports")) << "QEF-10-01"
                                    << "Field service report"
                                    << "site_situation";
    QTest::newRow("daily report") << firstId(QStringLiteral("daily_reports")) << "QEF-10-02"
                                  << "Daily report"
                                  << "work";
    QTest::newRow("call-back") << firstId(QStringLiteral("callbacks")) << "QEF-10-03"
                               << "Customer call-back on the dispatch"
                               << "engineer_performance";
    QTest::newRow("NDA") << firstId(QStringLiteral("ndas"), QStringLiteral("AND notes IS NOT NULL"))
                         << "QEF-10-04"
                         << "NDA record sheet"
                         << "notes";
    QTest::newRow("expense claim") << firstId(QStringLiteral("expense_claims")) << "QEF-10-05"
                                   << "Dispatch expense claim"
                                   << "";
    QTest::newRow("task dossier") << firstId(QStringLiteral("tasks"),
                                             QStringLiteral("AND state = 'closed'"))
                                  << "QEF-10-01"
                                  << "Dispatch task sheet"
                                  << "title";
}

void TestPrint::layouts()
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QFETCH(QString, id);
    QFETCH(QString, code);
    QFETCH(QString, title);
    QFETCH(QString, content);
    QVERIFY(!id.isEmpty());
    const QString pdf = writePdf(id, QStringLiteral("layout.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(code), qPrintable(text.left(400)));
    QVERIFY(squeeze(text).contains(squeeze(title)));
    PrintRecord record(m_db);
    QVERIFY(record.load(id, nullptr));
    if (record.kind().table == QLatin1String("ndas")) {
        QVERIFY(squeeze(text).contains(squeeze(record.text(QStringLiteral("template_version")))));
        QVERIFY(text.contains(QStringLiteral("Keep permanently")));
    } else {
        QVERIFY(!taskNumberOf(id).isEmpty());
        QVERIFY(text.contains(QStringLiteral("No. ") + taskNumberOf(id)));
        QVERIFY(text.contains(QStringLiteral("Keep 10 years")));
    }
    if (!content.isEmpty()) {
        const QString value = record.text(content);
        QVERIFY(!value.isEmpty());
        QVERIFY2(squeeze(text).contains(squeeze(value)), qPrintable(value));
    } else {
        // The claim: every line's description and the total.
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT description FROM expense_lines WHERE claim_id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec());
        int lines = 0;
        while (q.next()) {
            ++lines;
            QVERIFY2(squeeze(text).contains(squeeze(q.value(0).toString())),
                     qPrintable(q.value(0).toString()));
        }
        QVERIFY(lines > 0);
        QVERIFY(text.contains(record.text(QStringLiteral("total"))));
    }
    QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
}

void TestPrint::embedsCjkFont()
{
    if (tool(QStringLiteral("pdffonts")).isEmpty())
        QSKIP("pdffonts (poppler-utils) is not installed");
    const QString pdf =
        writePdf(firstId(QStringLiteral("service_reports")), QStringLiteral("fonts.pdf"));
    QVERIFY(!pdf.isEmpty());
    QProcess p;
    p.start(tool(QStringLiteral("pdffonts")), {pdf});
    QVERIFY(p.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    bool embeddedCjk = false;
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        // name type... emb sub uni id gen: "emb" is the 5th column from the end.
        if (line.contains(QLatin1String("CJK"), Qt::CaseInsensitive) ||
            line.contains(QLatin1String("YaHei"), Qt::CaseInsensitive) ||
            line.contains(QLatin1String("SimSun"), Qt::CaseInsensitive))
            embeddedCjk = embeddedCjk || (columns.size() >= 5 &&
                                          columns.at(columns.size() - 5) == QLatin1String("yes"));
    }
    QVERIFY2(embeddedCjk, qPrintable(lines.join(QLatin1Char('\n'))));
}

QString TestPrint::insertServiceReport(const QString &taskId, int paragraphs)
{
    const QString para = QString::fromUtf8(
        "现场第 3 道光刻胶涂布工站膜厚不均，逐片量测后确认与来料批号黏度相关；已与客户技术经理"
        "逐项核对温度、转速与静置时间，并记录每一次调整的结果，供后续复检与知识库整理使用。");
    QStringList text;
    for (int i = 0; i < paragraphs; ++i)
        text << QStringLiteral("%1. ").arg(i + 1) + para;
    const QString id = RecordStore::newId();
    Error error;
    const bool ok = RecordStore(m_db).insert(
        QStringLiteral("service_reports"), id,
        {{QStringLiteral("task_id"), taskId},
         {QStringLiteral("summary"), text.join(QLatin1Char('\n'))},
         {QStringLiteral("site_situation"), text.mid(0, paragraphs / 2).join(QLatin1Char('\n'))},
         {QStringLiteral("solutions"), text.join(QLatin1Char('\n'))},
         {QStringLiteral("customer_feedback"), para},
         {QStringLiteral("satisfaction"), 8},
         {QStringLiteral("suggestions"), text.mid(0, paragraphs / 3).join(QLatin1Char('\n'))},
         {QStringLiteral("knowhow_feedback"), para},
         {QStringLiteral("settlement"), text.mid(0, paragraphs / 4).join(QLatin1Char('\n'))}},
        &error);
    if (!ok)
        qWarning() << error.message;
    return ok ? id : QString();
}

void TestPrint::longReportKeepsSignatureBlocksWhole()
{
    const QString task = firstId(QStringLiteral("tasks"), QStringLiteral("AND state = 'closed'"));
    // Lengths that put the signature block at different places of the last page, including
    // where it no longer fits under the last section.
    for (int paragraphs : {18, 23, 27, 31, 40}) {
        const QString id = insertServiceReport(task, paragraphs);
        QVERIFY(!id.isEmpty());
        QList<PrintPaginator::Placement> placements;
        int pages = 0;
        const QString pdf = writePdf(id, QStringLiteral("long.pdf"), &placements, &pages);
        QVERIFY(!pdf.isEmpty());
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        PrintDocument document;
        QVERIFY(RecordPrinter(m_db).document(id, &document, nullptr));
        const PrintForm &form = document.forms.first();
        int signatureBlock = -1;
        for (int b = 0; b < form.blocks.size(); ++b) {
            if (form.blocks.at(b).kind == PrintBlock::Kind::Signatures)
                signatureBlock = b;
        }
        QVERIFY(signatureBlock > 0);
        QList<PrintPaginator::Placement> pieces, headings;
        for (const PrintPaginator::Placement &p : placements) {
            if (p.block == signatureBlock)
                pieces << p;
            if (p.block == signatureBlock - 1)
                headings << p;
        }
        QCOMPARE(pieces.size(), 1); // one piece: never split
        QCOMPARE(headings.size(), 1);
        QCOMPARE(headings.first().page, pieces.first().page); // with its heading
        if (tool(QStringLiteral("pdftotext")).isEmpty())
            continue;
        // On paper: every role of the block on the same page, the name lines with them.
        const QString page = pdfText(pdf, pieces.first().page + 1);
        for (const QString &role : {QStringLiteral("Engineer"), QStringLiteral("CTO"),
                                    QStringLiteral("Customer representative")})
            QVERIFY2(page.contains(role), qPrintable(role));
        QCOMPARE(page.count(QStringLiteral("Name:")), 3);
        QCOMPARE(page.count(QStringLiteral("Date:")), 3);
        for (int other = 1; other <= pages; ++other) {
            if (other != pieces.first().page + 1)
                QVERIFY(!pdfText(pdf, other).contains(QStringLiteral("Name:")));
        }
        QVERIFY(pdfText(pdf, pages).contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }
}

void TestPrint::longTableRepeatsHeader()
{
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString claim = firstId(QStringLiteral("expense_claims"));
    RecordStore store(m_db);
    Error error;
    for (int i = 0; i < 70; ++i) {
        QVERIFY2(store.insert(
                     QStringLiteral("expense_lines"), RecordStore::newId(),
                     {{QStringLiteral("claim_id"), claim},
                      {QStringLiteral("line_no"), 100 + i},
                      {QStringLiteral("date"), QStringLiteral("2026-11-10")},
                      {QStringLiteral("category"), QStringLiteral("meals")},
                      {QStringLiteral("description"), QStringLiteral("工作餐 第 %1 份").arg(i + 1)},
                      {QStringLiteral("amount"), 4550},
                      {QStringLiteral("paid_by"), QStringLiteral("company")},
                      {QStringLiteral("receipt"), 1}},
                     &error),
                 qPrintable(error.message));
    }
    int pages = 0;
    const QString pdf = writePdf(claim, QStringLiteral("table.pdf"), nullptr, &pages);
    QVERIFY(pages >= 2);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        if (page < pages || text.contains(QStringLiteral("工作餐")))
            QVERIFY2(text.contains(QStringLiteral("Description")),
                     qPrintable(QString::number(page)));
    }
    const QString all = squeeze(pdfText(pdf));
    for (int i = 1; i <= 70; ++i)
        QVERIFY(all.contains(squeeze(QStringLiteral("工作餐 第 %1 份").arg(i))));
}

void TestPrint::headingsStayWithTheirSection()
{
    // Every task's dossier: no heading ends a page, no short table (a third of a page or
    // less, like the PPE list) is broken. Long reports put headings near page ends.
    const QString closed = firstId(QStringLiteral("tasks"), QStringLiteral("AND state = 'closed'"));
    for (int paragraphs : {19, 25, 29})
        QVERIFY(!insertServiceReport(closed, paragraphs).isEmpty());
    QSqlQuery q(m_db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM tasks WHERE deleted = 0")));
    int checked = 0;
    while (q.next()) {
        QList<PrintPaginator::Placement> placements;
        PrintDocument document;
        QVERIFY(RecordPrinter(m_db).document(q.value(0).toString(), &document, nullptr));
        QPdfWriter writer(m_dir.filePath(QStringLiteral("headings.pdf")));
        Error error;
        QVERIFY2(PrintRenderer::render({document}, &writer, &error, {}, &placements),
                 qPrintable(error.message));
        PrintPaginator paginator(&writer);
        const qreal third = paginator.contentRect(document.forms.first()).height() / 3;
        for (int i = 0; i < placements.size(); ++i) {
            const PrintPaginator::Placement &p = placements.at(i);
            const PrintBlock &block = document.forms.at(p.form).blocks.at(p.block);
            if (block.kind == PrintBlock::Kind::Heading &&
                p.block + 1 < document.forms.at(p.form).blocks.size()) {
                QVERIFY(i + 1 < placements.size());
                QCOMPARE(placements.at(i + 1).block, p.block + 1);
                QVERIFY2(placements.at(i + 1).page == p.page, qPrintable(block.text));
                ++checked;
            }
            if (block.kind == PrintBlock::Kind::Table && p.rect.height() < third &&
                i + 1 < placements.size() && placements.at(i + 1).block == p.block &&
                placements.at(i + 1).form == p.form) {
                // Broken: fine only when the whole table is longer than a third of a page.
                qreal whole = p.rect.height();
                for (int j = i + 1; j < placements.size() && placements.at(j).block == p.block &&
                                    placements.at(j).form == p.form;
                     ++j)
                    whole += placements.at(j).rect.height();
                QVERIFY2(whole > third, qPrintable(block.headers.join(QLatin1Char(','))));
            }
        }
    }
    QVERIFY(checked > 50);
}

void TestPrint::qrCodeDecodesToPaperCode()
{
    if (tool(QStringLiteral("pdftoppm")).isEmpty() || tool(QStringLiteral("zbarimg")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) or zbarimg (zbar-tools) is not installed");
    const QString id = firstId(QStringLiteral("callbacks"));
    const QString pdf = writePdf(id, QStringLiteral("qr.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString prefix = m_dir.filePath(QStringLiteral("qr"));
    QProcess raster;
    raster.start(tool(QStringLiteral("pdftoppm")),
                 {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-f"),
                  QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                  QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
    QVERIFY(raster.waitForFinished(60000));
    QCOMPARE(raster.exitCode(), 0);
    QProcess zbar;
    zbar.start(tool(QStringLiteral("zbarimg")), {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                                                 prefix + QStringLiteral(".png")});
    QVERIFY(zbar.waitForFinished(60000));
    const QString decoded = QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
    PaperCode code;
    QVERIFY2(PaperCode::parse(decoded, &code), qPrintable(decoded));
    QCOMPARE(code.recordId, id);
    QCOMPARE(code.revision, 1);
    QString hash;
    QVERIFY(
        RecordFingerprint::contentHash(m_db, *PrintRecord::kindOf(m_db, id), id, &hash, nullptr));
    QCOMPARE(code.shortHash, RecordFingerprint::shortHash(hash));
}

void TestPrint::supersededMarkedOnEveryPage()
{
    const QString task = firstId(QStringLiteral("tasks"), QStringLiteral("AND state = 'closed'"));
    const QString old = insertServiceReport(task, 30);
    const QString correction = insertServiceReport(task, 2);
    Error error;
    QVERIFY2(RecordStore(m_db).insert(
                 QStringLiteral("record_revisions"), RecordStore::newId(),
                 {{QStringLiteral("record_table"), QStringLiteral("service_reports")},
                  {QStringLiteral("record_id"), correction},
                  {QStringLiteral("previous_id"), old},
                  {QStringLiteral("revision"), 2},
                  {QStringLiteral("reason"), QStringLiteral("更正")}},
                 &error),
             qPrintable(error.message));
    PrintDocument document;
    // A correction not signed yet supersedes nothing: the old revision prints as current.
    QVERIFY(RecordPrinter(m_db).document(old, &document, nullptr));
    QVERIFY(document.forms.first().superseded.isEmpty());
    QVERIFY2(RecordStore(m_db).insert(
                 QStringLiteral("record_locks"), RecordStore::newId(),
                 {{QStringLiteral("record_table"), QStringLiteral("service_reports")},
                  {QStringLiteral("record_id"), correction},
                  {QStringLiteral("revision"), 2},
                  {QStringLiteral("content_hash"), QStringLiteral("00")},
                  {QStringLiteral("locked_at"), QStringLiteral("2026-11-20T10:00:00+08:00")}},
                 &error),
             qPrintable(error.message));
    // Signed, it does.
    QVERIFY(RecordPrinter(m_db).document(old, &document, nullptr));
    QCOMPARE(document.forms.first().superseded, QStringLiteral("Superseded by revision 2"));
    QVERIFY(RecordPrinter(m_db).document(correction, &document, nullptr));
    QVERIFY(document.forms.first().superseded.isEmpty());
    QCOMPARE(document.forms.first().revision, 2);
    QVERIFY(document.forms.first().paperCode.contains(QStringLiteral(":2:")));
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    int pages = 0;
    const QString pdf = writePdf(old, QStringLiteral("superseded.pdf"), nullptr, &pages);
    QVERIFY(pages >= 2);
    for (int page = 1; page <= pages; ++page)
        QVERIFY(pdfText(pdf, page).contains(QStringLiteral("Superseded by revision 2")));
    QVERIFY(!pdfText(writePdf(correction, QStringLiteral("current.pdf")))
                 .contains(QStringLiteral("Superseded")));
}

void TestPrint::capturedSignaturePrints()
{
    // A report nobody signed yet (the closed task's are signed by the demo).
    const QString id = firstId(QStringLiteral("daily_reports"),
                               QStringLiteral("AND id NOT IN (SELECT record_id FROM signatures)"));
    Error error;
    QVERIFY2(RecordStore(m_db).insert(
                 QStringLiteral("signatures"), RecordStore::newId(),
                 {{QStringLiteral("record_table"), QStringLiteral("daily_reports")},
                  {QStringLiteral("record_id"), id},
                  {QStringLiteral("role"), QStringLiteral("engineer")},
                  {QStringLiteral("signer_name"), QStringLiteral("周文彬")},
                  {QStringLiteral("strokes"),
                   QStringLiteral(R"({"width":400,"height":120,"strokes":[[10,100,60,20,120,90,)"
                                  R"(180,30],[200,80,380,60]]})")},
                  {QStringLiteral("signed_at"), QStringLiteral("2026-05-15T17:05:00+08:00")}},
                 &error),
             qPrintable(error.message));
    PrintDocument document;
    QVERIFY(RecordPrinter(m_db).document(id, &document, nullptr));
    const PrintBlock &block = document.forms.first().blocks.last();
    QCOMPARE(block.kind, PrintBlock::Kind::Signatures);
    QCOMPARE(block.signatures.size(), 1);
    QVERIFY(block.signatures.first().isCaptured());
    QCOMPARE(block.signatures.first().name, QStringLiteral("周文彬"));
    QCOMPARE(block.signatures.first().date, QStringLiteral("2026-05-15"));
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(writePdf(id, QStringLiteral("signed.pdf")));
    QVERIFY(squeeze(text).contains(squeeze(QStringLiteral("周文彬"))));
    QVERIFY(text.contains(QStringLiteral("Date: 2026-05-15")));
}

void TestPrint::printIsLogged()
{
    const QString id = firstId(QStringLiteral("expense_claims"));
    QVERIFY(!writePdf(id, QStringLiteral("logged.pdf")).isEmpty());
    const QList<AuditLog::Entry> entries = AuditLog(m_db).entries();
    const AuditLog::Entry *found = nullptr;
    for (const AuditLog::Entry &e : entries) {
        if (e.action == QLatin1String("print") && e.recordId == id)
            found = &e;
    }
    QVERIFY(found);
    QCOMPARE(found->recordTable, QStringLiteral("expense_claims"));
    const QJsonObject detail = QJsonDocument::fromJson(found->detail.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("revision")).toInt(), 1);
    QCOMPARE(detail.value(QStringLiteral("copies")).toInt(), 1);
    QCOMPARE(detail.value(QStringLiteral("target")).toString(), QStringLiteral("pdf"));
    QCOMPARE(detail.value(QStringLiteral("form")).toString(), QStringLiteral("QEF-10-05"));
    QVERIFY(detail.value(QStringLiteral("destination"))
                .toString()
                .endsWith(QStringLiteral("logged.pdf")));
    QCOMPARE(detail.value(QStringLiteral("hash")).toString().size(), 12);
    QVERIFY(!found->actor.isEmpty());
    QStringList problems;
    QVERIFY2(AuditLog(m_db).verify(&problems), qPrintable(problems.join(QLatin1Char(';'))));
}

void TestPrint::printedAtInChinaTime()
{
    // The footer's print time is China time whatever zone the computer (or the instant) is in,
    // like every time on the form: 23:30 UTC is 07:30 the next morning in Shanghai.
    RecordPrinter printer(m_db);
    printer.setPrintedAt(QDateTime(QDate(2026, 11, 30), QTime(23, 30), QTimeZone::utc()));
    PrintDocument document;
    Error error;
    QVERIFY2(printer.document(firstId(QStringLiteral("expense_claims")), &document, &error),
             qPrintable(error.message));
    QCOMPARE(document.printedAt, QStringLiteral("2026-12-01 07:30"));
}

void TestPrint::monthBatch()
{
    RecordPrinter printer(m_db);
    QStringList ids;
    Error error;
    QVERIFY(!printer.serviceReportsOfMonth(QStringLiteral("2026-13"), &ids, &error));
    QCOMPARE(error.code, Error::Code::Usage);
    QVERIFY(printer.serviceReportsOfMonth(QStringLiteral("2026-05"), &ids, &error));
    QVERIFY(ids.contains(firstId(QStringLiteral("service_reports"),
                                 QStringLiteral("AND signed_at LIKE '2026-05%'"))));
    QVERIFY(printer.serviceReportsOfMonth(QStringLiteral("1999-01"), &ids, &error));
    QVERIFY(ids.isEmpty());
}

void TestPrint::cliExitCodes()
{
#ifndef FIELDDESK_CLI_PATH
    QSKIP("fielddesk-cli is not built");
#else
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FIELDDESK_PASSPHRASE"), m_passphrase);
    // No desk person from this computer's settings: who prints is said with --by.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("cli-config")));
    env.insert(QStringLiteral("USER"), QString());
    const auto cliAs = [&](const QStringList &args, const QString &by) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FIELDDESK_CLI_PATH),
                by.isEmpty() ? args : args + QStringList{QStringLiteral("--by"), by});
        p.waitForFinished(120000);
        return QPair<int, QString>(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
    };
    const auto cli = [&](const QStringList &args) {
        return cliAs(args, QStringLiteral("Robert"));
    };
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    const QString missing = QStringLiteral("0b1e7d4e-0000-4000-8000-00000000abcd");
    auto result = cli({QStringLiteral("print"), QStringLiteral("--db"), m_dbPath,
                       QStringLiteral("--record"), missing, QStringLiteral("--pdf"), pdf});
    QCOMPARE(result.first, 1);
    QVERIFY2(result.second.contains(missing), qPrintable(result.second));
    QVERIFY(!QFile::exists(pdf));
    // Usage: no --pdf; both --record and --month; neither.
    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("--db"), m_dbPath,
                  QStringLiteral("--record"), missing})
                 .first,
             2);
    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("--db"), m_dbPath,
                  QStringLiteral("--record"), missing, QStringLiteral("--month"),
                  QStringLiteral("2026-05"), QStringLiteral("--pdf"), pdf})
                 .first,
             2);
    QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("--db"), m_dbPath,
                  QStringLiteral("--month"), QStringLiteral("May"), QStringLiteral("--pdf"), pdf})
                 .first,
             2);
    // A record without a paper form: failure naming it.
    const QString customer = firstId(QStringLiteral("customers"));
    result = cli({QStringLiteral("print"), QStringLiteral("--db"), m_dbPath,
                  QStringLiteral("--record"), customer, QStringLiteral("--pdf"), pdf});
    QCOMPARE(result.first, 1);
    QVERIFY(result.second.contains(customer));
    const QString task = firstId(QStringLiteral("tasks"), QStringLiteral("AND state = 'closed'"));
    result = cli({QStringLiteral("print"), QStringLiteral("--db"), m_dbPath,
                  QStringLiteral("--record"), task, QStringLiteral("--pdf"), pdf});
    QCOMPARE(result.first, 0);
    QVERIFY(QFile(pdf).size() > 1000);
    const QString month = m_dir.filePath(QStringLiteral("month.pdf"));
    result =
        cli({QStringLiteral("print"), QStringLiteral("--db"), m_dbPath, QStringLiteral("--month"),
             QStringLiteral("2026-05"), QStringLiteral("--pdf"), month});
    QCOMPARE(result.first, 0);
    QVERIFY(QFile::exists(month));
    // Who printed is the person --by names, in the footer's audit entry too; never the
    // computer's account ("cli:unknown" when it has none).
    {
        Database db;
        Error error;
        QVERIFY(db.open(m_dbPath, m_passphrase, &error));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'print' AND "
                                      "record_id = '%1' ORDER BY seq DESC LIMIT 1")
                           .arg(task)) &&
                q.next());
        QVERIFY2(q.value(0).toString().contains(QStringLiteral("\"by\":\"Robert\"")),
                 qPrintable(q.value(0).toString()));
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("unknown")));
    }
    // Without --by and without a desk person: usage; an unknown person: refused.
    QCOMPARE(cliAs({QStringLiteral("print"), QStringLiteral("--db"), m_dbPath,
                    QStringLiteral("--record"), task, QStringLiteral("--pdf"), pdf},
                   QString())
                 .first,
             2);
    result = cliAs({QStringLiteral("print"), QStringLiteral("--db"), m_dbPath,
                    QStringLiteral("--record"), task, QStringLiteral("--pdf"), pdf},
                   QStringLiteral("Nobody"));
    QCOMPARE(result.first, 4);
    QVERIFY2(result.second.contains(QStringLiteral("Nobody")), qPrintable(result.second));
#endif
}

void TestPrint::batchJobInThread()
{
    BatchPrintJob::Request request;
    request.month = QStringLiteral("2026-05");
    request.recordIds << firstId(QStringLiteral("tasks"), QStringLiteral("AND state = 'closed'"));
    request.pdfPath = m_dir.filePath(QStringLiteral("batch.pdf"));
    request.printedBy = QStringLiteral("王婧");
    BatchPrintJob *job = BatchPrintJob::start(m_db, request);
    QSignalSpy progress(job, &BatchPrintJob::progress);
    QSignalSpy finished(job, &BatchPrintJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const QList<QVariant> result = finished.first();
    QVERIFY2(result.at(0).toBool(), qPrintable(result.at(1).toString()));
    QVERIFY(result.at(2).toInt() > 2); // pages
    QVERIFY(result.at(3).toInt() > 2); // forms: the dossier's and the month's
    QVERIFY(progress.size() > 2);
    QVERIFY(QFile::exists(request.pdfPath));
    if (!tool(QStringLiteral("pdftotext")).isEmpty())
        QVERIFY(squeeze(pdfText(request.pdfPath)).contains(squeeze(QStringLiteral("by 王婧"))));
}

void TestPrint::batchJobCancels()
{
    BatchPrintJob::Request request;
    request.month = QStringLiteral("2026-05");
    request.recordIds << firstId(QStringLiteral("tasks"), QStringLiteral("AND state = 'closed'"));
    request.pdfPath = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    BatchPrintJob job(m_db, request);
    // Cancel once painting has started: the PDF must not be left half-written.
    connect(
        &job, &BatchPrintJob::progress, &job,
        [&job](int, int, const QString &stage) {
            if (stage == QLatin1String("Printing"))
                job.cancel();
        },
        Qt::DirectConnection);
    QSignalSpy finished(&job, &BatchPrintJob::finished);
    job.run();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(0).toBool());
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Printing was cancelled."));
    QVERIFY(!QFile::exists(request.pdfPath));
}

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
