#include "ui/tasks/TaskIntakeDialog.h"
#include "app/utils/RecordTime.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/RecordCatalog.h"
#include "app/models/DeskQueries.h"
#include "app/models/RecordLookup.h"
#include "app/workflow/TaskWorkflow.h"
#include "ui/desk/DeskClock.h"
#include "ui/tasks/CustomerHistoryPanel.h"
#include "ui/widgets/Style.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const FieldSpec &taskField(const char *key)
{
    return *RecordCatalog::byArray(QStringLiteral("tasks"))->field(QString::fromLatin1(key));
}
QWidget *withError(QWidget *editor, QLabel *error)
{
    auto *box = new QWidget(editor->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(error);
    return box;
}
} // namespace

TaskIntakeDialog::TaskIntakeDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("taskIntakeDialog"));
    setWindowTitle(tr("New dispatch request"));
    auto *heading = new QLabel(tr("Register a dispatch request"), this);
    Style::title(heading, 1.4);
    auto *intro = new QLabel(tr("SOP-10 §5.2.1: register the customer's request within 24 h of "
                                "receiving it; Robert assesses it next."),
                             this);
    intro->setWordWrap(true);
    Style::secondary(intro);

    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("customerCombo"));
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->lineEdit()->setPlaceholderText(tr("Type to search by name or short name"));
    m_customer->setMinimumWidth(360);
    loadCustomers();
    auto *completer = new QCompleter(m_customer->model(), m_customer);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_customer->setCompleter(completer);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->setPlaceholderText(tr("Choose the type"));
    for (const QString &v : taskField("type").values)
        m_type->addItem(EnumNames::text(QStringLiteral("type"), v), v);
    m_type->setCurrentIndex(-1);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    m_priority->addItem(tr("P0 — urgent"), QStringLiteral("P0"));
    m_priority->addItem(tr("P1 — normal"), QStringLiteral("P1"));
    m_priority->setCurrentIndex(1);

    m_requestedAt = new QDateTimeEdit(this);
    m_requestedAt->setObjectName(QStringLiteral("requestedAtEdit"));
    m_requestedAt->setCalendarPopup(true);
    m_requestedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    // China time, whatever the computer's zone: the edit holds the wall clock (as UTC, so no
    // daylight-saving gap moves it) and requestedAt() gives it its +08:00.
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    m_requestedAt->setTimeZone(QTimeZone::utc());
#else
    m_requestedAt->setTimeSpec(Qt::UTC); // QDateTimeEdit::setTimeZone() is Qt 6.7's
