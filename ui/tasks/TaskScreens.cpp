#include "ui/tasks/TaskScreens.h"

#include "db/Database.h"
#include "ui/records/RecordListPage.h"
#include "ui/tasks/TaskIntakeDialog.h"
#include "ui/tasks/TaskPage.h"

#include <QTimer>

TaskScreens::TaskScreens(QWidget *window, RecordListPage *taskList)
    : QObject(window), m_window(window), m_list(taskList)
{
    m_page = new TaskPage(window);
    // Back from the task page to the list.
    connect(m_page, &TaskPage::closeRequested, this, [this] { emit listRequested(m_list); });
    connect(m_page, &TaskPage::taskChanged, this, [this](const QString &id) {
        if (m_list)
            m_list->reload();
        emit taskChanged(id);
    });
    if (m_list) {
        m_list->setCanCreate(true);
        connect(m_list, &RecordListPage::recordActivated, this, &TaskScreens::openTask);
        connect(m_list, &RecordListPage::newRecordRequested, this, &TaskScreens::newTask);
    }
}

TaskIntakeDialog *TaskScreens::intakeDialog() const
{
    return m_intake.data();
}

void TaskScreens::setDatabase(Database *db)
{
    if (!db && m_intake && m_db) {
        if (m_intake->hasInput()) {
            m_draft = m_intake->draft();
            m_draftPath = m_db->path();
        }
        TaskIntakeDialog *dialog = m_intake;
        m_intake = nullptr;
        dialog->reject(); // without asking: the typing is kept above
        dialog->deleteLater();
    }
    m_db = db;
    m_page->setDatabase(db);
    if (db && !m_draft.isEmpty() && m_draftPath == db->path()) {
        QTimer::singleShot(0, this, [this] { // after the unlock dialog has gone
            newTask();
            if (m_intake)
                m_intake->applyDraft(m_draft);
            m_draft.clear();
        });
    }
}

void TaskScreens::openTask(const QString &taskId)
{
    if (!m_db || taskId.isEmpty())
        return;
    if (!m_page->openTask(taskId))
        return;
    emit pageRequested(QStringLiteral("tasks"), m_page);
}

void TaskScreens::newTask()
{
    if (!m_db)
        return;
    if (m_intake) {
        m_intake->raise();
        m_intake->activateWindow();
        return;
    }
    m_intake = new TaskIntakeDialog(*m_db, m_window);
    m_intake->setAttribute(Qt::WA_DeleteOnClose);
    TaskIntakeDialog *dialog = m_intake;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { registered(dialog->taskId(), dialog->taskNumber()); });
    dialog->open();
}

void TaskScreens::registered(const QString &taskId, const QString &number)
{
    if (m_list)
        m_list->reload();
    emit taskChanged(taskId);
    openTask(taskId);
    if (number.isEmpty()) // in a team, with the share out of reach
        m_page->showMessage(tr("Registered. The share folder cannot be reached, so the task "
                               "gets its number at the next sync. Robert assesses it next."));
    else
        m_page->showMessage(tr("Registered as %1. Robert assesses it next.").arg(number));
}
