#pragma once

#include <QObject>

class BriefingPage;
class Database;
class QWidget;
class RecordListPage;

// Hooks the mission brief into the main window: the task page's "Mission brief…" and a
// double-click (or Enter) in the 任务说明书 list open the brief page (asked of the frame by
// pageRequested); whatever it saves reloads the brief and task lists. A brief is always opened for
// a task (briefs are created from their task, never from the list).
class BriefingScreens : public QObject
{
    Q_OBJECT
public:
    // window: the brief page's first parent; the frame places it (pageRequested).
    BriefingScreens(QWidget *window, RecordListPage *briefingList, RecordListPage *taskList);

    BriefingPage *page() const { return m_page; }
    // nullptr: locking or closing (the page keeps what was typed).
    void setDatabase(Database *db);

public slots:
    void openForTask(const QString &taskId);
    void openBriefing(const QString &briefingId);

signals:
    void briefingChanged(const QString &taskId);
    void taskRequested(const QString &taskId);
    // The frame shows area's navigation entry with page in front.
    void pageRequested(const QString &area, QWidget *page);

private:
    RecordListPage *m_briefingList;
    RecordListPage *m_taskList;
    BriefingPage *m_page = nullptr;
    Database *m_db = nullptr;
};
