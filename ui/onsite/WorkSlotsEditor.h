#pragma once

#include "app/catalog/WorkSlots.h"

#include "ui/widgets/RowListEditor.h"

#include <QList>

class QLineEdit;

// Today's work of a daily report as rows of from – to – what (WorkSlots), typed without the
// mouse: Enter in a row adds the next one, an emptied row is left out, times may be left
// empty for the SOP's "上午：…" lines. The rows are stored as the report's `work` text.
class WorkSlotsEditor : public RowListEditor
{
    Q_OBJECT
public:
    explicit WorkSlotsEditor(QWidget *parent = nullptr);

    void setSlotList(const QList<WorkSlots::Slot> &items);
    QList<WorkSlots::Slot> slotList() const;
    // Adds after the last filled row (yesterday's plan); empty rows are reused.
    void appendSlots(const QList<WorkSlots::Slot> &items);
    int rowCount() const { return m_rows.size(); }
    QLineEdit *fromEdit(int row) const { return m_rows.at(row).from; }
    QLineEdit *toEdit(int row) const { return m_rows.at(row).to; }
    QLineEdit *whatEdit(int row) const { return m_rows.at(row).what; }
    // The widgets Tab walks through, row by row, then "Add slot".
    QList<QWidget *> focusChain() const;

    // Checks every filled row; false with the first problem shown under the rows and the
    // focus on its input.
    bool check(QString *problem);
    void showProblem(const QString &text) { showProblemText(text); }

public slots:
    // Adds an empty row after row (-1: at the end) and puts the cursor in it.
    void addRow(int after = -1);

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLineEdit *from = nullptr;
        QLineEdit *to = nullptr;
        QLineEdit *what = nullptr;
    };
    Row makeRow();
    void removeRow(QWidget *rowWidget);
    int rowOf(QWidget *rowWidget) const;

    QList<Row> m_rows;
};
