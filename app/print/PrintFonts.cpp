#include "app/print/PrintFonts.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QMutex>
#include <QStringList>

namespace {

// In order of preference: the first one installed wins.
const QStringList PreferredFamilies = {
    QStringLiteral("Noto Sans CJK SC"),
    QStringLiteral("Noto Sans SC"),
    QStringLiteral("Source Han Sans SC"),
    QStringLiteral("Microsoft YaHei"),
    QStringLiteral("SimSun"),
    QStringLiteral("Noto Serif CJK SC"),
};

// Where Debian's fonts-noto-cjk puts the files, for when Qt's font database does not list
// them (a platform plugin without fontconfig, such as some offscreen builds).
const QStringList KnownFiles = {
    QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Medium.ttc"),
    QStringLiteral("/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc"),
    QStringLiteral("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"),
};

// Latin letters and digits come from a Latin face first: Qt's PDF writer cannot map some of
// the CJK font's Latin glyphs back to text (pdftotext and copy/paste lose the digits).
const QStringList LatinFamilies = {
    QStringLiteral("DejaVu Sans"),
    QStringLiteral("Arial"),
    QStringLiteral("Liberation Sans"),
};

QString findFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const QString &wanted : PreferredFamilies) {
        if (families.contains(wanted, Qt::CaseInsensitive))
            return wanted;
    }
    for (const QString &file : KnownFiles) {
        if (!QFile::exists(file))
            continue;
        const int id = QFontDatabase::addApplicationFont(file);
        const QStringList added = QFontDatabase::applicationFontFamilies(id);
        for (const QString &wanted : PreferredFamilies) {
            if (added.contains(wanted, Qt::CaseInsensitive))
                return wanted;
        }
        if (!added.isEmpty())
            return added.first();
    }
    return QString();
}

} // namespace

QString PrintFonts::cjkFamily()
{
    static QMutex mutex;
    static bool searched = false;
    static QString family;
    QMutexLocker locker(&mutex);
    if (!searched) {
        family = findFamily();
        searched = true;
    }
    return family;
}

QFont PrintFonts::font(Role role)
{
    QFont f;
    QStringList families;
    const QStringList installed = QFontDatabase::families();
    for (const QString &latin : LatinFamilies) {
        if (installed.contains(latin, Qt::CaseInsensitive)) {
            families << latin;
            break;
        }
    }
    const QString family = cjkFamily();
    if (!family.isEmpty())
        families << family;
    if (!families.isEmpty())
        f.setFamilies(families);
    f.setStyleStrategy(QFont::PreferOutline);
    f.setKerning(false);
    switch (role) {
    case Role::Body:
        f.setPointSizeF(9.5);
        break;
    case Role::Label:
        f.setPointSizeF(9);
        f.setBold(true);
        break;
    case Role::Small:
        f.setPointSizeF(7.5);
        break;
    case Role::Heading:
        f.setPointSizeF(10.5);
        f.setBold(true);
        break;
    case Role::Title:
        f.setPointSizeF(16);
        f.setBold(true);
        break;
    case Role::Company:
        f.setPointSizeF(11);
        f.setBold(true);
        break;
    }
    return f;
}
