#pragma once

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTreeWidget;

// Settings › People at this desk: who is acting (the person who entered their PIN since the desk
// was unlocked — never a choice in a list), every person's key state, and the actions: enter a
// PIN (switch the acting person), enrol (or re-enrol after a lost PIN), confirm a pending key as
// an administrator, change a PIN.
class PeopleKeysPanel : public QWidget
{
    Q_OBJECT
public:
    PeopleKeysPanel(Database *db, QWidget *parent = nullptr);

    void reload();

private:
    QString selectedPerson() const;
    void enterPin();
    void enrol();
    void confirmKey();
    void changePin();
    void updateButtons();

    Database *m_db = nullptr;
    QLabel *m_acting = nullptr;
    QTreeWidget *m_people = nullptr;
    QPushButton *m_pinButton = nullptr;
    QPushButton *m_enrolButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_changePinButton = nullptr;
};
