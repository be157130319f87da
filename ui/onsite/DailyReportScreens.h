#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantMap>

class Database;
class DailyReportDialog;
class QWidget;
class RecordListPage;

// Hooks the daily report QEF-10-02 into the main window: "New…" / Ctrl+N on the 派员日报 list
// and the task page's "Daily report…" open DailyReportDialog, double-click or Enter opens a
// report; a save reloads the report and expense lists. A lock closes an open dialog without
// asking and keeps what was typed; after unlocking the same database it opens again with it.
class DailyReportScreens : public QObject
{
    Q_OBJECT
public:
    DailyReportScreens(QWidget *window, RecordListPage *reportList,
                       QList<RecordListPage *> alsoReload);

    DailyReportDialog *dialog() const;
    // nullptr: locking or closing.
    void setDatabase(Database *db);

public slots:
    // taskId empty: the task of the last report entered.
    DailyReportDialog *openNew(const QString &taskId = QString());
    DailyReportDialog *openReport(const QString &reportId);

signals:
    void reportSaved(const QString &reportId);

private:
    DailyReportDialog *open(const QString &reportId, const QString &taskId);

    QWidget *m_window;
    RecordListPage *m_list;
    QList<RecordListPage *> m_alsoReload;
    Database *m_db = nullptr;
    QPointer<DailyReportDialog> m_dialog;
    QString m_draftPath;
    QString m_draftId; // empty: a new report
    QVariantMap m_draft;
};
