#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

// A date (or date and time) that may be left empty: a check box in front says whether there
// is a value; without one the field shows a dash and cannot be edited. Checking the box starts
// from today (or the last value). Dates use the SOP's form 2026-11-20 in every language.
class OptionalDateTimeEdit : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Date, DateTime };

    // required: no check box; the field always has a value.
    OptionalDateTimeEdit(Mode mode, bool required, QWidget *parent = nullptr);

    bool hasValue() const;
    QDate date() const;
    // The date and time shown, as a local-time value (the caller gives it its offset).
    QDateTime dateTime() const;
    void setDate(const QDate &date);
    // Shows when's own date and time (in the offset it carries), not converted to the
    // computer's zone.
    void setDateTime(const QDateTime &when);
    void clear();

    QCheckBox *checkBox() const { return m_check; } // null when required
    QDateTimeEdit *edit() const { return m_edit; }

signals:
    void changed();

private:
    void setHasValue(bool on);

    Mode m_mode;
    QCheckBox *m_check = nullptr;
    QDateTimeEdit *m_edit = nullptr;
    QDateTime m_last; // the value to come back to when the box is checked again
};
