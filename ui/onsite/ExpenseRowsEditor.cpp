#include "ui/onsite/ExpenseRowsEditor.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/RecordCatalog.h"
#include "ui/widgets/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const FieldSpec &lineField(const char *key)
{
    return *RecordCatalog::byArray(QStringLiteral("expense_lines"))
                ->field(QString::fromLatin1(key));
}

void fillChoices(QComboBox *box, const FieldSpec &spec, const QString &current)
{
    for (const QString &value : spec.values)
        box->addItem(EnumNames::text(spec.key, value), value);
    const int at = box->findData(current);
    box->setCurrentIndex(at < 0 ? 0 : at);
}
} // namespace

ExpenseRowsEditor::ExpenseRowsEditor(QWidget *parent)
    : RowListEditor({tr("Add expense"), QStringLiteral("addExpenseButton"),
                     tr("Another expense of the day (Ctrl+Shift+E)"),
                     QStringLiteral("expenseError")},
                    parent)
{
    connect(addButton(), &QPushButton::clicked, this, &ExpenseRowsEditor::addRow);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("expenseTotal"));
    Style::secondary(m_total);
    buttonRow()->addWidget(m_total);
    updateTotal();
}

ExpenseRowsEditor::Row ExpenseRowsEditor::makeRow(const DailyReportEntry::Expense &e)
{
    Row row;
    row.id = e.id;
    row.locked = e.locked;
    row.widget = new QWidget(this);
    row.category = new QComboBox(row.widget);
    row.category->setObjectName(QStringLiteral("expenseCategory"));
    fillChoices(row.category, lineField("category"), e.category);
    row.description = new QLineEdit(e.description, row.widget);
    row.description->setObjectName(QStringLiteral("expenseDescription"));
    row.description->setPlaceholderText(tr("Item, e.g. 高铁 上海—无锡"));
    row.description->setMaxLength(lineField("description").effectiveMaxLength());
    row.amount = new QLineEdit(e.amount, row.widget);
    row.amount->setObjectName(QStringLiteral("expenseAmount"));
    row.amount->setPlaceholderText(tr("RMB 0.00"));
    row.amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.amount->setFixedWidth(
        row.amount->fontMetrics().horizontalAdvance(QStringLiteral("RMB 00000.00")) + 16);
    row.paidBy = new QComboBox(row.widget);
    row.paidBy->setObjectName(QStringLiteral("expensePaidBy"));
    fillChoices(row.paidBy, lineField("paid_by"), e.paidBy);
    row.receipt = new QCheckBox(tr("Receipt"), row.widget);
    row.receipt->setObjectName(QStringLiteral("expenseReceipt"));
    row.receipt->setChecked(e.receipt);
    QToolButton *remove = makeRemoveButton(row.widget, tr("Remove this expense"));
    QWidget *rowWidget = row.widget;
    connect(remove, &QToolButton::clicked, this, [this, rowWidget] { removeRow(rowWidget); });
    connect(row.category, &QComboBox::activated, this, &ExpenseRowsEditor::changed);
    connect(row.paidBy, &QComboBox::activated, this, [this] {
        updateTotal();
        emit changed();
    });
    connect(row.receipt, &QCheckBox::toggled, this, &ExpenseRowsEditor::changed);
    connect(row.description, &QLineEdit::textEdited, this, &ExpenseRowsEditor::changed);
    connect(row.amount, &QLineEdit::textEdited, this, [this] {
        updateTotal();
        emit changed();
    });
    // Enter after the amount: the next expense.
    connect(row.amount, &QLineEdit::returnPressed, this, &ExpenseRowsEditor::addRow);

    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(row.category);
    layout->addWidget(row.description, 1);
    layout->addWidget(row.amount);
    layout->addWidget(row.paidBy);
    layout->addWidget(row.receipt);
    layout->addWidget(remove);
    if (e.locked) {
        row.widget->setEnabled(false);
        row.widget->setToolTip(tr("This expense is on a submitted expense claim; change it "
                                  "there."));
    }
    return row;
}

void ExpenseRowsEditor::setExpenses(const QList<DailyReportEntry::Expense> &expenses)
{
    for (const Row &row : std::as_const(m_rows))
        delete row.widget;
    m_rows.clear();
    for (const DailyReportEntry::Expense &e : expenses) {
        Row row = makeRow(e);
        m_rows << row;
        rowsLayout()->addWidget(row.widget);
    }
    clearProblem();
    updateTotal();
    emit rowsChanged();
}

