#include "app/catalog/RecordKind.h"

#include <QCoreApplication>

const FieldSpec *RecordKind::field(const QString &key) const
{
    for (const FieldSpec &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QList<FieldSpec> RecordKind::storedFields() const
{
    QList<FieldSpec> out;
    for (const FieldSpec &f : fields) {
        if (!f.derived)
            out << f;
    }
    return out;
}

QString RecordKind::translatedSingular() const
{
    return QCoreApplication::translate("RecordKind", singular);
}

QString RecordKind::translatedPlural() const
{
    return QCoreApplication::translate("RecordKind", plural);
}
