#include "ui/desk/Translations.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

bool Translations::install(const QString &language)
{
    QLocale::setDefault(QLocale(language));
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool ok = own->load(QStringLiteral(":/i18n/fielddesk_%1.qm").arg(language));
    if (ok)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return ok;
}

QString Translations::preferredFontFamily(const QString &language)
{
    if (!language.startsWith(QLatin1String("zh")))
        return QString(); // the system's font; Chinese record text falls back to a CJK font
    const QString family = language == QLatin1String("zh_TW") ? QStringLiteral("Noto Sans CJK TC")
                                                              : QStringLiteral("Noto Sans CJK SC");
    return QFontDatabase::hasFamily(family) ? family : QString();
}