#endif
    m_requestedAt->setDateTime(
        RecordTime::wallClock(RecordTime::parse(RecordTime::minuteText(DeskClock::now()))));
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("registrationRuleLabel"));
    m_rule->setWordWrap(true);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setMaxLength(taskField("title").effectiveMaxLength());
    m_subject->setPlaceholderText(tr("In a few words, e.g. 涂布厚度不均"));
    m_site = new QLineEdit(this);
    m_site->setObjectName(QStringLiteral("siteEdit"));
    m_site->setMaxLength(taskField("site").effectiveMaxLength());
    m_site->setPlaceholderText(tr("Plant, line or station"));
    m_request = new QPlainTextEdit(this);
    m_request->setObjectName(QStringLiteral("requestEdit"));
    m_request->setTabChangesFocus(true);
    m_request->setPlaceholderText(tr("What the customer asked for, in their words"));
    m_request->setMinimumHeight(110);
    m_proactive = new QCheckBox(tr("Proactive dispatch (主动派员, SOP-10 §6)"), this);
    m_proactive->setObjectName(QStringLiteral("proactiveCheck"));
    m_proactive->setToolTip(tr("A visit Lithera plans by the customer's tier, not one the "
                               "customer asked for"));

    auto *general = FormErrors::makeLabel(this, QStringLiteral("intakeError"));
    m_errors = FormErrors(general);
    auto *form = new QFormLayout;
    form->setVerticalSpacing(8);
    const auto row = [&](const QString &label, const char *field, QWidget *editor) {
        QLabel *error = FormErrors::makeLabel(this, QStringLiteral("error_%1").arg(field));
        m_errors.add(QString::fromLatin1(field), editor, error);
        form->addRow(label, withError(editor, error));
    };
    row(tr("&Customer:"), "customer_id", m_customer);
    row(tr("&Type:"), "type", m_type);
    row(tr("&Priority:"), "priority", m_priority);
    auto *timeBox = new QWidget(this);
    auto *timeLayout = new QVBoxLayout(timeBox);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->addWidget(m_requestedAt);
    timeLayout->addWidget(m_rule);
    row(tr("&Requested at:"), "requested_at", timeBox);
    row(tr("&Subject:"), "title", m_subject);
    row(tr("S&ite:"), "site", m_site);
    row(tr("Re&quest:"), "description", m_request);
    row(QString(), "proactive", m_proactive);
    // The error of requested_at focuses the time edit, not its box.
    m_errors.add(QStringLiteral("requested_at"), m_requestedAt,
                 findChild<QLabel *>(QStringLiteral("error_requested_at")));

    auto *buttons = new QDialogButtonBox(this);
    m_register = buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    m_register->setObjectName(QStringLiteral("registerButton"));
    m_register->setDefault(true);
    m_register->setShortcut(QKeySequence::Save);
    m_register->setToolTip(tr("Register the request and give it a task number (Ctrl+S)"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_register, &QPushButton::clicked, this, &TaskIntakeDialog::registerTask);
    connect(cancel, &QPushButton::clicked, this, &TaskIntakeDialog::cancelAsked);

    m_history = new CustomerHistoryPanel(this);
    m_history->setMinimumWidth(380);

    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(heading);
    left->addWidget(intro);
    left->addLayout(form, 1);
    left->addWidget(general);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addLayout(left, 3);
    columns->addWidget(m_history, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 14);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_customer, &QComboBox::currentTextChanged, this, &TaskIntakeDialog::updateHistory);
    connect(m_requestedAt, &QDateTimeEdit::dateTimeChanged, this, &TaskIntakeDialog::updateRule);
    const auto touched = [this] {
        m_touched = true;
    };
    connect(m_customer, &QComboBox::currentTextChanged, this, touched);
    connect(m_type, &QComboBox::currentIndexChanged, this, touched);
    connect(m_requestedAt, &QDateTimeEdit::dateTimeChanged, this, touched);
    connect(m_subject, &QLineEdit::textChanged, this, touched);
    connect(m_site, &QLineEdit::textChanged, this, touched);
    connect(m_request, &QPlainTextEdit::textChanged, this, touched);
    auto *ticker = new QTimer(this); // "now" moves on while the form is open
    ticker->start(30 * 1000);
    connect(ticker, &QTimer::timeout, this, &TaskIntakeDialog::updateRule);

    m_customer->setCurrentIndex(-1);
    m_customer->clearEditText();
    m_touched = false;
    updateRule();
    updateHistory();
    resize(1020, 640);
}

void TaskIntakeDialog::loadCustomers()
{
    for (const DeskQueries::Customer &c : DeskQueries::customers(m_db)) {
        const QString text = c.shortName.isEmpty() || c.shortName == c.name
                                 ? c.name
                                 : QStringLiteral("%1 · %2").arg(c.name, c.shortName);
        m_customer->addItem(text, c.id);
    }
}

QString TaskIntakeDialog::customerId() const
{
    const int index =
        m_customer->findText(m_customer->currentText().trimmed(), Qt::MatchFixedString);
    return index >= 0 ? m_customer->itemData(index).toString() : QString();
}

bool TaskIntakeDialog::hasInput() const
{
    return m_touched;
}

QDateTime TaskIntakeDialog::requestedAt() const
{
    return RecordTime::fromWallClock(m_requestedAt->dateTime(), RecordTime::ChinaOffset);
}

QVariantMap TaskIntakeDialog::draft() const
{
    return {{QStringLiteral("customer"), m_customer->currentText()},
            {QStringLiteral("type"), m_type->currentIndex()},
            {QStringLiteral("priority"), m_priority->currentIndex()},
            {QStringLiteral("requested_at"), requestedAt()},
            {QStringLiteral("title"), m_subject->text()},
            {QStringLiteral("site"), m_site->text()},
            {QStringLiteral("description"), m_request->toPlainText()},
            {QStringLiteral("proactive"), m_proactive->isChecked()}};
}

void TaskIntakeDialog::planProactive(const QString &customerId)
{
    const int index = m_customer->findData(customerId);
    if (index >= 0)
        m_customer->setCurrentIndex(index);
    m_proactive->setChecked(true);
    if (m_subject->text().isEmpty())
        m_subject->setText(tr("Proactive visit"));
    // The visit is Lithera's own plan: the request is now.
    m_type->setFocus();
    updateHistory();
}

