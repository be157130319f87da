#pragma once

#include <QDate>
#include <QStringList>

// Who may confirm a person's key enrolment (product.md "People, keys and who may read what"):
// an administrator — administration staff (admin) or the general manager (gm) — who has not
// left. The CTO and engineers sign forms but do not vouch for other people's keys.
namespace KeyAdministration {

bool mayConfirmEnrolments(const QStringList &roles, const QDate &leftOn, const QDate &today);

} // namespace KeyAdministration
