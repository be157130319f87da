#include "ui/records/RecordItemDelegate.h"

#include "app/models/RecordTableModel.h"
#include "app/utils/RecordTime.h"
#include "ui/widgets/Icons.h"

#include <QDate>
#include <QDateTime>

QString RecordItemDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        // In the record's own offset (China time), whatever the computer's zone.
        return RecordTime::text(value.toDateTime());
    case QMetaType::Double:
        return locale.toString(value.toDouble(), 'f',
                               value.toDouble() == qRound64(value.toDouble()) ? 0 : 2);
    default:
        return QStyledItemDelegate::displayText(value, locale);
    }
}

void RecordItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(RecordTableModel::LockedRole).toBool()) {
        option->icon = Icons::icon(QStringLiteral("lock"));
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}
