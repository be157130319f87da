#include "ui/desk/DeadlinePanel.h"

#include "app/models/BackgroundReader.h"
#include "app/models/DeadlineWatch.h"
#include "app/models/DeskQueries.h"
#include "app/models/DeskSummary.h"
#include "ui/desk/DeskClock.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"

#include <QHeaderView>
#include <QLabel>
#include <QPointer>
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
    // A ten-year desk can list well over a thousand deadlines: one line each (the whole
    // sentence in the tooltip), so that laying them out does not measure every sentence.
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("When"), tr("Task"), tr("Deadline"), tr("Details")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    // Widths that fit the first rows (and those on screen), not all of them.
    m_list->header()->setResizeContentsPrecision(100);
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

DeadlinePanel::~DeadlinePanel()
{
    if (m_reader)
        m_reader->cancel(this);
}

void DeadlinePanel::setReader(BackgroundReader *reader)
{
    if (m_reader && m_reader != reader)
        m_reader->cancel(this);
    m_reader = reader;
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
    const quint64 generation = ++m_generation;
    if (!m_db) {
        if (m_reader)
            m_reader->cancel(this);
        m_list->clear();
        m_summary->clear();
        m_empty->clear();
        m_list->hide();
        m_current = true;
        return;
    }
    const QDateTime now = DeskClock::now();
    if (!m_reader) {
        showSnapshot(DeadlineSnapshot::read(*m_db, now));
        return;
    }
    // One query per kind of deadline over ten years of tasks: the worker reads them.
    m_current = false;
    QPointer<DeadlinePanel> self(this);
    m_reader->post(
        this, QStringLiteral("deadlines"), BackgroundReader::Priority::Urgent,
        [self, generation, now](Database *db, const QString &openError) -> std::function<void()> {
            DeadlineSnapshot snapshot;
            if (db) {
                snapshot = DeadlineSnapshot::read(*db, now);
            } else {
                snapshot.ok = false;
                snapshot.error = openError;
            }
            return [self, generation, snapshot] {
                if (self && self->m_generation == generation)
                    self->showSnapshot(snapshot);
            };
        });
}

void DeadlinePanel::showSnapshot(const DeadlineSnapshot &snapshot)
{
    m_current = true;
    m_list->clear();
    const QDateTime now = snapshot.now;
    const QList<Deadline> &deadlines = snapshot.deadlines;
    if (!snapshot.ok) {
        Style::error(m_summary);
        m_summary->setText(snapshot.error);
        m_list->hide();
        return;
    }
    int overdue = 0, due = 0, late = 0;
    const QColor red(0xc6, 0x28, 0x28);
    QList<QTreeWidgetItem *> items;
    items.reserve(deadlines.size());
    for (const Deadline &d : std::as_const(deadlines)) {
        auto *item = new QTreeWidgetItem;
        items << item;
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
    m_list->addTopLevelItems(items);
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
