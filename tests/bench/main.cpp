// fielddesk-bench: the benchmark of quality.md "Speed". Writes the ten-year data set (or a
// tenth of it with --quick) as an interchange file, imports it through the product's importer
// into an encrypted and a plain database in a temporary folder, times the product's own
// classes on both and prints one JSON object per measure on stdout. Progress and a readable
// summary go to stderr. Exit status: 0 all measures ran (whether or not they met their
// targets), 1 a measure failed to run, 2 usage error.

#include "app/Startup.h"
#include "tests/bench/BenchRunner.h"
#include "tests/bench/ProductBench.h"
#include "tests/bench/TenYearData.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

void progress(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

Database::KeyKind kindOf(const QString &name)
{
    return name == QLatin1String("plain") ? Database::KeyKind::None : Database::KeyKind::RawKey;
}

} // namespace

int main(int argc, char *argv[])
{
    // The print measure paints with fonts: a Gui application, offscreen unless told otherwise.
#ifndef Q_OS_WIN
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fielddesk-bench"));
    Startup::install();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Benchmark of Lithera Field Desk on ten years of records: the product's own import, "
        "models, search, print, audit and sync on an encrypted and on a plain database, one "
        "JSON object per line on stdout."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Use a tenth of the data set (CI)."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Also write the JSON lines to <file>."),
                                 QStringLiteral("file"));
    const QCommandLineOption keep(
        QStringLiteral("keep"),
        QStringLiteral("Work in <folder> and leave the databases and the interchange file there."),
        QStringLiteral("folder"));
    const QCommandLineOption writeJson(
        QStringLiteral("write-json"),
        QStringLiteral("Only write the data set as an interchange file to <file> (for "
                       "fielddesk-cli import) and exit."),
        QStringLiteral("file"));
    const QCommandLineOption reuse(
        QStringLiteral("reuse"),
        QStringLiteral("With --keep: time the databases an earlier run left there (no import)."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Only these measure groups (comma-separated: "
                                                 "start, lists, search, audit, print, memory, "
                                                 "sync)."),
                                  QStringLiteral("groups"));
    // Internal: the import and memory measures run in a fresh child process.
    QCommandLineOption importChild(QStringLiteral("import-child"), QStringLiteral("internal"),
                                   QStringLiteral("db"));
    QCommandLineOption memoryChild(QStringLiteral("memory-child"), QStringLiteral("internal"),
                                   QStringLiteral("db"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("internal"),
                            QStringLiteral("file"));
    QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("internal"),
                            QStringLiteral("kind"));
    for (QCommandLineOption *o : {&importChild, &memoryChild, &json, &kind})
        o->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {quick, out, keep, reuse, only, writeJson, importChild, memoryChild, json, kind});
    if (!parser.parse(app.arguments())) {
        progress(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.positionalArguments().isEmpty()) {
        progress(QStringLiteral("fielddesk-bench takes no arguments besides its options."));
        return 2;
    }
    const QString childKey = qEnvironmentVariable("FIELDDESK_BENCH_KEY");
    if (parser.isSet(importChild))
        return ProductBench::importChild(parser.value(importChild), parser.value(json),
                                         kindOf(parser.value(kind)), childKey);
    if (parser.isSet(memoryChild))
        return ProductBench::memoryChild(parser.value(memoryChild), kindOf(parser.value(kind)),
                                         childKey);
    const bool isQuick = parser.isSet(quick);
    if (parser.isSet(writeJson)) {
        TenYearData::Counts counts;
        QFile file(parser.value(writeJson));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            progress(
                QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return 1;
        }
        file.write(QJsonDocument(TenYearData::build(isQuick ? 0.1 : 1.0, 20261207, &counts))
                       .toJson(QJsonDocument::Indented));
        progress(
            QStringLiteral("%1 records written to %2.").arg(counts.records).arg(file.fileName()));
        return 0;
    }

    QFile outFile;
    if (parser.isSet(out)) {
        outFile.setFileName(parser.value(out));
        if (!outFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            progress(QStringLiteral("Cannot write %1: %2")
                         .arg(parser.value(out), outFile.errorString()));
            return 1;
        }
    }
    QTemporaryDir temporary;
    QString directory = temporary.path();
    if (parser.isSet(keep)) {
        directory = QDir(parser.value(keep)).absolutePath();
        QDir().mkpath(directory);
    } else if (!temporary.isValid()) {
        progress(
            QStringLiteral("Cannot create a temporary folder: %1").arg(temporary.errorString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    BenchRunner runner(directory, isQuick);
    runner.setReuse(parser.isSet(reuse) && parser.isSet(keep));
    if (parser.isSet(only))
        runner.setOnly(parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts));
    QString error;
    if (!runner.run(&error)) {
        progress(QStringLiteral("A measure failed to run: %1").arg(error));
        return 1;
    }

    QTextStream stdoutStream(stdout);
    QTextStream fileStream(&outFile);
    QTextStream summary(stderr);
    int missed = 0;
    for (const Measurement &m : runner.measurements()) {
        const QString line = m.toJsonLine();
        stdoutStream << line << Qt::endl;
        if (outFile.isOpen())
            fileStream << line << Qt::endl;
        QString verdict;
        if (m.hasTarget()) {
            verdict =
                m.meetsTarget() ? QStringLiteral("meets target") : QStringLiteral("MISSES target");
            missed += m.meetsTarget() ? 0 : 1;
        }
        summary << QStringLiteral("  %1 %2 %3 (plain %4, ratio %5) %6")
                       .arg(m.name, -22)
                       .arg(m.value, 10, 'f', 2)
                       .arg(m.unit, -2)
                       .arg(m.plain, 0, 'f', 2)
                       .arg(m.ratio(), 0, 'f', 2)
                       .arg(verdict)
                << Qt::endl;
    }
    summary << QStringLiteral("%1 data set, %2 s; %3 measure(s) miss their target.")
                   .arg(isQuick ? QStringLiteral("Quick (1/10)") : QStringLiteral("Full"))
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                   .arg(missed)
            << Qt::endl;
    return 0;
}
