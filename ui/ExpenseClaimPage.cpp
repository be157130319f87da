#include "ExpenseClaimPage.h"

#include "AppSettings.h"
#include "Database.h"
#include "DerivedFields.h"
#include "DeskClock.h"
#include "ExpenseClaimWriter.h"
#include "ExpenseLineDelegate.h"
#include "ExpenseLineModel.h"
#include "FieldEditor.h"
#include "Icons.h"
#include "RecordCatalog.h"
#include "RecordForm.h"
#include "RecordStore.h"
#include "ReferenceCombo.h"
#include "Style.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace {

const RecordKind &claimKind()
{
    return *RecordCatalog::byArray(QStringLiteral("expense_claims"));
}

QPushButton *button(const QString &text, const char *name, const char *icon, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    if (icon)
        b->setIcon(Icons::icon(QString::fromLatin1(icon)));
    b->setAutoDefault(false);
    return b;
}

} // namespace

ExpenseClaimPage::ExpenseClaimPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("expenseClaimPage"));
    m_back = button(tr("← Expense claims"), "claimBackButton", nullptr, this);
    m_back->setFlat(true);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (confirmLeave())
            emit closeRequested();
    });
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("claimTitle"));
    Style::title(m_title, 1.3);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("claimMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_formHost = new QWidget(this);
    auto *formLayout = new QVBoxLayout(m_formHost);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_declaration = new QLabel(this);
    m_declaration->setObjectName(QStringLiteral("claimDeclaration"));
    m_declaration->setWordWrap(true);

    m_lines = new ExpenseLineModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("expenseLineTable"));
    m_view->setModel(m_lines);
    m_view->setItemDelegate(new ExpenseLineDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
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
                          "F2 or typing edits a cell."));

    m_add = button(tr("Add line"), "addLineButton", "add", this);
    m_remove = button(tr("Remove line"), "removeLineButton", nullptr, this);
    m_up = button(tr("Move up"), "moveLineUpButton", nullptr, this);
    m_down = button(tr("Move down"), "moveLineDownButton", nullptr, this);
    connect(m_add, &QPushButton::clicked, this, &ExpenseClaimPage::addLine);
    connect(m_remove, &QPushButton::clicked, this, &ExpenseClaimPage::removeLine);
    connect(m_up, &QPushButton::clicked, this, [this] { moveLine(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveLine(1); });
    m_lineError = new QLabel(this);
    m_lineError->setObjectName(QStringLiteral("lineError"));
    Style::error(m_lineError);
    m_lineError->hide();
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("claimTotal"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    Style::title(m_total, 1.1);

    m_save = button(tr("Save"), "saveClaimButton", "ok", this);
    m_save->setToolTip(tr("Save the claim and all its lines (Ctrl+S)"));
    connect(m_save, &QPushButton::clicked, this, &ExpenseClaimPage::save);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ExpenseClaimPage::save);

    connect(m_lines, &ExpenseLineModel::totalsChanged, this, &ExpenseClaimPage::updateTotals);
    connect(m_lines, &ExpenseLineModel::modifiedChanged, this, &ExpenseClaimPage::updateTitle);
    connect(m_lines, &ExpenseLineModel::inputProblem, this, &ExpenseClaimPage::showLineError);
    connect(m_lines, &ExpenseLineModel::dataChanged, this, [this](const QModelIndex &i) {
        if (m_lines->firstInputProblem() < 0 && !m_lineError->isHidden() &&
            m_lineError->property("row").toInt() == i.row())
            clearLineError(); // the person corrected it
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ExpenseClaimPage::updateButtons);
    connect(m_lines, &QAbstractItemModel::rowsInserted, this, &ExpenseClaimPage::updateButtons);
    connect(m_lines, &QAbstractItemModel::rowsRemoved, this, &ExpenseClaimPage::updateButtons);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_title, 1);
    top->addWidget(m_save);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_add);
    lineButtons->addWidget(m_remove);
    lineButtons->addWidget(m_up);
    lineButtons->addWidget(m_down);
    lineButtons->addStretch(1);
    lineButtons->addWidget(m_total);
    auto *linesTitle = new QLabel(tr("Lines"), this);
    Style::title(linesTitle, 1.1);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 8, 0);
    contentLayout->addWidget(m_formHost);
    contentLayout->addWidget(m_declaration);
    contentLayout->addWidget(linesTitle);
    contentLayout->addLayout(lineButtons);
    contentLayout->addWidget(m_view, 1);
    contentLayout->addWidget(m_lineError);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 16, 8);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    setEnabled(false);
}

void ExpenseClaimPage::setDatabase(Database *db)
{
    m_db = db;
    setEnabled(db && !m_claimId.isEmpty());
    if (!db)
        return; // what was typed stays for the same file
    if (db->path() != m_dbPath) {
        m_dbPath = db->path();
        m_claimId.clear();
        setEnabled(false);
        return;
    }
    if (m_form) // references come from the reopened database; the typing stays
        rebuildForm(m_form->values());
}

