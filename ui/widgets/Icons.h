#pragma once

#include <QIcon>
#include <QString>

// The desktop's icons: monochrome SVGs under resources/icons (compiled in as :/icons/NAME.svg)
// that follow the palette, plus the coloured application icon.
class Icons
{
public:
    // name without ".svg", e.g. "lock"; an empty icon when there is no such file.
    static QIcon icon(const QString &name);
    static QIcon applicationIcon();
};
