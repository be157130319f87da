#include "ui/widgets/Icons.h"

#include "ui/widgets/SvgIconEngine.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

// Outside any namespace: Q_INIT_RESOURCE declares the global initializer it calls.
static void ensureResources()
{
    // resources/icons.qrc is compiled into this static library; referencing its initializer
    // keeps the linker from dropping it.
    static const bool loaded = [] {
        Q_INIT_RESOURCE(icons);
        return true;
    }();
    Q_UNUSED(loaded);
}

QIcon Icons::icon(const QString &name)
{
    ensureResources();
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return QIcon();
    return QIcon(new SvgIconEngine(file.readAll()));
}

QIcon Icons::applicationIcon()
{
    // Rendered here rather than through the SVG icon plugin, which a deployment may lack.
    ensureResources();
    QIcon icon;
    QSvgRenderer renderer(QStringLiteral(":/icons/fielddesk.svg"));
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pm);
    }
    return icon;
}
