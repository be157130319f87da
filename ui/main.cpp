#include "app/Startup.h"
#include "app/utils/AppPaths.h"
#include "app/utils/AppSettings.h"
#include "ui/desk/DeskLauncher.h"
#include "ui/desk/Translations.h"
#include "ui/widgets/Icons.h"

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
    // The installed desktop entry's id: Wayland compositors match the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("com.lithera.FieldDesk"));
    QApplication::setWindowIcon(Icons::applicationIcon());
    Startup::install();

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
