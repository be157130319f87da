#include "ui/review/KpiDashboard.h"

#include "app/kpi/KpiText.h"
#include "app/models/RecordSummaries.h"
#include "ui/desk/DeskClock.h"
#include "ui/review/KpiCard.h"
#include "ui/widgets/Style.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace {

QTableWidget *figureTable(const QStringList &headers, const char *name, QWidget *parent)
{
    auto *t = new QTableWidget(0, headers.size(), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

QChartView *chartView(QChart *chart, const char *name, QWidget *parent)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 260);
    return view;
}

} // namespace

KpiDashboard::KpiDashboard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("kpiDashboard"));
    m_heading = new QLabel(tr("KPIs"), this);
    Style::title(m_heading, 1.4);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kpiPeriodKind"));
    m_kind->addItem(tr("Month"), QStringLiteral("month"));
    m_kind->addItem(tr("Quarter"), QStringLiteral("quarter"));
    m_kind->addItem(tr("Year"), QStringLiteral("year"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("kpiPeriod"));
    m_period->setMinimumContentsLength(8);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_kind);
    auto *refresh = Style::button(tr("Refresh"), "kpiRefresh", "sync-ok", this);
    connect(refresh, &QPushButton::clicked, this, &KpiDashboard::refresh);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(periodLabel);
    top->addWidget(m_kind);
    top->addWidget(m_period);
    top->addWidget(refresh);

    auto *cards = new QGridLayout;
    const QStringList names = KpiCalculator::names();
    for (int i = 0; i < names.size(); ++i) {
        auto *card = new KpiCard(names.at(i), this);
        connect(card, &KpiCard::activated, this, &KpiDashboard::selectKpi);
        cards->addWidget(card, i / 3, i % 3);
        m_cards.insert(names.at(i), card);
    }

    // The selected KPI's trend: chart and figures side by side.
    m_trendTitle = new QLabel(this);
    Style::title(m_trendTitle, 1.1);
    m_trendChart = new QChart;
    m_trendView = chartView(m_trendChart, "kpiTrendChart", this);
    m_trendTable =
        figureTable({tr("Period"), tr("Value"), tr("Basis"), tr("Status")}, "kpiTrendTable", this);
    connect(m_trendTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_trend.size())
            showRecords(m_trend.at(row), m_trend.at(row).period);
    });
    auto *trendSplit = new QSplitter(Qt::Horizontal, this);
    trendSplit->addWidget(m_trendView);
    trendSplit->addWidget(m_trendTable);
    trendSplit->setStretchFactor(0, 3);
    trendSplit->setStretchFactor(1, 1);
    m_trendTable->horizontalHeader()->setStretchLastSection(false);
    trendSplit->setSizes({900, 360});

    auto *npsTitle = new QLabel(tr("NPS by customer tier"), this);
    Style::title(npsTitle, 1.1);
    m_npsChart = new QChart;
    m_npsView = chartView(m_npsChart, "kpiNpsChart", this);
    m_npsTable = figureTable({tr("Tier"), tr("Promoters"), tr("Passives"), tr("Detractors"),
                              tr("Answers"), tr("NPS"), tr("Target")},
                             "kpiNpsTable", this);
    // Seven columns do not fit beside the chart in a normal window: the figures go under it,
    // as tall as their three rows.
    m_npsTable->horizontalHeader()->setStretchLastSection(true);
    m_npsTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_npsTable->setFixedHeight(m_npsTable->horizontalHeader()->sizeHint().height() +
                               3 * m_npsTable->verticalHeader()->defaultSectionSize() +
                               2 * m_npsTable->frameWidth() + 2);

    m_recordsTitle = new QLabel(this);
    Style::title(m_recordsTitle, 1.1);
    m_records =
        figureTable({tr("Kind"), tr("Record"), tr("Date"), tr("Counted")}, "kpiRecords", this);
    m_records->setMinimumHeight(180);
    const auto open = [this](int row) {
        QTableWidgetItem *item = m_records->item(row, 0);
        if (item)
            emit recordRequested(item->data(Qt::UserRole).toString(),
                                 item->data(Qt::UserRole + 1).toString());
    };
    connect(m_records, &QTableWidget::cellDoubleClicked, this, [open](int row, int) { open(row); });
    connect(m_records, &QTableWidget::cellActivated, this, [open](int row, int) { open(row); });

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    auto *hint = new QLabel(tr("Click a card for its trend and the records behind it; click a bar "
                               "for that period's records; double-click a record to open it."),
                            content);
    hint->setWordWrap(true);
    Style::secondary(hint);
    layout->addWidget(hint);
    layout->addLayout(cards);
    layout->addWidget(m_trendTitle);
    layout->addWidget(trendSplit);
    layout->addWidget(npsTitle);
    layout->addWidget(m_npsView);
    layout->addWidget(m_npsTable);
    layout->addWidget(m_recordsTitle);
    layout->addWidget(m_records);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { fillPeriods(); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { showFigures(); });
}

