#pragma once

#include <QVariantMap>
#include <QWidget>

class ApprovalPanel;
class AssessmentPanel;
class ClosurePanel;
class CustomerHistoryPanel;
class Database;
class EngineerPanel;
class QFormLayout;
class QGroupBox;
class QLabel;
class QScrollArea;
class TaskHeader;

// One task's life on one page (SOP-10 §5.2): the header with number, customer, state and the
// allowed next steps; the intake as registered (read only); the assessment with the approval
// it requires computed live; the approvals and the decision; the engineers with their
// eligibility; what still blocks the dispatch; the customer's history beside it. Every step
// goes through TaskWorkflow, and a refusal is shown with the workflow's reason.
class TaskPage : public QWidget
{
    Q_OBJECT
public:
    explicit TaskPage(QWidget *parent = nullptr);

    // nullptr while the window is locked: the page keeps what is typed but does nothing.
    void setDatabase(Database *db);
    // Shows the task; false when it does not exist (or the user kept unsaved edits of the
    // task shown before).
    bool openTask(const QString &taskId);
    QString taskId() const { return m_taskId; }
    QVariantMap task() const { return m_task; }
    void showMessage(const QString &text, bool error = false);
    ClosurePanel *closurePanel() const { return m_closure; }
    // Asks before unsaved assessment edits are thrown away; true = go ahead.
    bool confirmLeave();

public slots:
    // Reads the task again after a form of it was saved elsewhere (the closure's missing items
    // follow); typing in the assessment and the leaving time is kept.
    void refresh();
    // The preview of the task's dossier; File › Print… (Ctrl+P) calls it while the page is shown.
    void printPreview();

signals:
    // "Mission brief…": whoever builds the brief screen opens it for this task.
    void briefingRequested(const QString &taskId);
    // "Service report…" / "Call-back…" (once on site): the closing screens open them.
    void serviceReportRequested(const QString &taskId);
    void callbackRequested(const QString &taskId);
    // "On site ▾": a daily report or an anomaly ("daily_reports", "anomalies") for this task.
    void onSiteFormRequested(const QString &array, const QString &taskId);
    void closeRequested();
    // "Expense claim…" of the closure panel: whoever builds the claim screen opens it.
    void expenseClaimRequested(const QString &taskId);
    // A missing item of the closure panel names an existing record to fix: "anomalies" (its
    // notification), "expense_claims" (a gift declaration or a signature) or "daily_reports"
    // (a signature).
    void formRequested(const QString &array, const QString &recordId);
    // Something of the task was saved (lists and the start page read again).
    void taskChanged(const QString &taskId);

private:
    void reload(bool keepAssessment);
    void changed(const QString &message);
    void takeStep(const QString &state);
    void cancelTask();
    void showSection(QWidget *section, QWidget *focus);
    void fillIntake();
    void updateSteps();

    Database *m_db = nullptr;
    QString m_taskId;
    QVariantMap m_task;
    QString m_customerName;

    TaskHeader *m_header = nullptr;
    QScrollArea *m_scroll = nullptr;
    QGroupBox *m_intake = nullptr;
    QFormLayout *m_intakeForm = nullptr;
    AssessmentPanel *m_assessment = nullptr;
    ApprovalPanel *m_approval = nullptr;
    EngineerPanel *m_engineers = nullptr;
    QGroupBox *m_dispatch = nullptr;
    QLabel *m_blockers = nullptr;
    ClosurePanel *m_closure = nullptr;
    CustomerHistoryPanel *m_history = nullptr;
};
