#include "ui/widgets/Style.h"

#include "ui/widgets/Icons.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTreeView>

void Style::title(QWidget *widget, double scale)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    widget->setFont(font);
}

void Style::secondary(QWidget *widget)
{
    QPalette palette = widget->palette();
    QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    // 65 % of the way from the background to the text colour.
    text.setRgbF(window.redF() + (text.redF() - window.redF()) * 0.65f,
                 window.greenF() + (text.greenF() - window.greenF()) * 0.65f,
                 window.blueF() + (text.blueF() - window.blueF()) * 0.65f);
    palette.setColor(QPalette::WindowText, text);
    widget->setPalette(palette);
}

void Style::plain(QWidget *widget)
{
    QPalette palette = widget->palette();
    const QPalette base = widget->parentWidget() ? widget->parentWidget()->palette() : QPalette();
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        palette.setColor(group, QPalette::WindowText, base.color(group, QPalette::WindowText));
    widget->setPalette(palette);
}

void Style::error(QLabel *label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void Style::success(QLabel *label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32));
    label->setPalette(palette);
    label->setWordWrap(true);
}

void Style::fitRows(QAbstractItemView *view, int rows, int minRows, int maxRows)
{
    const int shown = qBound(minRows, rows, maxRows);
    const int rowHeight = rows > 0 ? qMax(view->sizeHintForRow(0), view->fontMetrics().height() + 4)
                                   : view->fontMetrics().height() + 8;
    int header = 0;
    if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->isHeaderHidden() ? 0 : tree->header()->sizeHint().height();
    view->setFixedHeight(header + shown * rowHeight + 2 * view->frameWidth() + 2);
}

QPushButton *Style::button(const QString &text, const char *name, const char *icon, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    if (icon)
        b->setIcon(Icons::icon(QString::fromLatin1(icon)));
    b->setAutoDefault(false);
    return b;
}