void TaskIntakeDialog::applyDraft(const QVariantMap &draft)
{
    m_customer->setEditText(draft.value(QStringLiteral("customer")).toString());
    m_type->setCurrentIndex(draft.value(QStringLiteral("type")).toInt());
    m_priority->setCurrentIndex(draft.value(QStringLiteral("priority")).toInt());
    m_requestedAt->setDateTime(
        RecordTime::wallClock(draft.value(QStringLiteral("requested_at")).toDateTime()));
    m_subject->setText(draft.value(QStringLiteral("title")).toString());
    m_site->setText(draft.value(QStringLiteral("site")).toString());
    m_request->setPlainText(draft.value(QStringLiteral("description")).toString());
    m_proactive->setChecked(draft.value(QStringLiteral("proactive")).toBool());
    m_touched = true;
    updateHistory();
}

QString TaskIntakeDialog::delayText(const QDateTime &requestedAt, const QDateTime &registeredAt,
                                    bool *late)
{
    const qint64 minutes = qMax<qint64>(0, requestedAt.secsTo(registeredAt) / 60);
    QString span;
    if (minutes < 60)
        span = tr("%n min", nullptr, int(minutes));
    else if (minutes < 72 * 60)
        span = tr("%n h", nullptr, int(minutes / 60));
    else
        span = tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
    *late = !TaskWorkflow::registeredInTime(requestedAt, registeredAt);
    return *late ? tr("%1 after the request — late (limit 24 h)").arg(span)
                 : tr("%1 after the request — in time (limit 24 h)").arg(span);
}

QString TaskIntakeDialog::ruleText(const QDateTime &requestedAt, const QDateTime &now, bool *late)
{
    if (requestedAt.secsTo(now) < -300) {
        *late = true;
        return tr("The request time lies in the future; check the date.");
    }
    const QString delay = delayText(requestedAt, now, late);
    return *late ? tr("Registered now: %1. It can still be registered; the start page lists it "
                      "as registered late.")
                       .arg(delay)
                 : tr("Registered now: %1.").arg(delay);
}

void TaskIntakeDialog::updateRule()
{
    bool late = false;
    m_rule->setText(ruleText(requestedAt(), DeskClock::now(), &late));
    m_rule->setProperty("late", late);
    if (late) {
        Style::error(m_rule);
    } else {
        Style::success(m_rule);
    }
}

void TaskIntakeDialog::updateHistory()
{
    const QString id = customerId();
    if (id == m_shownCustomer)
        return;
    m_shownCustomer = id;
    m_history->setCustomer(&m_db, id);
}

void TaskIntakeDialog::registerTask()
{
    m_errors.clear();
    const QString customer = customerId();
    if (customer.isEmpty()) {
        m_errors.showAt(QStringLiteral("customer_id"),
                        m_customer->currentText().trimmed().isEmpty()
                            ? tr("Choose the customer.")
                            : tr("There is no customer “%1”; choose one from the list.")
                                  .arg(m_customer->currentText().trimmed()));
        return;
    }
    QVariantMap fields{{QStringLiteral("customer_id"), customer},
                       {QStringLiteral("type"), m_type->currentData()},
                       {QStringLiteral("priority"), m_priority->currentData()},
                       {QStringLiteral("requested_at"), requestedAt().toString(Qt::ISODate)}};
    const auto text = [&](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            fields.insert(QString::fromLatin1(key), value.trimmed());
    };
    text("title", m_subject->text());
    text("site", m_site->text());
    text("description", m_request->toPlainText());
    if (m_proactive->isChecked())
        fields.insert(QStringLiteral("proactive"), true);
    if (m_type->currentIndex() < 0) {
        m_errors.showAt(QStringLiteral("type"), tr("Choose the type of dispatch."));
        return;
    }
    Error error;
    QString id;
    if (!TaskWorkflow(m_db).registerTask(fields, DeskClock::now(), &id, &error)) {
        m_errors.show(error);
        return;
    }
    const QVariantMap task = RecordLookup(m_db).record(QStringLiteral("tasks"), id);
    m_taskId = id;
    m_number = task.value(QStringLiteral("number")).toString();
    accept();
}

void TaskIntakeDialog::cancelAsked()
{
    if (hasInput() &&
        QMessageBox::question(this, tr("Discard the request?"),
                              tr("The request has not been registered. Discard what you typed?"),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    reject();
}

void TaskIntakeDialog::closeEvent(QCloseEvent *event)
{
    if (result() == QDialog::Rejected && hasInput() && isVisible()) {
        event->ignore();
        cancelAsked();
        return;
    }
    QDialog::closeEvent(event);
}

void TaskIntakeDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        cancelAsked();
        return;
    }
    QDialog::keyPressEvent(event);
}
