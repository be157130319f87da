#include "ui/closing/ExpenseLinesPanel.h"

#include "app/models/ExpenseLineModel.h"
#include "ui/closing/ExpenseLineDelegate.h"
#include "ui/widgets/Style.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ExpenseLinesPanel::ExpenseLinesPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("expenseLinesPanel"));
    m_model = new ExpenseLineModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("expenseLineTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ExpenseLineDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Signing locks the lines through setReadOnly(); the view stays scrollable.
    m_view->setProperty("signatureKeepEnabled", true);
    setReadOnly(false);
    m_view->setTabKeyNavigation(true);
    m_view->setAlternatingRowColors(true);
    // Wide enough for what is typed before any line exists; the description takes the rest.
    QHeaderView *header = m_view->horizontalHeader();
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {9, 8, 0, 8, 7, 4, 12};
    for (int c = 0; c < ExpenseLineModel::ColumnCount; ++c) {
        header->setSectionResizeMode(c, c == ExpenseLineModel::Description
                                            ? QHeaderView::Stretch
                                            : QHeaderView::Interactive);
        if (widths[c] > 0)
            header->resizeSection(c, qMax(widths[c] * em, header->sectionSizeHint(c)));
    }
    m_view->setMinimumHeight(200);
    m_view->installEventFilter(this);
    m_view->setToolTip(tr("Tab moves across the cells; Enter on the last line starts a new one; "
                          "F2 or typing edits a cell; Ctrl+Delete removes the line."));

    m_add = Style::button(tr("Add line"), "addLineButton", "add", this);
    m_remove = Style::button(tr("Remove line"), "removeLineButton", nullptr, this);
    m_up = Style::button(tr("Move up"), "moveLineUpButton", nullptr, this);
    m_down = Style::button(tr("Move down"), "moveLineDownButton", nullptr, this);
    connect(m_add, &QPushButton::clicked, this, &ExpenseLinesPanel::addLine);
    connect(m_remove, &QPushButton::clicked, this, &ExpenseLinesPanel::removeLine);
    connect(m_up, &QPushButton::clicked, this, [this] { moveLine(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveLine(1); });
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("lineError"));
    Style::error(m_error);
    m_error->hide();
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("claimTotal"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    Style::title(m_total, 1.1);

    connect(m_model, &ExpenseLineModel::totalsChanged, this, &ExpenseLinesPanel::updateTotal);
    connect(m_model, &ExpenseLineModel::inputProblem, this,
            [this](int row, int column, const QString &message) {
                showLineError(row, column, message);
            });
    connect(m_model, &ExpenseLineModel::dataChanged, this, [this](const QModelIndex &i) {
        if (m_model->firstInputProblem() < 0 && i.row() == m_errorRow)
            clearLineError(); // the person corrected it
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ExpenseLinesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ExpenseLinesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ExpenseLinesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        clearLineError();
        updateButtons();
    });

    auto *title = new QLabel(tr("Lines"), this);
    Style::title(title, 1.1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    buttons->addWidget(m_total);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    updateTotal();
    updateButtons();
}

void ExpenseLinesPanel::updateTotal()
{
    const Money total = m_model->companyTotal();
    m_total->setText(tr("Company-paid total: RMB %1").arg(total.toString()));
    m_total->setProperty("fen", total.fen());
}

void ExpenseLinesPanel::updateButtons()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
}

void ExpenseLinesPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(
        readOnly ? QAbstractItemView::NoEditTriggers
                 : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                       QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
}

void ExpenseLinesPanel::addLine()
{
    if (m_readOnly)
        return;
    const int row = m_model->addLine(m_defaults);
    const QModelIndex first = m_model->index(row, ExpenseLineModel::Date);
    m_view->setCurrentIndex(first);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(first);
}

void ExpenseLinesPanel::removeLine()
{
    if (m_readOnly)
        return;
    const int row = m_view->currentIndex().row();
    if (!m_model->removeLine(row))
        return;
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    clearLineError();
    updateButtons();
}

void ExpenseLinesPanel::moveLine(int delta)
{
    if (m_readOnly)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_model->moveLine(current.row(), current.row() + delta))
        return;
    m_view->setCurrentIndex(m_model->index(current.row() + delta, current.column()));
    if (m_errorRow >= 0)
        clearLineError(); // its line number no longer holds
    updateButtons();
}

bool ExpenseLinesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Keys reach the view itself only while no cell editor is open.
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        !m_view->indexWidget(m_view->currentIndex())) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const int row = m_view->currentIndex().row();
            if (row < 0 || row == m_model->rowCount() - 1)
                addLine();
            else
                m_view->setCurrentIndex(m_model->index(row + 1, m_view->currentIndex().column()));
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::ControlModifier) {
            removeLine();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ExpenseLinesPanel::lineError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExpenseLinesPanel::showLineError(int row, int column, const QString &message, bool focus)
{
    const QString field = m_model->headerData(column, Qt::Horizontal).toString();
    m_error->setText(message.startsWith(tr("Line %1").arg(row + 1))
                         ? message
                         : tr("Line %1, %2: %3").arg(row + 1).arg(field, message));
    m_errorRow = row;
    m_error->show();
    const QModelIndex cell = m_model->index(row, column);
    m_view->setCurrentIndex(cell);
    m_view->scrollTo(cell);
    if (focus)
        m_view->setFocus(Qt::OtherFocusReason);
}

void ExpenseLinesPanel::clearLineError()
{
    m_errorRow = -1;
    m_error->clear();
    m_error->hide();
}

void ExpenseLinesPanel::commitEditor()
{
    if (QWidget *editor = m_view->indexWidget(m_view->currentIndex())) {
        emit m_view->itemDelegate()->commitData(editor);
        emit m_view->itemDelegate()->closeEditor(editor);
    }
}
