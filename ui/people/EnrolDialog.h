#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include "app/people/PeopleKeys.h"

class Database;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

// Enrols a person at this desk (Settings › People at this desk): their new PIN twice, then the
// key pairs are made and the PIN derivation runs off the GUI thread; the result says the key id
// and whether an administrator still has to confirm it. Enrolling again replaces a lost PIN.
class EnrolDialog : public QDialog
{
    Q_OBJECT
public:
    EnrolDialog(Database &db, const QString &personId, QWidget *parent = nullptr);

    void accept() override;
    QString keyId() const { return m_keyId; }

private:
    struct Made
    {
        PersonalKeys::KeyPair keys;
        PeopleKeys::WrappingKey wrap;
    };
    void made();
    void showError(const QString &text);

    Database &m_db;
    QString m_personId;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<Made> m_watcher;
    QString m_keyId;
};
