#include "ui/desk/StartPage.h"
#include "app/workflow/HolidayCalendar.h"
#include "ui/desk/DeskClock.h"

#include "app/catalog/RecordCatalog.h"
#include "app/models/RecordLookup.h"
#include "app/models/RecordTableModel.h"
#include "db/Database.h"
#include "ui/desk/DeadlinePanel.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"

#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

StartPage::StartPage(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);

    auto *title = new QLabel(tr("Lithera Field Desk"), content);
    Style::title(title, 1.8);
    auto *subtitle = new QLabel(
        tr("Field engineering service according to LITHERA-SOP-10 v2: tasks, the QEF-10 forms, "
           "customers, people, know-how and KPIs in one encrypted database."),
        content);
    subtitle->setWordWrap(true);
    Style::secondary(subtitle);

    // Database
    auto *dbForm = new QFormLayout;
    dbForm->setLabelAlignment(Qt::AlignLeft);
    dbForm->setHorizontalSpacing(16);
    m_file = valueLabel("startDatabaseFile", content);
    m_schema = valueLabel("startSchemaVersion", content);
    m_cipher = valueLabel("startCipherVersion", content);
    m_device = valueLabel("startDeviceId", content);
    m_share = valueLabel("startShareFolder", content);
    dbForm->addRow(tr("File:"), m_file);
    dbForm->addRow(tr("Schema version:"), m_schema);
    dbForm->addRow(tr("SQLCipher version:"), m_cipher);
    dbForm->addRow(tr("Device ID:"), m_device);
    dbForm->addRow(tr("Share folder:"), m_share);

    // Records
    m_counts = new QFormLayout;
    m_counts->setLabelAlignment(Qt::AlignLeft);
    m_counts->setHorizontalSpacing(16);

    // Audit
    m_auditIcon = new QLabel(content);
    m_auditIcon->setAlignment(Qt::AlignTop);
    m_auditStatus = valueLabel("auditStatus", content);
    auto *audit = new QHBoxLayout;
    audit->setSpacing(10);
    audit->addWidget(m_auditIcon);
    audit->addWidget(m_auditStatus, 1);

    // Deadlines: what is due or overdue now.
    m_deadlines = new DeadlinePanel(content);
    connect(m_deadlines, &DeadlinePanel::taskActivated, this, &StartPage::taskActivated);
    auto *deadlines = new QVBoxLayout;
    deadlines->addWidget(m_deadlines);

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    grid->addWidget(card(tr("Deadlines"), QStringLiteral("daily"), deadlines), 0, 0, 1, 2);
    grid->addWidget(card(tr("Database"), QStringLiteral("database"), dbForm), 1, 0);
    grid->addWidget(card(tr("Records"), QStringLiteral("tasks"), m_counts), 1, 1, 2, 1);
    grid->addWidget(card(tr("Audit trail"), QStringLiteral("nda"), audit), 2, 0);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 26, 32, 26);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    // The holiday calendar of next year, when Field Desk does not have it yet.
    m_calendar = valueLabel("calendarWarning", content);
    Style::error(m_calendar);
    m_calendar->hide();
    layout->addWidget(m_calendar);
    // An import killed between its batches: part of a file is in, the rest is not.
    m_imports = valueLabel("importWarning", content);
    Style::error(m_imports);
    m_imports->hide();
    layout->addWidget(m_imports);
    layout->addSpacing(12);
    layout->addLayout(grid);
    layout->addStretch(1);
    setWidget(content);
}

QWidget *StartPage::card(const QString &title, const QString &icon, QLayout *body)
{
    auto *frame = new QFrame(widget() ? widget() : this);
    frame->setObjectName(QStringLiteral("card"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("QFrame#card { border: 1px solid palette(midlight); "
                                        "border-radius: 6px; background: palette(base); }"));
    auto *iconLabel = new QLabel(frame);
    iconLabel->setPixmap(Icons::icon(icon).pixmap(20, 20));
    auto *titleLabel = new QLabel(title, frame);
    Style::title(titleLabel, 1.1);
    auto *head = new QHBoxLayout;
    head->setSpacing(8);
    head->addWidget(iconLabel);
    head->addWidget(titleLabel, 1);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(10);
    layout->addLayout(head);
    layout->addLayout(body);
    layout->addStretch(1);
    return frame;
}

void StartPage::refresh(Database *db, const QString &shareFolder)
{
    while (m_counts->rowCount() > 0)
        m_counts->removeRow(0);
    m_deadlines->refresh(db && db->isOpen() ? db : nullptr);
    if (!db || !db->isOpen()) {
        for (QLabel *l : {m_file, m_schema, m_cipher, m_device, m_share, m_auditStatus})
            l->clear();
        m_calendar->hide();
        m_imports->hide();
        m_auditIcon->clear();
        return;
    }
    m_file->setText(QDir::toNativeSeparators(db->path()));
    m_schema->setText(QString::number(db->schemaVersion()));
    m_cipher->setText(db->cipherVersion());
    m_device->setText(db->deviceId());
    m_share->setText(QDir::toNativeSeparators(shareFolder));
    const QString calendar = HolidayCalendar(*db).missingNextYear(DeskClock::today());
    m_calendar->setText(calendar);
    m_calendar->setVisible(!calendar.isEmpty());

    const QLocale locale;
    for (const RecordKind &kind : RecordCatalog::kinds()) {
        const int n = RecordTableModel::liveRecordCount(*db, kind);
        auto *value = new QLabel(n < 0 ? tr("cannot be read") : locale.toString(n));
        value->setObjectName(QStringLiteral("count_%1").arg(kind.array));
        m_counts->addRow(kind.translatedPlural() + QLatin1Char(':'), value);
    }

    QStringList problems;
    const RecordLookup lookup(*db);
    const QStringList unfinished = lookup.unfinishedImports();
    m_imports->setText(unfinished.join(QLatin1Char('\n')));
    m_imports->setVisible(!unfinished.isEmpty());
    const bool intact = lookup.auditIntact(&problems);
    const int entries = lookup.auditEntryCount();
    m_auditIcon->setPixmap(
        Icons::icon(intact ? QStringLiteral("ok") : QStringLiteral("warning")).pixmap(20, 20));
    if (intact) {
        m_auditStatus->setPalette(QPalette());
        m_auditStatus->setText(
            entries == 0
                ? tr("Empty: nothing has been recorded in this database yet.")
                : tr("Intact: %n entry(ies), each chained to the one before.", nullptr, entries));
    } else {
        Style::error(m_auditStatus);
        m_auditStatus->setText(tr("Broken — the audit log was changed outside Field Desk. Tell "
                                  "IT before you continue.") +
                               QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• ")));
    }
}
