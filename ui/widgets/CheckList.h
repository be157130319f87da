#pragma once

#include <QListWidget>

// A list of check boxes for a field that holds several values (roles, NDA scope, training
// courses, engineers). It is as tall as its rows (up to maxVisibleRows, then it scrolls), so
// short lists read like a group of check boxes; Space toggles the current row.
class CheckList : public QListWidget
{
    Q_OBJECT
public:
    explicit CheckList(QWidget *parent = nullptr);

    // Replaces the rows: label shown, value stored in Qt::UserRole.
    void setOptions(const QList<QPair<QString, QString>> &labelAndValue);
    // Adds a row for a value the options do not have (a deleted record), checked.
    void addUnknown(const QString &label, const QString &value);
    QStringList checkedValues() const;
    void setCheckedValues(const QStringList &values);
    QListWidgetItem *itemForValue(const QString &value) const;

    void setMaxVisibleRows(int rows);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void checkedChanged();

private:
    int m_maxVisibleRows = 8;
};
