#include "app/rules/EngineerEligibility.h"

#include "app/rules/Training.h"

namespace {
bool has(const QStringList &roles, const char *role)
{
    return roles.contains(QLatin1String(role));
}
} // namespace

QStringList EngineerEligibility::reasons(const Candidate &p, const Dispatch &task, const QDate &on)
{
    QStringList why;
    if (p.leftOn.isValid() && p.leftOn <= on)
        why << tr("%1 left the company on %2.").arg(p.name, p.leftOn.toString(Qt::ISODate));

    const bool technical =
        has(p.roles, "cto") || has(p.roles, "engineer") || has(p.roles, "consultant");
    const bool strategicCase = task.customerTier == QLatin1String("A") || task.majorComplaint;
    const bool kcCase = has(p.roles, "gm") && strategicCase;
    if (!technical && !kcCase) {
        if (has(p.roles, "sales")) {
            if (task.knowhowRisk == QLatin1String("core"))
                why << tr("%1 is in sales and may only accompany dispatches without core "
                          "know-how.")
                           .arg(p.name);
        } else if (has(p.roles, "gm")) {
            why << tr("KC goes on site only for strategic customers or major complaints.");
        } else {
            why << tr("%1 has no field role (engineer, consultant, CTO or sales).").arg(p.name);
        }
    }

    // KC's 30 years of experience stand in for the course (SOP-10 §4.2.1); everyone else
    // needs the 24 h certification and a refresher within 12 months.
    if (!kcCase) {
        if (!p.certifiedOn.isValid() || p.certifiedOn > on) {
            why << tr("%1 has not completed the 24 h field-service certification.").arg(p.name);
        } else {
            const QDate last =
                qMax(p.certifiedOn, p.refresherOn.isValid() ? p.refresherOn : p.certifiedOn);
            if (last < refresherCutoff(on))
                why << tr("%1's last refresher (%2) is older than 12 months; the annual 8 h "
                          "refresher is due.")
                           .arg(p.name, last.toString(Qt::ISODate));
        }
    }

    // Course 6 (HF first aid) is not part of the certification but nobody goes to an HF
    // site without it, KC included.
    if (task.safetyRisk == QLatin1String("hf") && !Training::hfReady(p.training))
        why << tr("%1 has not done course 6 (HF first aid), needed for an HF site.").arg(p.name);

    if (has(p.roles, "consultant")) {
        if (p.ndaId.isEmpty())
            why << tr("%1 is an external consultant without a signed NDA.").arg(p.name);
        if (!p.nonCompete)
            why << tr("%1 is an external consultant without a non-compete agreement.").arg(p.name);
        if (!p.assessmentPassed)
            why << tr("%1 has not passed Lithera's technical assessment.").arg(p.name);
    }
    return why;
}
