#include "ui/onsite/AnomalyScreens.h"

#include "db/Database.h"
#include "ui/onsite/AnomalyDialog.h"
#include "ui/onsite/AnomalyListDelegate.h"
#include "ui/records/RecordForm.h"
#include "ui/records/RecordListPage.h"

#include <QTableView>
#include <QTimer>

AnomalyScreens::AnomalyScreens(QWidget *window, RecordListPage *anomalyList)
    : QObject(window), m_window(window), m_list(anomalyList)
{
    if (!m_list)
        return;
    m_list->setCanCreate(true);
    m_list->view()->setItemDelegate(new AnomalyListDelegate(m_list->model(), m_list->view()));
    connect(m_list, &RecordListPage::newRecordRequested, this, [this] { openNew(); });
    connect(m_list, &RecordListPage::recordActivated, this, &AnomalyScreens::openAnomaly);
}

void AnomalyScreens::setDatabase(Database *db)
{
    if (!db && m_dialog && m_db) {
        AnomalyDialog *dialog = m_dialog;
        m_draft.clear();
        if (dialog->isLoaded() && dialog->form()->isModified()) {
            // A new record keeps everything; an existing one only what changed.
            m_draft = dialog->isNew() ? dialog->form()->values() : dialog->form()->changedValues();
            m_draftPath = m_db->path();
            m_draftId = dialog->isNew() ? QString() : dialog->recordId();
        }
        const bool asking = dialog->isAsking();
        m_dialog = nullptr;
        dialog->discard();
        if (!asking)
            delete dialog;
    }
    m_db = db;
    if (!db || m_draft.isEmpty() || m_draftPath != db->path())
        return;
    QTimer::singleShot(0, this, [this] {
        const QVariantMap draft = m_draft;
        m_draft.clear();
        if (AnomalyDialog *dialog = open(m_draftId, QString())) {
            dialog->applyValues(draft);
            dialog->updateNotice();
        }
    });
}

AnomalyDialog *AnomalyScreens::openNew(const QString &taskId)
{
    return open(QString(), taskId);
}

AnomalyDialog *AnomalyScreens::openAnomaly(const QString &id)
{
    return open(id, QString());
}

AnomalyDialog *AnomalyScreens::open(const QString &id, const QString &taskId)
{
    if (!m_db)
        return nullptr;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return nullptr;
    }
    auto *dialog = new AnomalyDialog(*m_db, id, taskId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &AnomalyDialog::saved, this, [this](const QString &savedId) {
        if (m_list)
            m_list->reload();
        emit anomalySaved(savedId);
    });
    dialog->open();
    return dialog;
}

AnomalyDialog *AnomalyScreens::dialog() const
{
    return m_dialog.data();
}
