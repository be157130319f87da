#include "ui/briefing/PpePanel.h"

#include "app/catalog/EnumNames.h"
#include "app/rules/PpeRule.h"
#include "ui/records/FormErrors.h"
#include "ui/widgets/Style.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

PpePanel::PpePanel(QWidget *parent) : QWidget(parent)
{
    m_risk = new QLabel(this);
    m_risk->setObjectName(QStringLiteral("ppeRiskLabel"));
    m_risk->setWordWrap(true);
    m_items = new QWidget(this);
    m_items->setObjectName(QStringLiteral("ppeList"));
    m_grid = new QGridLayout(m_items);
    m_grid->setContentsMargins(12, 0, 0, 0);
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(4);
    auto *notesLabel = new QLabel(tr("Safety notes for this site:"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("safety_notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("e.g. HF area: always two people, eye-wash station at gate 2"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 16);
    notesLabel->setBuddy(m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &PpePanel::changed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_risk);
    layout->addWidget(m_items);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
}

void PpePanel::setSafetyRisk(const QString &risk)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_keys = PpeRule::itemsFor(risk);
    if (m_keys.isEmpty()) {
        m_risk->setText(tr("The task has no safety risk assessed yet, so no PPE can be derived; "
                           "assess the task first (SOP-10 §5.2.2)."));
        Style::error(m_risk);
        m_items->hide();
        return;
    }
    Style::plain(m_risk);
    m_risk->setText(tr("Safety risk <b>%1</b> (from the assessment). Required PPE, cumulative "
                       "by SOP-10 §5.2.7:")
                        .arg(EnumNames::text(QStringLiteral("safety_risk"), risk).toHtmlEscaped()));
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    // Three to a row, in the SOP's order: each risk tier adds one row (§5.2.7).
    const int columns = 3;
    for (int i = 0; i < m_keys.size(); ++i) {
        const QString &key = m_keys.at(i);
        const bool hf = key == QLatin1String("hf_first_aid_kit");
        auto *label = new QLabel(m_items);
        label->setObjectName(QStringLiteral("ppe_") + key);
        label->setTextFormat(Qt::RichText);
        const QString icon = hf ? QStringLiteral("⚠") : QStringLiteral("✓");
        label->setText(
            QStringLiteral("%1&nbsp;&nbsp;%2").arg(icon, PpeRule::label(key).toHtmlEscaped()));
        if (hf) {
            // The one item that saves a life after an HF splash: it must not be overlooked.
            label->setText(QStringLiteral("<b>%1</b>").arg(label->text()));
            label->setStyleSheet(
                QStringLiteral("QLabel { background: %1; border-radius: 3px; "
                               "padding: 2px 6px; }")
                    .arg(dark ? QStringLiteral("#6d2a2a") : QStringLiteral("#ffe0b2")));
            label->setToolTip(tr("HF site: carry the first-aid kit with 25 % calcium gluconate "
                                 "gel at all times."));
        }
        // The kit stands alone on its row: across all columns, so it widens none of them.
        m_grid->addWidget(label, i / columns, i % columns, 1, hf ? columns : 1, Qt::AlignLeft);
    }
    m_grid->setColumnStretch(columns, 1);
    m_items->show();
}

void PpePanel::setNotes(const QString &notes)
{
    const QSignalBlocker block(m_notes);
    m_notes->setPlainText(notes);
}

QString PpePanel::notes() const
{
    return m_notes->toPlainText();
}

void PpePanel::addFields(FormErrors &errors)
{
    QLabel *label = FormErrors::makeLabel(this, QStringLiteral("safety_notesError"));
    layout()->addWidget(label);
    errors.add(QStringLiteral("safety_notes"), m_notes, label);
}
