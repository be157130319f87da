#include "ui/tasks/AssessmentPanel.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/RecordCatalog.h"
#include "app/workflow/TaskWorkflow.h"
#include "ui/desk/DeskClock.h"
#include "ui/widgets/Style.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QDate NotSet(2000, 1, 1);

// An empty date opens its calendar at this month, not at the "not set" marker's.
class CalendarToToday : public QObject
{
public:
    CalendarToToday(QDateEdit *edit) : QObject(edit), m_edit(edit) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == NotSet) {
            const QDate today = DeskClock::today();
            m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit *m_edit;
};

QComboBox *enumCombo(const char *key, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("%1Combo").arg(QString::fromLatin1(key)));
    combo->setPlaceholderText(AssessmentPanel::tr("Choose"));
    const FieldSpec *spec =
        RecordCatalog::byArray(QStringLiteral("tasks"))->field(QString::fromLatin1(key));
    for (const QString &v : spec->values)
        combo->addItem(EnumNames::text(spec->key, v), v);
    combo->setCurrentIndex(-1);
    return combo;
}
QPlainTextEdit *textBox(const char *name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}
QDateEdit *dateEdit(const char *name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(NotSet);
    edit->setSpecialValueText(AssessmentPanel::tr("not set"));
    edit->setDate(NotSet);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("2026-11-20")) + 60);
    edit->calendarWidget()->installEventFilter(new CalendarToToday(edit));
    return edit;
}
void setCombo(QComboBox *combo, const QVariant &value)
{
    combo->setCurrentIndex(combo->findData(value.toString()));
}
QVariant comboValue(const QComboBox *combo)
{
    return combo->currentIndex() < 0 ? QVariant() : combo->currentData();
}
QVariant dateValue(const QDateEdit *edit)
{
    return edit->date() == NotSet ? QVariant() : QVariant(edit->date().toString(Qt::ISODate));
}
QString plainOrNull(const QPlainTextEdit *edit)
{
    return edit->toPlainText().trimmed();
}
} // namespace

