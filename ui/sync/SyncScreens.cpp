#include "ui/sync/SyncScreens.h"
#include "app/utils/RecordTime.h"
#include "ui/sync/SyncProblemsDialog.h"

#include "app/sync/SyncTeam.h"
#include "app/utils/AppSettings.h"
#include "db/Database.h"
#include "ui/desk/IdleLock.h"
#include "ui/sync/ConflictsPage.h"
#include "ui/sync/TeamDialog.h"
#include "ui/widgets/Icons.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

SyncScreens::SyncScreens(QWidget *window, std::function<QString()> shareFolder, ConflictsPage *page,
                         QStatusBar *statusBar, QLabel *icon, QLabel *status, QMenu *menu)
    : QObject(window), m_window(window), m_shareFolder(std::move(shareFolder)), m_page(page),
      m_icon(icon), m_status(status)
{
    m_controller = new SyncController(this);
    m_controller->setIntervalMinutes(AppSettings().syncIntervalMinutes());
    connect(m_controller, &SyncController::statusChanged, this, &SyncScreens::showStatus);
    connect(m_controller, &SyncController::roundFinished, this, &SyncScreens::roundFinished);

    m_syncNow = menu->addAction(Icons::icon(QStringLiteral("sync-busy")), tr("Sync &Now"), this,
                                &SyncScreens::syncNow);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcuts(
        {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    m_cancelAction = menu->addAction(tr("&Cancel Sync"), m_controller, &SyncController::cancel);
    m_cancelAction->setObjectName(QStringLiteral("cancelSyncAction"));
    m_cancelAction->setEnabled(false);
    QAction *conflicts = menu->addAction(Icons::icon(QStringLiteral("sync-conflict")),
                                         tr("Con&flicts"), this, &SyncScreens::showConflicts);
    conflicts->setObjectName(QStringLiteral("showConflictsAction"));
    m_problems = menu->addAction(tr("&Problems…"), this, &SyncScreens::showProblemsPage);
    m_problems->setObjectName(QStringLiteral("syncProblemsAction"));
    menu->addSeparator();
    m_team = menu->addAction(tr("&Team…"), this, [this] { showTeamDialog(); });
    m_team->setObjectName(QStringLiteral("teamAction"));

    m_progress = new QProgressBar(window);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel = new QToolButton(window);
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync round after the bundle being applied"));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_controller, &SyncController::cancel);
    statusBar->addPermanentWidget(m_progress);
    statusBar->addPermanentWidget(m_cancel);

    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    connect(m_status, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("conflicts"))
            showConflicts();
        else if (link == QLatin1String("team"))
            showTeamDialog();
        else if (link == QLatin1String("problems"))
            showProblems();
    });
    connect(m_page, &ConflictsPage::conflictsChanged, m_controller, &SyncController::refresh);
    setDatabase(nullptr);
}

void SyncScreens::setDatabase(Database *db)
{
    m_db = db;
    m_controller->setDatabase(db); // stops a running round first
    m_page->setDatabase(db);
    m_syncNow->setEnabled(db);
    m_team->setEnabled(db);
    m_problems->setEnabled(db);
}

void SyncScreens::syncNow()
{
    if (!m_db)
        return;
    if (!m_controller->isConfigured()) {
        showTeamDialog(); // nothing to sync with yet: that is where a team starts
        return;
    }
    m_controller->syncNow();
}

void SyncScreens::showConflicts()
{
    emit areaRequested(QStringLiteral("conflicts"));
}

