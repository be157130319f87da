#pragma once

#include <QLabel>

// A line under a page's header for what just happened (green) or why something was refused
// (red); hidden while there is nothing to say. Its "error" property tells which it shows.
class MessageLine : public QLabel
{
    Q_OBJECT
public:
    explicit MessageLine(const QString &objectName, QWidget *parent = nullptr);

    void showMessage(const QString &text, bool error);
    void clearMessage();
};
