#include "AppPaths.h"
#include "AppSettings.h"
#include "DeskLauncher.h"
#include "Icons.h"
#include "RecordLocks.h"
#include "SearchIndex.h"
#include "SqlCipherDriver.h"
#include "SyncSetup.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFont>

// The desktop program: language, command line, then the passphrase dialog and the main window.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppPaths::setApplicationNames();
    QApplication::setApplicationVersion(QStringLiteral(FIELDDESK_VERSION));
    QApplication::setWindowIcon(Icons::applicationIcon());
    SqlCipherDriver::registerDriver();
    SearchIndex::install(); // the full-text index follows every record write
    RecordLocks::install(); // nested records of a signed form are locked with it
    SyncSetup::install();   // merge groups are written (and synced) as one unit

    AppSettings settings;
    const QString language = settings.language();
    Translations::install(language);
    const QString family = Translations::preferredFontFamily(language);
#ifndef Q_OS_WIN
    if (!family.isEmpty()) {
        QFont font = QApplication::font();
        font.setFamily(family);
        QApplication::setFont(font);
    }
#endif

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Lithera Field Desk: the field engineering service desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Open or create the database at PATH."),
        QApplication::translate("main", "PATH"));
    const QCommandLineOption shareOption(
        QStringLiteral("share"),
        QApplication::translate("main", "Use DIR as the share folder for this session."),
        QApplication::translate("main", "DIR"));
    parser.addOption(dbOption);
    parser.addOption(shareOption);
    parser.process(app);

    const bool explicitPath = parser.isSet(dbOption);
    const QString path = explicitPath ? QFileInfo(parser.value(dbOption)).absoluteFilePath()
                                      : settings.lastDatabasePath();
    DeskLauncher launcher(path, !explicitPath);
    if (parser.isSet(shareOption))
        launcher.setShareFolderOverride(QFileInfo(parser.value(shareOption)).absoluteFilePath());
    QObject::connect(&launcher, &DeskLauncher::cancelled, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    launcher.start();
    return app.exec();
}
