#include "ui/tasks/EngineerPanel.h"

#include "app/models/DeskQueries.h"
#include "app/workflow/TaskWorkflow.h"
#include "ui/desk/DeskClock.h"
#include "ui/widgets/Style.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EngineerPanel::EngineerPanel(QWidget *parent) : QGroupBox(tr("Engineers (§4.2)"), parent)
{
    setObjectName(QStringLiteral("engineerPanel"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    Style::secondary(m_intro);
    m_rows = new QWidget(this);
    m_grid = new QGridLayout(m_rows);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 1);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("engineerNote"));
    m_note->setWordWrap(true);
    Style::secondary(m_note);
    m_assign = new QPushButton(tr("Assign"), this);
    m_assign->setObjectName(QStringLiteral("assignEngineersButton"));
    connect(m_assign, &QPushButton::clicked, this, &EngineerPanel::assign);
    QLabel *general = FormErrors::makeLabel(this, QStringLiteral("engineerError"));
    m_errors = FormErrors(general);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_note, 1);
    bottom->addWidget(m_assign);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_intro);
    layout->addWidget(m_rows);
    layout->addWidget(general);
    layout->addLayout(bottom);
}

void EngineerPanel::clearRows()
{
    m_checks.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void EngineerPanel::setTask(Database *db, const QString &taskId, const QString &state,
                            const QStringList &assigned)
{
    const bool sameTask = taskId == m_taskId;
    m_db = db;
    m_taskId = taskId;
    m_assigned = assigned;
    if (!sameTask)
        m_errors.clear();
    clearRows();
    m_editable = db && !taskId.isEmpty() &&
                 (state == QLatin1String("registered") || state == QLatin1String("assessed") ||
                  state == QLatin1String("approved"));
    if (!db || taskId.isEmpty()) {
        updateButton();
        return;
    }
    const QDate today = DeskClock::today();
    m_intro->setText(tr("Eligibility for this task on %1: 24 h certification, the annual "
                        "refresher, HF first aid for an HF site, NDA and non-compete for "
                        "consultants, the role's scope.")
                         .arg(today.toString(Qt::ISODate)));
    TaskWorkflow workflow(*db);
    struct Row
    {
        DeskQueries::Person person;
        QStringList reasons;
    };
    QList<Row> rows;
    for (const DeskQueries::Person &p : DeskQueries::people(*db))
        rows.append({p, workflow.eligibilityReasons(p.id, taskId, today)});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.reasons.isEmpty() && !b.reasons.isEmpty();
    });
    int r = 0;
    for (const Row &row : std::as_const(rows)) {
        const bool eligible = row.reasons.isEmpty();
        const bool isAssigned = assigned.contains(row.person.id);
        auto *check = new QCheckBox(
            QStringLiteral("%1 — %2").arg(row.person.name, row.person.rolesText()), m_rows);
        check->setObjectName(QStringLiteral("engineer_%1").arg(row.person.id));
        check->setChecked(isAssigned);
        // Someone assigned earlier who is no longer eligible can still be unchecked.
        check->setEnabled(m_editable && (eligible || isAssigned));
        connect(check, &QCheckBox::toggled, this, &EngineerPanel::updateButton);
        auto *why = new QLabel(m_rows);
        why->setObjectName(QStringLiteral("engineerReasons_%1").arg(row.person.id));
        why->setWordWrap(true);
        if (eligible) {
            why->setText(tr("Eligible"));
            Style::secondary(why);
        } else {
            why->setText(row.reasons.join(QLatin1Char('\n')));
            Style::error(why);
        }
        m_grid->addWidget(check, r, 0, Qt::AlignTop);
        m_grid->addWidget(why, r, 1, Qt::AlignTop);
        m_checks.insert(row.person.id, check);
        ++r;
    }
    updateButton();
}

QStringList EngineerPanel::checkedIds() const
{
    QStringList ids;
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        if (it.value()->isChecked())
            ids << it.key();
    }
    ids.sort();
    return ids;
}

void EngineerPanel::updateButton()
{
    QStringList saved = m_assigned;
    saved.sort();
    const bool changed = checkedIds() != saved;
    m_assign->setVisible(m_editable);
    m_assign->setEnabled(m_editable && changed);
    if (!m_db || m_taskId.isEmpty())
        m_note->clear();
    else if (!m_editable)
        m_note->setText(tr("The engineers are fixed once the task is briefed or finished."));
    else if (m_assigned.isEmpty())
        m_note->setText(changed ? tr("Not saved yet.") : tr("Nobody is assigned yet."));
    else
        m_note->setText(changed ? tr("Not saved yet.")
                                : tr("%n person(s) assigned.", nullptr, int(m_assigned.size())));
}

void EngineerPanel::assign()
{
    if (!m_db || !m_editable)
        return;
    m_errors.clear();
    Error error;
    if (!TaskWorkflow(*m_db).assignEngineers(m_taskId, checkedIds(), DeskClock::today(), &error)) {
        m_errors.show(error);
        return;
    }
    emit assigned();
}
