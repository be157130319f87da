#include "FieldSpec.h"

#include <QCoreApplication>

QString FieldSpec::translatedLabel() const
{
    return label ? QCoreApplication::translate("Field", label) : key;
}
