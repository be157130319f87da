#pragma once

#include <QCoreApplication>
#include <QStringList>

// SOP-10 §11: the field-service certification is seven courses of 4 h each, 28 h in all. The
// course keys are the values of the people.training field declared in RegistryKinds.cpp; this
// class counts the hours a person's list of completed courses adds up to.
class Training
{
    Q_DECLARE_TR_FUNCTIONS(Training)
public:
    static constexpr int HoursPerCourse = 4;

    // Course keys in the order of §11.
    static QStringList courses();
    static int requiredHours() { return int(courses().size()) * HoursPerCourse; }
    // Hours of the known courses in completed (unknown keys and repeats count nothing).
    static int hoursDone(const QStringList &completed);
    static bool isComplete(const QStringList &completed)
    {
        return hoursDone(completed) >= requiredHours();
    }
    // "12 of 28 h (3 of 7 courses)".
    static QString summary(const QStringList &completed);
};
