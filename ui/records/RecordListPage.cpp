#include "ui/records/RecordListPage.h"

#include "app/models/BackgroundReader.h"
#include "app/models/RecordFilterProxy.h"
#include "app/models/RecordTableModel.h"
#include "app/utils/AppSettings.h"
#include "ui/records/RecordItemDelegate.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

RecordListPage::RecordListPage(const RecordKind &kind, QWidget *parent)
    : QWidget(parent), m_kind(kind)
{
    setObjectName(QStringLiteral("listPage_%1").arg(kind.array));
    m_model = new RecordTableModel(kind, this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto *title = new QLabel(kind.translatedPlural(), this);
    Style::title(title, 1.6);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search all columns (Ctrl+F)"));
    m_search->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(280);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setFilterText);
    connect(m_search, &QLineEdit::textChanged, this, &RecordListPage::updateCount);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    Style::secondary(m_count);

    // "New" is off until a screen for creating this kind is connected (setCanCreate).
    m_newButton = new QPushButton(Icons::icon(QStringLiteral("add")), tr("New…"), this);
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_newButton->setToolTip(tr("Create a new record (Ctrl+N)"));
    m_newButton->hide();
    connect(m_newButton, &QPushButton::clicked, this, &RecordListPage::newRecordRequested);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_count);
    top->addWidget(m_search);
    top->addWidget(m_newButton);

    m_loadError = new QLabel(this);
    m_loadError->setObjectName(QStringLiteral("loadError"));
    Style::error(m_loadError);
    m_loadError->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("recordTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new RecordItemDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    // Column widths that fit the content are measured on the first rows (and those on
    // screen), not on all 30,000 reports.
    m_view->verticalHeader()->setResizeContentsPrecision(200);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns"));
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &RecordListPage::showHeaderMenu);

    // Double-click or Enter opens the record.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(Qt::UserRole).toString();
        if (!id.isEmpty())
            emit recordActivated(id);
    });

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    Style::secondary(m_empty);
    m_empty->setMargin(40);

    // While the rows are read in the background: how far it got (busy until the count of the
    // last load is known).
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(4);
    m_progress->setRange(0, 0);
    m_progress->hide();
    connect(m_model, &RecordTableModel::loadingChanged, this, &RecordListPage::loadingChanged);
    connect(m_model, &RecordTableModel::loadProgress, this, [this](int read, int expected) {
        if (expected > 0) {
            m_progress->setRange(0, qMax(expected, read));
            m_progress->setValue(read);
        }
        m_count->setText(tr("Loading… %1 read").arg(QLocale().toString(read)));
    });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_loadError);
    layout->addWidget(m_progress);
    layout->addWidget(m_stack, 1);

    connect(m_model, &RecordTableModel::reloaded, this, &RecordListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListPage::updateCount);
    updateCount();
}

RecordListPage::~RecordListPage()
{
    saveColumnState();
}

void RecordListPage::setReader(BackgroundReader *reader)
{
    m_model->setReader(reader);
}

void RecordListPage::setDatabase(Database *db)
{
    if (!db)
        saveColumnState();
    m_model->setDatabase(db);
    // The remembered sort order before the rows are read, so that they arrive sorted by it.
    if (db && !m_stateRestored)
        m_stateRestored = restoreHeaderState();
    reload();
}

void RecordListPage::reload()
{
    if (m_model->reader() && m_model->database()) {
        // In the worker; the list on screen before the others.
        m_model->requestReload(isVisible());
        return;
    }
    Error error;
    const bool ok = m_model->reload(&error);
    m_loadError->setText(ok ? QString() : error.message);
    m_loadError->setVisible(!ok);
    if (m_model->database() && !m_stateRestored) {
        fitColumns();
        m_stateRestored = true;
    }
    updateCount();
}

bool RecordListPage::isLoading() const
{
    return m_model->isLoading();
}

void RecordListPage::loadingChanged(bool loading)
{
    m_progress->setVisible(loading);
    if (loading) {
        const int expected = m_model->rowCount();
        m_progress->setRange(0, expected > 0 ? expected : 0);
        m_progress->setValue(0);
        m_count->setText(tr("Loading…"));
        if (expected == 0) {
            m_empty->setText(tr("Loading…"));
            m_stack->setCurrentWidget(m_empty);
        }
        return;
    }
    const QString error = m_model->loadError();
    m_loadError->setText(error);
    m_loadError->setVisible(!error.isEmpty());
    if (m_model->database() && !m_stateRestored) {
        fitColumns();
        m_stateRestored = true;
    }
    updateCount();
}

void RecordListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Shown while its rows are still queued behind other lists: this one first.
    m_model->hurry();
}

void RecordListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool RecordListPage::restoreHeaderState()
{
    const QByteArray state = AppSettings().listColumnState(m_kind.array);
    return !state.isEmpty() && m_view->horizontalHeader()->restoreState(state);
}

void RecordListPage::fitColumns()
{
    // First time: widths that fit the content, within reason.
    QHeaderView *header = m_view->horizontalHeader();
    m_view->resizeColumnsToContents();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, qBound(80, header->sectionSize(c) + 16, 320));
}

void RecordListPage::saveColumnState() const
{
    if (m_stateRestored)
        AppSettings().setListColumnState(m_kind.array, m_view->horizontalHeader()->saveState());
}

void RecordListPage::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    menu.addSection(tr("Columns"));
    int visible = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu.addAction(m_model->fieldAt(c).translatedLabel());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // The last visible column stays: a list without columns helps nobody.
        action->setEnabled(header->isSectionHidden(c) || visible > 1);
        connect(action, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            saveColumnState();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Show all columns"), this, [this, header] {
        for (int c = 0; c < header->count(); ++c)
            header->setSectionHidden(c, false);
        saveColumnState();
    });
    menu.exec(header->mapToGlobal(pos));
}

void RecordListPage::updateCount()
{
    if (m_model->isLoading()) {
        emit countChanged();
        return; // "Loading…" until the rows are there
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_proxy->filterText().trimmed().isEmpty())
        m_count->setText(tr("%n record(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n record(s)", nullptr, total).arg(shown));

    if (total == 0) {
        m_empty->setText(m_model->database()
                             ? tr("This list is empty. Records can be imported with "
                                  "“fielddesk-cli import --db FILE FILE.json”.")
                             : QString());
        m_stack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setText(tr("Nothing matches “%1”.").arg(m_proxy->filterText().trimmed()));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    emit countChanged();
}

void RecordListPage::setCanCreate(bool canCreate)
{
    m_newButton->setVisible(canCreate);
}

bool RecordListPage::canCreate() const
{
    return !m_newButton->isHidden();
}

QString RecordListPage::currentRecordId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(Qt::UserRole).toString() : QString();
}