void ExpenseRowsEditor::addRow()
{
    DailyReportEntry::Expense e;
    e.paidBy = QStringLiteral("company");
    e.category = QStringLiteral("transport");
    Row row = makeRow(e);
    m_rows << row;
    rowsLayout()->addWidget(row.widget);
    row.widget->show(); // now, not when the layout gets round to it: Tab must find it
    emit rowsChanged();
    row.category->setFocus(Qt::TabFocusReason);
}

void ExpenseRowsEditor::removeRow(QWidget *rowWidget)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget != rowWidget)
            continue;
        m_rows.removeAt(i);
        rowWidget->deleteLater();
        clearProblem();
        updateTotal();
        emit rowsChanged();
        emit changed();
        return;
    }
}

bool ExpenseRowsEditor::isBlank(const Row &row) const
{
    return row.id.isEmpty() && row.description->text().trimmed().isEmpty() &&
           row.amount->text().trimmed().isEmpty();
}

QList<DailyReportEntry::Expense> ExpenseRowsEditor::expenses() const
{
    QList<DailyReportEntry::Expense> out;
    for (const Row &row : m_rows) {
        if (isBlank(row))
            continue;
        DailyReportEntry::Expense e;
        e.id = row.id;
        e.locked = row.locked;
        e.category = row.category->currentData().toString();
        e.description = row.description->text().trimmed();
        e.amount = row.amount->text().trimmed();
        e.paidBy = row.paidBy->currentData().toString();
        e.receipt = row.receipt->isChecked();
        out << e;
    }
    return out;
}

QVariantList ExpenseRowsEditor::draft() const
{
    QVariantList lines;
    for (const DailyReportEntry::Expense &e : expenses())
        lines << QVariantMap{{QStringLiteral("id"), e.id},
                             {QStringLiteral("category"), e.category},
                             {QStringLiteral("description"), e.description},
                             {QStringLiteral("amount"), e.amount},
                             {QStringLiteral("paid_by"), e.paidBy},
                             {QStringLiteral("receipt"), e.receipt},
                             {QStringLiteral("locked"), e.locked}};
    return lines;
}

void ExpenseRowsEditor::applyDraft(const QVariantList &draft)
{
    QList<DailyReportEntry::Expense> list;
    for (const QVariant &v : draft) {
        const QVariantMap m = v.toMap();
        DailyReportEntry::Expense e;
        e.id = m.value(QStringLiteral("id")).toString();
        e.category = m.value(QStringLiteral("category")).toString();
        e.description = m.value(QStringLiteral("description")).toString();
        e.amount = m.value(QStringLiteral("amount")).toString();
        e.paidBy = m.value(QStringLiteral("paid_by")).toString();
        e.receipt = m.value(QStringLiteral("receipt")).toBool();
        e.locked = m.value(QStringLiteral("locked")).toBool();
        list << e;
    }
    setExpenses(list);
}

QList<QWidget *> ExpenseRowsEditor::focusChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : m_rows) {
        if (!row.locked)
            chain << row.category << row.description << row.amount << row.paidBy << row.receipt;
    }
    chain << addButton();
    return chain;
}

void ExpenseRowsEditor::showProblem(int index, const QString &key, const QString &text)
{
    showProblemText(text);
    int listed = -1;
    for (const Row &row : std::as_const(m_rows)) {
        if (isBlank(row) || ++listed != index)
            continue;
        QWidget *input = row.description;
        if (key == QLatin1String("amount"))
            input = row.amount;
        else if (key == QLatin1String("category"))
            input = row.category;
        else if (key == QLatin1String("paid_by"))
            input = row.paidBy;
        input->setFocus(Qt::OtherFocusReason);
        return;
    }
}

void ExpenseRowsEditor::updateTotal()
{
    // Exact, in fen; amounts that do not read yet are left out until they do.
    Money company, customer;
    for (const Row &row : std::as_const(m_rows)) {
        Money m;
        if (!DailyReportEntry::parseAmount(row.amount->text(), &m, nullptr))
            continue;
        (row.paidBy->currentData().toString() == QLatin1String("customer") ? customer : company) +=
            m;
    }
    m_total->setText(tr("Paid by the company: RMB %1 · by the customer: RMB %2")
                         .arg(company.toString(), customer.toString()));
}
