#pragma once

#include <QScrollArea>

class BackgroundReader;
class Database;
class DeadlinePanel;
struct DeskSummary;
class QFormLayout;
class QLabel;

// The first page after unlocking: which database is open (file, schema and SQLCipher
// versions, device id, share folder), how many records of each kind it holds, whether the
// audit chain is intact, and the deadlines that are due or overdue (DeadlinePanel). With a
// BackgroundReader the counts, the audit check and the deadlines are read in its worker and
// shown when they arrive ("…" until then); without one, at once.
class StartPage : public QScrollArea
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    ~StartPage() override;

    // Where refresh() reads the slow parts (not owned; nullptr: on the calling thread).
    void setReader(BackgroundReader *reader);
    // Reads everything again from db (nullptr clears the page).
    void refresh(Database *db, const QString &shareFolder);
    DeadlinePanel *deadlines() const { return m_deadlines; }
    // Whether the counts and the audit check of the last refresh() are shown.
    bool isSummaryShown() const { return m_summaryShown; }

signals:
    // A deadline was clicked: open its task.
    void taskActivated(const QString &taskId);
    // The counts of a refresh() are shown; total: live records of every kind.
    void summaryShown(int totalRecords);

private:
    QWidget *card(const QString &title, const QString &icon, QLayout *body);
    void showSummary(const DeskSummary &summary);

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
    BackgroundReader *m_reader = nullptr;
    bool m_summaryShown = false;
    quint64 m_generation = 0;
};
