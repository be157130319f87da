// fielddesk-bench: the storage-level benchmark of quality.md. Builds the ten-year data set
// (or a tenth of it with --quick) in a temporary folder, once encrypted and once plain, and
// prints one JSON object per measure on stdout. Progress and a readable summary go to stderr.
// Exit status: 0 all measures ran (whether or not they met their targets), 1 a measure
// failed to run, 2 usage error.

#include "tests/bench/BenchDataSet.h"
#include "tests/bench/BenchRunner.h"
#include "tests/bench/StorageBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void progress(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

// The child side of the resident-memory measure (see StorageBench::measureMemory).
int memoryProbe(const QString &path, const QString &kind)
{
    const bool plain = kind == QLatin1String("plain");
    StorageBench probe(plain ? Database::KeyKind::None : Database::KeyKind::RawKey,
                       BenchDataSet::quick(), QFileInfo(path).absolutePath());
    probe.setKey(plain ? QString() : qEnvironmentVariable("FIELDDESK_BENCH_KEY"));
    qint64 rss = 0, peak = 0;
    QString error = QStringLiteral("%1 is not a benchmark database").arg(path);
    if (probe.databasePath() != path || !probe.probeMemory(&rss, &peak, &error)) {
        progress(QStringLiteral("memory probe: %1").arg(error));
        return 1;
    }
    std::printf("%lld %lld\n", static_cast<long long>(rss), static_cast<long long>(peak));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The print measure paints with fonts: a Gui application, offscreen unless told otherwise.
    // The memory probe child stays a core application, so the memory figure is the desk's
    // storage alone, as before.
    bool memoryChild = false;
    for (int i = 1; i < argc; ++i)
        memoryChild = memoryChild || QByteArray(argv[i]).startsWith("--memory-probe");
#ifndef Q_OS_WIN
    if (!memoryChild && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    std::unique_ptr<QCoreApplication> application(memoryChild ? new QCoreApplication(argc, argv)
                                                              : new QGuiApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("fielddesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Storage benchmark of Lithera Field Desk: the same measures on an encrypted and on a "
        "plain database, one JSON object per line on stdout."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Use about a tenth of the data set (CI)."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Also write the JSON lines to <file>."),
                                 QStringLiteral("file"));
    // Internal: the memory measure runs in a fresh child process.
    QCommandLineOption probe(QStringLiteral("memory-probe"), QStringLiteral("internal"),
                             QStringLiteral("db"));
    probe.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("internal"),
                            QStringLiteral("kind"));
    kind.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({quick, out, probe, kind});
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
    if (parser.isSet(probe))
        return memoryProbe(parser.value(probe), parser.value(kind));

    QFile outFile;
    if (parser.isSet(out)) {
        outFile.setFileName(parser.value(out));
        if (!outFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            progress(QStringLiteral("Cannot write %1: %2")
                         .arg(parser.value(out), outFile.errorString()));
            return 1;
        }
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        progress(QStringLiteral("Cannot create a temporary folder: %1").arg(dir.errorString()));
        return 1;
    }
    const bool isQuick = parser.isSet(quick);
    QElapsedTimer timer;
    timer.start();
    BenchRunner runner(isQuick ? BenchDataSet::quick() : BenchDataSet::full(), dir.path(), isQuick);
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
