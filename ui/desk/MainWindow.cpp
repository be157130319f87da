#include "ui/desk/MainWindow.h"

#include "app/people/DeskSession.h"

#include "app/catalog/RecordCatalog.h"
#include "app/models/BackgroundReader.h"
#include "app/models/RecordTableModel.h"
#include "app/utils/AppSettings.h"
#include "db/Database.h"
#include "ui/briefing/BriefingPage.h"
#include "ui/briefing/BriefingScreens.h"
#include "ui/closing/ClosingScreens.h"
#include "ui/closing/ExpenseClaimPage.h"
#include "ui/closing/ExpenseClaimScreens.h"
#include "ui/desk/AreaCatalog.h"
#include "ui/desk/AreaInfoPage.h"
#include "ui/desk/DeadlinePanel.h"
#include "ui/desk/IdleLock.h"
#include "ui/desk/LockedPage.h"
#include "ui/desk/SettingsDialog.h"
#include "ui/desk/StartPage.h"
#include "ui/desk/UnlockDialog.h"
#include "ui/knowhow/KnowhowScreens.h"
#include "ui/onsite/AnomalyScreens.h"
#include "ui/onsite/DailyReportScreens.h"
#include "ui/print/BatchPrintDialog.h"
#include "ui/print/PrintDialogs.h"
#include "ui/records/RecordEditors.h"
#include "ui/records/RecordListPage.h"
#include "ui/review/KpiDashboard.h"
#include "ui/review/ProactivePlanPage.h"
#include "ui/signing/VerifyPaperDialog.h"
#include "ui/sync/ConflictsPage.h"
#include "ui/sync/SyncScreens.h"
#include "ui/tasks/TaskPage.h"
#include "ui/tasks/TaskScreens.h"
#include "ui/widgets/Icons.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace {

