#pragma once

#include <QGroupBox>
#include <QVariantMap>

class CheckList;
class Database;
class FormErrors;
class OptionalDateTimeEdit;
class QLabel;

// The meeting of the mission brief (SOP-10 §5.2.4): when it is held and when the engineers
// leave, with the 24 h rule (TaskWorkflow::meetingInTime) checked as the times are typed, and
// who attended (people of the registry; the task's engineers named as such).
class BriefingMeetingPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit BriefingMeetingPanel(QWidget *parent = nullptr);

    // Fills the form from a brief's stored fields; for a new brief (empty), proposes the
    // planned start at 08:00 as departure and the assigned engineers as attendees.
    void load(Database &db, const QVariantMap &brief, const QVariantMap &task);
    // meeting_at, departure_at, attendee_ids in their stored form.
    QVariantMap values() const;
    void addFields(FormErrors &errors);

    OptionalDateTimeEdit *meetingEdit() const { return m_meeting; }
    OptionalDateTimeEdit *departureEdit() const { return m_departure; }
    QLabel *ruleLabel() const { return m_rule; }
    CheckList *attendees() const { return m_attendees; }

signals:
    void changed();

private:
    void updateRule();

    OptionalDateTimeEdit *m_meeting = nullptr;
    OptionalDateTimeEdit *m_departure = nullptr;
    QLabel *m_rule = nullptr;
    CheckList *m_attendees = nullptr;
    QLabel *m_meetingError = nullptr;
    QLabel *m_departureError = nullptr;
    QLabel *m_attendeesError = nullptr;
};
