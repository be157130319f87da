#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// Today's work of a daily report (QEF-10-02) as time items — "09:00–12:00 检视涂布工站" — and
// its stored form: one slot per line of the declared `work` text, so search, print and the
// JSON export read it as the plain text it is. A line without a leading time range (the SOP's
// "上午：…") is a slot with no times and comes back unchanged.
class WorkSlots
{
    Q_DECLARE_TR_FUNCTIONS(WorkSlots)
public:
    struct Slot
    {
        QString from; // "09:00", or empty
        QString to;
        QString what;
        bool operator==(const Slot &o) const
        {
            return from == o.from && to == o.to && what == o.what;
        }
    };

    static QList<Slot> parse(const QString &work);
    // Empty items are left out; no slot at all gives an empty string.
    static QString format(const QList<Slot> &items);
    // Yesterday's plan as today's items: one per non-empty line, list marks ("- ", "· ",
    // "1. ") taken off.
    static QList<Slot> fromPlan(const QString &plan);

    // "9:00" or "09:00" to "09:00"; empty when the text is not a time of day.
    static QString normalTime(const QString &text);
    // A slot with both times or neither, "to" after "from", and something done in it. False
    // with *problem naming what to fix; *field is "from", "to" or "what".
    static bool check(const Slot &slot, QString *field, QString *problem);
    static bool isEmpty(const Slot &slot)
    {
        return slot.from.trimmed().isEmpty() && slot.to.trimmed().isEmpty() &&
               slot.what.trimmed().isEmpty();
    }
};
