#pragma once

#include "db/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// The official public holidays and make-up working days (调休) of mainland China, as the State
// Council's notice for each year publishes them, shipped with Field Desk in
// resources/holidays/cn-YYYY.json. install() puts every shipped year into a database (a new
// one, and an older one when Field Desk ships a new year), so the working-day deadlines need
// no typing. Each day has a fixed record id (a name-based UUID of its date), so desks that
// install the same calendar independently hold the same records and sync merges them.
class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)
public:
    struct Day
    {
        QDate date;
        QString kind; // holiday / workday
        QString name;
    };

    // The years shipped, ascending.
    static QList<int> shippedYears();
    // The days of a shipped year (empty when it is not shipped).
    static QList<Day> days(int year);
    // The record id of the calendar's entry for date.
    static QString idFor(const QDate &date);

    explicit HolidayCalendar(Database &db) : m_db(db) {}

    // Adds every shipped day the database does not have yet (a date already entered by hand,
    // or deleted on purpose, stays as it is), in one transaction. *added: how many.
    bool install(int *added, Error *error);
    // A new desk joining a team starts from the team's snapshot, which needs a database without
    // records: when the shipped calendar is all this database holds (nothing of it synced
    // yet), it is taken out again (the snapshot, or the team's bundles, bring the same days
    // with the same ids; installing them on both sides would make each field a sync conflict).
    // *cleared tells whether it was; any other record leaves everything as it is.
    bool clearForSnapshot(bool *cleared, Error *error);
    // Whether the database has any holiday or make-up day in year.
    bool hasYear(int year, bool *has, Error *error) const;
    // A warning for the start page when today's year or the next one has no calendar (the
    // first missing is named); empty when both have one.
    QString missingNextYear(const QDate &today) const;

private:
    Database &m_db;
};
