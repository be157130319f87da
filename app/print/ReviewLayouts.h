#pragma once

#include "app/print/PrintDocument.h"
#include "db/Error.h"

#include <QCoreApplication>

class PrintRecord;

// The print layouts of the review stage: QEF-15-05 customer complaint receipt, the SOP-17
// know-how incident record and the monthly review of SOP-10 §5.5 (its KPI figures as a table,
// each KPI's 12-month trend as a vector chart with its target line, NPS by tier, the month's
// anomalies, complaints, incidents, call-backs below 7 and open improvement plans, Robert's
// notes and decisions, and his signature).
class ReviewLayouts
{
    Q_DECLARE_TR_FUNCTIONS(ReviewLayouts)
public:
    static bool complaint(const PrintRecord &complaint, PrintForm *out, Error *error);
    static bool incident(const PrintRecord &incident, PrintForm *out, Error *error);
    static bool monthlyReview(const PrintRecord &review, PrintForm *out, Error *error);
};
