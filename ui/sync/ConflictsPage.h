#pragma once

#include <QWidget>

class ConflictTableModel;
class Database;
class QLabel;
class QPushButton;
class QTableView;

// The conflicts screen: every unsettled sync conflict with both values as people read them,
// who wrote each and when, and the version both started from. Settling is choosing the kept
// value, the other one, or typing a new one (for text, numbers and choices) — an ordinary
// change through SyncConflicts::settle that wins on every desk once synced. A change refused
// because its record is signed is shown read-only and can only be acknowledged.
class ConflictsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    ConflictTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public slots:
    void reload();
    // Settles the selected conflict: 0 keeps the kept value, 1 takes the other one.
    void keepSelected();
    void takeOtherSelected();
    void editSelected();
    void acknowledgeSelected();

signals:
    // A conflict was settled or acknowledged (the status bar recounts).
    void conflictsChanged();
    void recordRequested(const QString &table, const QString &recordId);

private:
    void updateDetail();
    int selectedRow() const;
    bool settle(const QVariant &value);

    Database *m_db = nullptr;
    ConflictTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_other = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_open = nullptr;
};
