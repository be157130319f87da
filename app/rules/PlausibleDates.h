#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

// Which dates the desk believes. Every date and date-time field lies in a fixed window (no
// year 0001 or 9999 from a slip of the keyboard or a hostile file); the window starts well
// before any record the company keeps (1990, so a customer's first order or a certificate
// still fits) and ends with the century. A date-time of a task's life also lies on the task's
// own timeline: not before the day it was registered (the day in the registration's own
// offset, so a time zone never decides).
class PlausibleDates
{
    Q_DECLARE_TR_FUNCTIONS(PlausibleDates)
public:
    static QDate earliest() { return QDate(1990, 1, 1); }
    static QDate latest() { return QDate(2099, 12, 31); }

    static bool inWindow(const QDate &date);
    // True when value is empty/invalid (other rules say so) or not before registered's day.
    static bool notBeforeRegistration(const QDateTime &value, const QDateTime &registered);

    static QString outsideWindow(const QString &shown);
};
