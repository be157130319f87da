#pragma once

#include <QStyledItemDelegate>

// The cell editors of the expense line table (QEF-10-05): a date edit for the date, combo
// boxes of the translated names for category and who paid, a line edit for the description
// and for the amount (typed RMB, checked exactly by the model), a combo of the task's daily
// reports for the report a line came from. The receipt is a check box of the model itself.
class ExpenseLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ExpenseLineDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
