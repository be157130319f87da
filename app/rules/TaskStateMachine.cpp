#include "app/rules/TaskStateMachine.h"

#include <QHash>

namespace {
const QString Cancelled = QStringLiteral("cancelled");

const QHash<QString, QStringList> &moves()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("registered"), {QStringLiteral("assessed")}},
        // Re-assessing is allowed until someone approves or rejects.
        {QStringLiteral("assessed"),
         {QStringLiteral("assessed"), QStringLiteral("approved"), QStringLiteral("rejected")}},
        {QStringLiteral("approved"), {QStringLiteral("briefed")}},
        {QStringLiteral("briefed"), {QStringLiteral("on_site")}},
        {QStringLiteral("on_site"), {QStringLiteral("reporting")}},
        {QStringLiteral("reporting"), {QStringLiteral("callback")}},
        {QStringLiteral("callback"), {QStringLiteral("closed")}},
        {QStringLiteral("rejected"), {}},
        {QStringLiteral("closed"), {}},
        {Cancelled, {}},
    };
    return table;
}
} // namespace

const QStringList &TaskStateMachine::states()
{
    static const QStringList all = {QStringLiteral("registered"), QStringLiteral("assessed"),
                                    QStringLiteral("approved"),   QStringLiteral("rejected"),
                                    QStringLiteral("briefed"),    QStringLiteral("on_site"),
                                    QStringLiteral("reporting"),  QStringLiteral("callback"),
                                    QStringLiteral("closed"),     Cancelled};
    return all;
}

bool TaskStateMachine::isFinal(const QString &state)
{
    return state == QLatin1String("rejected") || state == QLatin1String("closed") ||
           state == Cancelled;
}

QStringList TaskStateMachine::nextStates(const QString &state)
{
    QStringList next = moves().value(state);
    if (moves().contains(state) && !isFinal(state))
        next << Cancelled;
    return next;
}

bool TaskStateMachine::canMove(const QString &from, const QString &to, const QString &cancelReason,
                               QString *reason)
{
    QString why;
    if (!moves().contains(from) || !moves().contains(to)) {
        why = tr("\"%1\" is not a task state.").arg(moves().contains(from) ? to : from);
    } else if (isFinal(from)) {
        why = tr("The task is %1; a finished task does not change state.").arg(label(from));
    } else if (!nextStates(from).contains(to)) {
        QStringList allowed;
        for (const QString &s : nextStates(from))
            allowed << label(s);
        why = tr("A task that is %1 cannot become %2; next can only be: %3.")
                  .arg(label(from), label(to), allowed.join(QLatin1String(", ")));
    } else if (to == Cancelled && cancelReason.trimmed().isEmpty()) {
        why = tr("Give the reason for cancelling the task.");
    }
    if (reason)
        *reason = why;
    return why.isEmpty();
}

QString TaskStateMachine::label(const QString &state)
{
    if (state == QLatin1String("registered"))
        return tr("registered");
    if (state == QLatin1String("assessed"))
        return tr("assessed");
    if (state == QLatin1String("approved"))
        return tr("approved");
    if (state == QLatin1String("rejected"))
        return tr("rejected");
    if (state == QLatin1String("briefed"))
        return tr("briefed");
    if (state == QLatin1String("on_site"))
        return tr("on site");
    if (state == QLatin1String("reporting"))
        return tr("reporting");
    if (state == QLatin1String("callback"))
        return tr("call-back");
    if (state == QLatin1String("closed"))
        return tr("closed");
    if (state == Cancelled)
        return tr("cancelled");
    return state;
}
