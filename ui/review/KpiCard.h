#pragma once

#include "app/kpi/KpiFigure.h"

#include <QFrame>

class QLabel;

// One KPI on the dashboard: its name, value, target, the basis (n / d, answers), the change
// against the previous period and a status colour (green met, red missed, grey no data).
// Clicking it (or Enter / Space when it has focus) selects it: the dashboard then shows its
// trend and the records behind it.
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    explicit KpiCard(const QString &name, QWidget *parent = nullptr);

    QString name() const { return m_name; }
    void setFigure(const KpiFigure &figure);
    void setSelected(bool selected);
    QString valueText() const;

signals:
    void activated(const QString &name);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateFrame();

    QString m_name;
    bool m_selected = false;
    QString m_status; // "met", "missed", "none"
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_basis = nullptr;
    QLabel *m_change = nullptr;
};
