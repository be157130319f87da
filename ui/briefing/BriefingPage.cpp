#include "ui/briefing/BriefingPage.h"

#include "app/catalog/RecordCatalog.h"
#include "app/models/RecordLookup.h"
#include "app/rules/TaskStateMachine.h"
#include "app/signing/RecordRevisions.h"
#include "app/workflow/BriefingDispatch.h"
#include "app/workflow/TaskNumbering.h"
#include "app/workflow/TaskWorkflow.h"
#include "db/Database.h"
#include "ui/briefing/BriefingAgendaPanel.h"
#include "ui/briefing/BriefingMeetingPanel.h"
#include "ui/briefing/BriefingPackPage.h"
#include "ui/briefing/BriefingTaskHeader.h"
#include "ui/briefing/PreTripPanel.h"
#include "ui/desk/DeskClock.h"
#include "ui/print/PrintDialogs.h"
#include "ui/signing/SignaturePanel.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"
#include "ui/widgets/UnsavedPrompt.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QStringList PreTripFields = {QStringLiteral("pretrip_confirmed"), QStringLiteral("arrival"),
                                   QStringLiteral("site_conditions")};
enum Tab { BriefTab, PreTripTab, PackTab };
} // namespace

BriefingPage::BriefingPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("briefingPage"));
    m_header = new BriefingTaskHeader(this);
    connect(m_header, &BriefingTaskHeader::taskRequested, this,
            [this] { emit taskRequested(m_taskId); });

    m_meeting = new BriefingMeetingPanel(this);
    m_agenda = new BriefingAgendaPanel(this);
    auto *brief = new QWidget(this);
    auto *briefLayout = new QVBoxLayout(brief);
    briefLayout->setSpacing(16);
    briefLayout->addWidget(m_meeting);
    briefLayout->addWidget(m_agenda);
    m_briefScroll = new QScrollArea(this);
    m_briefScroll->setWidgetResizable(true);
    m_briefScroll->setFrameShape(QFrame::NoFrame);
    m_briefScroll->setWidget(brief);
    m_preTrip = new PreTripPanel(this);
    auto *preTripScroll = new QScrollArea(this);
    preTripScroll->setWidgetResizable(true);
    preTripScroll->setFrameShape(QFrame::NoFrame);
    preTripScroll->setWidget(m_preTrip);
    m_pack = new BriefingPackPage(this);
    connect(m_pack, &BriefingPackPage::packRead, this, [this] {
        load();
        emit briefingChanged(m_taskId);
    });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("briefingTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(BriefTab, m_briefScroll, Icons::icon(QStringLiteral("briefing")),
                      tr("Meeting and agenda"));
    m_tabs->insertTab(PreTripTab, preTripScroll, Icons::icon(QStringLiteral("ok")),
                      tr("Pre-trip confirmation"));
    m_tabs->insertTab(PackTab, m_pack, Icons::icon(QStringLiteral("search")), tr("Briefing pack"));

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(m_tabs, 1);
    body->addWidget(buildSide());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);

    m_errors = FormErrors(m_generalError);
    m_meeting->addFields(m_errors);
    m_agenda->addFields(m_errors);
    m_preTrip->addFields(m_errors);

    // The dispatch check follows the typing, a moment after it pauses.
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300);
    connect(m_checkTimer, &QTimer::timeout, this, &BriefingPage::updateBlockers);
    auto edited = [this] {
        if (m_loading)
            return;
        setDirty(true);
        m_checkTimer->start();
    };
    connect(m_meeting, &BriefingMeetingPanel::changed, this, edited);
    connect(m_agenda, &BriefingAgendaPanel::changed, this, edited);
    connect(m_preTrip, &PreTripPanel::changed, this, edited);
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &BriefingPage::save);
    setEnabled(false);
}

