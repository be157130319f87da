#pragma once

#include <QScrollArea>

// A form in a dialog that may be taller than the screen: scrolls vertically only (the fields fit
// the width), without a frame, with room on the right for the scroll bar and the form kept at
// the top when the dialog is taller than it.
class FormScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit FormScrollArea(QWidget *form, QWidget *parent = nullptr);
};
