#include "ui/desk/LockedPage.h"

#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

LockedPage::LockedPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lockedPage"));
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::icon(QStringLiteral("lock")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("Field Desk is locked"), this);
    Style::title(title, 1.6);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("The database is closed and its content is hidden until the "
                               "passphrase is typed again."),
                            this);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    Style::secondary(text);
    auto *button = new QPushButton(Icons::icon(QStringLiteral("unlock")), tr("Unlock…"), this);
    button->setObjectName(QStringLiteral("unlockButton"));
    connect(button, &QPushButton::clicked, this, &LockedPage::unlockRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}
