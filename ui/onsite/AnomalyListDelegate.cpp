#include "ui/onsite/AnomalyListDelegate.h"

#include "app/models/RecordTableModel.h"
#include "app/rules/SiteReportRules.h"
#include "ui/desk/DeskClock.h"

#include <QDateTime>

AnomalyListDelegate::AnomalyListDelegate(RecordTableModel *model, QObject *parent)
    : RecordItemDelegate(parent), m_model(model)
{}

bool AnomalyListDelegate::isOverdue(const QModelIndex &index) const
{
    if (!m_model)
        return false;
    const auto raw = [&](const char *key) {
        const int column = m_model->columnOf(QString::fromLatin1(key));
        return column < 0
                   ? QString()
                   : index.siblingAtColumn(column).data(RecordTableModel::RawValueRole).toString();
    };
    return SiteReportRules::anomalyOverdue(
        raw("type"), QDateTime::fromString(raw("occurred_at"), Qt::ISODate),
        QDateTime::fromString(raw("notified_at"), Qt::ISODate), DeskClock::now());
}

void AnomalyListDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    RecordItemDelegate::initStyleOption(option, index);
    if (!isOverdue(index))
        return;
    option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    option->font.setBold(true);
}
