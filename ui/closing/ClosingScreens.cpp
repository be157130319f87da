#include "ui/closing/ClosingScreens.h"

#include "app/models/RecordLookup.h"
#include "db/Database.h"
#include "ui/closing/CallbackEditor.h"
#include "ui/closing/ServiceReportEditor.h"
#include "ui/records/RecordEditors.h"
#include "ui/records/RecordForm.h"
#include "ui/records/RecordListPage.h"

ClosingScreens::ClosingScreens(QObject *parent, RecordEditors *editors, RecordListPage *reports,
                               RecordListPage *callbacks)
    : QObject(parent), m_editors(editors)
{
    m_editors->addEditor(QStringLiteral("service_reports"), reports,
                         [this](Database &db, const QString &id, QWidget *parent) {
                             auto *editor = new ServiceReportEditor(db, id, parent);
                             connect(editor, &ServiceReportEditor::knowhowCreated, this,
                                     &ClosingScreens::knowhowCreated);
                             return editor;
                         });
    m_editors->addEditor(QStringLiteral("callbacks"), callbacks,
                         [](Database &db, const QString &id, QWidget *parent) {
                             return new CallbackEditor(db, id, parent);
                         });
    for (auto [array, list] : {std::pair{QStringLiteral("service_reports"), reports},
                               std::pair{QStringLiteral("callbacks"), callbacks}}) {
        if (!list)
            continue;
        list->setCanCreate(true);
        connect(list, &RecordListPage::newRecordRequested, this, [this, array = array] {
            RecordEditorDialog *editor = m_editors->openEditor(array, QString());
            // A call is usually recorded as it is made: now, by the person at the desk.
            if (editor && m_db && array == QLatin1String("callbacks"))
                editor->form()->setRecord(CallbackEditor::newValues(*m_db, QString()));
        });
        connect(list, &RecordListPage::recordActivated, this,
                [this, array = array](const QString &id) { m_editors->openEditor(array, id); });
    }
}

QString ClosingScreens::existing(const QString &table, const QString &taskId) const
{
    return RecordLookup(*m_db).newestForTask(table, taskId);
}

void ClosingScreens::openForTask(const QString &array, const QString &taskId,
                                 const QVariantMap &draft)
{
    const QString id = existing(array, taskId);
    RecordEditorDialog *editor = m_editors->openEditor(array, id);
    // The proposal is where a new record starts, not typing: closing it untouched asks nothing.
    if (editor && id.isEmpty())
        editor->form()->setRecord(draft);
}

void ClosingScreens::openServiceReportForTask(const QString &taskId)
{
    if (m_db && !taskId.isEmpty())
        openForTask(QStringLiteral("service_reports"), taskId,
                    ServiceReportEditor::newValues(*m_db, taskId));
}

void ClosingScreens::openCallbackForTask(const QString &taskId)
{
    if (m_db && !taskId.isEmpty())
        openForTask(QStringLiteral("callbacks"), taskId, CallbackEditor::newValues(*m_db, taskId));
}