void KpiDashboard::setDatabase(Database *db)
{
    m_db = db;
    m_engine.reset();
    // Ten years of records are read when the dashboard is shown (showEvent), not at unlock.
    if (!db || isVisible())
        refresh();
}

void KpiDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_db)
        refresh();
}

void KpiDashboard::refresh()
{
    m_engine.reset();
    if (m_db) {
        auto engine = std::make_unique<KpiEngine>(*m_db);
        Error error;
        if (engine->load(&error))
            m_engine = std::move(engine);
        else
            m_heading->setText(error.message);
    }
    const QString keep = periodKey();
    fillPeriods();
    if (!keep.isEmpty())
        setPeriod(keep);
}

KpiPeriod KpiDashboard::currentPeriod() const
{
    return KpiPeriod::fromKey(m_period->currentData().toString());
}

QString KpiDashboard::periodKey() const
{
    return currentPeriod().key();
}

void KpiDashboard::fillPeriods()
{
    const QSignalBlocker block(m_period);
    const QString previous = m_period->currentData().toString();
    m_period->clear();
    const KpiPeriod lastMonth = KpiPeriod::lastCompleteMonth(DeskClock::today());
    KpiPeriod last = lastMonth;
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("quarter"))
        last = KpiPeriod::quarter(2000, 1).sameKindAt(lastMonth.first());
    else if (kind == QLatin1String("year"))
        last = KpiPeriod::year(2000).sameKindAt(lastMonth.first());
    // From the period still running back to the oldest record (at least two years).
    QDate oldest = lastMonth.first().addYears(-2);
    if (m_engine) {
        for (const KpiData::Task &t : m_engine->data().tasks) {
            if (t.requestedAt.isValid() && t.requestedAt.date() < oldest)
                oldest = t.requestedAt.date();
        }
    }
    const KpiPeriod running = last.sameKindAt(DeskClock::today());
    for (KpiPeriod p = running; p.isValid() && p.last() >= oldest; p = p.previous())
        m_period->addItem(p == running ? tr("%1 (so far)").arg(p.key()) : p.key(), p.key());
    int index = m_period->findData(previous);
    if (index < 0)
        index = m_period->findData(last.key());
    m_period->setCurrentIndex(qMax(0, index));
    showFigures();
}

