#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

// SOP-10 §4.2 and §11: may this person be assigned to this dispatch on this day? Returns the
// reasons they may not (empty = eligible), so the screen can say exactly why.
class EngineerEligibility
{
    Q_DECLARE_TR_FUNCTIONS(EngineerEligibility)
public:
    struct Candidate
    {
        QString name;
        QStringList roles;
        QDate certifiedOn; // 24 h certification (courses 1–5 and 7) completed
        QDate refresherOn; // last annual 8 h refresher
        QDate leftOn;      // left the company (access and eligibility end)
        QString ndaId;
        bool nonCompete = false;
        bool assessmentPassed = false;
        QStringList training; // the §11 courses completed (Training::courses())
    };
    struct Dispatch
    {
        QString knowhowRisk; // none / normal / core
        QString customerTier;
        bool majorComplaint = false;
        QString safetyRisk; // low / medium / high / hf
    };

    static QStringList reasons(const Candidate &person, const Dispatch &task, const QDate &on);
    static bool isEligible(const Candidate &person, const Dispatch &task, const QDate &on)
    {
        return reasons(person, task, on).isEmpty();
    }
    // The refresher (or certification) must be no older than this.
    static QDate refresherCutoff(const QDate &on) { return on.addMonths(-12); }
};
