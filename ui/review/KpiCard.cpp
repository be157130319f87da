#include "ui/review/KpiCard.h"

#include "app/kpi/KpiText.h"
#include "ui/widgets/Style.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

KpiCard::KpiCard(const QString &name, QWidget *parent) : QFrame(parent), m_name(name)
{
    setObjectName(QStringLiteral("kpiCard_%1").arg(name));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(210);
    m_title = new QLabel(KpiText::name(name), this);
    m_title->setWordWrap(true);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    Style::title(m_value, 1.6);
    m_target = new QLabel(this);
    m_basis = new QLabel(this);
    m_change = new QLabel(this);
    for (QLabel *l : {m_target, m_basis, m_change})
        Style::secondary(l);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_target);
    layout->addWidget(m_basis);
    layout->addWidget(m_change);
    setToolTip(KpiText::definition(name));
    setAccessibleName(KpiText::name(name));
    updateFrame();
}

void KpiCard::setFigure(const KpiFigure &f)
{
    m_value->setText(KpiText::value(f));
    m_target->setText(tr("Target %1 · %2").arg(KpiText::target(f), KpiText::status(f)));
    m_basis->setText(KpiText::fraction(f));
    const QString change = KpiText::change(f);
    m_change->setText(change.isEmpty() ? tr("no comparison with %1").arg(f.previousPeriod)
                                       : change);
    m_status = !f.hasValue ? QStringLiteral("none")
                           : (f.met ? QStringLiteral("met") : QStringLiteral("missed"));
    setAccessibleDescription(QStringLiteral("%1, %2, %3")
                                 .arg(KpiText::value(f), KpiText::target(f), KpiText::status(f)));
    updateFrame();
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

void KpiCard::setSelected(bool selected)
{
    m_selected = selected;
    updateFrame();
}

void KpiCard::updateFrame()
{
    // The status colour as a thick left border, so text keeps the palette's contrast.
    const QString colour = m_status == QLatin1String("met")      ? QStringLiteral("#2e7d32")
                           : m_status == QLatin1String("missed") ? QStringLiteral("#c62828")
                                                                 : QStringLiteral("#9e9e9e");
    setStyleSheet(
        QStringLiteral("KpiCard { border: %1px solid %2; border-left: 6px solid %3; "
                       "border-radius: 4px; }")
            .arg(m_selected ? 2 : 1)
            .arg(m_selected ? palette().highlight().color().name() : palette().mid().color().name(),
                 colour));
    setProperty("status", m_status);
}

void KpiCard::mousePressEvent(QMouseEvent *event)
{
    QFrame::mousePressEvent(event);
    emit activated(m_name);
}

void KpiCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        emit activated(m_name);
        return;
    }
    QFrame::keyPressEvent(event);
}
