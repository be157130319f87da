#include "ui/desk/DeskLauncher.h"

#include "app/utils/AppSettings.h"
#include "db/Database.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/UnlockDialog.h"

#include <QGuiApplication>
#include <QStatusBar>

DeskLauncher::DeskLauncher(const QString &databasePath, bool rememberPath, QObject *parent)
    : QObject(parent), m_path(databasePath), m_rememberPath(rememberPath)
{}

DeskLauncher::~DeskLauncher()
{
    delete m_dialog;
}

UnlockDialog *DeskLauncher::unlockDialog() const
{
    return m_dialog.data();
}

void DeskLauncher::start()
{
    // Between the dialog closing and the window opening no window is visible; that must not
    // end the application.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_dialog = new UnlockDialog(m_path);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setShareFolderHint(m_shareOverride);
    connect(m_dialog, &QDialog::accepted, this, &DeskLauncher::unlocked);
    connect(m_dialog, &QDialog::rejected, this, [this] {
        QGuiApplication::setQuitOnLastWindowClosed(true);
        emit cancelled();
    });
    m_dialog->show();
}

void DeskLauncher::unlocked()
{
    std::unique_ptr<Database> db = m_dialog->takeDatabase();
    if (!db)
        return;
    if (m_rememberPath || m_dialog->pathChosenByUser()) {
        AppSettings settings;
        settings.setLastDatabasePath(db->path());
        settings.sync();
    }
    m_window = std::make_unique<MainWindow>(std::move(db));
    if (!m_shareOverride.isEmpty())
        m_window->setShareFolderOverride(m_shareOverride);
    m_window->show();
    const QString recovered = m_dialog->recoverySummary();
    if (!recovered.isEmpty())
        m_window->statusBar()->showMessage(recovered.section(QLatin1Char('\n'), 0, 0), 30000);
    QGuiApplication::setQuitOnLastWindowClosed(true);
    emit mainWindowShown();
}
