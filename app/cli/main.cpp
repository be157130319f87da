#include "app/Startup.h"
#include "app/cli/CliApp.h"
#include "app/utils/AppPaths.h"
#include "app/utils/AppSettings.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // print paints with fonts and needs a Gui application; the tool never shows a window, so
    // it runs on the offscreen platform unless told otherwise (servers have no display).
    bool printing = false;
    for (int i = 1; i < argc; ++i)
        printing = printing || QByteArray(argv[i]) == "print";
#ifndef Q_OS_WIN
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    std::unique_ptr<QCoreApplication> app(printing ? new QGuiApplication(argc, argv)
                                                   : new QCoreApplication(argc, argv));
    AppPaths::setApplicationNames();
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // Messages follow the system language: Chinese locales get the Chinese catalogue. A
    // printout is the company's paper form, so it is in the desk's language (zh_CN unless
    // changed in the desktop's settings) and looks the same as one printed from the desktop.
    QTranslator translator;
    const bool loaded =
        printing
            ? translator.load(QStringLiteral(":/i18n/fielddesk_%1").arg(AppSettings().language()))
            : translator.load(QLocale(), QStringLiteral("fielddesk"), QStringLiteral("_"),
                              QStringLiteral(":/i18n"));
    if (loaded)
        QCoreApplication::installTranslator(&translator);
    Startup::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApp cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
