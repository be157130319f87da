#pragma once

#include "ui/records/RecordEditorDialog.h"

#include <QDate>

class QLabel;

// The customer call-back QEF-10-03 (SOP-10 §5.4.2, SOP-15 §7) in the generated record form,
// with what the procedure asks shown while typing: the 48 h limit after the engineers left
// the site (and whether the call is within it), the NPS group of the score, scores out of
// range refused at their field, and — when satisfaction or NPS is below 7 — the improvement
// plan part opened with its follow-up date 90 days after the call. Only sales and admin staff
// (盛转红, 王婧) are offered as callers.
class CallbackEditor : public RecordEditorDialog
{
    Q_OBJECT
public:
    CallbackEditor(Database &db, const QString &id, QWidget *parent = nullptr);

    // A new call-back for taskId (may be empty): the task, now as the call time, the desk's
    // person as caller when they make call-backs.
    static QVariantMap newValues(Database &db, const QString &taskId);

    // Shown under the score fields: the NPS group and whether an improvement plan is needed.
    QLabel *summaryLabel() const { return m_summary; }

private:
    void fieldChanged(const QString &key);
    void update();
    void offerCallers();

    Database &m_database;
    QLabel *m_summary = nullptr;
    QDate m_autoDue; // the follow-up date this editor proposed (cleared again if no longer due)
};
