#pragma once

#include <QGroupBox>
#include <QVariantMap>

class Database;
class FormFieldEditor;
class QLabel;
class QPushButton;

// The end of a task's life on its page (SOP-10 §5.3-§5.5), shown once the task is on site:
// when the engineers left the site (onsite_end, from which the service report and call-back
// deadlines count, shown beside it), what TaskClosure still finds missing before the next
// step (daily reports, anomaly notices, the signed service report, the call-back, the expense
// claim and its gift declarations, each signature the task's forms still need) and the button
// for that step — enabled only when nothing
// is missing, the reasons listed otherwise. The task's workflow refuses the same moves.
class ClosurePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ClosurePanel(QWidget *parent = nullptr);

    // Shows the task's closure (hidden before on_site); db nullptr: locked.
    void setTask(Database *db, const QString &taskId, const QVariantMap &task);
    // The guarded step after the task's state ("reporting", "callback", "closed"), or empty.
    QString nextState() const { return m_next; }
    // What is missing before nextState(), as listed.
    QStringList missing() const { return m_missing; }
    // Whether the onsite_end entry has unsaved typing.
    bool isDirty() const;

signals:
    void stepRequested(const QString &state);
    void onsiteEndSaved();
    void expenseClaimRequested();
    // A missing item's link: the screen that fixes it. array: "daily_reports", "anomalies",
    // "service_reports", "callbacks" or "expense_claims"; recordId the record concerned (an
    // anomaly, a call-back, a claim) or the task's id when there is none yet.
    void fixRequested(const QString &array, const QString &recordId);
    // A form of the task that still needs a signature (array as above, or "briefings"):
    // its screen, where the Signatures panel is.
    void signatureRequested(const QString &array, const QString &recordId);

private:
    void saveOnsiteEnd();
    void updateDue();
    void openGap(const QString &link);

    Database *m_db = nullptr;
    QString m_taskId;
    QVariantMap m_task;
    QString m_next;
    QStringList m_missing;
    QStringList m_fixArrays; // per missing item: the array of the screen that fixes it
    QStringList m_fixIds;

    FormFieldEditor *m_onsiteEnd = nullptr;
    FormFieldEditor *m_arrivedAt = nullptr; // when the dispatch arrived (on-time KPI)
    QPushButton *m_saveEnd = nullptr;
    QLabel *m_endError = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_list = nullptr;
    QPushButton *m_step = nullptr;
    QPushButton *m_claim = nullptr;
};