void KpiDashboard::setPeriod(const QString &key)
{
    const KpiPeriod p = KpiPeriod::fromKey(key);
    if (!p.isValid())
        return;
    const int kind = p.kind() == KpiPeriod::Kind::Month     ? 0
                     : p.kind() == KpiPeriod::Kind::Quarter ? 1
                                                            : 2;
    if (m_kind->currentIndex() != kind)
        m_kind->setCurrentIndex(kind); // refills the periods
    const int index = m_period->findData(p.key());
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void KpiDashboard::selectKpi(const QString &name)
{
    if (!m_cards.contains(name))
        return;
    m_selected = name;
    for (KpiCard *card : std::as_const(m_cards))
        card->setSelected(card->name() == name);
    showTrend();
    for (const KpiFigure &f : std::as_const(m_figures)) {
        if (f.name == name)
            showRecords(f, f.period);
    }
}

void KpiDashboard::showFigures()
{
    m_figures.clear();
    const KpiPeriod period = currentPeriod();
    if (!m_engine || !period.isValid()) {
        m_trendChart->removeAllSeries();
        m_npsChart->removeAllSeries();
        m_records->setRowCount(0);
        return;
    }
    m_heading->setText(tr("KPIs %1").arg(period.key()));
    m_figures = m_engine->figures(period);
    for (const KpiFigure &f : std::as_const(m_figures)) {
        if (KpiCard *card = m_cards.value(f.name))
            card->setFigure(f);
    }
    showNps();
    selectKpi(m_selected);
}

void KpiDashboard::showTrend()
{
    const KpiPeriod period = currentPeriod();
    m_trend = m_engine && period.isValid() ? m_engine->trend(m_selected, period, TrendPeriods)
                                           : QList<KpiFigure>();
    m_trendTitle->setText(
        tr("%1: the last %2 periods").arg(KpiText::name(m_selected)).arg(m_trend.size()));
    // The chart: a bar per period (none where there is no data), the target as a line.
    m_trendChart->removeAllSeries();
    for (QAbstractAxis *axis : m_trendChart->axes())
        m_trendChart->removeAxis(axis);
    auto *values = new QBarSet(KpiText::name(m_selected));
    QStringList labels;
    qreal low = 0, high = 0;
    for (const KpiFigure &f : std::as_const(m_trend)) {
        labels << (f.period.size() == 7 ? f.period.mid(2) : f.period);
        const qreal v = f.hasValue ? f.shownValue() : 0;
        *values << v;
        low = qMin(low, v);
        high = qMax(high, v);
    }
    const qreal target = m_trend.isEmpty() ? 0 : m_trend.first().target;
    low = qMin(low, target);
    high = qMax(high, target);
    if (high - low < 1)
        high = low + 1;
    auto *bars = new QBarSeries;
    bars->setObjectName(QStringLiteral("kpiTrendBars"));
    bars->append(values);
    m_trendChart->addSeries(bars);
    auto *targetLine = new QLineSeries;
    targetLine->setName(
        tr("Target %1").arg(m_trend.isEmpty() ? QString() : KpiText::target(m_trend.first())));
    targetLine->append(0, target);
    targetLine->append(qMax(0, int(m_trend.size()) - 1), target);
    QPen pen(QColor(200, 40, 40));
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    targetLine->setPen(pen);
    m_trendChart->addSeries(targetLine);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(-60); // twelve month labels stay whole in a narrow chart
    auto *y = new QValueAxis;
    const bool percent = !m_trend.isEmpty() && m_trend.first().unit == KpiFigure::Unit::Percent;
    if (percent && low >= 0 && high <= 100) {
        y->setRange(0, 100); // a share never goes past 100 %
        y->setTickCount(6);
    } else {
        y->setRange(low, high + (high - low) * 0.1);
        y->applyNiceNumbers();
    }
    y->setLabelFormat(percent ? QStringLiteral("%.0f %%") : QStringLiteral("%.1f"));
    m_trendChart->addAxis(x, Qt::AlignBottom);
    m_trendChart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(bars), static_cast<QAbstractSeries *>(targetLine)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    connect(bars, &QBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_trend.size())
            showRecords(m_trend.at(index), m_trend.at(index).period);
    });
    connect(bars, &QBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
        if (on && index >= 0 && index < m_trend.size())
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("%1: %2 (%3)")
                                   .arg(m_trend.at(index).period, KpiText::value(m_trend.at(index)),
                                        KpiText::fraction(m_trend.at(index))));
    });
    // The same figures as a table, newest first (copyable, readable by a screen reader).
    m_trendTable->setRowCount(m_trend.size());
    for (int i = 0; i < m_trend.size(); ++i) {
        const KpiFigure &f = m_trend.at(i);
        setRow(m_trendTable, i,
               {f.period, KpiText::value(f), KpiText::fraction(f), KpiText::status(f)});
    }
}

