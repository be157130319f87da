#include "app/rules/KeyAdministration.h"

namespace KeyAdministration {

bool mayConfirmEnrolments(const QStringList &roles, const QDate &leftOn, const QDate &today)
{
    if (leftOn.isValid() && leftOn <= today)
        return false;
    return roles.contains(QLatin1String("admin")) || roles.contains(QLatin1String("gm"));
}

} // namespace KeyAdministration
