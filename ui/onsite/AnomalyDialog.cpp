#include "ui/onsite/AnomalyDialog.h"
#include "app/utils/RecordTime.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/RecordCatalog.h"
#include "app/rules/SiteReportRules.h"
#include "ui/desk/DeskClock.h"
#include "ui/records/RecordForm.h"
#include "ui/widgets/Style.h"

#include <QJsonObject>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// In the site's time (the offset the occurrence was recorded with), as the engineer reads it.
QString siteText(const QDateTime &at, const QDateTime &occurred)
{
    return at.toOffsetFromUtc(occurred.offsetFromUtc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString nowText()
{
    return RecordTime::minuteText(DeskClock::now());
}
} // namespace

AnomalyDialog::AnomalyDialog(Database &db, const QString &id, const QString &taskId,
                             QWidget *parent)
    : RecordEditorDialog(*RecordCatalog::byArray(QStringLiteral("anomalies")), db, id, parent)
{
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("anomalyNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(1, m_notice);
    if (isNew()) {
        // The proposals count as untouched: closing without typing asks nothing.
        QVariantMap preset{{QStringLiteral("occurred_at"), nowText()}};
        if (!taskId.isEmpty())
            preset.insert(QStringLiteral("task_id"), taskId);
        form()->setRecord(preset);
    }
    connect(form(), &RecordForm::fieldChanged, this, &AnomalyDialog::updateNotice);
    m_timer = new QTimer(this);
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &AnomalyDialog::updateNotice);
    m_timer->start();
    updateNotice();
}

QString AnomalyDialog::audience(const QString &type)
{
    if (type == QLatin1String("safety"))
        return tr("Phone KC and Robert immediately (within 15 minutes).");
    if (type == QLatin1String("complaint"))
        return tr("Phone Robert within 1 hour.");
    if (type == QLatin1String("commercial"))
        return tr("Phone 盛转红 and KC within 4 hours.");
    if (type == QLatin1String("technical"))
        return tr("Phone Robert (with the AI Advisor) within 24 hours.");
    if (type == QLatin1String("general"))
        return tr("Report it in the same day's daily report.");
    return QString();
}

void AnomalyDialog::updateNotice()
{
    const QVariantMap v = form()->values();
    const QString type = v.value(QStringLiteral("type")).toString();
    const QDateTime occurred =
        QDateTime::fromString(v.value(QStringLiteral("occurred_at")).toString(), Qt::ISODate);
    const QDateTime notified =
        QDateTime::fromString(v.value(QStringLiteral("notified_at")).toString(), Qt::ISODate);
    const QDateTime now = DeskClock::now();
    const QDateTime limit = SiteReportRules::anomalyNotifyBy(type, occurred);
    const bool overdue = SiteReportRules::anomalyOverdue(type, occurred, notified, now);
    form()->setDerived({{QStringLiteral("notify_by"),
                         limit.isValid() ? QJsonValue(limit.toString(Qt::ISODate)) : QJsonValue()},
                        {QStringLiteral("overdue"), overdue}});

    Style::plain(m_notice);
    if (!limit.isValid()) {
        m_notice->setText(tr("Choose the type and when it happened: the notification limit "
                             "follows from them."));
        Style::secondary(m_notice);
        return;
    }
    const QString who = audience(type);
    if (overdue && !notified.isValid()) {
        m_notice->setText(tr("Overdue: the limit was %1 and nobody has been told. %2 Then enter "
                             "who was told, how and when.")
                              .arg(siteText(limit, occurred), who));
        Style::error(m_notice);
    } else if (overdue) {
        m_notice->setText(tr("Notified late: at %1, after the limit %2.")
                              .arg(siteText(notified, occurred), siteText(limit, occurred)));
        Style::error(m_notice);
    } else if (notified.isValid()) {
        m_notice->setText(tr("Notified in time (limit %1).").arg(siteText(limit, occurred)));
        Style::success(m_notice);
    } else {
        m_notice->setText(tr("Notify by %1. %2").arg(siteText(limit, occurred), who));
    }
}
