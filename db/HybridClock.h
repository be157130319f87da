#pragma once

#include <QtGlobal>
#include <functional>

// A hybrid logical clock: timestamps that follow wall time but never go backwards and are
// bumped past any timestamp seen from another device, so "highest (hlc, device)" is a total
// order that every device agrees on. Packed in 64 bits: milliseconds since the epoch in the
// high 48 bits, a counter for events in the same millisecond in the low 16.
class HybridClock
{
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    HybridClock();
    explicit HybridClock(WallClock wall);

    // A fresh timestamp, strictly greater than every earlier one from this clock.
    qint64 now();
    // Takes note of a timestamp from elsewhere (a sync bundle, the stored high-water mark).
    void observe(qint64 timestamp);
    qint64 last() const { return m_last; }

    static qint64 pack(qint64 millis, int counter) { return (millis << 16) | (counter & 0xffff); }
    static qint64 millisOf(qint64 timestamp) { return timestamp >> 16; }
    static int counterOf(qint64 timestamp) { return int(timestamp & 0xffff); }

private:
    WallClock m_wall;
    qint64 m_last = 0;
};
