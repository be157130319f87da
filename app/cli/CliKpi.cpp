// fielddesk-cli kpi: the KPIs of a month, quarter or year (product.md "KPIs, the monthly review
// and the proactive plan"), as a plain table or as JSON with the records behind each figure.
#include "app/cli/CliApp.h"

#include "app/kpi/KpiEngine.h"
#include "app/kpi/KpiText.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QRegularExpression>

int CliApp::cmdKpi()
{
    const QString month = m_parser->value(QStringLiteral("month"));
    const QString quarter = m_parser->value(QStringLiteral("quarter"));
    const QString year = m_parser->value(QStringLiteral("year"));
    const int given = int(!month.isEmpty()) + int(!quarter.isEmpty()) + int(!year.isEmpty());
    if (given != 1)
        return usage(tr("kpi needs exactly one of --month YYYY-MM, --quarter YYYY-Qn or --year "
                        "YYYY."));
    if (!m_positional.isEmpty())
        return usage(tr("kpi takes no file arguments."));
    static const QRegularExpression monthForm(QStringLiteral("^\\d{4}-\\d{2}$"));
    static const QRegularExpression quarterForm(QStringLiteral("^\\d{4}-[Qq][1-4]$"));
    static const QRegularExpression yearForm(QStringLiteral("^\\d{4}$"));
    KpiPeriod period;
    if (!month.isEmpty() && monthForm.match(month).hasMatch())
        period = KpiPeriod::fromKey(month);
    else if (!quarter.isEmpty() && quarterForm.match(quarter).hasMatch())
        period = KpiPeriod::fromKey(quarter);
    else if (!year.isEmpty() && yearForm.match(year).hasMatch())
        period = KpiPeriod::fromKey(year);
    if (!period.isValid())
        return usage(tr("\"%1\" is not a period: write a month as 2026-11, a quarter as 2026-Q4, "
                        "a year as 2026.")
                         .arg(month + quarter + year));
    Database db;
    Error error;
    if (!openDatabase(db, &error))
        return fail(error);
    KpiEngine engine(db);
    if (!engine.load(&error))
        return fail(error);
    const QList<KpiFigure> figures = engine.figures(period);
    if (m_parser->isSet(QStringLiteral("json"))) {
        m_out << QString::fromUtf8(
            QJsonDocument(KpiEngine::toJson(figures)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    m_out << tr("KPIs for %1").arg(period.key()) << Qt::endl;
    for (const KpiFigure &f : figures) {
        m_out << KpiText::name(f.name) << QLatin1String(": ") << KpiText::value(f)
              << QLatin1String(" (") << KpiText::fraction(f) << QLatin1String("; ")
              << tr("target %1").arg(KpiText::target(f)) << QLatin1String("; ")
              << KpiText::status(f) << QLatin1String(")") << Qt::endl;
    }
    return Ok;
}
