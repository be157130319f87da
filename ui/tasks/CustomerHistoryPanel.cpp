#include "ui/tasks/CustomerHistoryPanel.h"
#include "app/utils/RecordTime.h"

#include "app/catalog/EnumNames.h"
#include "app/models/DeskQueries.h"
#include "ui/widgets/Style.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

CustomerHistoryPanel::CustomerHistoryPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("customerHistory"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QFrame#customerHistory { border: 1px solid palette(midlight); "
                                 "border-radius: 6px; background: palette(base); }"));
    auto *title = new QLabel(tr("Customer history"), this);
    Style::title(title, 1.1);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("historyCustomerName"));
    m_name->setWordWrap(true);
    Style::title(m_name, 1.0);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("historyFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("historyNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::secondary(m_notes);

    m_tasksTitle = new QLabel(this);
    Style::title(m_tasksTitle, 1.0);
    m_tasks = new QTreeWidget(this);
    m_tasks->setObjectName(QStringLiteral("historyTasks"));
    m_tasks->setRootIsDecorated(false);
    m_tasks->setAlternatingRowColors(true);
    m_tasks->setUniformRowHeights(true);
    m_tasks->setHeaderLabels({tr("Task"), tr("Subject"), tr("State"), tr("Requested")});
    m_tasks->header()->setStretchLastSection(false);
    m_tasks->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tasks->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tasks->setToolTip(tr("Double-click a task to open it"));
    connect(m_tasks, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit taskActivated(item->data(0, Qt::UserRole).toString());
    });
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    Style::secondary(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_name);
    layout->addWidget(m_facts);
    layout->addWidget(m_notes);
    layout->addSpacing(6);
    layout->addWidget(m_tasksTitle);
    layout->addWidget(m_tasks);
    layout->addWidget(m_empty);
    layout->addStretch(1);
    setCustomer(nullptr, QString());
}

void CustomerHistoryPanel::setCustomer(Database *db, const QString &customerId,
                                       const QString &excludeTaskId)
{
    m_tasks->clear();
    DeskQueries::Customer c;
    if (!db || customerId.isEmpty() || !DeskQueries::customer(*db, customerId, &c)) {
        m_name->hide();
        m_facts->hide();
        m_notes->hide();
        m_tasksTitle->hide();
        m_tasks->hide();
        m_empty->setText(tr("Choose a customer to see their tier, first order, NDA and earlier "
                            "tasks."));
        m_empty->show();
        return;
    }
    m_name->show();
    m_facts->show();
    m_name->setText(c.shortName.isEmpty() || c.shortName == c.name
                        ? c.name
                        : tr("%1 (%2)").arg(c.name, c.shortName));
    QStringList facts;
    facts << tr("Tier: %1").arg(EnumNames::text(QStringLiteral("tier"), c.tier))
          << tr("Kind: %1").arg(EnumNames::text(QStringLiteral("kind"), c.kind));
    facts << (c.firstOrderOn.isValid()
                  ? tr("First order: %1").arg(c.firstOrderOn.toString(Qt::ISODate))
                  : tr("First order: none yet — a new customer"));
    facts << (c.ndaSignedOn.isValid()
                  ? tr("NDA: signed on %1").arg(c.ndaSignedOn.toString(Qt::ISODate))
                  : tr("NDA: none signed"));
    if (!c.region.isEmpty())
        facts << tr("Region: %1").arg(c.region);
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_notes->setText(c.notes);
    m_notes->setVisible(!c.notes.isEmpty());

    int shown = 0;
    for (const DeskQueries::TaskLine &t : DeskQueries::customerTasks(*db, customerId)) {
        if (t.id == excludeTaskId)
            continue;
        auto *item = new QTreeWidgetItem(m_tasks);
        item->setData(0, Qt::UserRole, t.id);
        item->setText(0, t.number.isEmpty() ? tr("(pending)") : t.number);
        item->setText(1, t.title.isEmpty() ? EnumNames::text(QStringLiteral("type"), t.type)
                                           : t.title);
        item->setToolTip(1, item->text(1) + QLatin1Char('\n') +
                                EnumNames::text(QStringLiteral("type"), t.type) +
                                (t.plannedStart.isEmpty()
                                     ? QString()
                                     : tr("\nPlanned %1 – %2").arg(t.plannedStart, t.plannedEnd)));
        item->setText(2, EnumNames::text(QStringLiteral("state"), t.state));
        item->setText(3, RecordTime::inOwnOffset(t.requestedAt).date().toString(Qt::ISODate));
        ++shown;
    }
    Style::fitRows(m_tasks, shown, 1, 8);
    m_tasksTitle->setText(tr("Earlier tasks (%1)").arg(shown));
    m_tasksTitle->show();
    m_tasks->setVisible(shown > 0);
    m_empty->setText(tr("No earlier tasks: this is the first dispatch request of this customer."));
    m_empty->setVisible(shown == 0);
}

int CustomerHistoryPanel::taskCount() const
{
    return m_tasks->topLevelItemCount();
}
