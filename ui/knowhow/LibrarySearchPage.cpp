#include "ui/knowhow/LibrarySearchPage.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/RecordCatalog.h"
#include "app/search/SearchIndex.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
enum Column { KindColumn, TitleColumn, SnippetColumn };
constexpr int TableRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int Limit = 200;
} // namespace

LibrarySearchPage::LibrarySearchPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("librarySearchPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setPlaceholderText(
        tr("Search know-how, daily reports and service reports (e.g. 膜厚 or viscosity)"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("librarySearchStatus"));
    m_status->setWordWrap(true);
    Style::secondary(m_status);

    m_results = new QTableWidget(0, 3, this);
    m_results->setObjectName(QStringLiteral("librarySearchResults"));
    m_results->setHorizontalHeaderLabels({tr("Kind"), tr("Record"), tr("Where it matches")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Interactive);
    m_results->horizontalHeader()->resizeSection(TitleColumn, 320);
    m_results->horizontalHeader()->setStretchLastSection(true);
    connect(m_results, &QTableWidget::cellActivated, this, [this](int row, int) { activate(row); });
    connect(m_results, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { activate(row); });

    auto *note = new QLabel(tr("L3 restricted entries are never searched: open them from the "
                               "list if you are allowed to."),
                            this);
    note->setWordWrap(true);
    Style::secondary(note);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &LibrarySearchPage::search);
    connect(m_search, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LibrarySearchPage::search);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(note);
    setFocusProxy(m_search);
}

QStringList LibrarySearchPage::searchedTables()
{
    return {QStringLiteral("knowhow"), QStringLiteral("daily_reports"),
            QStringLiteral("service_reports")};
}

void LibrarySearchPage::setDatabase(Database *db)
{
    m_db = db;
    m_results->setRowCount(0);
    m_status->clear();
    if (db && !m_search->text().trimmed().isEmpty())
        search();
}

void LibrarySearchPage::search()
{
    m_timer->stop();
    m_results->setRowCount(0);
    const QString text = m_search->text().trimmed();
    if (!m_db || text.isEmpty()) {
        m_status->clear();
        return;
    }
    Error error;
    const QList<SearchHit> hits = SearchIndex(*m_db).search(text, Limit, &error, searchedTables());
    if (!error.message.isEmpty()) {
        m_status->setText(tr("The search failed: %1").arg(error.message));
        return;
    }
    m_results->setRowCount(int(hits.size()));
    for (int row = 0; row < hits.size(); ++row) {
        const SearchHit &hit = hits.at(row);
        const RecordKind *kind = RecordCatalog::byTable(hit.table);
        auto *kindItem = new QTableWidgetItem(kind ? kind->translatedSingular() : hit.table);
        kindItem->setData(TableRole, hit.table);
        kindItem->setData(IdRole, hit.id);
        m_results->setItem(row, KindColumn, kindItem);
        m_results->setItem(row, TitleColumn, new QTableWidgetItem(hit.title));
        auto *snippet =
            new QTableWidgetItem(QString(hit.snippet).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        snippet->setToolTip(hit.snippet);
        m_results->setItem(row, SnippetColumn, snippet);
    }
    if (hits.isEmpty())
        m_status->setText(
            tr("Nothing found for “%1”. Chinese needs at least two characters.").arg(text));
    else
        m_status->setText(
            tr("%n record(s) found; double-click or Enter opens one.", nullptr, int(hits.size())));
    if (!hits.isEmpty())
        m_results->selectRow(0);
}

void LibrarySearchPage::activate(int row)
{
    const QTableWidgetItem *item = m_results->item(row, KindColumn);
    if (item)
        emit recordActivated(item->data(TableRole).toString(), item->data(IdRole).toString());
}
