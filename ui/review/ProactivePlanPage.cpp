#include "ui/review/ProactivePlanPage.h"

#include "app/models/ProactivePlan.h"
#include "ui/desk/DeskClock.h"
#include "ui/widgets/Style.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int CustomerRole = Qt::UserRole;
constexpr int TaskRole = Qt::UserRole + 1;
} // namespace

ProactivePlanPage::ProactivePlanPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("proactivePlanPage"));
    auto *title = new QLabel(tr("Proactive dispatch plan"), this);
    Style::title(title, 1.4);
    auto *intro = new QLabel(tr("SOP-10 §6: tier A strategic customers every quarter, tier B every "
                                "half year, C and D on request; a new customer gets a visit "
                                "within 3 months of its first order. The next visit counts from "
                                "the last proactive visit that happened."),
                             this);
    intro->setWordWrap(true);
    Style::secondary(intro);
    m_summary = new QLabel(this);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("proactivePlanTable"));
    m_table->setHorizontalHeaderLabels({tr("Customer"), tr("Tier"), tr("Cadence"),
                                        tr("Last proactive visit"), tr("Next due"), tr("Status"),
                                        tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_plan = Style::button(tr("Plan a dispatch…"), "planDispatchButton", "add", this);
    m_plan->setToolTip(tr("Register a proactive task for the selected customer"));
    m_plan->setEnabled(false);
    connect(m_plan, &QPushButton::clicked, this, [this] {
        if (!currentCustomer().isEmpty())
            emit planRequested(currentCustomer());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_plan->setEnabled(m_db && !currentCustomer().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QString task = m_table->item(row, 0)->data(TaskRole).toString();
        if (!task.isEmpty())
            emit taskRequested(task);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_plan);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
}

void ProactivePlanPage::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

QString ProactivePlanPage::currentCustomer() const
{
    const int row = m_table->currentRow();
    QTableWidgetItem *item = row >= 0 ? m_table->item(row, 0) : nullptr;
    return item ? item->data(CustomerRole).toString() : QString();
}

void ProactivePlanPage::refresh()
{
    m_table->setRowCount(0);
    m_plan->setEnabled(false);
    if (!m_db) {
        m_summary->clear();
        return;
    }
    QList<ProactivePlan::Entry> entries;
    Error error;
    if (!ProactivePlan(*m_db).entries(DeskClock::today(), &entries, &error)) {
        m_summary->setText(error.message);
        Style::error(m_summary);
        return;
    }
    int overdue = 0, due = 0;
    m_table->setRowCount(entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        const ProactivePlan::Entry &e = entries.at(i);
        const QStringList cells = {
            e.customer,
            e.tier,
            ProactivePlan::cadenceText(e.cadenceMonths),
            e.lastVisit.isValid() ? e.lastVisit.toString(Qt::ISODate) : tr("none"),
            e.nextDue.isValid()
                ? e.nextDue.toString(Qt::ISODate)
                : (e.status == ProactiveCadence::Status::Due ? tr("now") : QString()),
            e.statusText(),
            e.reasonText()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (e.status == ProactiveCadence::Status::Overdue)
                item->setForeground(QColor(198, 40, 40));
            m_table->setItem(i, c, item);
        }
        m_table->item(i, 0)->setData(CustomerRole, e.customerId);
        m_table->item(i, 0)->setData(TaskRole, e.lastVisitTaskId);
        overdue += e.status == ProactiveCadence::Status::Overdue;
        due += e.status == ProactiveCadence::Status::Due;
    }
    Style::plain(m_summary);
    m_summary->setText(tr("%1 overdue, %2 due within %3 days.")
                           .arg(overdue)
                           .arg(due)
                           .arg(ProactiveCadence::DueWarningDays));
}
