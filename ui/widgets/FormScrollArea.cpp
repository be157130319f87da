#include "ui/widgets/FormScrollArea.h"

#include <QVBoxLayout>

FormScrollArea::FormScrollArea(QWidget *form, QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 4, 12, 4);
    innerLayout->addWidget(form);
    innerLayout->addStretch(1);
    setWidget(inner);
}
