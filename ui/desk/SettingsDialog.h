#pragma once

#include <QDialog>

class Database;
class PeopleKeysPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Preferences: the people at this desk and their keys (PeopleKeysPanel: who acts is who
// entered their PIN), the language (takes effect at the next start), the shared sync folder, and
// after how many idle minutes the window locks itself. Saved in AppSettings on OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr, Database *db = nullptr);

    bool languageChanged() const { return m_languageChanged; }

signals:
    // "Team…": the main window opens the team dialog (create, invite, join).
    void teamRequested();

public slots:
    void accept() override;

private:
    void browseShareFolder();

    PeopleKeysPanel *m_people = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_shareFolder = nullptr;
    QSpinBox *m_autoLock = nullptr;
    QSpinBox *m_syncInterval = nullptr;
    QLabel *m_shareError = nullptr;
    bool m_languageChanged = false;
};
