#pragma once

#include "db/Error.h"

#include <QDialog>

#include <functional>

class Database;
class IdleLock;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// The desk's team (File › Sync › Team… and Settings): shows the team id, this device's id,
// the share folder and the members' device folders on it; creates a team on the share folder
// (then shows the recovery sheet and offers it as PDF), invites a new desk (writes the
// enrollment file and shows its one-time code once, with a copy button) and joins a team
// (enrollment file and the code typed in). The code's KDF runs off the GUI thread
// (SiblingTask); the idle lock waits meanwhile.
class TeamDialog : public QDialog
{
    Q_OBJECT
public:
    TeamDialog(Database *db, const QString &shareFolder, QWidget *parent = nullptr);

    void setIdleLock(IdleLock *idle) { m_idle = idle; }
    bool joined() const { return m_joined; }
    QString lastMessage() const;

    // The work behind the buttons, without the file pickers and message boxes (tests use them).
    bool createTeam();
    // Writes the enrollment file; *code is the one-time code. Waits without blocking the GUI.
    bool invite(const QString &enrollmentFile, QString *code);
    bool join(const QString &enrollmentFile, const QString &code);

public slots:
    void createClicked();
    void inviteClicked();
    void joinClicked();

signals:
    // The text of a code or sheet shown to the person (tests read it).
    void codeShown(const QString &code);
    void recoverySheetShown(const QString &text);

private:
    void updateInfo();
    void showMessage(const QString &text, bool error);
    void showRecoverySheet();
    void showCode(const QString &code, const QString &file);
    bool runOffThread(const std::function<bool(Database &, Error *)> &work);

    Database *m_db;
    QString m_shareFolder;
    IdleLock *m_idle = nullptr;
    bool m_joined = false;
    QLabel *m_team = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_share = nullptr;
    QFormLayout *m_info = nullptr;
    QListWidget *m_devices = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_invite = nullptr;
    QPushButton *m_join = nullptr;
    QLineEdit *m_enrollment = nullptr;
    QLineEdit *m_code = nullptr;
};
