#pragma once

#include <QList>
#include <QString>

class Database;

// What a service report has already given the know-how library: the entries whose source is the
// report, whatever they were renamed to, and whether an item's title is among them.
class ReportKnowhow
{
public:
    struct Entry
    {
        QString title;
        QString level; // L1, L2, L3
    };

    explicit ReportKnowhow(Database &db);

    // The live entries made from the report, by title.
    QList<Entry> entries(const QString &reportId) const;
    // The id of the live entry made from the report under this title; empty when none.
    QString entryTitled(const QString &reportId, const QString &title) const;

private:
    Database &m_db;
};
