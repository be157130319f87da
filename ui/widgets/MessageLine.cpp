#include "ui/widgets/MessageLine.h"

#include "ui/widgets/Style.h"

MessageLine::MessageLine(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageLine::showMessage(const QString &text, bool error)
{
    if (error)
        Style::error(this);
    else
        Style::success(this);
    setProperty("error", error);
    setText(text);
    show();
}

void MessageLine::clearMessage()
{
    clear();
    hide();
}
