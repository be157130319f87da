#pragma once

#include <QVariantMap>
#include <QWidget>

class MessageLine;
class QHBoxLayout;
class QLabel;
class QPushButton;
class TaskHeadline;

// The top of the task page: back to the list, the task number, customer and state, the
// steps the state machine allows next (TaskStateMachine::nextStates) as buttons, the mission
// brief and cancelling, and a line for what just happened or why a step was refused.
class TaskHeader : public QWidget
{
    Q_OBJECT
public:
    explicit TaskHeader(QWidget *parent = nullptr);

    void setTask(const QVariantMap &task, const QString &customerName);
    void clear();
    // A step that cannot be taken now: disabled, with the reason as its tooltip.
    void setStepBlocked(const QString &state, const QString &reason);
    void setBriefingAvailable(bool available, const QString &reason);
    // The service report and call-back buttons: shown once the engineers are on site.
    void setClosingFormsVisible(bool visible);
    // The on-site forms (daily report, anomaly): from the briefing until the report is done.
    void setOnSiteAvailable(bool available, const QString &reason);
    void showMessage(const QString &text, bool error);
    void clearMessage();

signals:
    void backRequested();
    void stepRequested(const QString &state);
    void briefingRequested();
    void serviceReportRequested();
    void callbackRequested();
    // "Print dossier…": the task sheet and all its forms (File › Print…, Ctrl+P, does the same).
    void printRequested();
    // "On site ▾": array is "daily_reports" or "anomalies".
    void onSiteFormRequested(const QString &array);

private:
    TaskHeadline *m_headline = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_nextLabel = nullptr;
    QHBoxLayout *m_steps = nullptr;
    QPushButton *m_briefing = nullptr;
    QPushButton *m_serviceReport = nullptr;
    QPushButton *m_callback = nullptr;
    QPushButton *m_onSite = nullptr;
    QPushButton *m_print = nullptr;
    MessageLine *m_message = nullptr;
};
