#pragma once

#include "app/kpi/KpiEngine.h"

#include <QHash>
#include <QWidget>
#include <memory>

class Database;
class KpiCard;
class QBarSeries;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

// The KPI dashboard of the review stage (SOP-10 §5.5, §7; SOP-15 §7): a card per KPI for the
// chosen month, quarter or year (default: the last complete month); the selected KPI's trend
// over 12 periods with its target line, NPS by customer tier (promoters, passives, detractors
// and the number of answers), each chart with its figures as a table beside it, and the
// records behind the selected figure or chart bar, each opening its form. Reads through
// KpiEngine; holds no SQL.
class KpiDashboard : public QWidget
{
    Q_OBJECT
public:
    static constexpr int TrendPeriods = 12;

    explicit KpiDashboard(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Reads the records again and redraws (the period and KPI chosen stay).
    void refresh();

    // The period shown ("2026-11", "2026-Q4", "2026"); for tests and the window title.
    QString periodKey() const;
    // Chooses the kind of period (0 month, 1 quarter, 2 year) and the period itself.
    void setPeriod(const QString &key);
    QString selectedKpi() const { return m_selected; }
    void selectKpi(const QString &name);
    // The records listed under the charts (ids), for tests.
    QStringList listedRecordIds() const;
    QTableWidget *recordTable() const { return m_records; }
    KpiCard *card(const QString &name) const { return m_cards.value(name); }

protected:
    // The records may have changed while another page was shown.
    void showEvent(QShowEvent *event) override;

signals:
    // A record behind a figure was opened (double-click or Enter in the list).
    void recordRequested(const QString &table, const QString &id);

private:
    void fillPeriods();
    void showFigures();
    void showTrend();
    void showNps();
    void showRecords(const KpiFigure &figure, const QString &caption);
    KpiPeriod currentPeriod() const;

    Database *m_db = nullptr;
    std::unique_ptr<KpiEngine> m_engine;
    QString m_selected = QStringLiteral("on_time_dispatch");
    QList<KpiFigure> m_figures;
    QList<KpiFigure> m_trend;

    QComboBox *m_kind = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_heading = nullptr;
    QHash<QString, KpiCard *> m_cards;
    QLabel *m_trendTitle = nullptr;
    QChart *m_trendChart = nullptr;
    QChartView *m_trendView = nullptr;
    QTableWidget *m_trendTable = nullptr;
    QChart *m_npsChart = nullptr;
    QChartView *m_npsView = nullptr;
    QTableWidget *m_npsTable = nullptr;
    QLabel *m_recordsTitle = nullptr;
    QTableWidget *m_records = nullptr;
};
