#pragma once

#include <QCoreApplication>
#include <QStringList>

// SOP-10 §5: the life of a dispatch task.
//   registered -> assessed -> approved | rejected -> briefed -> on_site -> reporting
//   -> callback -> closed; cancelled from any open state, with a reason.
// This class knows only which moves exist; whether the task's forms allow a move (approval
// given, NDA present, ...) is checked by the workflow on top of it.
class TaskStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(TaskStateMachine)
public:
    static const QStringList &states();
    static bool isFinal(const QString &state);
    static QStringList nextStates(const QString &state);
    // True when from -> to is a move of the life above; otherwise *reason says why not.
    // Cancelling needs a non-empty cancelReason.
    static bool canMove(const QString &from, const QString &to, const QString &cancelReason,
                        QString *reason);
    static QString label(const QString &state); // translated
};