void ExpenseClaimPage::rebuildForm(const QVariantMap &values)
{
    delete m_form;
    m_form = new RecordForm(claimKind(), m_db, m_formHost);
    m_formHost->layout()->addWidget(m_form);
    m_form->setRecord(m_stored);
    m_form->applyValues(values);
    connect(m_form, &RecordForm::modifiedChanged, this, &ExpenseClaimPage::updateTitle);
    connect(m_form, &RecordForm::fieldChanged, this, [this](const QString &key) {
        if (key == QLatin1String("task_id"))
            loadReports();
        updateTotals();
        updateTitle();
    });
    QList<QWidget *> chain = m_form->focusChain();
    chain << m_add << m_view;
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

bool ExpenseClaimPage::confirmLeave()
{
    if (!isModified() || !m_db)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved expense claim"),
        tr("The expense claim has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool ExpenseClaimPage::isModified() const
{
    return (m_form && m_form->isModified()) || m_lines->isModified();
}

bool ExpenseClaimPage::openClaim(const QString &claimId)
{
    if (!m_db || (claimId != m_claimId && !confirmLeave()))
        return false;
    QVariantMap claim;
    QList<QVariantMap> lines;
    Error error;
    if (!ExpenseClaimWriter(*m_db).load(claimId, &claim, &lines, &error)) {
        QMessageBox::warning(this, tr("Expense claim"), error.message);
        return false;
    }
    m_claimId = claimId;
    m_isNew = false;
    load(claim, lines);
    return true;
}

bool ExpenseClaimPage::newClaim(const QString &taskId)
{
    if (!m_db || !confirmLeave())
        return false;
    m_claimId = RecordStore::newId();
    m_isNew = true;
    load({}, {});
    QVariantMap values{{QStringLiteral("claimant_id"), AppSettings().currentPersonId()}};
    if (!taskId.isEmpty())
        values.insert(QStringLiteral("task_id"), taskId);
    m_form->applyValues(values);
    loadReports();
    updateTitle();
    return true;
}

void ExpenseClaimPage::load(const QVariantMap &claim, const QList<QVariantMap> &lines)
{
    m_stored = claim;
    rebuildForm({});
    m_lines->setLines(lines);
    loadReports();
    clearLineError();
    m_message->hide();
    setEnabled(true);
    updateTotals();
    updateTitle();
    updateButtons();
    if (!m_form->focusChain().isEmpty())
        m_form->focusChain().first()->setFocus(Qt::OtherFocusReason);
}

void ExpenseClaimPage::loadReports()
{
    if (!m_db || !m_form)
        return;
    const QString task = m_form->values().value(QStringLiteral("task_id")).toString();
    m_lines->setDailyReportLabels(task.isEmpty() ? QList<QPair<QString, QString>>()
                                                 : ExpenseClaimWriter(*m_db).dailyReports(task));
}

void ExpenseClaimPage::updateTotals()
{
    const Money total = m_lines->companyTotal();
    const int flagged = m_lines->declarationCount();
    const QVariantMap values = m_form ? m_form->values() : QVariantMap();
    const bool declared = !values.value(QStringLiteral("declared_on")).toString().isEmpty() &&
                          !values.value(QStringLiteral("declared_to_id")).toString().isEmpty();
    m_total->setText(tr("Company-paid total: RMB %1").arg(total.toString()));
    m_total->setProperty("fen", total.fen());
    if (m_form)
        m_form->setDerived({{QStringLiteral("total"), total.toString()},
                            {QStringLiteral("declaration_pending"), flagged > 0 && !declared}});
    m_declaration->setPalette(QPalette());
    m_declaration->setProperty("pending", flagged > 0 && !declared);
    if (flagged == 0) {
        m_declaration->hide();
        return;
    }
    m_declaration->show();
    if (declared) {
        Style::success(m_declaration);
        m_declaration->setText(
            tr("%n gift or hospitality line(s) over RMB 200.00 declared.", nullptr, flagged));
    } else {
        Style::error(m_declaration);
        m_declaration->setText(
            tr("%n line(s) paid by the customer (gift or hospitality over RMB 200.00) must be "
               "declared to 王婧: enter \"Gifts declared on\" and \"Declared to\" above. The task "
               "cannot close until then.",
               nullptr, flagged));
    }
}

void ExpenseClaimPage::updateTitle()
{
    QString text = m_isNew ? tr("New expense claim (QEF-10-05)") : tr("Expense claim (QEF-10-05)");
    if (m_form && !m_isNew) {
        // "LITH-FE-2026-0002 — 林国栋": the task's number and the claimant, as chosen.
        const auto chosen = [this](const char *key) {
            auto *combo =
                qobject_cast<ReferenceCombo *>(m_form->editor(QString::fromLatin1(key))->widget());
            return combo && !combo->currentId().isEmpty() ? combo->currentText() : QString();
        };
        const QString task = chosen("task_id").section(QStringLiteral(" — "), 0, 0);
        const QStringList parts = QStringList{task, chosen("claimant_id")}.filter(
            QRegularExpression(QStringLiteral("\\S")));
        if (!parts.isEmpty())
            text += QStringLiteral(" — ") + parts.join(QStringLiteral(" — "));
    }
    if (isModified())
        text += QStringLiteral(" *");
    m_title->setText(text);
}

void ExpenseClaimPage::updateButtons()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_lines->rowCount() - 1);
}

void ExpenseClaimPage::addLine()
{
    const int row =
        m_lines->addLine({{QStringLiteral("date"), DeskClock::today().toString(Qt::ISODate)},
                          {QStringLiteral("paid_by"), QStringLiteral("company")}});
    const QModelIndex first = m_lines->index(row, ExpenseLineModel::Date);
    m_view->setCurrentIndex(first);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(first);
}

void ExpenseClaimPage::removeLine()
{
    const int row = m_view->currentIndex().row();
    if (!m_lines->removeLine(row))
        return;
    if (m_lines->rowCount() > 0)
        m_view->setCurrentIndex(m_lines->index(qMin(row, m_lines->rowCount() - 1), 0));
    clearLineError();
    updateButtons();
}

void ExpenseClaimPage::moveLine(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_lines->moveLine(current.row(), current.row() + delta))
        return;
    m_view->setCurrentIndex(m_lines->index(current.row() + delta, current.column()));
    updateButtons();
}

