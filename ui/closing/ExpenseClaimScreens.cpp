#include "ui/closing/ExpenseClaimScreens.h"

#include "app/models/BackgroundReader.h"
#include "app/models/RecordTableModel.h"
#include "app/utils/AppSettings.h"
#include "app/workflow/ExpenseClaimWriter.h"
#include "db/Database.h"
#include "ui/closing/ExpenseClaimPage.h"
#include "ui/records/RecordItemDelegate.h"
#include "ui/records/RecordListPage.h"

#include <QPointer>
#include <QStyledItemDelegate>
#include <QTableView>

namespace {

// Paints the rows of claims waiting for a declaration in red, with the reason as tooltip.
// A RecordItemDelegate: dates as the other lists write them, the lock of a signed claim.
class PendingDelegate : public RecordItemDelegate
{
public:
    PendingDelegate(const ExpenseClaimScreens *screens, QObject *parent)
        : RecordItemDelegate(parent), m_screens(screens)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        RecordItemDelegate::initStyleOption(option, index);
        if (m_screens->pendingClaims().contains(index.data(RecordTableModel::IdRole).toString()))
            option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    }
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (m_screens->pendingClaims().contains(index.data(RecordTableModel::IdRole).toString()))
            view->setToolTip(ExpenseClaimScreens::tr(
                "A gift or hospitality paid by the customer over RMB 200.00 is not declared yet."));
        else
            view->setToolTip(QString());
        return RecordItemDelegate::helpEvent(event, view, option, index);
    }

private:
    const ExpenseClaimScreens *m_screens;
};

} // namespace

ExpenseClaimScreens::ExpenseClaimScreens(QWidget *window, RecordListPage *claimList)
    : QObject(window), m_list(claimList)
{
    m_page = new ExpenseClaimPage(window);
    connect(m_page, &ExpenseClaimPage::closeRequested, this,
            [this] { emit listRequested(m_list); });
    connect(m_page, &ExpenseClaimPage::claimSaved, this,
            [this](const QString &, const QString &taskId) {
                if (m_list)
                    m_list->reload();
                emit claimChanged(taskId);
            });
    if (m_list) {
        m_list->setCanCreate(true);
        m_list->view()->setItemDelegate(new PendingDelegate(this, m_list->view()));
        connect(m_list, &RecordListPage::recordActivated, this, &ExpenseClaimScreens::openClaim);
        connect(m_list, &RecordListPage::newRecordRequested, this, [this] { newClaim(QString()); });
        // Read again with the claims (not on every count change while typing a search).
        connect(m_list->model(), &RecordTableModel::reloaded, this,
                &ExpenseClaimScreens::updatePending);
    }
}

ExpenseClaimScreens::~ExpenseClaimScreens()
{
    if (m_reader)
        m_reader->cancel(this);
}

void ExpenseClaimScreens::setDatabase(Database *db)
{
    m_db = db;
    m_page->setDatabase(db);
    updatePending();
}

void ExpenseClaimScreens::updatePending()
{
    if (!m_db || !m_list) {
        if (m_reader)
            m_reader->cancel(this);
        m_reader = nullptr; // it goes with the database
        m_pending.clear();
        return;
    }
    // The reader of the claim list (when the window has one): the query joins every expense
    // line of ten years, so it runs there and the red rows follow when it is done.
    BackgroundReader *reader = m_list->model()->reader();
    if (m_reader && m_reader != reader)
        m_reader->cancel(this);
    m_reader = reader;
    if (!reader) {
        m_pending = ExpenseClaimWriter(*m_db).pendingDeclarations();
        m_list->view()->viewport()->update();
        return;
    }
    const quint64 generation = ++m_generation;
    QPointer<ExpenseClaimScreens> self(this);
    reader->post(this, QStringLiteral("pending"), BackgroundReader::Priority::Background,
                 [self, generation](Database *db, const QString &) -> std::function<void()> {
                     if (!db)
                         return {};
                     const QSet<QString> pending = ExpenseClaimWriter(*db).pendingDeclarations();
                     return [self, generation, pending] {
                         if (!self || self->m_generation != generation || !self->m_db)
                             return;
                         self->m_pending = pending;
                         if (self->m_list)
                             self->m_list->view()->viewport()->update();
                     };
                 });
}

void ExpenseClaimScreens::openClaim(const QString &claimId)
{
    if (!m_db || !m_page->openClaim(claimId))
        return;
    emit pageRequested(QStringLiteral("expense_claims"), m_page);
}

void ExpenseClaimScreens::newClaim(const QString &taskId)
{
    if (!m_db || !m_page->newClaim(taskId))
        return;
    emit pageRequested(QStringLiteral("expense_claims"), m_page);
}

void ExpenseClaimScreens::openForTask(const QString &taskId)
{
    if (!m_db)
        return;
    const QString claim =
        ExpenseClaimWriter(*m_db).claimOf(taskId, AppSettings().currentPersonId());
    if (claim.isEmpty())
        newClaim(taskId);
    else
        openClaim(claim);
}
