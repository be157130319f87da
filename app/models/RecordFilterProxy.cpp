#include "app/models/RecordFilterProxy.h"

#include "app/models/RecordTableModel.h"

#include <QRegularExpression>

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale())
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setSortRole(RecordTableModel::SortRole);
    setDynamicSortFilter(true);
}

void RecordFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words =
        text.toCaseFolded().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    QString haystack =
        model->index(sourceRow, 0, sourceParent).data(RecordTableModel::SearchTextRole).toString();
    if (haystack.isEmpty()) { // a model that is not a RecordTableModel
        QStringList cells;
        for (int c = 0; c < model->columnCount(sourceParent); ++c)
            cells << model->index(sourceRow, c, sourceParent).data().toString();
        haystack = cells.join(QLatin1Char('\n')).toCaseFolded();
    }
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

void RecordFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (auto *records = qobject_cast<RecordTableModel *>(sourceModel())) {
        // The proxy keeps the source's order (sort column -1) and only filters.
        QSortFilterProxyModel::sort(-1);
        records->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}
