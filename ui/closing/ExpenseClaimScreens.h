#pragma once

#include <QObject>
#include <QSet>

class BackgroundReader;
class Database;
class ExpenseClaimPage;
class QWidget;
class RecordListPage;

// Hooks the expense claim QEF-10-05 into the main window: "New…" / Ctrl+N on the claim list
// opens an empty claim, double-click or Enter opens one, a task page can open a new claim for
// its task; saving reloads the list and the start page. Claims with a customer-paid gift or
// hospitality over RMB 200.00 not yet declared are shown in red in the list, with the reason.
class ExpenseClaimScreens : public QObject
{
    Q_OBJECT
public:
    // window: the claim page's first parent; the frame places it (pageRequested).
    ExpenseClaimScreens(QWidget *window, RecordListPage *claimList);
    ~ExpenseClaimScreens() override;

    ExpenseClaimPage *page() const { return m_page; }
    // nullptr: locking or closing (the page keeps what was typed).
    void setDatabase(Database *db);
    // Ids of the listed claims still waiting for their gift declaration.
    QSet<QString> pendingClaims() const { return m_pending; }

public slots:
    void openClaim(const QString &claimId);
    void newClaim(const QString &taskId = QString());
    // The claim of the person at this desk for taskId; a new one when there is none.
    void openForTask(const QString &taskId);

signals:
    void claimChanged(const QString &taskId);
    // The frame shows area's navigation entry with page in front.
    void pageRequested(const QString &area, QWidget *page);
    // The frame shows list (the area's record list) again.
    void listRequested(QWidget *list);

private:
    void updatePending();

    RecordListPage *m_list;
    ExpenseClaimPage *m_page = nullptr;
    Database *m_db = nullptr;
    BackgroundReader *m_reader = nullptr; // where the pending claims are read
    quint64 m_generation = 0;
    QSet<QString> m_pending;
};