QWidget *BriefingPage::buildSide()
{
    auto *side = new QWidget(this);
    side->setFixedWidth(300);
    m_save = new QPushButton(tr("Save brief"), side);
    m_save->setObjectName(QStringLiteral("saveBriefingButton"));
    m_save->setToolTip(tr("Save the mission brief (Ctrl+S)"));
    connect(m_save, &QPushButton::clicked, this, &BriefingPage::save);
    m_unsaved = new QLabel(side);
    m_unsaved->setObjectName(QStringLiteral("briefingUnsaved"));
    Style::secondary(m_unsaved);
    m_generalError = FormErrors::makeLabel(side, QStringLiteral("briefingError"));

    auto *check = new QGroupBox(tr("Before dispatch"), side);
    check->setObjectName(QStringLiteral("dispatchCheck"));
    m_blockers = new QLabel(check);
    m_blockers->setObjectName(QStringLiteral("blockersLabel"));
    m_blockers->setWordWrap(true);
    m_blockers->setTextFormat(Qt::RichText);
    m_blockers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_markBriefed = new QPushButton(Icons::icon(QStringLiteral("ok")), tr("Mark briefed"), check);
    m_markBriefed->setObjectName(QStringLiteral("markBriefedButton"));
    m_markBriefed->setEnabled(false);
    connect(m_markBriefed, &QPushButton::clicked, this, &BriefingPage::markBriefed);
    auto *checkLayout = new QVBoxLayout(check);
    checkLayout->addWidget(m_blockers);
    checkLayout->addWidget(m_markBriefed);

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    m_print = new QPushButton(tr("Print…"), side);
    m_print->setObjectName(QStringLiteral("printBriefingButton"));
    m_print->setToolTip(tr("Preview and print the mission brief (Ctrl+P)"));
    connect(m_print, &QPushButton::clicked, this, &BriefingPage::printPreview);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save, 1);
    buttons->addWidget(m_print);
    layout->addLayout(buttons);
    layout->addWidget(m_unsaved);
    layout->addWidget(m_generalError);
    layout->addSpacing(8);
    layout->addWidget(check);
    // Signing: Robert signs the brief, the engineers acknowledge it; then it locks.
    m_signing = new SignaturePanel(*RecordCatalog::byTable(QStringLiteral("briefings")), side);
    m_signing->setup(m_db, m_tabs, [this] { return save() ? m_briefingId : QString(); });
    connect(m_signing, &SignaturePanel::lockedChanged, m_save, &QWidget::setDisabled);
    connect(m_signing, &SignaturePanel::revisionCreated, this, [this] { load(); });
    layout->addWidget(m_signing);
    layout->addStretch(1);
    return side;
}

void BriefingPage::printPreview()
{
    if (!m_db || m_taskId.isEmpty())
        return;
    // What is printed is the saved brief: typing is saved first (a signed one has none).
    if ((m_briefingId.isEmpty() || m_dirty) && !m_signing->isLocked() && !save())
        return;
    PrintDialogs::preview(this, *m_db, m_briefingId);
}

void BriefingPage::setDatabase(Database *db)
{
    m_db = db;
    m_signing->setDatabase(db);
    setEnabled(db && !m_taskId.isEmpty());
    if (!db) {
        m_checkTimer->stop();
        return; // keeps what was typed for the same file after unlocking
    }
    if (db->path() != m_dbPath) {
        m_dbPath = db->path();
        m_taskId.clear();
        m_dirty = false;
        setEnabled(false);
        return;
    }
    if (!m_taskId.isEmpty())
        updateBlockers();
}

bool BriefingPage::confirmLeave()
{
    if (!m_dirty || !m_db)
        return true;
    const auto answer = UnsavedPrompt::ask(
        this, tr("Unsaved mission brief"),
        tr("The mission brief of %1 has changes that are not saved. Save them?")
            .arg(TaskNumbering::displayText(m_task.value(QStringLiteral("number")).toString())));
    if (answer == UnsavedPrompt::Answer::Save)
        return save();
    return answer == UnsavedPrompt::Answer::Discard;
}

bool BriefingPage::openForTask(const QString &taskId)
{
    if (!m_db || taskId.isEmpty())
        return false;
    if (taskId != m_taskId && !confirmLeave())
        return false;
    if (!RecordLookup(*m_db).exists(QStringLiteral("tasks"), taskId))
        return false;
    if (taskId != m_taskId) {
        m_taskId = taskId;
        setDirty(false); // saved or discarded in confirmLeave()
        m_header->clearMessage();
        m_errors.clear();
        m_tabs->setCurrentIndex(BriefTab);
    }
    setEnabled(true); // first: labels styled while disabled would take the disabled colours
    load();           // the same brief still being written keeps its typing; the rest is read again
    return true;
}

