#pragma once

#include "DailyReportEntry.h"
#include "FormErrors.h"

#include <QDialog>
#include <QVariantMap>

class Database;
class ExpenseRowsEditor;
class FieldEditor;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class WorkSlotsEditor;

// One daily report QEF-10-02 (SOP-10 §5.3.3), built for office staff typing an engineer's
// WeChat message without the mouse: the task comes from the last entry, the engineer from the
// task's engineers, the day from the task's on-site days; today's work as time slots, with
// yesterday's plan one keystroke away (Ctrl+Shift+Y); findings, tomorrow's plan, support asked
// for and from whom; the day's expenses, which go onto the engineer's expense claim. When it
// was submitted defaults to now and "late" (after 17:00 on the day) follows it live.
// Ctrl+S saves, Ctrl+Enter saves and starts the next report of the same task; Esc asks before
// typing is thrown away. DailyReportEntry checks and writes, all or nothing; a refusal is
// shown at its field.
class DailyReportDialog : public QDialog
{
    Q_OBJECT
public:
    // reportId empty: a new report (of taskId, or the task of the last entry).
    DailyReportDialog(Database &db, const QString &reportId, const QString &taskId,
                      QWidget *parent = nullptr);

    QString reportId() const { return m_reportId; }
    bool isNew() const { return m_isNew; }
    bool isModified() const;

    // Everything typed (the stored fields plus "expenses"), to keep across a lock.
    QVariantMap draft() const;
    void applyDraft(const QVariantMap &draft);

    FieldEditor *editor(const QString &key) const;
    QComboBox *engineerBox() const { return m_engineer; }
    WorkSlotsEditor *work() const { return m_work; }
    ExpenseRowsEditor *expenses() const { return m_expenses; }
    QLabel *lateLabel() const { return m_late; }
    // The message shown at a field ("work", "expenses" for the rows); empty when none.
    QString errorText(const QString &key) const;

    bool save();
    // Saves, then shows an empty report of the same task for the next engineer or day.
    bool saveAndNext();
    void copyPreviousPlan();
    // Closes without asking (the window is locking); a question still open is cancelled.
    void discard();
    bool isAsking() const { return m_asking; }

public slots:
    void reject() override;

signals:
    void saved(const QString &reportId);

private:
    void build();
    QWidget *addRow(QFormLayout *form, const QString &label, QWidget *input, const QString &key,
                    bool required = false);
    void loadReport();
    void startNew(const QString &taskId);
    void taskChanged();
    void fillEngineers(const QString &taskId);
    QVariantMap reportValues() const;
    void updateLate();
    void updateHeading();
    void updateTabOrder();
    void clearErrors();
    void showError(const Error &error);
    void markSaved();

    Database &m_db;
    QString m_reportId;
    bool m_isNew = true;
    bool m_loading = false;
    bool m_asking = false;
    QVariantMap m_baseline;

    QLabel *m_heading = nullptr;
    QLabel *m_savedNote = nullptr;
    QScrollArea *m_scroll = nullptr;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_errorLabels;
    QComboBox *m_engineer = nullptr;
    QLabel *m_window = nullptr;
    QLabel *m_late = nullptr;
    WorkSlotsEditor *m_work = nullptr;
    QPushButton *m_copyPlan = nullptr;
    ExpenseRowsEditor *m_expenses = nullptr;
    QLabel *m_general = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveNext = nullptr;
    QPushButton *m_cancel = nullptr;
    FormErrors m_errors;
};
