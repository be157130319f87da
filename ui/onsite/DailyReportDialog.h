#pragma once

#include "ui/onsite/DailyReportForm.h"

#include <QDialog>
#include <QVariantMap>

class Database;
class QLabel;
class QPushButton;
class QScrollArea;
class SignaturePanel;

// One daily report QEF-10-02 (SOP-10 §5.3.3), built for office staff typing an engineer's
// WeChat message without the mouse (the fields: DailyReportForm). The task comes from the last
// entry; yesterday's plan is one keystroke away (Ctrl+Shift+Y), an expense another
// (Ctrl+Shift+E). Ctrl+S saves, Ctrl+Enter saves and starts the next report of the same task;
// Esc asks before typing is thrown away. DailyReportEntry checks and writes report, claim and
// expense lines all or nothing; a refusal is shown at its field and the typing stays.
class DailyReportDialog : public QDialog
{
    Q_OBJECT
public:
    // reportId empty: a new report (of taskId, or the task of the last entry).
    DailyReportDialog(Database &db, const QString &reportId, const QString &taskId,
                      QWidget *parent = nullptr);

    QString reportId() const { return m_reportId; }
    bool isNew() const { return m_isNew; }
    bool isModified() const { return m_form->isModified(); }
    DailyReportForm *form() const { return m_form; }

    // Everything typed, to keep across a lock.
    QVariantMap draft() const { return m_form->draft(); }
    void applyDraft(const QVariantMap &draft) { m_form->applyDraft(draft); }

    FormFieldEditor *editor(const QString &key) const { return m_form->editor(key); }
    QComboBox *engineerBox() const { return m_form->engineerBox(); }
    WorkSlotsEditor *work() const { return m_form->work(); }
    ExpenseRowsEditor *expenses() const { return m_form->expenses(); }
    QLabel *lateLabel() const { return m_form->lateLabel(); }
    QString errorText(const QString &key) const { return m_form->errorText(key); }

    bool save();
    // Saves, then shows an empty report of the same task for the next engineer or day.
    bool saveAndNext();
    void copyPreviousPlan();
    // The preview of the saved report (asks to save typing first).
    void printPreview();
    SignaturePanel *signing() const { return m_signing; }
    // Closes without asking (the window is locking); a question still open is cancelled.
    void discard();
    bool isAsking() const { return m_asking; }

public slots:
    void reject() override;

signals:
    void saved(const QString &reportId);

private:
    void startNew(const QString &taskId);
    void updateHeading();
    void updateTabOrder();
    void showNote(const QString &text, bool success);
    void revealFocus();
    // Shows the record in the signature panel, which locks the form when it is signed.
    void openReport(const QString &reportId);
    void updateButtons();

    Database &m_db;
    QString m_reportId;
    bool m_isNew = true;
    bool m_asking = false;
    DailyReportForm *m_form = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_loadError = nullptr;
    QScrollArea *m_scroll = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveNext = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_print = nullptr;
    SignaturePanel *m_signing = nullptr;
    bool m_locked = false;
};
