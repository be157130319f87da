#pragma once

#include <QVariantMap>
#include <QWidget>

#include "ui/records/FormErrors.h"

class BriefingAgendaPanel;
class BriefingMeetingPanel;
class BriefingPackPage;
class BriefingTaskHeader;
class Database;
class PreTripPanel;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTimer;
class SignaturePanel;

// The mission brief QEF-10-01 of one task (SOP-10 §5.2.4–§5.2.8): the meeting with the 24 h
// rule, the eight agenda items (know-how boundary and PPE among them), the pre-trip
// confirmation and the briefing pack, with what still blocks the dispatch listed beside them.
// The list is worked out live — the typed brief is saved inside a transaction that is rolled
// back, then TaskWorkflow::dispatchBlockers is asked — so the rules live in one place and
// "Mark briefed" is enabled exactly when nothing blocks. Saving goes through
// TaskWorkflow::saveBriefing (refusals shown at their field, nothing saved half-way).
class BriefingPage : public QWidget
{
    Q_OBJECT
public:
    explicit BriefingPage(QWidget *parent = nullptr);

    // nullptr while the window is locked: the page keeps what was typed but does nothing.
    void setDatabase(Database *db);
    QString taskId() const { return m_taskId; }
    QString briefingId() const { return m_briefingId; }
    bool isDirty() const { return m_dirty; }
    // Asks before unsaved edits are thrown away (save, discard or stay); true = go ahead.
    bool confirmLeave();
    // What blocks the dispatch, as listed beside the brief.
    QStringList blockers() const { return m_blockerList; }

    BriefingMeetingPanel *meeting() const { return m_meeting; }
    BriefingAgendaPanel *agenda() const { return m_agenda; }
    PreTripPanel *preTrip() const { return m_preTrip; }
    BriefingPackPage *pack() const { return m_pack; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    // Shows the brief of taskId (a new one when it has none); false when the task does not
    // exist or the user kept unsaved edits of the brief shown before.
    bool openForTask(const QString &taskId);
    bool save();
    // Saves the brief and marks the task briefed, both or neither.
    bool markBriefed();
    void updateBlockers();
    // The preview of the saved brief (typing is saved first); File › Print… (Ctrl+P) calls it
    // while the page is shown.
    void printPreview();

signals:
    // The brief or the task's state was saved.
    void briefingChanged(const QString &taskId);
    void taskRequested(const QString &taskId);

private:
    void load();
    void setDirty(bool dirty);
    QVariantMap formValues() const;
    void showError(const Error &error);
    QWidget *buildSide();

    Database *m_db = nullptr;
    SignaturePanel *m_signing = nullptr;
    QString m_dbPath;
    QString m_taskId;
    QString m_briefingId;
    QVariantMap m_task;
    bool m_dirty = false;
    bool m_loading = false;
    QStringList m_blockerList;

    BriefingTaskHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    QScrollArea *m_briefScroll = nullptr;
    BriefingMeetingPanel *m_meeting = nullptr;
    BriefingAgendaPanel *m_agenda = nullptr;
    PreTripPanel *m_preTrip = nullptr;
    BriefingPackPage *m_pack = nullptr;
    QLabel *m_blockers = nullptr;
    QLabel *m_unsaved = nullptr;
    QLabel *m_generalError = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_markBriefed = nullptr;
    QTimer *m_checkTimer = nullptr;
    FormErrors m_errors;
};
