#pragma once

class QAbstractItemView;
class QLabel;
class QPushButton;
class QString;
class QWidget;

// The few visual conventions the desk's widgets share, in one place: page titles, secondary
// (explanatory) text, error text next to a field. Colours come from the palette so a dark
// system theme stays readable.
class Style
{
public:
    // Bold and scale times the normal size.
    static void title(QWidget *widget, double scale);
    // Softer than normal text, still readable (unlike a disabled label).
    static void secondary(QWidget *widget);
    // Normal text again (the parent's colour): for a label that changes state, before it is
    // styled anew — secondary() is relative and would fade further on each call.
    static void plain(QWidget *widget);
    // Red text for messages at a field; word-wrapped, selectable so it can be copied.
    static void error(QLabel *label);
    // Green text for a step that went through ("registered in time", "approved").
    static void success(QLabel *label);
    // A short list as tall as its rows (at least minRows, at most maxRows; it scrolls beyond).
    static void fitRows(QAbstractItemView *view, int rows, int minRows, int maxRows);
    // A push button with its object name (tests find it) and optional icon that Enter in a
    // field never presses: in the form screens Enter moves on, it does not act.
    static QPushButton *button(const QString &text, const char *name, const char *icon,
                               QWidget *parent);
};
