#pragma once

#include "ui/records/FormErrors.h"

#include <QGroupBox>

class Database;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

// SOP-10 §5.2.3: who must approve (from the saved assessment), the decisions so far (who,
// decision, level, comment, when), and approving or rejecting on behalf of one of the people
// whose role the level needs — by default the person using this desk. A rejection needs a
// reason. Only an assessed task whose assessment is saved can be decided on; otherwise the
// panel says why.
class ApprovalPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ApprovalPanel(QWidget *parent = nullptr);

    void setTask(Database *db, const QString &taskId, const QString &state);
    // While the assessment on screen differs from the saved one, nobody may decide.
    void setAssessmentDirty(bool dirty);

public slots:
    void approve();
    void reject();

signals:
    void decided();

private:
    void decide(bool approve);
    void reload();
    void updateEnabled();

    Database *m_db = nullptr;
    QString m_taskId;
    QString m_state;
    bool m_assessmentDirty = false;
    bool m_levelKnown = false;

    QLabel *m_required = nullptr;
    QTreeWidget *m_decisions = nullptr;
    QComboBox *m_approver = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_blocked = nullptr;
    QWidget *m_form = nullptr;
    FormErrors m_errors;
};
