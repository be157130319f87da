#include "ui/briefing/BriefingMeetingPanel.h"
#include "app/utils/RecordTime.h"

#include <QTimeZone>

#include "app/models/DeskQueries.h"
#include "app/workflow/TaskWorkflow.h"
#include "ui/desk/DeskClock.h"
#include "ui/records/FormErrors.h"
#include "ui/widgets/CheckList.h"
#include "ui/widgets/OptionalDateTimeEdit.h"
#include "ui/widgets/Style.h"

#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
QDateTime stored(const QVariant &v)
{
    return RecordTime::parse(v);
}
QString span(qint64 secs)
{
    const qint64 minutes = qAbs(secs) / 60;
    const qint64 days = minutes / (24 * 60), hours = minutes / 60 % 24, mins = minutes % 60;
    QStringList parts;
    if (days)
        parts << BriefingMeetingPanel::tr("%n day(s)", nullptr, int(days));
    if (hours)
        parts << BriefingMeetingPanel::tr("%n h", nullptr, int(hours));
    if (mins || parts.isEmpty())
        parts << BriefingMeetingPanel::tr("%n min", nullptr, int(mins));
    return parts.join(QLatin1Char(' '));
}
} // namespace

BriefingMeetingPanel::BriefingMeetingPanel(QWidget *parent) : QGroupBox(parent)
{
    setTitle(tr("Briefing meeting (SOP-10 §5.2.4)"));
    setObjectName(QStringLiteral("briefingMeetingPanel"));
    m_meeting = new OptionalDateTimeEdit(OptionalDateTimeEdit::Mode::DateTime, false, this);
    m_meeting->setObjectName(QStringLiteral("meeting_at"));
    m_departure = new OptionalDateTimeEdit(OptionalDateTimeEdit::Mode::DateTime, false, this);
    m_departure->setObjectName(QStringLiteral("departure_at"));
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("meetingRuleLabel"));
    m_rule->setWordWrap(true);
    m_attendees = new CheckList(this);
    m_attendees->setObjectName(QStringLiteral("attendee_ids"));
    m_attendees->setMaxVisibleRows(6);
    m_meetingError = FormErrors::makeLabel(this, QStringLiteral("meeting_atError"));
    m_departureError = FormErrors::makeLabel(this, QStringLiteral("departure_atError"));
    m_attendeesError = FormErrors::makeLabel(this, QStringLiteral("attendee_idsError"));

    // A field and the (hidden) message under it as one row: no gap while there is none.
    auto withError = [this](QWidget *field, QLabel *error, QWidget *extra = nullptr) {
        auto *cell = new QWidget(this);
        auto *layout = new QVBoxLayout(cell);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        layout->addWidget(error);
        if (extra)
            layout->addWidget(extra);
        return cell;
    };
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Meeting held at:"), withError(m_meeting, m_meetingError));
    form->addRow(tr("Departure at:"), withError(m_departure, m_departureError, m_rule));
    form->addRow(tr("Attendees:"), withError(m_attendees, m_attendeesError));

    connect(m_meeting, &OptionalDateTimeEdit::changed, this, [this] {
        updateRule();
        emit changed();
    });
    connect(m_departure, &OptionalDateTimeEdit::changed, this, [this] {
        updateRule();
        emit changed();
    });
    connect(m_attendees, &CheckList::checkedChanged, this, &BriefingMeetingPanel::changed);
    updateRule();
}

