#include "ui/briefing/PreTripPanel.h"

#include "app/models/DeskQueries.h"
#include "ui/records/FormErrors.h"
#include "ui/widgets/Style.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

PreTripPanel::PreTripPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("preTripPanel"));
    auto *intro = new QLabel(tr("Confirmed with the customer's contact the day before departure "
                                "(SOP-10 §5.2.8). Tick what has been confirmed."),
                             this);
    intro->setWordWrap(true);
    Style::secondary(intro);

    auto *arrival = new QGroupBox(tr("Arrival"), this);
    auto *arrivalLayout = new QVBoxLayout(arrival);
    arrivalLayout->addWidget(
        addCheck(QStringLiteral("arrival"), tr("Arrival time, place and host confirmed")));
    m_arrival = addNotes(QStringLiteral("arrival"),
                         tr("e.g. 09:00 at gate 1, received by the process manager"));
    arrivalLayout->addWidget(m_arrival);

    auto *site = new QGroupBox(tr("Site conditions"), this);
    auto *siteLayout = new QVBoxLayout(site);
    siteLayout->addWidget(addCheck(QStringLiteral("site_conditions"),
                                   tr("Site PPE, entry procedure and safety training confirmed")));
    m_site = addNotes(QStringLiteral("site_conditions"),
                      tr("e.g. entry application one day ahead; 30 min safety training on "
                         "arrival"));
    siteLayout->addWidget(m_site);

    auto *contact = new QGroupBox(tr("Emergency contact"), this);
    auto *contactLayout = new QVBoxLayout(contact);
    contactLayout->addWidget(
        addCheck(QStringLiteral("emergency_contact"),
                 tr("Emergency contact at the site confirmed (see agenda item 6)")));

    auto *documents = new QGroupBox(tr("Documents the engineers carry"), this);
    auto *documentsLayout = new QHBoxLayout(documents);
    documentsLayout->addWidget(addCheck(QStringLiteral("id_card"), tr("ID card")));
    documentsLayout->addWidget(
        addCheck(QStringLiteral("health_certificate"), tr("Health certificate")));
    documentsLayout->addWidget(
        addCheck(QStringLiteral("entry_application"), tr("Site entry application")));
    documentsLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(arrival);
    layout->addWidget(site);
    layout->addWidget(contact);
    layout->addWidget(documents);
    layout->addStretch(1);
}

QCheckBox *PreTripPanel::addCheck(const QString &item, const QString &text)
{
    auto *box = new QCheckBox(text, this);
    box->setObjectName(QStringLiteral("pretrip_") + item);
    connect(box, &QCheckBox::toggled, this, &PreTripPanel::changed);
    m_checks.insert(item, box);
    m_order << item;
    return box;
}

QPlainTextEdit *PreTripPanel::addNotes(const QString &field, const QString &placeholder)
{
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(field);
    text->setTabChangesFocus(true);
    text->setPlaceholderText(placeholder);
    text->setFixedHeight(text->fontMetrics().lineSpacing() * 3 + 16);
    connect(text, &QPlainTextEdit::textChanged, this, &PreTripPanel::changed);
    return text;
}

void PreTripPanel::load(const QVariantMap &brief)
{
    const QStringList confirmed =
        DeskQueries::jsonList(brief.value(QStringLiteral("pretrip_confirmed")).toString());
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(confirmed.contains(it.key()));
    }
    const QSignalBlocker blockArrival(m_arrival);
    const QSignalBlocker blockSite(m_site);
    m_arrival->setPlainText(brief.value(QStringLiteral("arrival")).toString());
    m_site->setPlainText(brief.value(QStringLiteral("site_conditions")).toString());
}

QVariantMap PreTripPanel::values() const
{
    QStringList confirmed;
    for (const QString &item : m_order) {
        if (m_checks.value(item)->isChecked())
            confirmed << item;
    }
    auto text = [](const QPlainTextEdit *edit) {
        const QString value = edit->toPlainText();
        return value.trimmed().isEmpty() ? QVariant() : QVariant(value);
    };
    return {{QStringLiteral("pretrip_confirmed"),
             confirmed.isEmpty() ? QVariant() : QVariant(DeskQueries::toJsonList(confirmed))},
            {QStringLiteral("arrival"), text(m_arrival)},
            {QStringLiteral("site_conditions"), text(m_site)}};
}

void PreTripPanel::addFields(FormErrors &errors)
{
    for (QPlainTextEdit *edit : {m_arrival, m_site}) {
        QLabel *label = FormErrors::makeLabel(this, edit->objectName() + QStringLiteral("Error"));
        auto *box = static_cast<QVBoxLayout *>(edit->parentWidget()->layout());
        box->addWidget(label);
        errors.add(edit->objectName(), edit, label);
    }
    QLabel *label = FormErrors::makeLabel(this, QStringLiteral("pretrip_confirmedError"));
    static_cast<QVBoxLayout *>(layout())->insertWidget(layout()->count() - 1, label);
    errors.add(QStringLiteral("pretrip_confirmed"), m_checks.value(QStringLiteral("arrival")),
               label);
}
