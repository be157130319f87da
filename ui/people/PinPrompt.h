#pragma once

#include <QDialog>
#include <QFutureWatcher>

class Database;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

// Asks a person for their PIN once per unlocked session, before their first signature,
// approval, correction or L3 opening (architecture.md "People and keys"). The PIN derivation
// (PBKDF2, about a second) runs off the GUI thread; a wrong PIN is refused without saying
// anything else, and every refusal is audited. Accepted: the person's keys are in DeskSession
// and they are the database's actor.
class PinPrompt : public QDialog
{
    Q_OBJECT
public:
    PinPrompt(Database &db, const QString &personId, QWidget *parent = nullptr);

    // True when the person is unlocked (already, or after entering their PIN here). A person
    // without a key at this desk is refused with a message (enrol in Settings).
    static bool ensureUnlocked(Database &db, const QString &personId, QWidget *parent);

    void accept() override;

private:
    void derived();

    Database &m_db;
    QString m_personId;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<QByteArray> m_watcher;
};
