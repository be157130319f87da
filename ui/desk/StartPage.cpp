#include "ui/desk/StartPage.h"
#include "ui/desk/DeskClock.h"

#include "app/catalog/RecordCatalog.h"
#include "app/models/BackgroundReader.h"
#include "app/models/DeskSummary.h"
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
#include <QPointer>
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

StartPage::~StartPage()
{
    if (m_reader)
        m_reader->cancel(this);
}

void StartPage::setReader(BackgroundReader *reader)
{
    if (m_reader && m_reader != reader)
        m_reader->cancel(this);
    m_reader = reader;
    m_deadlines->setReader(reader);
}

void StartPage::refresh(Database *db, const QString &shareFolder)
{
    const quint64 generation = ++m_generation;
    m_deadlines->refresh(db && db->isOpen() ? db : nullptr);
    if (!db || !db->isOpen()) {
        if (m_reader)
            m_reader->cancel(this);
        while (m_counts->rowCount() > 0)
            m_counts->removeRow(0);
        for (QLabel *l : {m_file, m_schema, m_cipher, m_device, m_share, m_auditStatus})
            l->clear();
        m_calendar->hide();
        m_imports->hide();
        m_auditIcon->clear();
        m_summaryShown = false;
        return;
    }
    m_file->setText(QDir::toNativeSeparators(db->path()));
    m_schema->setText(QString::number(db->schemaVersion()));
    m_cipher->setText(db->cipherVersion());
    m_device->setText(db->deviceId());
    m_share->setText(QDir::toNativeSeparators(shareFolder));

    const QDate today = DeskClock::today();
    if (!m_reader) {
        showSummary(DeskSummary::read(*db, today));
        return;
    }
    // Counting ten years of records and walking the audit entries since the checkpoint take
    // their time: the worker does it, the numbers of the last refresh stay until then.
    m_summaryShown = false;
    if (m_counts->rowCount() == 0) {
        m_auditStatus->setText(tr("Checking…"));
        m_auditStatus->setPalette(QPalette());
    }
    QPointer<StartPage> self(this);
    m_reader->post(this, QStringLiteral("summary"), BackgroundReader::Priority::Urgent,
                   [self, generation, today](Database *worker,
                                             const QString &openError) -> std::function<void()> {
                       DeskSummary summary;
                       if (worker) {
                           summary = DeskSummary::read(*worker, today);
                       } else {
                           summary.auditIntact = false;
                           summary.auditProblems << openError;
                       }
                       return [self, generation, summary] {
                           if (self && self->m_generation == generation)
                               self->showSummary(summary);
                       };
                   });
}

void StartPage::showSummary(const DeskSummary &summary)
{
    m_calendar->setText(summary.calendarWarning);
    m_calendar->setVisible(!summary.calendarWarning.isEmpty());

    while (m_counts->rowCount() > 0)
        m_counts->removeRow(0);
    const QLocale locale;
    for (const auto &count : summary.counts) {
        const RecordKind *kind = RecordCatalog::byArray(count.first);
        if (!kind)
            continue;
        const int n = count.second;
        auto *value = new QLabel(n < 0 ? tr("cannot be read") : locale.toString(n));
        value->setObjectName(QStringLiteral("count_%1").arg(kind->array));
        m_counts->addRow(kind->translatedPlural() + QLatin1Char(':'), value);
    }

    m_imports->setText(summary.unfinishedImports.join(QLatin1Char('\n')));
    m_imports->setVisible(!summary.unfinishedImports.isEmpty());
    const bool intact = summary.auditIntact;
    const int entries = summary.auditEntries;
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
                               QStringLiteral("\n• ") +
                               summary.auditProblems.join(QStringLiteral("\n• ")));
    }
    m_summaryShown = true;
    emit summaryShown(summary.totalRecords);
}
