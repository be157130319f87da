#pragma once

#include <QObject>

class BriefingPage;
class Database;
class MainWindow;
class QStackedWidget;
class RecordListPage;

// Hooks the mission brief into the main window: the task page's "Mission brief…" and a
// double-click (or Enter) in the 任务说明书 list open the brief page in the window's page
// stack; whatever it saves reloads the brief and task lists. A brief is always opened for a
// task (briefs are created from their task, never from the list).
class BriefingScreens : public QObject
{
    Q_OBJECT
public:
    BriefingScreens(MainWindow *window, QStackedWidget *pages, RecordListPage *briefingList,
                    RecordListPage *taskList);

    BriefingPage *page() const { return m_page; }
    // nullptr: locking or closing (the page keeps what was typed).
    void setDatabase(Database *db);

public slots:
    void openForTask(const QString &taskId);
    void openBriefing(const QString &briefingId);

signals:
    void briefingChanged(const QString &taskId);
    void taskRequested(const QString &taskId);

private:
    MainWindow *m_window;
    QStackedWidget *m_pages;
    RecordListPage *m_briefingList;
    RecordListPage *m_taskList;
    BriefingPage *m_page = nullptr;
    Database *m_db = nullptr;
};
