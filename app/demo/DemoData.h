#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

class Database;

// The demo data set: Lithera's real customers and people from SOP-10/SOP-15 with
// realistic Chinese text, built as an interchange document and loaded through the importer,
// so the demo exercises exactly the path real data takes. Ids are name-based UUIDs: running
// demo twice updates the same records instead of duplicating them.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    static QJsonObject document();
    static bool load(Database &db, Error *error);
    // Stable id of a demo record, e.g. idFor("customer", "成都呈显光电").
    static QString idFor(const QString &kind, const QString &name);

    // Short-hands for the demo files (DemoTasks, DemoDailyReports, DemoSiteReports).
    static QString personId(const char *name);
    static QString customerId(const char *name);
    static QJsonArray personIds(const QList<const char *> &names);
    // UTF-8 text, or JSON null for nullptr.
    static QJsonValue text(const char *utf8);
    // "2026-11-20T09:00:00" in China time: appends "+08:00".
    static QString chinaTime(const char *dateTime);
};