void BriefingPage::load()
{
    m_task.clear();
    QVariantMap brief;
    const RecordLookup lookup(*m_db);
    lookup.get(QStringLiteral("tasks"), m_taskId, &m_task);
    m_briefingId = lookup.oldestForTask(QStringLiteral("briefings"), m_taskId);
    // A signed brief that was corrected: the page shows the current revision.
    if (!m_briefingId.isEmpty())
        RecordRevisions(*m_db).latestOf(m_briefingId, &m_briefingId, nullptr);
    if (!m_briefingId.isEmpty())
        lookup.get(QStringLiteral("briefings"), m_briefingId, &brief);
    m_header->setTask(*m_db, m_task);
    if (!m_dirty) {
        m_loading = true;
        m_meeting->load(*m_db, brief, m_task);
        m_agenda->load(brief, m_task.value(QStringLiteral("safety_risk")).toString());
        m_preTrip->load(brief);
        m_loading = false;
        setDirty(false); // a new brief's proposals (departure, attendees) count as untouched
    }
    m_pack->showTask(m_db, m_taskId);
    m_signing->setRecordId(m_briefingId);
    updateBlockers();
}

QVariantMap BriefingPage::formValues() const
{
    QVariantMap values = m_meeting->values();
    values.insert(m_agenda->values());
    values.insert(m_preTrip->values());
    return values;
}

void BriefingPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_unsaved->setText(dirty ? tr("Unsaved changes") : QString());
    m_unsaved->setVisible(dirty);
}

void BriefingPage::showError(const Error &error)
{
    if (PreTripFields.contains(error.field))
        m_tabs->setCurrentIndex(PreTripTab);
    else if (!error.field.isEmpty() && error.field != QLatin1String("state"))
        m_tabs->setCurrentIndex(BriefTab);
    m_errors.show(error);
    if (QWidget *focus = QApplication::focusWidget()) {
        if (m_briefScroll->isAncestorOf(focus))
            m_briefScroll->ensureWidgetVisible(focus, 20, 60);
    }
    m_header->showMessage(error.message, true);
}

bool BriefingPage::save()
{
    if (!m_db || m_taskId.isEmpty())
        return false;
    m_errors.clear();
    Error error;
    if (!TaskWorkflow(*m_db).saveBriefing(m_taskId, formValues(), &m_briefingId, &error)) {
        showError(error);
        return false;
    }
    setDirty(false);
    m_header->showMessage(tr("Mission brief saved."), false);
    m_pack->showTask(m_db, m_taskId);
    updateBlockers();
    emit briefingChanged(m_taskId);
    return true;
}

bool BriefingPage::markBriefed()
{
    if (!m_db || m_taskId.isEmpty())
        return false;
    m_errors.clear();
    Error error;
    if (!BriefingDispatch(*m_db).saveAndMarkBriefed(m_taskId, formValues(), DeskClock::today(),
                                                    &m_briefingId, &error)) {
        showError(error);
        updateBlockers();
        return false;
    }
    setDirty(false);
    load();
    m_header->showMessage(tr("The task is briefed: the engineers may leave as planned."), false);
    emit briefingChanged(m_taskId);
    return true;
}

void BriefingPage::updateBlockers()
{
    m_checkTimer->stop();
    if (!m_db || m_taskId.isEmpty())
        return;
    static const QStringList pastBriefing = {QStringLiteral("briefed"), QStringLiteral("on_site"),
                                             QStringLiteral("reporting"),
                                             QStringLiteral("callback"), QStringLiteral("closed")};
    const QString state = m_task.value(QStringLiteral("state")).toString();
    m_blockerList.clear();
    Style::plain(m_blockers);
    if (pastBriefing.contains(state)) {
        m_blockers->setText(tr("✓ Marked briefed; the task is now <b>%1</b>.")
                                .arg(TaskStateMachine::label(state).toHtmlEscaped()));
        Style::success(m_blockers);
        m_markBriefed->setEnabled(false);
        m_markBriefed->hide();
        return;
    }
    m_blockerList = BriefingDispatch(*m_db).blockers(m_taskId, formValues(), DeskClock::today());
    if (m_blockerList.isEmpty()) {
        m_blockers->setText(tr("Nothing blocks the dispatch: the task can be marked briefed."));
        Style::success(m_blockers);
    } else {
        QString html = tr("Mark briefed is possible once these are settled:") +
                       QStringLiteral("<ul style='margin-left:-20px'>");
        for (const QString &why : std::as_const(m_blockerList))
            html += QStringLiteral("<li>%1</li>").arg(why.toHtmlEscaped());
        m_blockers->setText(html + QStringLiteral("</ul>"));
        Style::error(m_blockers);
    }
    m_markBriefed->setEnabled(m_blockerList.isEmpty());
    m_markBriefed->show();
}