bool ExpenseClaimPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        !m_view->indexWidget(m_view->currentIndex())) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const int row = m_view->currentIndex().row();
            if (row < 0 || row == m_lines->rowCount() - 1)
                addLine();
            else
                m_view->setCurrentIndex(m_lines->index(row + 1, m_view->currentIndex().column()));
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::ControlModifier) {
            removeLine();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ExpenseClaimPage::lineError() const
{
    return m_lineError->isHidden() ? QString() : m_lineError->text();
}

void ExpenseClaimPage::showLineError(int row, int column, const QString &message)
{
    const QString field = m_lines->headerData(column, Qt::Horizontal).toString();
    m_lineError->setText(tr("Line %1, %2: %3").arg(row + 1).arg(field, message));
    m_lineError->setProperty("row", row);
    m_lineError->show();
    const QModelIndex cell = m_lines->index(row, column);
    m_view->setCurrentIndex(cell);
    m_view->scrollTo(cell);
}

void ExpenseClaimPage::clearLineError()
{
    m_lineError->clear();
    m_lineError->hide();
}

bool ExpenseClaimPage::save()
{
    if (!m_db || !m_form || m_claimId.isEmpty())
        return false;
    m_message->hide();
    // The cell being typed in counts.
    if (QWidget *editor = m_view->indexWidget(m_view->currentIndex())) {
        emit m_view->itemDelegate()->commitData(editor);
        emit m_view->itemDelegate()->closeEditor(editor);
    }
    Error error;
    if (!m_form->validate(m_claimId, m_stored, &error))
        return false;
    const int bad = m_lines->firstInputProblem();
    if (bad >= 0) {
        showLineError(bad, ExpenseLineModel::Amount, m_lines->lines().at(bad).amountIssue);
        m_view->setFocus(Qt::OtherFocusReason);
        return false;
    }
    QList<ExpenseClaimWriter::LineWrite> writes;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        const ExpenseLineModel::Line &line = m_lines->lines().at(r);
        writes.append({line.id, line.isNew, m_lines->record(r, m_claimId)});
    }
    ExpenseClaimWriter writer(*m_db);
    const QVariantMap claim = m_isNew ? m_form->values() : m_form->changedValues();
    if (!writer.save(m_claimId, m_isNew, m_stored, claim, writes, m_lines->removedIds(), &error)) {
        for (int r = 0; r < writes.size(); ++r) {
            if (writes.at(r).id == error.recordId) {
                int column = 0;
                for (int c = 0; c < ExpenseLineModel::ColumnCount; ++c)
                    column = ExpenseLineModel::fieldKey(c) == error.field ? c : column;
                m_lineError->setText(error.message);
                m_lineError->setProperty("row", r);
                m_lineError->show();
                m_view->setCurrentIndex(m_lines->index(r, column));
                m_view->setFocus(Qt::OtherFocusReason);
                return false;
            }
        }
        if (m_form->editor(error.field)) {
            m_form->showError(error);
        } else {
            Style::error(m_message);
            m_message->setText(tr("The claim was not saved: %1").arg(error.message));
            m_message->show();
        }
        return false;
    }
    for (auto it = claim.cbegin(); it != claim.cend(); ++it)
        m_stored.insert(it.key(), it.value());
    m_isNew = false;
    m_form->markSaved();
    m_lines->markSaved();
    clearLineError();
    updateTotals();
    updateTitle();
    m_message->setPalette(QPalette());
    Style::success(m_message);
    m_message->setText(tr("Saved: the claim and its %n line(s).", nullptr, m_lines->rowCount()));
    m_message->show();
    emit claimSaved(m_claimId, m_stored.value(QStringLiteral("task_id")).toString());
    return true;
}
