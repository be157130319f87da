#include "ui/tasks/StateBadge.h"

#include "app/catalog/EnumNames.h"

StateBadge::StateBadge(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("stateBadge"));
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StateBadge::setState(const QString &state)
{
    m_state = state;
    setProperty("state", state);
    setText(state.isEmpty() ? QString() : EnumNames::text(QStringLiteral("state"), state));
    QString background = QStringLiteral("#1565c0"); // registered, assessed
    if (state == QLatin1String("approved") || state == QLatin1String("briefed") ||
        state == QLatin1String("on_site") || state == QLatin1String("reporting") ||
        state == QLatin1String("callback"))
        background = QStringLiteral("#2e7d32");
    else if (state == QLatin1String("closed"))
        background = QStringLiteral("#616161");
    else if (state == QLatin1String("rejected") || state == QLatin1String("cancelled"))
        background = QStringLiteral("#c62828");
    setStyleSheet(QStringLiteral("QLabel#stateBadge { color: white; background: %1; "
                                 "border-radius: 9px; padding: 2px 10px; font-weight: bold; }")
                      .arg(background));
    setVisible(!state.isEmpty());
}
