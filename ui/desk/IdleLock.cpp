#include "ui/desk/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_sinceInput.start();
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setTimeoutMinutes(int minutes)
{
    setTimeoutMilliseconds(qint64(qMax(0, minutes)) * 60 * 1000);
}

void IdleLock::setTimeoutMilliseconds(qint64 ms)
{
    m_timeoutMs = qMax<qint64>(0, ms);
    rearm();
}

void IdleLock::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_sinceInput.restart();
    rearm();
}

void IdleLock::poke()
{
    m_sinceInput.restart();
}

void IdleLock::rearm()
{
    if (!m_enabled || m_timeoutMs <= 0) {
        m_timer.stop();
        return;
    }
    const qint64 remaining = qMax<qint64>(0, m_timeoutMs - m_sinceInput.elapsed());
    m_timer.start(int(qMin<qint64>(remaining, std::numeric_limits<int>::max())));
}

void IdleLock::check()
{
    if (!m_enabled || m_timeoutMs <= 0)
        return;
    if (m_sinceInput.elapsed() >= m_timeoutMs) {
        m_enabled = false; // the owner enables it again after unlocking
        emit idleTimeout();
        return;
    }
    // There was input since the timer started: wait for the rest of the new idle period.
    rearm();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    // Restarting a clock is cheap; the timer is only re-armed when it fires (see check()).
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        m_sinceInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
