#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class StateBadge;

// The line a task's pages start with (the task page, the mission brief): a flat button back to
// where the person came from, the task number as a title, its state badge and the customer. The
// object names are the page's own, so each page's widgets stay findable by name.
class TaskHeadline : public QWidget
{
    Q_OBJECT
public:
    struct Setup
    {
        QString backText;
        QString backName;
        QString backToolTip;
        QString numberName;
        qreal numberScale = 1.5;
        QString customerName;
    };

    explicit TaskHeadline(const Setup &setup, QWidget *parent = nullptr);

    QLabel *number() const { return m_number; }
    StateBadge *badge() const { return m_badge; }
    QLabel *customer() const { return m_customer; }
    void clear();

signals:
    void backRequested();

private:
    QPushButton *m_back = nullptr;
    QLabel *m_number = nullptr;
    StateBadge *m_badge = nullptr;
    QLabel *m_customer = nullptr;
};
