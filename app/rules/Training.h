#pragma once

#include <QCoreApplication>
#include <QStringList>

// SOP-10 §11 lists seven courses of 4 h each. The company decided that the field-service
// certification is courses 1–5 and 7 (24 h); course 6 (HF first aid, `emergency_hf`) is
// needed on top of it only to be sent to a site whose safety risk is HF. The course keys are
// the values of the people.training field declared in RegistryKinds.cpp.
class Training
{
    Q_DECLARE_TR_FUNCTIONS(Training)
public:
    static constexpr int HoursPerCourse = 4;

    // Every course key in the order of §11.
    static QStringList courses();
    // The courses of the certification: all but the HF first-aid course.
    static QStringList certificationCourses();
    // The course needed for an HF site.
    static QString hfCourse() { return QStringLiteral("emergency_hf"); }
    static int requiredHours() { return int(certificationCourses().size()) * HoursPerCourse; }
    // Hours of the certification courses in completed (other keys and repeats count nothing).
    static int hoursDone(const QStringList &completed);
    static bool isComplete(const QStringList &completed)
    {
        return hoursDone(completed) >= requiredHours();
    }
    static bool hfReady(const QStringList &completed) { return completed.contains(hfCourse()); }
    // "12 of 24 h (3 of 6 courses); HF first aid: not done".
    static QString summary(const QStringList &completed);
};