constexpr int AreaKeyRole = Qt::UserRole;

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::applicationIcon());

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    buildNavigation();
    m_tasks = new TaskScreens(this, m_listPages.value(QStringLiteral("tasks")));
    m_pages->addWidget(m_tasks->taskPage());
    connect(m_tasks, &TaskScreens::pageRequested, this, &MainWindow::showPage);
    connect(m_tasks, &TaskScreens::listRequested, this, &MainWindow::showList);
    connect(m_tasks, &TaskScreens::taskChanged, this, &MainWindow::refresh);
    if (m_startPage) {
        connect(m_startPage, &StartPage::taskActivated, m_tasks, &TaskScreens::openTask);
        connect(m_startPage, &StartPage::summaryShown, this, &MainWindow::showRecordTotal);
    }
    m_editors = new RecordEditors(this);
    m_editors->attach(m_listPages);
    connect(m_editors, &RecordEditors::recordSaved, this, &MainWindow::refresh);
    m_briefings = new BriefingScreens(this, m_listPages.value(QStringLiteral("briefings")),
                                      m_listPages.value(QStringLiteral("tasks")));
    m_pages->addWidget(m_briefings->page());
    connect(m_briefings, &BriefingScreens::pageRequested, this, &MainWindow::showPage);
    connect(m_tasks->taskPage(), &TaskPage::briefingRequested, m_briefings,
            &BriefingScreens::openForTask);
    connect(m_briefings, &BriefingScreens::taskRequested, m_tasks, &TaskScreens::openTask);
    connect(m_briefings, &BriefingScreens::briefingChanged, this, &MainWindow::refresh);
    // Service report, call-back and the know-how library: the closing forms.
    m_closing =
        new ClosingScreens(this, m_editors, m_listPages.value(QStringLiteral("service_reports")),
                           m_listPages.value(QStringLiteral("callbacks")));
    m_knowhow = new KnowhowScreens(this, m_editors, m_listPages.value(QStringLiteral("knowhow")),
                                   m_listPages);
    connect(m_closing, &ClosingScreens::knowhowCreated, m_knowhow, &KnowhowScreens::reload);
    connect(m_tasks->taskPage(), &TaskPage::serviceReportRequested, m_closing,
            &ClosingScreens::openServiceReportForTask);
    connect(m_tasks->taskPage(), &TaskPage::callbackRequested, m_closing,
            &ClosingScreens::openCallbackForTask);
    // On site and after: the expense claim page and the task page's closure panel.
    m_claims = new ExpenseClaimScreens(this, m_listPages.value(QStringLiteral("expense_claims")));
    m_pages->addWidget(m_claims->page());
    connect(m_claims, &ExpenseClaimScreens::pageRequested, this, &MainWindow::showPage);
    connect(m_claims, &ExpenseClaimScreens::listRequested, this, &MainWindow::showList);
    connect(m_claims, &ExpenseClaimScreens::claimChanged, this, &MainWindow::refresh);
    connect(m_tasks->taskPage(), &TaskPage::expenseClaimRequested, m_claims,
            &ExpenseClaimScreens::openForTask);
    // On-site forms: daily reports (QEF-10-02) and anomalies (§5.3.4), from their lists and the
    // task.
    m_dailyReports =
        new DailyReportScreens(this, m_listPages.value(QStringLiteral("daily_reports")),
                               {m_listPages.value(QStringLiteral("expense_claims")),
                                m_listPages.value(QStringLiteral("expense_lines"))});
    connect(m_dailyReports, &DailyReportScreens::reportSaved, this, &MainWindow::refresh);
    m_anomalies = new AnomalyScreens(this, m_listPages.value(QStringLiteral("anomalies")));
    connect(m_anomalies, &AnomalyScreens::anomalySaved, this, &MainWindow::refresh);
    connect(m_tasks->taskPage(), &TaskPage::onSiteFormRequested, this,
            [this](const QString &array, const QString &taskId) {
                if (array == QLatin1String("anomalies"))
                    m_anomalies->openNew(taskId);
                else
                    m_dailyReports->openNew(taskId);
            });
    // Between areas: a know-how search hit on a daily report opens its dialog; the
    // closure panel's missing anomaly notices and gift declarations open their records.
    connect(m_knowhow, &KnowhowScreens::dailyReportRequested, m_dailyReports,
            &DailyReportScreens::openReport);
    connect(m_tasks->taskPage(), &TaskPage::formRequested, this,
            [this](const QString &array, const QString &recordId) {
                if (array == QLatin1String("anomalies"))
                    m_anomalies->openAnomaly(recordId);
                else if (array == QLatin1String("expense_claims"))
                    m_claims->openClaim(recordId);
                else if (array == QLatin1String("daily_reports"))
                    m_dailyReports->openReport(recordId);
            });

    m_desk = new QWidget(this);
    auto *deskLayout = new QHBoxLayout(m_desk);
    deskLayout->setContentsMargins(0, 0, 0, 0);
    deskLayout->setSpacing(0);
    deskLayout->addWidget(m_nav);
    auto *divider = new QFrame(m_desk);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Plain);
    divider->setStyleSheet(QStringLiteral("color: palette(midlight);"));
    deskLayout->addWidget(divider);
    deskLayout->addWidget(m_pages, 1);

    m_lockedPage = new LockedPage(this);
    connect(m_lockedPage, &LockedPage::unlockRequested, this, &MainWindow::showUnlockDialog);
    m_outer = new QStackedWidget(this);
    m_outer->addWidget(m_desk);
    m_outer->addWidget(m_lockedPage);
    setCentralWidget(m_outer);

    buildMenus();
    buildStatusBar();
    // Sync: rounds off the GUI thread, status bar, conflicts page, team dialog.
    m_sync = new SyncScreens(
        this, [this] { return shareFolder(); }, m_conflictsPage, statusBar(), m_syncIcon,
        m_syncStatus, m_syncMenu);
    connect(m_sync, &SyncScreens::areaRequested, this, &MainWindow::showArea);
    connect(m_sync, &SyncScreens::dataChanged, this, [this] {
        for (RecordListPage *page : std::as_const(m_listPages))
            page->reload();
        refresh();
    });
    connect(m_conflictsPage, &ConflictsPage::recordRequested, this,
            [this](const QString &table, const QString &id) {
                if (table == QLatin1String("tasks"))
                    m_tasks->openTask(id);
                else if (const RecordKind *kind = RecordCatalog::byTable(table))
                    m_editors->openEditor(kind->array, id);
            });
    // The review stage: a record behind a KPI opens its form; the plan registers a visit.
    const auto openRecord = [this](const QString &table, const QString &id) {
        if (table == QLatin1String("tasks"))
            m_tasks->openTask(id);
        else if (const RecordKind *kind = RecordCatalog::byTable(table))
            m_editors->openEditor(kind->array, id);
    };
    if (m_kpi)
        connect(m_kpi, &KpiDashboard::recordRequested, this, openRecord);
    if (m_plan) {
        connect(m_plan, &ProactivePlanPage::taskRequested, m_tasks, &TaskScreens::openTask);
        connect(m_plan, &ProactivePlanPage::planRequested, m_tasks, &TaskScreens::planProactive);
    }
    connect(m_conflictsPage, &ConflictsPage::conflictsChanged, this, [this] {
        for (RecordListPage *page : std::as_const(m_listPages))
            page->reload();
    });

    m_idle = new IdleLock(this);
    m_sync->setIdleLock(m_idle);
    m_idle->setTimeoutMinutes(AppSettings().autoLockMinutes());
    connect(m_idle, &IdleLock::idleTimeout, this, &MainWindow::lockAfterIdle);

    const QByteArray geometry = AppSettings().windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1200, 760);

    setDatabase(std::move(db));
    showArea(QStringLiteral("start"));
}

