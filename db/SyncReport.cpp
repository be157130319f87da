#include "db/SyncReport.h"

#include "db/SyncEngine.h"

#include <QJsonArray>

QJsonObject SyncReport::toJson() const
{
    return {{QStringLiteral("published_bundles"), bundlesPublished},
            {QStringLiteral("published_changes"), changesPublished},
            {QStringLiteral("applied_bundles"), bundlesApplied},
            {QStringLiteral("applied_changes"), changesApplied},
            {QStringLiteral("new_conflicts"), newConflicts},
            {QStringLiteral("open_conflicts"), openConflicts},
            {QStringLiteral("quarantined"), QJsonArray::fromStringList(quarantined)},
            {QStringLiteral("waiting"), QJsonArray::fromStringList(waiting)},
            {QStringLiteral("alarms"), QJsonArray::fromStringList(alarms)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("finished_at"), finishedAt.toOffsetFromUtc(0).toString(Qt::ISODate)}};
}

QString SyncReport::toText() const
{
    QStringList lines;
    lines << SyncEngine::tr("Published %1 bundles (%2 changes); applied %3 bundles (%4 new "
                            "changes); %5 new conflicts, %6 open.")
                 .arg(bundlesPublished)
                 .arg(changesPublished)
                 .arg(bundlesApplied)
                 .arg(changesApplied)
                 .arg(newConflicts)
                 .arg(openConflicts);
    lines << alarms << quarantined << errors << waiting << warnings << notes;
    if (cancelled)
        lines << SyncEngine::tr("The sync was cancelled; run it again to finish.");
    return lines.join(QLatin1Char('\n'));
}
