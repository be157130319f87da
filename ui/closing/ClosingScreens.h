#pragma once

#include <QObject>

class Database;
class RecordEditors;
class RecordListPage;

// Hooks the closing forms of a task into the main window: the service report QEF-10-01 报告
// (ServiceReportEditor) and the customer call-back QEF-10-03 (CallbackEditor). Their lists
// open them on double-click and create them with "New…"; the task page opens the task's own
// report or call-back (a new one pre-filled from the task when there is none yet). Know-how
// entries made from a report are announced so the library reloads.
class ClosingScreens : public QObject
{
    Q_OBJECT
public:
    ClosingScreens(QObject *parent, RecordEditors *editors, RecordListPage *reports,
                   RecordListPage *callbacks);

    void setDatabase(Database *db) { m_db = db; }

public slots:
    void openServiceReportForTask(const QString &taskId);
    void openCallbackForTask(const QString &taskId);

signals:
    void knowhowCreated(const QString &knowhowId);

private:
    void openForTask(const QString &array, const QString &taskId, const QVariantMap &draft);
    QString existing(const QString &table, const QString &taskId) const;

    RecordEditors *m_editors;
    Database *m_db = nullptr;
};