void BriefingMeetingPanel::load(Database &db, const QVariantMap &brief, const QVariantMap &task)
{
    const QStringList engineers =
        DeskQueries::jsonList(task.value(QStringLiteral("engineer_ids")).toString());
    QList<QPair<QString, QString>> options;
    QStringList known;
    for (const DeskQueries::Person &p : DeskQueries::people(db)) {
        if (p.leftOn.isValid() && !engineers.contains(p.id))
            continue; // people who have left attend no more meetings
        QString label = p.name;
        if (engineers.contains(p.id))
            label += QStringLiteral(" — ") + tr("engineer on this task");
        else if (!p.roles.isEmpty())
            label += QStringLiteral(" — ") + p.rolesText();
        options.append({label, p.id});
        known << p.id;
    }
    m_attendees->setOptions(options);
    const bool fresh = brief.isEmpty();
    QStringList attendees =
        fresh ? engineers
              : DeskQueries::jsonList(brief.value(QStringLiteral("attendee_ids")).toString());
    for (const QString &id : std::as_const(attendees)) {
        if (!known.contains(id))
            m_attendees->addUnknown(tr("(removed person)"), id);
    }
    {
        const QSignalBlocker block(m_attendees);
        m_attendees->setCheckedValues(attendees);
    }
    QDateTime departure = stored(brief.value(QStringLiteral("departure_at")));
    const QDate start =
        QDate::fromString(task.value(QStringLiteral("planned_start")).toString(), Qt::ISODate);
    if (fresh && start.isValid())
        departure = QDateTime(start, QTime(8, 0));
    m_departure->setDateTime(departure);
    // Ticking an empty time proposes one: the meeting now (to the next quarter hour), the
    // departure at 08:00 on the planned start.
    if (!departure.isValid()) {
        m_departure->setDateTime(
            QDateTime(start.isValid() ? start : DeskClock::today().addDays(1), QTime(8, 0)));
        m_departure->clear();
    }
    const QDateTime meeting = stored(brief.value(QStringLiteral("meeting_at")));
    if (meeting.isValid()) {
        m_meeting->setDateTime(meeting);
    } else {
        const QDateTime now = DeskClock::now();
        const qint64 quarter = 15 * 60;
        m_meeting->setDateTime(QDateTime::fromSecsSinceEpoch(
            (now.toSecsSinceEpoch() + quarter - 1) / quarter * quarter,
            QTimeZone(RecordTime::ChinaOffset)));
        m_meeting->clear();
    }
    updateRule();
}

QVariantMap BriefingMeetingPanel::values() const
{
    auto time = [](const OptionalDateTimeEdit *edit) {
        const QDateTime t = edit->dateTime();
        return t.isValid() ? QVariant(DeskQueries::isoWithOffset(t)) : QVariant();
    };
    const QStringList attendees = m_attendees->checkedValues();
    return {{QStringLiteral("meeting_at"), time(m_meeting)},
            {QStringLiteral("departure_at"), time(m_departure)},
            {QStringLiteral("attendee_ids"),
             attendees.isEmpty() ? QVariant() : QVariant(DeskQueries::toJsonList(attendees))}};
}

void BriefingMeetingPanel::addFields(FormErrors &errors)
{
    errors.add(QStringLiteral("meeting_at"), m_meeting, m_meetingError);
    errors.add(QStringLiteral("departure_at"), m_departure, m_departureError);
    errors.add(QStringLiteral("attendee_ids"), m_attendees, m_attendeesError);
}

void BriefingMeetingPanel::updateRule()
{
    const QDateTime meeting = m_meeting->dateTime();
    const QDateTime departure = m_departure->dateTime();
    Style::plain(m_rule);
    m_rule->setProperty("inTime", QVariant()); // unknown until both times are set
    if (!meeting.isValid() || !departure.isValid()) {
        m_rule->setText(tr("The meeting is held within 24 h before departure; enter both times "
                           "to check."));
        Style::secondary(m_rule);
        return;
    }
    const qint64 before = meeting.secsTo(departure);
    const bool inTime = TaskWorkflow::meetingInTime(meeting, departure);
    m_rule->setProperty("inTime", inTime);
    if (inTime) {
        m_rule->setText(tr("✓ %1 before departure: within the 24 h rule.").arg(span(before)));
        Style::success(m_rule);
    } else if (before < 0) {
        m_rule->setText(tr("✗ The meeting lies %1 after the departure.").arg(span(before)));
        Style::error(m_rule);
    } else {
        m_rule->setText(tr("✗ %1 before departure: the meeting must be held within 24 h before "
                           "departure (SOP-10 §5.2.4).")
                            .arg(span(before)));
        Style::error(m_rule);
    }
}
