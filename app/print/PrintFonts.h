#pragma once

#include <QFont>
#include <QString>

// The fonts of every printout. Chinese must print with a CJK font that the PDF embeds, the
// same on Linux and Windows (quality.md: prints identical on both): Noto Sans CJK SC from
// fonts-noto-cjk on Linux (registered from its file when fontconfig does not offer it to Qt),
// Microsoft YaHei or SimSun on Windows. Sizes are in points, so the layout does not depend on
// the screen's DPI.
class PrintFonts
{
public:
    enum class Role { Body, Label, Small, Heading, Title, Company };

    // The CJK family found (loads it once); empty when the system has none.
    static QString cjkFamily();
    static QFont font(Role role);
};