MainWindow::~MainWindow()
{
    closeDatabase();
}

void MainWindow::buildNavigation()
{
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setAttribute(Qt::WA_MacShowFocusRect, false);
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); padding: 8px 6px; outline: 0; }"
        "QListWidget#navigation::item { padding: 6px 8px; border-radius: 4px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"
        "QListWidget#navigation::item:hover:!selected:enabled { background: palette(midlight); }"));

    const char *group = nullptr;
    int widest = 0;
    QFont headerFont = m_nav->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 0.88);
    headerFont.setBold(true);
    for (const Area &area : AreaCatalog::areas()) {
        if (area.group && area.group != group) {
            auto *heading = new QListWidgetItem(AreaCatalog::tr(area.group), m_nav);
            heading->setFlags(Qt::NoItemFlags);
            heading->setFont(headerFont);
            heading->setSizeHint(QSize(0, m_nav->fontMetrics().height() + 18));
            heading->setTextAlignment(Qt::AlignLeft | Qt::AlignBottom);
        }
        group = area.group;

        QString text = AreaCatalog::tr(area.title);
        auto *item = new QListWidgetItem(Icons::icon(area.icon), text, m_nav);
        item->setData(AreaKeyRole, area.key);
        item->setSizeHint(QSize(0, m_nav->fontMetrics().height() + 16));
        if (!area.formCode.isEmpty())
            item->setToolTip(QStringLiteral("%1 %2").arg(area.formCode, text));
        widest = qMax(widest, m_nav->fontMetrics().horizontalAdvance(text));

        QWidget *page = nullptr;
        switch (area.page) {
        case Area::Page::Start:
            page = m_startPage = new StartPage(m_pages);
            break;
        case Area::Page::Records:
            if (const RecordKind *kind = RecordCatalog::byArray(area.recordArray)) {
                auto *list = new RecordListPage(*kind, m_pages);
                connect(list, &RecordListPage::countChanged, this, &MainWindow::updateStatus);
                m_listPages.insert(area.recordArray, list);
                page = list;
            }
            break;
        case Area::Page::Conflicts:
            page = m_conflictsPage = new ConflictsPage(m_pages);
            break;
        case Area::Page::Kpi:
            page = m_kpi = new KpiDashboard(m_pages);
            break;
        case Area::Page::ProactivePlan:
            page = m_plan = new ProactivePlanPage(m_pages);
            break;
        case Area::Page::Info:
            if (const RecordKind *kind = RecordCatalog::byArray(area.recordArray)) {
                // The kind exists already: its records, and what the area is about.
                auto *tabs = new QTabWidget(m_pages);
                tabs->setObjectName(QStringLiteral("areaTabs_%1").arg(area.key));
                tabs->setDocumentMode(true);
                auto *list = new RecordListPage(*kind, tabs);
                connect(list, &RecordListPage::countChanged, this, &MainWindow::updateStatus);
                m_listPages.insert(area.recordArray, list);
                tabs->addTab(list, Icons::icon(area.icon), tr("Records"));
                tabs->addTab(new AreaInfoPage(area, true, tabs),
                             Icons::icon(QStringLiteral("info")), tr("About this area"));
                page = tabs;
            } else {
                page = new AreaInfoPage(area, false, m_pages);
            }
            break;
        }
        if (page) {
            m_pages->addWidget(page);
            m_pageByKey.insert(area.key, page);
        }
    }
    m_nav->setFixedWidth(qMax(190, widest + 20 + 60));
    // Clicking the area already selected shows its page again (the list behind a task).
    connect(m_nav, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (QWidget *page = m_pageByKey.value(item->data(AreaKeyRole).toString()))
            m_pages->setCurrentWidget(page);
    });
    connect(m_nav, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        if (QWidget *page = m_pageByKey.value(item->data(AreaKeyRole).toString()))
            m_pages->setCurrentWidget(page);
        m_findAction->setEnabled(m_db && currentListPage());
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Ctrl+N goes to the visible list; the list's owner opens the editor (newRecordRequested).
    m_newAction = file->addAction(Icons::icon(QStringLiteral("add")), tr("&New Record…"), this,
                                  &MainWindow::newRecord);
    m_newAction->setObjectName(QStringLiteral("newRecordAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setEnabled(false);
    m_lockAction =
        file->addAction(Icons::icon(QStringLiteral("lock")), tr("&Lock"), this, &MainWindow::lock);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_settingsAction = file->addAction(Icons::icon(QStringLiteral("settings")), tr("&Settings…"),
                                       this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    // Printing: Ctrl+P previews the record selected in the visible list (a task: its
    // dossier); the paper copy is the archive of record.
    file->addSeparator();
    // Integration: on a form page (task → its dossier, expense claim, mission brief) Print…
    // prints the page's record through the page's own printPreview(), which saves typing first.
    const auto selectedRecord = [this] {
        RecordListPage *list = currentListPage();
        if (list)
            return list->currentRecordId();
        if (m_pages->currentWidget() == m_tasks->taskPage())
            return m_tasks->taskPage()->taskId();
        if (m_pages->currentWidget() == m_claims->page() && !m_claims->page()->isNew())
            return m_claims->page()->claimId();
        return QString();
    };
    QAction *printAction = file->addAction(tr("&Print…"), this, [this, selectedRecord] {
        QWidget *page = m_pages->currentWidget();
        if (m_db && !currentListPage() && page &&
            page->metaObject()->indexOfSlot("printPreview()") >= 0)
            QMetaObject::invokeMethod(page, "printPreview");
        else if (m_db && !selectedRecord().isEmpty())
            PrintDialogs::preview(this, *m_db, selectedRecord());
        else if (m_db)
            statusBar()->showMessage(tr("Select a record in the list to print it."), 5000);
    });
    printAction->setObjectName(QStringLiteral("printAction"));
    printAction->setShortcut(QKeySequence::Print);
    file->addAction(tr("Save as P&DF…"), this, [this, selectedRecord] {
        if (m_db && !selectedRecord().isEmpty())
            PrintDialogs::saveAsPdf(this, *m_db, selectedRecord());
    });
    file->addAction(tr("&Batch Print…"), this, [this, selectedRecord] {
        if (!m_db)
            return;
        const bool tasks =
            currentListPage() && currentListPage() == listPage(QStringLiteral("tasks"));
        BatchPrintDialog(*m_db, tasks ? selectedRecord() : QString(), this).exec();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_findAction = edit->addAction(Icons::icon(QStringLiteral("search")), tr("&Find"), this,
                                   &MainWindow::find);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setEnabled(false);
    // Signing: is a paper copy the current revision? Needs the open database.
    edit->addSeparator();
    edit->addAction(tr("&Verify a Paper Copy…"), this,
                    [this] {
                        if (m_db)
                            VerifyPaperDialog(*m_db, this).exec();
                    })
        ->setObjectName(QStringLiteral("verifyPaperAction"));

    m_syncMenu = menuBar()->addMenu(tr("S&ync")); // filled by SyncScreens

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Field Desk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    m_dbIcon = new QLabel(this);
    m_dbIcon->setPixmap(Icons::icon(QStringLiteral("lock")).pixmap(16, 16));
    m_dbStatus = new QLabel(this);
    m_dbStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    m_syncIcon = new QLabel(this);
    m_syncIcon->setObjectName(QStringLiteral("syncIcon"));
    m_syncIcon->setPixmap(Icons::icon(QStringLiteral("sync-off")).pixmap(16, 16));
    m_recordCount = new QLabel(this);
    m_recordCount->setObjectName(QStringLiteral("recordCount"));

    statusBar()->addWidget(m_dbIcon);
    statusBar()->addWidget(m_dbStatus);
    statusBar()->addPermanentWidget(m_recordCount);
    statusBar()->addPermanentWidget(m_syncIcon);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->setStyleSheet(QStringLiteral("QStatusBar::item { border: none; } "
                                              "QStatusBar QLabel { padding: 0 4px; }"));
}

void MainWindow::setShareFolderOverride(const QString &folder)
{
    m_shareOverride = folder;
    refresh();
}

QString MainWindow::shareFolder() const
{
    return m_shareOverride.isEmpty() ? AppSettings().shareFolder() : m_shareOverride;
}

QString MainWindow::currentArea() const
{
    const QListWidgetItem *item = m_nav->currentItem();
    return item ? item->data(AreaKeyRole).toString() : QString();
}

void MainWindow::showArea(const QString &key)
{
    for (int i = 0; i < m_nav->count(); ++i) {
        if (m_nav->item(i)->data(AreaKeyRole).toString() == key) {
            m_nav->setCurrentRow(i);
            return;
        }
    }
}

void MainWindow::showPage(const QString &area, QWidget *page)
{
    showArea(area);
    m_pages->setCurrentWidget(page);
}

void MainWindow::showList(QWidget *list)
{
    // The list may sit in a tab of its area's page ("Records" / "About this area").
    QWidget *page = list;
    while (page && page->parentWidget() != m_pages)
        page = page->parentWidget();
    if (!page)
        return;
    if (auto *tabs = qobject_cast<QTabWidget *>(page))
        tabs->setCurrentWidget(list);
    m_pages->setCurrentWidget(page);
}

RecordListPage *MainWindow::listPage(const QString &array) const
{
    return m_listPages.value(array);
}

TaskPage *MainWindow::taskPage() const
{
    return m_tasks ? m_tasks->taskPage() : nullptr;
}

UnlockDialog *MainWindow::unlockDialog() const
{
    return m_unlockDialog.data();
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    closeDatabase();
    m_db = std::move(db);
    if (m_db) {
        // Lists, counts and deadlines of ten years are read by a worker with its own
        // connection; the window shows at once and fills in as they arrive.
        m_reader = std::make_unique<BackgroundReader>(*m_db);
        m_databasePath = m_db->path();
        m_outer->setCurrentWidget(m_desk);
        m_idle->setEnabled(true);
    } else {
        m_outer->setCurrentWidget(m_lockedPage);
        m_idle->setEnabled(false);
    }
    m_lockAction->setEnabled(bool(m_db));
    m_settingsAction->setEnabled(bool(m_db));
    m_findAction->setEnabled(m_db && currentListPage());
    m_newAction->setEnabled(bool(m_db)); // does nothing on pages without an editor
    for (RecordListPage *page : std::as_const(m_listPages)) {
        page->setReader(m_reader.get());
        page->setDatabase(m_db.get());
    }
    if (m_startPage)
        m_startPage->setReader(m_reader.get());
    // The task list is what the desk opens most: first after the start page's figures.
    if (RecordListPage *tasks = m_listPages.value(QStringLiteral("tasks")))
        tasks->model()->hurry();
    m_tasks->setDatabase(m_db.get());
    m_editors->setDatabase(m_db.get()); // reopens an editor the lock closed
    m_briefings->setDatabase(m_db.get());
    m_closing->setDatabase(m_db.get());
    m_knowhow->setDatabase(m_db.get());
    m_claims->setDatabase(m_db.get());
    m_dailyReports->setDatabase(m_db.get()); // reopens a report the lock closed
    m_anomalies->setDatabase(m_db.get());
    if (m_kpi)
        m_kpi->setDatabase(m_db.get());
    if (m_plan)
        m_plan->setDatabase(m_db.get());
    if (m_sync)
        m_sync->setDatabase(m_db.get());
    refresh();
}

bool MainWindow::isReading() const
{
    if (m_reader && !m_reader->isIdle())
        return true;
    for (RecordListPage *page : std::as_const(m_listPages)) {
        if (page->isLoading())
            return true; // read, its rows not swapped in yet
    }
    if (m_startPage && m_db &&
        (!m_startPage->isSummaryShown() || !m_startPage->deadlines()->isCurrent()))
        return true;
    return false;
}

void MainWindow::closeDatabase()
{
    if (!m_db)
        return;
    if (m_sync) // a running round stops and its connection closes before the database
        m_sync->setDatabase(nullptr);
    m_tasks->setDatabase(nullptr);
    m_editors->setDatabase(nullptr); // before the database goes; keeps typed values
    m_briefings->setDatabase(nullptr);
    m_closing->setDatabase(nullptr);
    m_knowhow->setDatabase(nullptr);
    m_claims->setDatabase(nullptr);
    m_dailyReports->setDatabase(nullptr);
    m_anomalies->setDatabase(nullptr);
    if (m_kpi)
        m_kpi->setDatabase(nullptr);
    if (m_plan)
        m_plan->setDatabase(nullptr);
    for (RecordListPage *page : std::as_const(m_listPages)) {
        page->setDatabase(nullptr);
        page->setReader(nullptr);
    }
    if (m_startPage) {
        m_startPage->refresh(nullptr, QString());
        m_startPage->setReader(nullptr);
    }
    m_reader.reset(); // waits for a running read; its connection closes before ours
    m_db.reset();
}

void MainWindow::refresh()
{
    if (m_startPage)
        m_startPage->refresh(m_db.get(), shareFolder());
    // A form saved in its own screen changes what the open task page lists as missing.
    if (m_db && m_tasks)
        m_tasks->taskPage()->refresh();
    if (m_db && m_plan)
        m_plan->refresh();
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QString file = QFileInfo(m_databasePath).fileName();
    setWindowTitle(tr("Lithera Field Desk — %1").arg(file));
    if (m_db) {
        m_dbStatus->setText(file);
        m_dbStatus->setToolTip(
            tr("Encrypted database: %1").arg(QDir::toNativeSeparators(m_databasePath)));
    } else {
        m_dbStatus->setText(tr("Locked — %1").arg(file));
        m_dbStatus->setToolTip(tr("The database is closed."));
    }
    if (m_sync)
        m_sync->refresh();
    // The start page counts the records (in the background) and tells the total
    // (showRecordTotal); without it every list's count signal would count again.
    if (m_startPage) {
        if (!m_db)
            m_recordCount->clear();
        return;
    }
    if (!m_recountPending) {
        m_recountPending = true;
        QTimer::singleShot(0, this, &MainWindow::recountRecords);
    }
}

void MainWindow::recountRecords()
{
    m_recountPending = false;
    int total = 0;
    if (m_db) {
        for (const RecordKind &kind : RecordCatalog::kinds())
            total += qMax(0, RecordTableModel::liveRecordCount(*m_db, kind));
    }
    m_recordCount->setText(m_db ? tr("%n record(s)", nullptr, total) : QString());
}

void MainWindow::showRecordTotal(int total)
{
    m_recordCount->setText(m_db ? tr("%n record(s)", nullptr, total) : QString());
}

void MainWindow::lock()
{
    lockWithReason(QString()); // the dialog's own words say it
}

void MainWindow::lockAfterIdle()
{
    const int minutes = int(qMax<qint64>(1, m_idle->timeoutMilliseconds() / 60000));
    lockWithReason(tr("Field Desk locked itself after %n minute(s) without use and closed the "
                      "database. Type the passphrase to continue.",
                      nullptr, minutes));
}

void MainWindow::lockWithReason(const QString &reason)
{
    if (isLocked())
        return;
    // Everyone's PIN is asked again after the lock: their keys leave memory now.
    DeskSession::instance().clear();
    m_lockReason = reason;
    m_tasks->setDatabase(nullptr);   // closes the intake dialog, keeping what was typed
    m_editors->setDatabase(nullptr); // an open editor closes without asking, its typing kept
    m_briefings->setDatabase(nullptr);
    m_dailyReports->setDatabase(nullptr); // closes without asking, typing kept
    m_anomalies->setDatabase(nullptr);
    // Dialogs opened from the window (settings, file pickers, message boxes) close first.
    const QList<QWidget *> topLevels = QApplication::topLevelWidgets();
    for (QWidget *w : topLevels) {
        auto *dialog = qobject_cast<QDialog *>(w);
        if (dialog && dialog->isVisible() && dialog != m_unlockDialog)
            dialog->reject();
    }
    for (RecordListPage *page : std::as_const(m_listPages))
        page->saveColumnState();
    setDatabase(nullptr);
    QTimer::singleShot(0, this, &MainWindow::showUnlockDialog);
}

void MainWindow::showUnlockDialog()
{
    if (!isLocked())
        return;
    if (m_unlockDialog) {
        m_unlockDialog->raise();
        m_unlockDialog->activateWindow();
        return;
    }
    m_unlockDialog = new UnlockDialog(m_databasePath, this);
    m_unlockDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_unlockDialog->setRelock(m_lockReason);
    UnlockDialog *dialog = m_unlockDialog;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { setDatabase(dialog->takeDatabase()); });
    dialog->open();
}

RecordListPage *MainWindow::currentListPage() const
{
    const Area *area = AreaCatalog::byKey(currentArea());
    return area ? m_listPages.value(area->recordArray) : nullptr;
}

void MainWindow::find()
{
    if (RecordListPage *list = currentListPage()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(m_pages->currentWidget()))
            tabs->setCurrentWidget(list);
        list->focusSearch();
    }
}

void MainWindow::newRecord()
{
    RecordListPage *list = currentListPage();
    if (!m_db || !list || !list->canCreate())
        return;
    if (auto *tabs = qobject_cast<QTabWidget *>(m_pages->currentWidget()))
        tabs->setCurrentWidget(list);
    emit list->newRecordRequested();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this, m_db.get());
    connect(&dialog, &SettingsDialog::teamRequested, m_sync,
            [this, &dialog] { m_sync->showTeamDialog(&dialog); });
    const QString share = shareFolder();
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_idle->setTimeoutMinutes(AppSettings().autoLockMinutes());
    if (shareFolder() != share)
        m_sync->shareFolderChanged(); // a team follows its share to the new place
    refresh();
    if (dialog.languageChanged())
        QMessageBox::information(this, tr("Language"),
                                 tr("Field Desk will use the new language the next time it "
                                    "starts."));
}

void MainWindow::showAbout()
{
    const QString cipher = m_db ? m_db->cipherVersion() : QString();
    QMessageBox::about(
        this, tr("About Field Desk"),
        tr("<h3>Lithera Field Desk %1</h3>"
           "<p>The field engineering service desk of Lithera, following LITHERA-SOP-10 v2 and "
           "SOP-15.</p>"
           "<p>Records are kept in an encrypted SQLCipher database%2; printed, signed paper "
           "copies remain the archive of record.</p>"
           "<p>Qt %3</p>")
            .arg(QCoreApplication::applicationVersion(),
                 cipher.isEmpty() ? QString() : tr(" (SQLCipher %1)").arg(cipher),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (RecordListPage *page : std::as_const(m_listPages))
        page->saveColumnState();
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.sync();
    QMainWindow::closeEvent(event);
}