void KpiDashboard::showNps()
{
    m_npsChart->removeAllSeries();
    for (QAbstractAxis *axis : m_npsChart->axes())
        m_npsChart->removeAxis(axis);
    auto *promoters = new QBarSet(tr("Promoters (9-10)"));
    auto *passives = new QBarSet(tr("Passives (7-8)"));
    auto *detractors = new QBarSet(tr("Detractors (0-6)"));
    promoters->setColor(QColor(46, 125, 50));
    passives->setColor(QColor(158, 158, 158));
    detractors->setColor(QColor(198, 40, 40));
    QStringList tiers;
    QList<KpiFigure> rows;
    for (const KpiFigure &f : std::as_const(m_figures)) {
        if (!f.name.startsWith(QLatin1String("nps")))
            continue;
        rows << f;
        tiers << KpiText::name(f.name);
        *promoters << f.promoters;
        *passives << f.passives;
        *detractors << f.detractors;
    }
    auto *series = new QStackedBarSeries;
    series->append(promoters);
    series->append(passives);
    series->append(detractors);
    m_npsChart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(tiers);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Answers"));
    y->setLabelFormat(QStringLiteral("%d"));
    int most = 1;
    for (const KpiFigure &f : std::as_const(rows))
        most = qMax(most, int(f.denominator));
    // Whole answers on the scale: one tick per answer while few, nice steps beyond.
    y->setRange(0, most);
    if (most <= 10)
        y->setTickCount(most + 1);
    else
        y->applyNiceNumbers();
    m_npsChart->addAxis(x, Qt::AlignBottom);
    m_npsChart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(series, &QStackedBarSeries::clicked, this, [this, rows](int index, QBarSet *) {
        if (index >= 0 && index < rows.size())
            showRecords(rows.at(index), rows.at(index).period);
    });
    m_npsTable->setRowCount(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const KpiFigure &f = rows.at(i);
        setRow(m_npsTable, i,
               {KpiText::name(f.name), QString::number(f.promoters), QString::number(f.passives),
                QString::number(f.detractors), QString::number(f.denominator), KpiText::value(f),
                KpiText::target(f)});
    }
}

void KpiDashboard::showRecords(const KpiFigure &figure, const QString &caption)
{
    m_recordsTitle->setText(tr("Records behind %1 %2: %3")
                                .arg(KpiText::name(figure.name), caption, KpiText::value(figure)));
    m_records->setRowCount(0);
    if (!m_db)
        return;
    QList<RecordSummaries::Row> rows;
    Error error;
    if (!RecordSummaries::read(*m_db, figure.recordIds(), &rows, &error)) {
        m_recordsTitle->setText(error.message);
        return;
    }
    m_records->setRowCount(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const RecordSummaries::Row &r = rows.at(i);
        const bool counted = figure.numeratorIds.contains(r.id);
        // What the check mark means depends on the KPI: on time, ≥ 9, promoter, visited, …
        setRow(m_records, i,
               {r.kind, r.title, r.when,
                figure.hasDenominator ? (counted ? tr("yes") : tr("no")) : QString()});
        m_records->item(i, 0)->setData(Qt::UserRole, r.table);
        m_records->item(i, 0)->setData(Qt::UserRole + 1, r.id);
        m_records->item(i, 1)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_records->item(i, 2)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (rows.isEmpty())
        m_recordsTitle->setText(m_recordsTitle->text() + QLatin1String(" — ") +
                                tr("no records in this period"));
}

QStringList KpiDashboard::listedRecordIds() const
{
    QStringList ids;
    for (int i = 0; i < m_records->rowCount(); ++i)
        ids << m_records->item(i, 0)->data(Qt::UserRole + 1).toString();
    return ids;
}
