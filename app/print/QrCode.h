#pragma once

#include <QPainterPath>
#include <QString>
#include <QVector>

// A QR code (libqrencode, error correction M) as a square of modules, drawn as vector squares
// so it stays sharp at any printer resolution and scans from a 300 dpi copy.
class QrCode
{
public:
    // False when libqrencode cannot encode the text (too long, out of memory).
    bool encode(const QString &text);
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }
    // The dark modules as one path, the code (without quiet zone) filling a square of side.
    QPainterPath path(qreal side) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};
