#pragma once

#include <QFrame>

class Database;
class QLabel;
class QTreeWidget;

// Beside the intake form and on the task page: who the customer is (tier, kind, first order,
// NDA, notes from the customer file) and the customer's earlier tasks with state and dates,
// so the person registering or assessing sees the history (SOP-10 §5.2.1 "关联客户档案 +
// 历史交易"). Double-clicking an earlier task asks to open it.
class CustomerHistoryPanel : public QFrame
{
    Q_OBJECT
public:
    explicit CustomerHistoryPanel(QWidget *parent = nullptr);

    // Shows customerId's file and tasks (leaving out excludeTaskId); empty id: a hint.
    void setCustomer(Database *db, const QString &customerId,
                     const QString &excludeTaskId = QString());
    int taskCount() const;

signals:
    void taskActivated(const QString &taskId);

private:
    QLabel *m_name = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_tasksTitle = nullptr;
    QTreeWidget *m_tasks = nullptr;
    QLabel *m_empty = nullptr;
};
