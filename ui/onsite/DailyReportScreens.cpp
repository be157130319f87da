#include "ui/onsite/DailyReportScreens.h"

#include "db/Database.h"
#include "ui/onsite/DailyReportDialog.h"
#include "ui/records/RecordListPage.h"

#include <QTimer>

DailyReportScreens::DailyReportScreens(QWidget *window, RecordListPage *reportList,
                                       QList<RecordListPage *> alsoReload)
    : QObject(window), m_window(window), m_list(reportList), m_alsoReload(std::move(alsoReload))
{
    if (m_list) {
        m_list->setCanCreate(true);
        connect(m_list, &RecordListPage::newRecordRequested, this, [this] { openNew(); });
        connect(m_list, &RecordListPage::recordActivated, this, &DailyReportScreens::openReport);
    }
}

void DailyReportScreens::setDatabase(Database *db)
{
    if (!db && m_dialog && m_db) {
        DailyReportDialog *dialog = m_dialog;
        m_draft.clear();
        if (dialog->isModified()) {
            m_draft = dialog->draft();
            m_draftPath = m_db->path();
            m_draftId = dialog->isNew() ? QString() : dialog->reportId();
        }
        const bool asking = dialog->isAsking();
        m_dialog = nullptr;
        dialog->discard();
        if (!asking) // else it unwinds its question first; WA_DeleteOnClose deletes it
            delete dialog;
    }
    m_db = db;
    if (!db || m_draft.isEmpty() || m_draftPath != db->path())
        return;
    QTimer::singleShot(0, this, [this] { // after the unlock dialog has gone
        const QVariantMap draft = m_draft;
        m_draft.clear();
        if (DailyReportDialog *dialog = open(m_draftId, QString()))
            dialog->applyDraft(draft);
    });
}

DailyReportDialog *DailyReportScreens::openNew(const QString &taskId)
{
    return open(QString(), taskId);
}

DailyReportDialog *DailyReportScreens::openReport(const QString &reportId)
{
    return open(reportId, QString());
}

DailyReportDialog *DailyReportScreens::open(const QString &reportId, const QString &taskId)
{
    if (!m_db)
        return nullptr;
    if (m_dialog) { // one at a time; it is window-modal anyway
        m_dialog->raise();
        m_dialog->activateWindow();
        return nullptr;
    }
    auto *dialog = new DailyReportDialog(*m_db, reportId, taskId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &DailyReportDialog::saved, this, [this](const QString &id) {
        if (m_list)
            m_list->reload();
        for (RecordListPage *list : std::as_const(m_alsoReload)) {
            if (list)
                list->reload();
        }
        emit reportSaved(id);
    });
    dialog->open();
    return dialog;
}

DailyReportDialog *DailyReportScreens::dialog() const
{
    return m_dialog.data();
}
