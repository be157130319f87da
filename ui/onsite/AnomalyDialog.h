#pragma once

#include "ui/records/RecordEditorDialog.h"

class QLabel;
class QTimer;

// An anomaly (SOP-10 §5.3.4) in the generated record editor, with what the SOP asks shown
// live above the fields: whom to tell for its type, the notify-by limit (SiteReportRules)
// worked out as the type and time are typed, and — in red — when that limit has passed
// without a notification or the notification came after it. The limit is checked again every
// half minute while the editor is open, so a deadline passing on screen is not missed.
class AnomalyDialog : public RecordEditorDialog
{
    Q_OBJECT
public:
    // id empty: a new anomaly of taskId (may be empty), occurring now.
    AnomalyDialog(Database &db, const QString &id, const QString &taskId,
                  QWidget *parent = nullptr);

    QLabel *notice() const { return m_notice; }
    // Whom §5.3.4 says to tell for type, and how.
    static QString audience(const QString &type);

public slots:
    void updateNotice();

private:
    QLabel *m_notice = nullptr;
    QTimer *m_timer = nullptr;
};
