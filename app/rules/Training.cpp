#include "app/rules/Training.h"

#include "app/catalog/RecordCatalog.h"

#include <QSet>

QStringList Training::courses()
{
    const RecordKind *people = RecordCatalog::byArray(QStringLiteral("people"));
    const FieldSpec *training = people ? people->field(QStringLiteral("training")) : nullptr;
    return training ? training->values : QStringList();
}

QStringList Training::certificationCourses()
{
    QStringList all = courses();
    all.removeAll(hfCourse());
    return all;
}

int Training::hoursDone(const QStringList &completed)
{
    const QStringList needed = certificationCourses();
    QSet<QString> counted;
    for (const QString &course : completed) {
        if (needed.contains(course))
            counted.insert(course);
    }
    return int(counted.size()) * HoursPerCourse;
}

QString Training::summary(const QStringList &completed)
{
    const int hours = hoursDone(completed);
    const QString certification =
        tr("%1 of %2 h (%3 of %n course(s))", nullptr, int(certificationCourses().size()))
            .arg(hours)
            .arg(requiredHours())
            .arg(hours / HoursPerCourse);
    return hfReady(completed)
               ? tr("%1; HF first aid done").arg(certification)
               : tr("%1; HF first aid not done (needed for HF sites)").arg(certification);
}
