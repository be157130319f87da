#pragma once

#include <QDateTime>
#include <QWidget>

class Database;
class QLabel;
class QTimer;
class QTreeWidget;

// The start page's deadlines (DeadlineWatch): overdue ones first and in red, then the ones
// due soon, then those done late; clicking one opens its task. Reads again every minute while
// a database is open, so "in 3 h" stays true.
class DeadlinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit DeadlinePanel(QWidget *parent = nullptr);

    // nullptr clears the list (locked window).
    void refresh(Database *db);
    int count() const;

    // "in 5 h", "3 h overdue", "2 days overdue", "no date yet".
    static QString relative(const QDateTime &due, const QDateTime &now);

signals:
    void taskActivated(const QString &taskId);

private:
    void reload();

    Database *m_db = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_timer = nullptr;
};
