#pragma once

#include "ui/records/RecordEditorDialog.h"

class QGroupBox;
class QLabel;
class QVBoxLayout;

// The service report QEF-10-01 报告 (SOP-10 §5.4.1) in the generated record form: its seven
// sections, the due date (the 3rd working day after the last on-site day) and whether it is
// met, the expenses reimbursed for the task, and a list of the know-how feedback items (one
// per line of section 6), each of which becomes a know-how library entry in one step — the
// entry keeps the report as its source and the task as its link, at the level chosen.
// A new report starts from ServiceReportDraft (task, brief, daily reports, expense claims).
class ServiceReportEditor : public RecordEditorDialog
{
    Q_OBJECT
public:
    ServiceReportEditor(Database &db, const QString &id, QWidget *parent = nullptr);

    // The first draft for taskId (empty when the task cannot be read).
    static QVariantMap newValues(Database &db, const QString &taskId);

    QLabel *dueLabel() const { return m_due; }
    QGroupBox *knowhowBox() const { return m_knowhowBox; }

    // Saves the report when needed, then writes item number index of section 6 as a library
    // entry of level (L1/L2/L3); false with the reason shown when either is refused.
    bool createKnowhow(int index, const QString &level);

signals:
    void knowhowCreated(const QString &knowhowId);

private:
    void update();
    void draftForTask();
    static void keepReadOnly(QWidget *root);
    void updateKnowhowItems();
    QString existingEntry(const QString &title) const;

    Database &m_database;
    QLabel *m_due = nullptr;
    QGroupBox *m_knowhowBox = nullptr;
    QVBoxLayout *m_knowhowLayout = nullptr;
    QStringList m_items;
};
