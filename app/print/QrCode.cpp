#include "app/print/QrCode.h"

#include <qrencode.h>

bool QrCode::encode(const QString &text)
{
    m_size = 0;
    m_modules.clear();
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return false;
    m_size = code->width;
    m_modules.resize(m_size * m_size);
    for (int i = 0; i < m_size * m_size; ++i)
        m_modules[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
    return true;
}

QPainterPath QrCode::path(qreal side) const
{
    QPainterPath path;
    if (m_size == 0)
        return path;
    // Winding fill: adjacent squares merge into one shape without hairline seams.
    path.setFillRule(Qt::WindingFill);
    const qreal module = side / m_size;
    for (int y = 0; y < m_size; ++y) {
        // Runs of dark modules become one rectangle: fewer path elements, smaller PDF.
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_size && isDark(end, y))
                ++end;
            path.addRect(QRectF(x * module, y * module, (end - x) * module, module));
            x = end;
        }
    }
    return path;
}
