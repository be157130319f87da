#pragma once

#include <QWidget>

// What the main window shows while it is locked: nothing of the records, only that the desk
// is locked and a button to type the passphrase again.
class LockedPage : public QWidget
{
    Q_OBJECT
public:
    explicit LockedPage(QWidget *parent = nullptr);

signals:
    void unlockRequested();
};
