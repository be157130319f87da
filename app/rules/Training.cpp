#include "app/rules/Training.h"

#include "app/catalog/RecordCatalog.h"

#include <QSet>

QStringList Training::courses()
{
    const RecordKind *people = RecordCatalog::byArray(QStringLiteral("people"));
    const FieldSpec *training = people ? people->field(QStringLiteral("training")) : nullptr;
    return training ? training->values : QStringList();
}

int Training::hoursDone(const QStringList &completed)
{
    const QStringList known = courses();
    QSet<QString> counted;
    for (const QString &course : completed) {
        if (known.contains(course))
            counted.insert(course);
    }
    return int(counted.size()) * HoursPerCourse;
}

QString Training::summary(const QStringList &completed)
{
    const int hours = hoursDone(completed);
    return tr("%1 of %2 h (%3 of %n course(s))", nullptr, int(courses().size()))
        .arg(hours)
        .arg(requiredHours())
        .arg(hours / HoursPerCourse);
}
