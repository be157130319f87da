#include "db/HybridClock.h"

#include <QDateTime>

HybridClock::HybridClock() : HybridClock([] { return QDateTime::currentMSecsSinceEpoch(); }) {}

HybridClock::HybridClock(WallClock wall) : m_wall(std::move(wall)) {}

qint64 HybridClock::now()
{
    const qint64 wall = pack(m_wall(), 0);
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

void HybridClock::observe(qint64 timestamp)
{
    if (timestamp > m_last)
        m_last = timestamp;
}
