#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

class RecordTableModel;

// Sorting and the search box of a record list: a row is shown when every word typed appears
// somewhere in it (any column, hidden ones too; case-insensitive; Chinese substrings work).
// Sorting is handed to a RecordTableModel source (it sorts its rows with precomputed keys, which
// is much faster on long lists); other models are sorted here by SortRole. Text sorts by the
// collation of the default locale (the user interface language: pinyin order in Chinese).
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words; // case-folded
    QCollator m_collator;
};
