#include "ui/desk/DeadlinePanel.h"

#include "app/models/DeadlineWatch.h"
#include "app/models/DeskQueries.h"
#include "ui/desk/DeskClock.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

DeadlinePanel::DeadlinePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("deadlinePanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deadlineSummary"));
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("deadlineList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true); // the details are sentences
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("When"), tr("Task"), tr("Deadline"), tr("Details")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->setToolTip(tr("Click a deadline to open its task"));
    m_list->setCursor(Qt::PointingHandCursor);
    const auto open = [this](QTreeWidgetItem *item) {
        if (item)
            emit taskActivated(item->data(0, Qt::UserRole).toString());
    };
    connect(m_list, &QTreeWidget::itemClicked, this, open);
    connect(m_list, &QTreeWidget::itemActivated, this, open);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("deadlineEmpty"));
    m_empty->setWordWrap(true);
    Style::secondary(m_empty);
    auto *scope = new QLabel(
        tr("Watched here: registration within 24 h of the request, the briefing within the "
           "24 h before departure, the NDA before dispatch, daily reports by 17:00, anomaly "
           "notifications, the service report within 3 working days and the call-back within "
           "48 h of leaving the site, improvement plans after 90 days. Proactive dispatches join "
           "the list with their form."),
        this);
    scope->setWordWrap(true);
    Style::secondary(scope);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(scope);

    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &DeadlinePanel::reload);
    refresh(nullptr);
}

void DeadlinePanel::refresh(Database *db)
{
    m_db = db;
    if (db)
        m_timer->start();
    else
        m_timer->stop();
    reload();
}

int DeadlinePanel::count() const
{
    return m_list->topLevelItemCount();
}

QString DeadlinePanel::relative(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return tr("no date yet");
    const qint64 secs = now.secsTo(due);
    const qint64 hours = qAbs(secs) / 3600;
    const int days = int(hours / 24);
    if (secs >= 0) {
        if (hours < 1)
            return tr("within the hour");
        return hours < 48 ? tr("in %n h", nullptr, int(hours)) : tr("in %n day(s)", nullptr, days);
    }
    if (hours < 1)
        return tr("just overdue");
    return hours < 48 ? tr("%n h overdue", nullptr, int(hours))
                      : tr("%n day(s) overdue", nullptr, days);
}

void DeadlinePanel::reload()
{
    m_list->clear();
    if (!m_db) {
        m_summary->clear();
        m_empty->clear();
        m_list->hide();
        return;
    }
    const QDateTime now = DeskClock::now();
    QList<Deadline> deadlines;
    Error error;
    if (!DeadlineWatch(*m_db).collect(now, &deadlines, &error)) {
        Style::error(m_summary);
        m_summary->setText(error.message);
        m_list->hide();
        return;
    }
    int overdue = 0, due = 0, late = 0;
    const QColor red(0xc6, 0x28, 0x28);
    for (const Deadline &d : std::as_const(deadlines)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, d.taskId);
        item->setData(0, Qt::UserRole + 1, d.stateKey());
        item->setData(0, Qt::UserRole + 2, d.kindKey());
        item->setText(1, d.number);
        item->setText(2, DeadlineWatch::kindLabel(d.kind));
        item->setText(3, d.text);
        item->setToolTip(3, d.text);
        item->setToolTip(0, d.due.isValid() ? DeskQueries::shortTime(d.due) : QString());
        switch (d.state) {
        case Deadline::State::Overdue:
            ++overdue;
            item->setText(0, relative(d.due, now));
            item->setIcon(0, Icons::icon(QStringLiteral("warning")));
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, red);
            break;
        case Deadline::State::Due:
            ++due;
            item->setText(0, relative(d.due, now));
            break;
        case Deadline::State::DoneLate:
            ++late;
            item->setText(0, tr("done late"));
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, m_list->palette().color(QPalette::PlaceholderText));
            break;
        }
    }
    Style::fitRows(m_list, int(deadlines.size()), 2, 10);
    m_list->setVisible(!deadlines.isEmpty());
    m_empty->setVisible(deadlines.isEmpty());
    m_empty->setText(tr("Nothing is due or overdue."));
    QStringList parts;
    if (overdue)
        parts << tr("<span style='color:#c62828'><b>%n overdue</b></span>", nullptr, overdue);
    if (due)
        parts << tr("%n due", nullptr, due);
    if (late)
        parts << tr("%n done late", nullptr, late);
    m_summary->setPalette(QPalette());
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setVisible(!parts.isEmpty());
}
