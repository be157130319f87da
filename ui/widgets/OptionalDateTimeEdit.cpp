#include "ui/widgets/OptionalDateTimeEdit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QTimeZone>

namespace {

// Shown (as the special value text) while there is no value.
const QDate NoDate(1900, 1, 1);

} // namespace

OptionalDateTimeEdit::OptionalDateTimeEdit(Mode mode, bool required, QWidget *parent)
    : QWidget(parent), m_mode(mode)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    if (!required) {
        m_check = new QCheckBox(this);
        m_check->setObjectName(QStringLiteral("hasValue"));
        m_check->setToolTip(tr("Uncheck to leave the field empty"));
        layout->addWidget(m_check);
        connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
            setHasValue(on);
            if (on)
                m_edit->setFocus(Qt::OtherFocusReason);
            emit changed();
        });
    }
    m_edit = new QDateTimeEdit(this);
    m_edit->setObjectName(QStringLiteral("dateEdit"));
    m_edit->setCalendarPopup(true);
    // The edit holds a wall-clock time (the record's own, see setDateTime): kept as UTC so the
    // computer's daylight-saving gaps never move it.
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    m_edit->setTimeZone(QTimeZone::utc());
#else
    m_edit->setTimeSpec(Qt::UTC); // QDateTimeEdit::setTimeZone() is Qt 6.7's
#endif
    m_edit->setDisplayFormat(mode == Mode::Date ? QStringLiteral("yyyy-MM-dd")
                                                : QStringLiteral("yyyy-MM-dd HH:mm"));
    m_edit->setMinimumDate(NoDate);
    m_edit->setSpecialValueText(QStringLiteral("—"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(
                                mode == Mode::Date ? QStringLiteral("2026-11-20")
                                                   : QStringLiteral("2026-11-20 17:00")) +
                            60);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (hasValue())
            emit changed();
    });
    setFocusProxy(m_check ? static_cast<QWidget *>(m_check) : m_edit);

    m_last = QDateTime(QDate::currentDate(), mode == Mode::Date ? QTime(0, 0) : QTime(9, 0),
                       QTimeZone::utc());
    // Before emptying: otherwise QDateTimeEdit's own default (2000-01-01) becomes the value
    // that checking the box brings back.
    m_edit->setDateTime(m_last);
    if (!required)
        setHasValue(false);
}

bool OptionalDateTimeEdit::hasValue() const
{
    return !m_check || m_check->isChecked();
}

QDate OptionalDateTimeEdit::date() const
{
    return hasValue() && m_edit->date() != NoDate ? m_edit->date() : QDate();
}

QDateTime OptionalDateTimeEdit::dateTime() const
{
    if (!hasValue() || m_edit->date() == NoDate)
        return QDateTime();
    const QDateTime wall = m_edit->dateTime();
    return QDateTime(wall.date(), wall.time());
}

void OptionalDateTimeEdit::setDate(const QDate &date)
{
    setDateTime(date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime());
}

void OptionalDateTimeEdit::setDateTime(const QDateTime &when)
{
    const QSignalBlocker blockEdit(m_edit);
    if (!when.isValid()) {
        clear();
        return;
    }
    // The date and time as when carries them (in its own offset), not converted.
    m_last = QDateTime(when.date(), when.time(), QTimeZone::utc());
    if (m_check) {
        const QSignalBlocker blockCheck(m_check);
        m_check->setChecked(true);
    }
    setHasValue(true);
    m_edit->setDateTime(m_last);
}

void OptionalDateTimeEdit::clear()
{
    if (!m_check)
        return; // a required field keeps its value
    const QSignalBlocker blockCheck(m_check);
    m_check->setChecked(false);
    setHasValue(false);
}

void OptionalDateTimeEdit::setHasValue(bool on)
{
    const QSignalBlocker block(m_edit);
    if (on) {
        m_edit->setEnabled(true);
        if (m_edit->date() == NoDate)
            m_edit->setDateTime(m_last);
    } else {
        if (m_edit->date() != NoDate)
            m_last = m_edit->dateTime();
        m_edit->setDateTime(QDateTime(NoDate, QTime(0, 0), QTimeZone::utc()));
        m_edit->setEnabled(false);
    }
}
