#pragma once

#include <QScrollArea>

class Database;
class DeadlinePanel;
class QFormLayout;
class QLabel;

// The first page after unlocking: which database is open (file, schema and SQLCipher
// versions, device id, share folder), how many records of each kind it holds, whether the
// audit chain is intact, and the deadlines that are due or overdue (DeadlinePanel).
class StartPage : public QScrollArea
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    // Reads everything again from db (nullptr clears the page).
    void refresh(Database *db, const QString &shareFolder);
    DeadlinePanel *deadlines() const { return m_deadlines; }

signals:
    // A deadline was clicked: open its task.
    void taskActivated(const QString &taskId);

private:
    QWidget *card(const QString &title, const QString &icon, QLayout *body);

    QLabel *m_file = nullptr;
    QLabel *m_schema = nullptr;
    QLabel *m_cipher = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_share = nullptr;
    QFormLayout *m_counts = nullptr;
    QLabel *m_auditIcon = nullptr;
    QLabel *m_auditStatus = nullptr;
    QLabel *m_calendar = nullptr; // next year's holiday calendar is missing
    QLabel *m_imports = nullptr;  // an import that did not finish
    DeadlinePanel *m_deadlines = nullptr;
};
