#pragma once

#include "ui/records/FormErrors.h"

#include <QDialog>
#include <QVariantMap>

class CustomerHistoryPanel;
class Database;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// SOP-10 §5.2.1: registering a dispatch request. Customer (searchable), type, priority,
// when the customer asked, subject, site and the request itself; the 24 h registration rule
// is shown live, the customer's history beside the form. Register calls
// TaskWorkflow::registerTask: a refusal is shown at its field and nothing is saved; on
// success the dialog closes with the new task's id and number.
class TaskIntakeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TaskIntakeDialog(Database &db, QWidget *parent = nullptr);

    QString taskId() const { return m_taskId; }
    QString taskNumber() const { return m_number; }
    bool hasInput() const;
    // What is typed, to keep over a lock, and to put back afterwards.
    QVariantMap draft() const;
    void applyDraft(const QVariantMap &draft);
    // "Plan a dispatch…" of the proactive plan (SOP-10 §6): the customer chosen, the task marked
    // proactive, a subject proposed; the rest is typed as for any request.
    void planProactive(const QString &customerId);

    // The live sentence about the 24 h rule for a request at requestedAt registered at now.
    static QString ruleText(const QDateTime &requestedAt, const QDateTime &now, bool *late);
    // "12 h after the request — in time (limit 24 h)", for a task already registered.
    static QString delayText(const QDateTime &requestedAt, const QDateTime &registeredAt,
                             bool *late);

public slots:
    void registerTask();
    // Cancel, Esc and the close button: asks before throwing typed text away.
    void cancelAsked();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The request time typed, in China time (+08:00).
    QDateTime requestedAt() const;
    void loadCustomers();
    QString customerId() const;
    void updateRule();
    void updateHistory();

    Database &m_db;
    QComboBox *m_customer = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_priority = nullptr;
    QDateTimeEdit *m_requestedAt = nullptr;
    QLabel *m_rule = nullptr;
    QLineEdit *m_subject = nullptr;
    QLineEdit *m_site = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QCheckBox *m_proactive = nullptr;
    QPushButton *m_register = nullptr;
    CustomerHistoryPanel *m_history = nullptr;
    FormErrors m_errors;
    QString m_shownCustomer;
    QString m_taskId;
    QString m_number;
    bool m_touched = false;
};
