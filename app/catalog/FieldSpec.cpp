#include "app/catalog/FieldSpec.h"

#include <QCoreApplication>

QString FieldSpec::translatedEmptyText() const
{
    return emptyText ? QCoreApplication::translate("Field", emptyText) : QString();
}

QString FieldSpec::translatedLabel() const
{
    return label ? QCoreApplication::translate("Field", label) : key;
}
