#pragma once

#include "app/rules/ApprovalMatrix.h"
#include "ui/records/FormErrors.h"

#include <QGroupBox>
#include <QVariantMap>

class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// SOP-10 §5.2.2: Robert's assessment of a task in the 7 dimensions (necessity, complexity,
// duration, know-how risk, safety risk, commercial value, remote alternative) plus a major
// complaint and the planned dates. The approval the §5.2.3 matrix requires is computed live
// while the fields change, before anything is saved or approved. Save calls
// TaskWorkflow::assess; editable while the task is registered or assessed.
class AssessmentPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit AssessmentPanel(QWidget *parent = nullptr);

    // Shows the task's stored assessment (drops unsaved edits).
    void setTask(Database *db, const QString &taskId, const QVariantMap &task,
                 const QString &customerTier);
    // Only the editability, keeping what is typed (after a state change elsewhere).
    void setDatabase(Database *db);
    bool isDirty() const { return m_dirty; }
    bool isEditable() const { return m_editable; }
    // The level the fields on screen require; false when days or complexity are missing.
    bool liveLevel(ApprovalMatrix::Level *level) const;

public slots:
    void save();

signals:
    void saved();
    void dirtyChanged(bool dirty);

private:
    QVariantMap values() const;
    void updateApproval();
    void setDirty(bool dirty);
    void updateEditable();

    Database *m_db = nullptr;
    QString m_taskId;
    QString m_state;
    QString m_tier;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_editable = false;

    QPlainTextEdit *m_necessity = nullptr;
    QComboBox *m_complexity = nullptr;
    QDoubleSpinBox *m_days = nullptr;
    QComboBox *m_knowhow = nullptr;
    QComboBox *m_safety = nullptr;
    QPlainTextEdit *m_commercial = nullptr;
    QPlainTextEdit *m_remote = nullptr;
    QCheckBox *m_major = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QLabel *m_approval = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_save = nullptr;
    FormErrors m_errors;
};