AssessmentPanel::AssessmentPanel(QWidget *parent) : QGroupBox(tr("Assessment (§5.2.2)"), parent)
{
    setObjectName(QStringLiteral("assessmentPanel"));
    m_necessity = textBox("necessityEdit",
                          tr("Must it be solved on site? Can it be handled remotely?"), this);
    m_complexity = enumCombo("complexity", this);
    m_days = new QDoubleSpinBox(this);
    m_days->setObjectName(QStringLiteral("plannedDaysSpin"));
    m_days->setRange(0, 365);
    m_days->setDecimals(1);
    m_days->setSingleStep(0.5);
    m_days->setSpecialValueText(tr("not set"));
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("Half a day, 1–3 days or more than 3 days decides the approval level"));
    m_knowhow = enumCombo("knowhow_risk", this);
    m_safety = enumCombo("safety_risk", this);
    m_commercial = textBox("commercialEdit", tr("Strategic value of the customer, revenue"), this);
    m_remote = textBox("remoteEdit", tr("Could it be solved remotely with AI assistance?"), this);
    m_major = new QCheckBox(tr("Major customer complaint"), this);
    m_major->setObjectName(QStringLiteral("majorComplaintCheck"));
    m_start = dateEdit("plannedStartEdit", this);
    m_end = dateEdit("plannedEndEdit", this);

    m_approval = new QLabel(this);
    m_approval->setObjectName(QStringLiteral("requiredApprovalLabel"));
    m_approval->setWordWrap(true);
    m_approval->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); "
                                             "border: 1px solid palette(midlight); "
                                             "border-radius: 4px; padding: 6px 8px; }"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("assessmentNote"));
    m_note->setWordWrap(true);
    Style::secondary(m_note);
    m_save = new QPushButton(tr("Save assessment"), this);
    m_save->setObjectName(QStringLiteral("saveAssessmentButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the assessment (Ctrl+S)"));
    connect(m_save, &QPushButton::clicked, this, &AssessmentPanel::save);

    QLabel *general = FormErrors::makeLabel(this, QStringLiteral("assessmentError"));
    m_errors = FormErrors(general);
    auto *form = new QFormLayout;
    form->setVerticalSpacing(6);
    const auto row = [&](const QString &label, const char *field, QWidget *editor,
                         QLayout *layout = nullptr) {
        QLabel *error = FormErrors::makeLabel(this, QStringLiteral("error_%1").arg(field));
        m_errors.add(QString::fromLatin1(field), editor, error);
        if (layout)
            form->addRow(label, layout);
        else
            form->addRow(label, editor);
        form->addRow(QString(), error);
    };
    row(tr("Necessity:"), "necessity", m_necessity);
    row(tr("Complexity:"), "complexity", m_complexity);
    row(tr("Duration:"), "planned_days", m_days);
    row(tr("Know-how risk:"), "knowhow_risk", m_knowhow);
    row(tr("Safety risk:"), "safety_risk", m_safety);
    row(tr("Commercial value:"), "commercial_value", m_commercial);
    row(tr("Remote alternative:"), "remote_alternative", m_remote);
    row(QString(), "major_complaint", m_major);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_end);
    dates->addStretch(1);
    row(tr("Planned:"), "planned_start", m_start, dates);
    m_errors.add(QStringLiteral("planned_end"), m_end,
                 findChild<QLabel *>(QStringLiteral("error_planned_start")));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_note, 1);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_approval);
    layout->addWidget(general);
    layout->addLayout(bottom);

    for (QComboBox *c : {m_complexity, m_knowhow, m_safety})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    for (QPlainTextEdit *e : {m_necessity, m_commercial, m_remote})
        connect(e, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    connect(m_days, &QDoubleSpinBox::valueChanged, this, [this] { setDirty(true); });
    connect(m_major, &QCheckBox::toggled, this, [this] { setDirty(true); });
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (d != NotSet && m_end->date() == NotSet)
            m_end->setDate(d); // a sensible start for the end
        setDirty(true);
    });
    connect(m_end, &QDateEdit::dateChanged, this, [this] { setDirty(true); });
    updateEditable();
}

void AssessmentPanel::setTask(Database *db, const QString &taskId, const QVariantMap &task,
                              const QString &customerTier)
{
    m_db = db;
    m_taskId = taskId;
    m_state = task.value(QStringLiteral("state")).toString();
    m_tier = customerTier;
    m_loading = true;
    m_necessity->setPlainText(task.value(QStringLiteral("necessity")).toString());
    setCombo(m_complexity, task.value(QStringLiteral("complexity")));
    m_days->setValue(task.value(QStringLiteral("planned_days")).toDouble());
    setCombo(m_knowhow, task.value(QStringLiteral("knowhow_risk")));
    setCombo(m_safety, task.value(QStringLiteral("safety_risk")));
    m_commercial->setPlainText(task.value(QStringLiteral("commercial_value")).toString());
    m_remote->setPlainText(task.value(QStringLiteral("remote_alternative")).toString());
    m_major->setChecked(task.value(QStringLiteral("major_complaint")).toInt() != 0);
    const auto date = [](const QVariant &v) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? d : NotSet;
    };
    m_start->setDate(date(task.value(QStringLiteral("planned_start"))));
    m_end->setDate(date(task.value(QStringLiteral("planned_end"))));
    m_loading = false;
    m_errors.clear();
    setDirty(false);
    updateEditable();
    updateApproval();
}

void AssessmentPanel::setDatabase(Database *db)
{
    m_db = db;
    updateEditable();
}

