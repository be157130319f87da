#pragma once

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// The proactive dispatch plan (SOP-10 §6): every customer with its tier's cadence, the last
// proactive visit that happened, the next one due and whether it is due or overdue (red).
// "Plan a dispatch…" registers a proactive task for the selected customer (the intake dialog,
// pre-filled); double-clicking a row opens the last visit's task.
class ProactivePlanPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProactivePlanPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void refresh();
    QTableWidget *table() const { return m_table; }

signals:
    void planRequested(const QString &customerId);
    void taskRequested(const QString &taskId);

private:
    QString currentCustomer() const;

    Database *m_db = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_plan = nullptr;
};
