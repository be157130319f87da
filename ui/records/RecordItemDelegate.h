#pragma once

#include <QStyledItemDelegate>

// Shows record values the way the forms write them: dates as 2026-11-20 (the SOP's format,
// the same in every language), date-times as 2026-11-20 17:00, numbers in the locale's format;
// a signed and locked form (RecordTableModel::LockedRole) gets the lock icon.
class RecordItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