bool AssessmentPanel::liveLevel(ApprovalMatrix::Level *level) const
{
    if (m_days->value() <= 0 || m_complexity->currentIndex() < 0)
        return false;
    ApprovalMatrix::Input in;
    in.plannedDays = m_days->value();
    in.complexity = m_complexity->currentData().toString();
    in.knowhowRisk = comboValue(m_knowhow).toString();
    in.customerTier = m_tier;
    in.majorComplaint = m_major->isChecked();
    *level = ApprovalMatrix::required(in);
    return true;
}

void AssessmentPanel::updateApproval()
{
    ApprovalMatrix::Level level;
    if (!liveLevel(&level)) {
        m_approval->setText(tr("Required approval: enter the duration and the complexity to see "
                               "who must approve."));
        m_approval->setProperty("level", QString());
        return;
    }
    QStringList roles;
    for (const QString &role : ApprovalMatrix::approverRoles(level))
        roles << EnumNames::text(QStringLiteral("roles"), role);
    QString text =
        tr("Required approval: <b>%1</b>").arg(ApprovalMatrix::description(level).toHtmlEscaped());
    if (m_tier == QLatin1String("A"))
        text += QStringLiteral("<br>") + tr("The customer is a tier A strategic customer.");
    if (m_dirty && m_editable)
        text += QStringLiteral("<br>") + tr("Computed from the fields above; save the assessment "
                                            "before anyone approves.");
    m_approval->setText(text);
    m_approval->setProperty("level", ApprovalMatrix::key(level));
}

QVariantMap AssessmentPanel::values() const
{
    const auto text = [](const QPlainTextEdit *e) {
        const QString t = plainOrNull(e);
        return t.isEmpty() ? QVariant() : QVariant(t);
    };
    return {{QStringLiteral("necessity"), text(m_necessity)},
            {QStringLiteral("complexity"), comboValue(m_complexity)},
            {QStringLiteral("planned_days"),
             m_days->value() > 0 ? QVariant(m_days->value()) : QVariant()},
            {QStringLiteral("knowhow_risk"), comboValue(m_knowhow)},
            {QStringLiteral("safety_risk"), comboValue(m_safety)},
            {QStringLiteral("commercial_value"), text(m_commercial)},
            {QStringLiteral("remote_alternative"), text(m_remote)},
            {QStringLiteral("major_complaint"), m_major->isChecked() ? 1 : 0},
            {QStringLiteral("planned_start"), dateValue(m_start)},
            {QStringLiteral("planned_end"), dateValue(m_end)}};
}

void AssessmentPanel::save()
{
    if (!m_db || !m_editable)
        return;
    m_errors.clear();
    Error error;
    if (!TaskWorkflow(*m_db).assess(m_taskId, values(), &error)) {
        m_errors.show(error);
        return;
    }
    setDirty(false);
    emit saved();
}

void AssessmentPanel::setDirty(bool dirty)
{
    if (m_loading)
        return;
    const bool changed = dirty != m_dirty;
    m_dirty = dirty;
    updateApproval();
    if (changed)
        emit dirtyChanged(dirty);
}

void AssessmentPanel::updateEditable()
{
    m_editable = m_db && !m_taskId.isEmpty() &&
                 (m_state == QLatin1String("registered") || m_state == QLatin1String("assessed"));
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_necessity, m_complexity, m_days, m_knowhow, m_safety,
                                          m_commercial, m_remote, m_major, m_start, m_end}) {
        if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            text->setReadOnly(!m_editable);
        else
            w->setEnabled(m_editable);
    }
    m_save->setVisible(m_editable);
    if (m_taskId.isEmpty() || !m_db)
        m_note->clear();
    else if (m_editable)
        m_note->setText(m_state == QLatin1String("assessed")
                            ? tr("May be changed until someone approves or rejects the task.")
                            : tr("Saving makes the task assessed; then it goes to approval."));
    else
        m_note->setText(tr("The assessment is fixed: the task is %1.")
                            .arg(EnumNames::text(QStringLiteral("state"), m_state)));
}
