#pragma once

#include <QDateTime>
#include <QWidget>

class BackgroundReader;
class Database;
struct DeadlineSnapshot;
class QLabel;
class QTimer;
class QTreeWidget;

// The start page's deadlines (DeadlineWatch): overdue ones first and in red, then the ones
// due soon, then those done late; clicking one opens its task. Reads again every minute while
// a database is open, so "in 3 h" stays true.
class DeadlinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit DeadlinePanel(QWidget *parent = nullptr);
    ~DeadlinePanel() override;

    // Where the deadlines are read (not owned; nullptr: on the calling thread). With a reader
    // the list of the last reading stays until the new one arrives.
    void setReader(BackgroundReader *reader);
    // nullptr clears the list (locked window).
    void refresh(Database *db);
    int count() const;
    // Whether the deadlines asked for last are shown (not still being read).
    bool isCurrent() const { return m_current; }

    // "in 5 h", "3 h overdue", "2 days overdue", "no date yet".
    static QString relative(const QDateTime &due, const QDateTime &now);

signals:
    void taskActivated(const QString &taskId);

private:
    void reload();
    void showSnapshot(const DeadlineSnapshot &snapshot);

    Database *m_db = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QTimer *m_timer = nullptr;
    BackgroundReader *m_reader = nullptr;
    quint64 m_generation = 0;
    bool m_current = true;
};
