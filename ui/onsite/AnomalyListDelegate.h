#pragma once

#include "ui/records/RecordItemDelegate.h"

#include <QPointer>

class RecordTableModel;

// The anomaly list's rows in red while their notification is overdue (SOP-10 §5.3.4): not
// notified and the limit passed, or notified after it. Worked out from the row's type and
// times with SiteReportRules at paint time, so a limit passing while the list is open shows.
class AnomalyListDelegate : public RecordItemDelegate
{
    Q_OBJECT
public:
    AnomalyListDelegate(RecordTableModel *model, QObject *parent = nullptr);

    bool isOverdue(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QPointer<RecordTableModel> m_model;
};
