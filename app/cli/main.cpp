#include "AppPaths.h"
#include "CliApp.h"
#include "RecordLocks.h"
#include "SearchIndex.h"
#include "SqlCipherDriver.h"
#include "SyncSetup.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppPaths::setApplicationNames();
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // Messages follow the system language: Chinese locales get the Chinese catalogue.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("fielddesk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    SqlCipherDriver::registerDriver();
    SearchIndex::install(); // the full-text index follows every record write
    RecordLocks::install(); // nested records of a signed form are locked with it
    SyncSetup::install();   // merge groups are written (and synced) as one unit
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
