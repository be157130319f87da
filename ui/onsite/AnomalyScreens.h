#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantMap>

class AnomalyDialog;
class Database;
class QWidget;
class RecordListPage;

// Hooks the anomaly notice (SOP-10 §5.3.4) into the main window: "New…" / Ctrl+N on the
// 异常通报 list and the task page's "Anomaly…" open AnomalyDialog, double-click or Enter opens
// one; the list shows overdue notifications in red (AnomalyListDelegate). A lock closes an
// open editor without asking and keeps what was typed; after unlocking it opens again.
class AnomalyScreens : public QObject
{
    Q_OBJECT
public:
    AnomalyScreens(QWidget *window, RecordListPage *anomalyList);

    AnomalyDialog *dialog() const;
    void setDatabase(Database *db);

public slots:
    AnomalyDialog *openNew(const QString &taskId = QString());
    AnomalyDialog *openAnomaly(const QString &id);

signals:
    void anomalySaved(const QString &id);

private:
    AnomalyDialog *open(const QString &id, const QString &taskId);

    QWidget *m_window;
    RecordListPage *m_list;
    Database *m_db = nullptr;
    QPointer<AnomalyDialog> m_dialog;
    QString m_draftPath;
    QString m_draftId;
    QVariantMap m_draft;
};
