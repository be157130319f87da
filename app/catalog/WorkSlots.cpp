#include "app/catalog/WorkSlots.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTime>

namespace {
// The en dash is what format() writes; a hyphen, tilde or full-width tilde are what people
// type in WeChat.
const QString RangeSeparator = QStringLiteral("\u2013");
} // namespace

QString WorkSlots::normalTime(const QString &text)
{
    // "9:00", "09:00", "9：00" and, as people type fast, "0900" or "900".
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[:：]?(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return QString();
    const QTime t(m.captured(1).toInt(), m.captured(2).toInt());
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

QList<WorkSlots::Slot> WorkSlots::parse(const QString &work)
{
    static const QRegularExpression range(
        QStringLiteral("^(\\d{1,2}:\\d{2})\\s*[-\u2013~\uff5e]\\s*(\\d{1,2}:\\d{2})\\s?(.*)$"));
    QList<Slot> out;
    const QStringList lines = work.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const auto m = range.match(line);
        const QString from = m.hasMatch() ? normalTime(m.captured(1)) : QString();
        const QString to = m.hasMatch() ? normalTime(m.captured(2)) : QString();
        // Only a real range with its own text is taken apart; anything else stays as typed.
        if (!from.isEmpty() && !to.isEmpty() && !m.captured(3).trimmed().isEmpty() &&
            format({{from, to, m.captured(3)}}) == line)
            out << Slot{from, to, m.captured(3)};
        else
            out << Slot{QString(), QString(), line};
    }
    return out;
}

QString WorkSlots::format(const QList<Slot> &items)
{
    QStringList lines;
    for (const Slot &s : items) {
        if (isEmpty(s))
            continue;
        // "8:30" as typed is written "08:30", the form parse() reads back as a time.
        const QString from = normalTime(s.from).isEmpty() ? s.from.trimmed() : normalTime(s.from);
        const QString to = normalTime(s.to).isEmpty() ? s.to.trimmed() : normalTime(s.to);
        if (from.isEmpty() && to.isEmpty())
            lines << s.what;
        else
            lines << QStringLiteral("%1%2%3 %4").arg(from, RangeSeparator, to, s.what);
    }
    return lines.join(QLatin1Char('\n'));
}

QList<WorkSlots::Slot> WorkSlots::fromPlan(const QString &plan)
{
    static const QRegularExpression mark(
        QStringLiteral("^\\s*(?:[-*\u00b7\u2022\u30fb]|\\d{1,2}[.)、])\\s*"));
    QList<Slot> out;
    const QStringList lines = plan.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line.remove(mark);
        line = line.trimmed();
        if (!line.isEmpty())
            out << Slot{QString(), QString(), line};
    }
    return out;
}

bool WorkSlots::check(const Slot &slot, QString *field, QString *problem)
{
    const auto fail = [&](const char *key, const QString &text) {
        if (field)
            *field = QString::fromLatin1(key);
        if (problem)
            *problem = text;
        return false;
    };
    const QString fromText = slot.from.trimmed();
    const QString toText = slot.to.trimmed();
    const QString from = normalTime(fromText);
    const QString to = normalTime(toText);
    if (!fromText.isEmpty() && from.isEmpty())
        return fail("from", tr("\"%1\" is not a time of day; type it like 09:00.").arg(fromText));
    if (!toText.isEmpty() && to.isEmpty())
        return fail("to", tr("\"%1\" is not a time of day; type it like 17:30.").arg(toText));
    if (from.isEmpty() != to.isEmpty())
        return fail(from.isEmpty() ? "from" : "to",
                    tr("a time slot has a start and an end; enter both times or neither."));
    if (!from.isEmpty() && to <= from)
        return fail(
            "to",
            tr("the slot ends at %1, not after it starts at %2; correct the times.").arg(to, from));
    if (!from.isEmpty() && slot.what.trimmed().isEmpty())
        return fail("what", tr("say what was done from %1 to %2.").arg(from, to));
    if (slot.what.contains(QLatin1Char('\n')))
        return fail("what", tr("keep one slot on one line; add another slot for the rest."));
    return true;
}
