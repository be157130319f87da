#pragma once

#include "app/workflow/DailyReportEntry.h"

#include "ui/widgets/RowListEditor.h"

#include <QList>
#include <QVariantList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// The expenses of a daily report's day as rows — category, item, amount in RMB, who paid,
// receipt — which become lines of the engineer's expense claim (DailyReportEntry). A row whose
// claim is already submitted is shown but cannot be changed. An untouched new row is left out.
class ExpenseRowsEditor : public RowListEditor
{
    Q_OBJECT
public:
    explicit ExpenseRowsEditor(QWidget *parent = nullptr);

    void setExpenses(const QList<DailyReportEntry::Expense> &expenses);
    // The rows that say something (an empty new row is left out), in order.
    QList<DailyReportEntry::Expense> expenses() const;
    // The rows as plain values (to keep across a lock) and back.
    QVariantList draft() const;
    void applyDraft(const QVariantList &draft);
    int rowCount() const { return m_rows.size(); }
    QComboBox *categoryBox(int row) const { return m_rows.at(row).category; }
    QLineEdit *descriptionEdit(int row) const { return m_rows.at(row).description; }
    QLineEdit *amountEdit(int row) const { return m_rows.at(row).amount; }
    QComboBox *paidByBox(int row) const { return m_rows.at(row).paidBy; }
    QCheckBox *receiptBox(int row) const { return m_rows.at(row).receipt; }
    QList<QWidget *> focusChain() const;
    QLabel *totalLabel() const { return m_total; }

    // A problem of the row that expenses() listed as index (DailyReportEntry's field key):
    // shown under the rows, the focus on its input.
    void showProblem(int index, const QString &key, const QString &text);

public slots:
    void addRow();

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QString id;
        bool locked = false;
        QComboBox *category = nullptr;
        QLineEdit *description = nullptr;
        QLineEdit *amount = nullptr;
        QComboBox *paidBy = nullptr;
        QCheckBox *receipt = nullptr;
    };
    Row makeRow(const DailyReportEntry::Expense &expense);
    bool isBlank(const Row &row) const;
    void removeRow(QWidget *rowWidget);
    void updateTotal();

    QList<Row> m_rows;
    QLabel *m_total = nullptr;
};
