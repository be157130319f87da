#pragma once

#include "app/workflow/DailyReportEntry.h"
#include "ui/records/FormErrors.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class Database;
class ExpenseRowsEditor;
class FormFieldEditor;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class WorkSlotsEditor;

// The fields of one daily report QEF-10-02 for DailyReportDialog: task, one of the task's
// engineers, the day with the task's on-site days beside it, when it was submitted with the
// "late" flag (after 17:00 on the day) worked out live, today's work as time slots, findings,
// tomorrow's plan, support asked for and from whom, and the day's expenses. It proposes what
// it can for a new report (DailyReportEntry::suggest), copies the previous plan on request,
// and shows a refusal at its field. Declared fields use FormFieldEditor, so they read and write
// exactly the stored form.
class DailyReportForm : public QWidget
{
    Q_OBJECT
public:
    DailyReportForm(Database &db, QWidget *parent = nullptr);

    // An empty report of taskId (may be empty) with the proposed engineer, day and "now".
    void startNew(const QString &taskId);
    // The stored report; false when it cannot be read.
    bool load(const QString &reportId, Error *error);
    // A correction keeps the task, engineer and day of the report it corrects (SiteFormRules):
    // those inputs are fixed, with a hint saying why. Call after the signature panel has
    // opened or closed the form for editing.
    void fixKeyOfCorrection();
    // The expense lines as saved (their ids), after a save.
    void reloadExpenses(const QString &reportId);

    // The daily_reports fields in their stored form.
    QVariantMap values() const;
    QList<DailyReportEntry::Expense> expenseList() const;
    // Everything typed (values() plus "expenses"), to keep across a lock.
    QVariantMap draft() const;
    void applyDraft(const QVariantMap &draft);
    bool isModified() const;
    // What is shown becomes the unmodified state.
    void markSaved();
    // "LITH-FE-2026-0004 · Robert · 2026-11-22" as far as chosen.
    QString summary() const;

    // Input the stored form cannot carry (a slot's times, a task name that names no task);
    // shown at its input.
    bool checkInput(Error *error);
    // A refusal: at its field, its slot or its expense row, which gets the focus.
    void showError(const Error &error);
    void clearErrors();
    // The message shown at a field ("work", "expenses"; empty: the general one).
    QString errorText(const QString &key) const;

    // Appends the engineer's previous plan as slots; *note says from which day or why not.
    bool copyPreviousPlan(QString *note);
    // The cursor where typing starts: the task when none is chosen, else the first slot.
    void focusFirst();

    QList<QWidget *> focusChain() const;
    FormFieldEditor *editor(const QString &key) const { return m_editors.value(key); }
    QComboBox *engineerBox() const { return m_engineer; }
    WorkSlotsEditor *work() const { return m_work; }
    ExpenseRowsEditor *expenses() const { return m_expenses; }
    QLabel *lateLabel() const { return m_late; }
    QPushButton *copyPlanButton() const { return m_copyPlan; }
    bool isCorrection() const { return !m_corrects.isEmpty(); }

signals:
    void changed();
    // Slots or expense rows came or went: the tab order is renewed.
    void rowsChanged();

private:
    void addRow(QFormLayout *form, const QString &label, QWidget *input, QWidget *focus,
                const QString &key, bool required = false);
    void taskChanged();
    void fillEngineers(const QString &taskId);
    void updateLate();
    QString value(const char *key) const;

    Database &m_db;
    bool m_loading = false;
    bool m_proposing = true; // a new report: choosing a task proposes engineer and day
    QVariantMap m_baseline;
    QHash<QString, FormFieldEditor *> m_editors;
    QHash<QString, QLabel *> m_errorLabels;
    QComboBox *m_engineer = nullptr;
    QLabel *m_window = nullptr;
    QLabel *m_late = nullptr;
    WorkSlotsEditor *m_work = nullptr;
    QPushButton *m_copyPlan = nullptr;
    ExpenseRowsEditor *m_expenses = nullptr;
    QLabel *m_general = nullptr;
    FormErrors m_errors;
    QString m_corrects; // the report this one corrects (revision_of); empty for an original
};