void SyncScreens::showProblems()
{
    const SyncStatus s = m_controller->status();
    QMessageBox box(QMessageBox::Warning, tr("Sync problems"),
                    tr("The last sync round reported %n problem(s). Records already applied are "
                       "kept; the rest is tried again at the next round.",
                       nullptr, int(s.problems.size())),
                    QMessageBox::Close, m_window);
    box.setObjectName(QStringLiteral("syncProblemsBox"));
    box.setDetailedText((s.problems + s.warnings).join(QStringLiteral("\n\n")));
    box.setInformativeText(s.problems.value(0));
    QPushButton *open = box.addButton(tr("Problems…"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openSyncProblems"));
    box.exec();
    if (box.clickedButton() == open)
        showProblemsPage();
}

void SyncScreens::showProblemsPage()
{
    if (!m_db)
        return;
    SyncProblemsDialog dialog(*m_db, m_window);
    connect(&dialog, &SyncProblemsDialog::changed, this, [this] {
        m_controller->refresh();
        emit dataChanged();
    });
    dialog.exec();
}

void SyncScreens::shareFolderChanged()
{
    const QString folder = m_shareFolder();
    if (!m_controller->isConfigured() || folder.isEmpty() ||
        QDir(folder).absolutePath() == QDir(SyncTeam::share(*m_db)).absolutePath())
        return;
    Error error;
    if (SyncTeam::moveShare(*m_db, folder, &error))
        return;
    QMessageBox::warning(m_window, tr("Share folder"),
                         tr("This desk keeps syncing through %1: %2")
                             .arg(QDir::toNativeSeparators(SyncTeam::share(*m_db)), error.message));
}

void SyncScreens::refresh()
{
    m_controller->setIntervalMinutes(AppSettings().syncIntervalMinutes());
    m_controller->refresh();
}

void SyncScreens::showTeamDialog(QWidget *parent)
{
    if (!m_db)
        return;
    TeamDialog dialog(m_db, m_shareFolder(), parent ? parent : m_window);
    dialog.setIdleLock(m_idle);
    dialog.exec();
    refresh();
    if (dialog.joined())
        m_controller->syncNow(); // a new member fetches the team's records at once
}

void SyncScreens::roundFinished(const SyncReport &report, bool ok, const QString &error)
{
    Q_UNUSED(error)
    m_page->reload();
    if (ok && (report.changesApplied > 0 || report.bundlesPublished > 0))
        emit dataChanged();
}

void SyncScreens::showStatus(const SyncStatus &s)
{
    using S = SyncStatus::State;
    const bool running = s.state == S::Syncing;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancelAction->setEnabled(running);
    m_syncNow->setEnabled(m_db && !running);
    if (running) {
        m_progress->setRange(0, qMax(0, s.total));
        m_progress->setValue(s.total > 0 ? s.done : 0);
    }
    QString icon;
    switch (s.state) {
    case S::NotConfigured:
        icon = QStringLiteral("sync-off");
        break;
    case S::Ok:
        icon = QStringLiteral("sync-ok");
        break;
    case S::Syncing:
        icon = QStringLiteral("sync-busy");
        break;
    case S::Conflicts:
        icon = QStringLiteral("sync-conflict");
        break;
    case S::Error:
        icon = QStringLiteral("sync-error");
        break;
    }
    m_icon->setPixmap(Icons::icon(icon).pixmap(16, 16));
    m_icon->setProperty("syncState", icon);

    if (s.state == S::NotConfigured) {
        m_status->setText(m_db ? tr("<a href=\"team\">Sync not set up</a>")
                               : tr("Sync not set up"));
        m_status->setToolTip(tr("This desk belongs to no team yet: create one on the share "
                                "folder or join one in File › Sync › Team….\nShare folder: %1")
                                 .arg(QDir::toNativeSeparators(m_shareFolder())));
        return;
    }
    QStringList parts;
    if (running)
        parts << (s.step.isEmpty() ? tr("Syncing…")
                                   : tr("Syncing: %1").arg(s.step.toHtmlEscaped()));
    else if (s.lastSync.isValid())
        parts << tr("Synced %1")
                     .arg(QLocale().toString(RecordTime::china(s.lastSync),
                                             QStringLiteral("MM-dd HH:mm")));
    else
        parts << tr("Not synced yet");
    if (s.pendingChanges > 0)
        parts << tr("%n record(s) to send", nullptr, s.pendingChanges);
    if (s.openConflicts > 0)
        parts << tr("<a href=\"conflicts\">%n conflict(s)</a>", nullptr, s.openConflicts);
    if (!s.problems.isEmpty())
        parts << tr("<a href=\"problems\" style=\"color:#c62828\">%n problem(s)</a>", nullptr,
                    int(s.problems.size()));
    if (!s.warnings.isEmpty())
        parts << tr("%n warning(s)", nullptr, int(s.warnings.size()));
    m_status->setText(parts.join(QStringLiteral(" · ")));

    QStringList tip;
    tip << tr("Share folder: %1").arg(QDir::toNativeSeparators(SyncTeam::share(*m_db)));
    if (s.lastSync.isValid())
        tip << tr("Last sync: %1")
                   .arg(QLocale().toString(RecordTime::china(s.lastSync), QLocale::LongFormat));
    tip << tr("Records changed at this desk, not sent yet: %1").arg(s.pendingChanges);
    tip << tr("Conflicts to settle: %1").arg(s.openConflicts);
    for (const QString &p : s.problems)
        tip << tr("Problem: %1").arg(p);
    for (const QString &w : s.warnings)
        tip << tr("Warning: %1").arg(w);
    m_status->setToolTip(tip.join(QLatin1Char('\n')));
}
