#pragma once

#include <QLabel>

// A task's state as a small coloured badge: blue while it is being prepared, green once
// approved and under way, grey when finished, red when rejected or cancelled.
class StateBadge : public QLabel
{
    Q_OBJECT
public:
    explicit StateBadge(QWidget *parent = nullptr);

    void setState(const QString &state);
    QString state() const { return m_state; }

private:
    QString m_state;
};
