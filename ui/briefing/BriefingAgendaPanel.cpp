#include "ui/briefing/BriefingAgendaPanel.h"

#include "ui/briefing/KnowhowBoundaryPanel.h"
#include "ui/briefing/PpePanel.h"
#include "ui/records/FormErrors.h"
#include "ui/widgets/Style.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
const QStringList TextFields = {QStringLiteral("background"),
                                QStringLiteral("objectives"),
                                QStringLiteral("schedule"),
                                QStringLiteral("emergency_contacts"),
                                QStringLiteral("special_requirements"),
                                QStringLiteral("qa_notes")};
} // namespace

BriefingAgendaPanel::BriefingAgendaPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("briefingAgendaPanel"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(14);
    auto *heading = new QLabel(tr("Agenda"), this);
    Style::title(heading, 1.15);
    m_layout->addWidget(heading);

    addText(1, QStringLiteral("background"), tr("Customer background and transaction history"),
            QString(),
            tr("Tier, relationship, recent orders and complaints (see the briefing "
               "pack)"));
    addText(2, QStringLiteral("objectives"), tr("Objectives (specific and measurable)"),
            tr("Required before the task can be marked briefed."),
            tr("e.g. find the root cause of the uneven coating within 48 h"));
    addText(3, QStringLiteral("schedule"), tr("Schedule and itinerary"), QString(),
            tr("Day 0 arrival, entry procedure and safety training; Day 1–N …"));
    m_boundary = new KnowhowBoundaryPanel(this);
    connect(m_boundary, &KnowhowBoundaryPanel::changed, this, &BriefingAgendaPanel::changed);
    addItem(4, tr("Know-how boundary (what may and may not be said)"), QString(), m_boundary);
    m_ppe = new PpePanel(this);
    connect(m_ppe, &PpePanel::changed, this, &BriefingAgendaPanel::changed);
    addItem(5, tr("Safety risk and PPE"), QString(), m_ppe);
    addText(6, QStringLiteral("emergency_contacts"), tr("Emergency contacts"), QString(),
            tr("Names and phone numbers: ours, the customer's site, nearest hospital"));
    addText(7, QStringLiteral("special_requirements"),
            tr("Customer special requirements (dress, gift customs, diet)"), QString(),
            tr("e.g. clean-room suit in the test area; no gifts accepted"));
    addText(8, QStringLiteral("qa_notes"), tr("Q&A"), QString(),
            tr("Questions raised in the meeting and their answers"));
    m_layout->addStretch(1);
}

void BriefingAgendaPanel::addItem(int number, const QString &title, const QString &hint,
                                  QWidget *content)
{
    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *text = qobject_cast<QPlainTextEdit *>(content);
    // With a buddy, & marks a mnemonic: "Q&A" must keep its ampersand.
    const QString shown =
        text ? QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")) : title;
    auto *label = new QLabel(QStringLiteral("%1. %2").arg(number).arg(shown), section);
    Style::title(label, 1.0);
    layout->addWidget(label);
    if (!hint.isEmpty()) {
        auto *hintLabel = new QLabel(hint, section);
        Style::secondary(hintLabel);
        layout->addWidget(hintLabel);
    }
    content->setParent(section);
    layout->addWidget(content);
    if (text)
        label->setBuddy(text);
    m_layout->addWidget(section);
}

QPlainTextEdit *BriefingAgendaPanel::addText(int number, const QString &field, const QString &title,
                                             const QString &hint, const QString &placeholder)
{
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(field);
    text->setTabChangesFocus(true);
    text->setPlaceholderText(placeholder);
    text->setFixedHeight(text->fontMetrics().lineSpacing() * 3 + 16);
    connect(text, &QPlainTextEdit::textChanged, this, &BriefingAgendaPanel::changed);
    addItem(number, title, hint, text);
    m_texts.insert(field, text);
    m_items.insert(field, text->parentWidget());
    return text;
}

void BriefingAgendaPanel::load(const QVariantMap &brief, const QString &safetyRisk)
{
    for (const QString &field : TextFields) {
        QPlainTextEdit *text = m_texts.value(field);
        const QSignalBlocker block(text);
        text->setPlainText(brief.value(field).toString());
    }
    m_boundary->setValues(brief.value(QStringLiteral("knowhow_boundary")).toString(),
                          brief.value(QStringLiteral("knowhow_boundary_ack")).toInt() != 0);
    m_ppe->setSafetyRisk(safetyRisk);
    m_ppe->setNotes(brief.value(QStringLiteral("safety_notes")).toString());
}

QVariantMap BriefingAgendaPanel::values() const
{
    auto text = [](const QString &value) {
        return value.trimmed().isEmpty() ? QVariant() : QVariant(value);
    };
    QVariantMap out;
    for (const QString &field : TextFields)
        out.insert(field, text(m_texts.value(field)->toPlainText()));
    out.insert(QStringLiteral("knowhow_boundary"), text(m_boundary->notes()));
    out.insert(QStringLiteral("knowhow_boundary_ack"), m_boundary->acknowledged());
    out.insert(QStringLiteral("safety_notes"), text(m_ppe->notes()));
    return out;
}

void BriefingAgendaPanel::addFields(FormErrors &errors)
{
    for (const QString &field : TextFields) {
        QWidget *section = m_items.value(field);
        QLabel *label = FormErrors::makeLabel(section, field + QStringLiteral("Error"));
        section->layout()->addWidget(label);
        errors.add(field, m_texts.value(field), label);
    }
    m_boundary->addFields(errors);
    m_ppe->addFields(errors);
}
