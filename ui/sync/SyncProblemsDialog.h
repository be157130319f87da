#pragma once

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTreeWidget;

// Sync › Problems: the bundles set aside by sync rounds and the forks among them, each with
// its reason. "Release" checks the selected bundle again once the administrator fixed the
// cause (applied, or kept aside with the new reason); "Adopt the new line" acknowledges a
// fork. Both go through SyncProblems (audited) and run a round on this desk's connection.
class SyncProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    SyncProblemsDialog(Database &db, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QPushButton *releaseButton() const { return m_release; }
    QPushButton *adoptButton() const { return m_adopt; }
    QLabel *resultLabel() const { return m_result; }

    void reload();

signals:
    // A bundle was applied (records may have changed) or the problems changed.
    void changed();

private:
    void release();
    void adopt();
    void updateButtons();

    Database &m_db;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_adopt = nullptr;
    QLabel *m_result = nullptr;
};
