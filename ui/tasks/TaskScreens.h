#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantMap>

class Database;
class QWidget;
class RecordListPage;
class TaskIntakeDialog;
class TaskPage;

// Hooks the task life into the main window: "New…" / Ctrl+N on the task list opens the
// intake dialog, double-click or Enter on a task (or a click on a deadline) opens the task
// page (asked of the frame by pageRequested; the frame owns the page stack), and whatever the task
// page saves reloads the list and the start page. A lock closes an open intake dialog and keeps
// what was typed; after unlocking the same database it opens again with it.
class TaskScreens : public QObject
{
    Q_OBJECT
public:
    // window: the parent of the intake dialog; the task page is the frame's to place.
    TaskScreens(QWidget *window, RecordListPage *taskList);

    TaskPage *taskPage() const { return m_page; }
    TaskIntakeDialog *intakeDialog() const;
    // nullptr: locking or closing.
    void setDatabase(Database *db);

public slots:
    void openTask(const QString &taskId);
    void newTask();
signals:
    void taskChanged(const QString &taskId);
    // The frame shows area's navigation entry with page in front.
    void pageRequested(const QString &area, QWidget *page);
    // The frame shows list (the area's record list) again.
    void listRequested(QWidget *list);

private:
    void registered(const QString &taskId, const QString &number);

    QWidget *m_window;
    RecordListPage *m_list;
    TaskPage *m_page = nullptr;
    Database *m_db = nullptr;
    QPointer<TaskIntakeDialog> m_intake;
    QVariantMap m_draft;
    QString m_draftPath;
};
