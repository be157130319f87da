#pragma once

#include <QVariantMap>
#include <QWidget>

class Database;
class MessageLine;
class QLabel;
class TaskHeadline;

// The top of the mission brief: form code and task number, the task's state, customer and
// subject, then site, engineers and planned dates; a way back to the task page and a line for
// what just happened or why something was refused.
class BriefingTaskHeader : public QWidget
{
    Q_OBJECT
public:
    explicit BriefingTaskHeader(QWidget *parent = nullptr);

    void setTask(Database &db, const QVariantMap &task);
    void clear();
    void showMessage(const QString &text, bool error);
    void clearMessage();

signals:
    void taskRequested();

private:
    TaskHeadline *m_headline = nullptr;
    QLabel *m_details = nullptr;
    MessageLine *m_message = nullptr;
};
