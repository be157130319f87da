#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

// One line per record for the lists behind a figure (a KPI's records, a chart point): which
// kind it is, what names it (a task's number and subject, a call-back's task and time, a
// customer's name) and its date, read without the caller knowing the kinds.
class RecordSummaries
{
    Q_DECLARE_TR_FUNCTIONS(RecordSummaries)
public:
    struct Row
    {
        QString id;
        QString table;
        QString array;
        QString kind;  // translated singular ("Call-back")
        QString title; // "LITH-FE-2026-0012 季度主动拜访 …"
        QString when;  // the record's own date or time as people read it
    };

    static bool read(Database &db, const QStringList &ids, QList<Row> *out, Error *error);
};
