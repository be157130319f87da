#include "ui/desk/DeskLauncher.h"

#include "app/models/RecordTableModel.h"
#include "app/utils/AppSettings.h"
#include "db/Database.h"
#include "ui/desk/DeadlinePanel.h"
#include "ui/desk/MainWindow.h"
#include "ui/desk/StartPage.h"
#include "ui/desk/UnlockDialog.h"
#include "ui/records/RecordListPage.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>

#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <ctime>
#endif

// QT_LOGGING_RULES="fielddesk.startup.info=true": how long the window took after the unlock.
Q_LOGGING_CATEGORY(lcStartup, "fielddesk.startup", QtWarningMsg)

namespace {

// CPU time of the calling thread in ms: on a busy machine the wall time says little about how
// much the GUI thread itself worked.
double threadCpuMs()
{
#ifdef Q_OS_UNIX
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

} // namespace

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
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    if (m_rememberPath || m_dialog->pathChosenByUser()) {
        AppSettings settings;
        settings.setLastDatabasePath(db->path());
        settings.sync();
    }
    m_window = std::make_unique<MainWindow>(std::move(db));
    if (!m_dialog->sealSummary().isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("L3 know-how sealed"),
                                    m_dialog->sealSummary(), QMessageBox::Ok, m_window.get());
        box->setObjectName(QStringLiteral("l3SealedNotice"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QTimer::singleShot(0, box, [box] { box->open(); });
    }
    if (lcStartup().isInfoEnabled()) {
        if (auto *start = m_window->findChild<StartPage *>())
            connect(start, &StartPage::summaryShown, this, [timer] {
                qCInfo(lcStartup, "unlock: start page figures shown after %lld ms",
                       qlonglong(timer.elapsed()));
            });
        if (auto *deadlines = m_window->findChild<DeadlinePanel *>())
            QTimer::singleShot(0, this, [timer, deadlines = QPointer<DeadlinePanel>(deadlines)] {
                const auto poll = std::make_shared<std::function<void()>>();
                *poll = [timer, deadlines, poll] {
                    if (!deadlines)
                        return;
                    if (deadlines->isCurrent()) {
                        qCInfo(lcStartup, "unlock: %d deadlines shown after %lld ms",
                               deadlines->count(), qlonglong(timer.elapsed()));
                        return;
                    }
                    QTimer::singleShot(5, deadlines, *poll);
                };
                (*poll)();
            });
        if (RecordListPage *tasks = m_window->listPage(QStringLiteral("tasks"))) {
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(tasks->model(), &RecordTableModel::loadingChanged, this,
                                  [timer, connection](bool loading) {
                                      if (loading)
                                          return;
                                      qCInfo(lcStartup, "unlock: task list ready after %lld ms",
                                             qlonglong(timer.elapsed()));
                                      QObject::disconnect(*connection);
                                  });
        }
    }
    if (!m_shareOverride.isEmpty())
        m_window->setShareFolderOverride(m_shareOverride);
    m_window->show();
    qCInfo(lcStartup, "unlock: main window shown after %lld ms (GUI thread CPU %.0f ms)",
           qlonglong(timer.elapsed()), threadCpuMs() - cpu);
    // The first turn of the event loop after show(): from here on the window reacts.
    QTimer::singleShot(0, this, [timer, cpu] {
        qCInfo(lcStartup, "unlock: event loop free after %lld ms (GUI thread CPU %.0f ms)",
               qlonglong(timer.elapsed()), threadCpuMs() - cpu);
    });
    const QString recovered = m_dialog->recoverySummary();
    if (!recovered.isEmpty())
        m_window->statusBar()->showMessage(recovered.section(QLatin1Char('\n'), 0, 0), 30000);
    QGuiApplication::setQuitOnLastWindowClosed(true);
    emit mainWindowShown();
}
