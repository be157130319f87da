#include "ui/widgets/CheckList.h"

#include <QSignalBlocker>

CheckList::CheckList(QWidget *parent) : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QListWidget::itemChanged, this, &CheckList::checkedChanged);
}

void CheckList::setOptions(const QList<QPair<QString, QString>> &labelAndValue)
{
    const QSignalBlocker block(this);
    clear();
    for (const auto &option : labelAndValue) {
        auto *item = new QListWidgetItem(option.first, this);
        item->setData(Qt::UserRole, option.second);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    updateGeometry();
}

void CheckList::addUnknown(const QString &label, const QString &value)
{
    const QSignalBlocker block(this);
    auto *item = new QListWidgetItem(label, this);
    item->setData(Qt::UserRole, value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    updateGeometry();
}

QStringList CheckList::checkedValues() const
{
    QStringList values;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            values << item(i)->data(Qt::UserRole).toString();
    }
    return values;
}

void CheckList::setCheckedValues(const QStringList &values)
{
    const QSignalBlocker block(this);
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(
            values.contains(item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

QListWidgetItem *CheckList::itemForValue(const QString &value) const
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == value)
            return item(i);
    }
    return nullptr;
}

void CheckList::setMaxVisibleRows(int rows)
{
    m_maxVisibleRows = rows;
    updateGeometry();
}

QSize CheckList::sizeHint() const
{
    const int rows = qBound(1, count(), m_maxVisibleRows);
    const int rowHeight = count() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 6;
    return QSize(QListWidget::sizeHint().width(), rows * rowHeight + 2 * frameWidth() + 2);
}

QSize CheckList::minimumSizeHint() const
{
    return QSize(QListWidget::minimumSizeHint().width(), sizeHint().height());
}
