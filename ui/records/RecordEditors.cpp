#include "ui/records/RecordEditors.h"

#include "app/catalog/RecordCatalog.h"
#include "app/people/L3Seal.h"
#include "db/Database.h"
#include "ui/records/RecordEditorDialog.h"
#include "ui/records/RecordForm.h"
#include "ui/records/RecordListPage.h"

#include <QTimer>

RecordEditors::RecordEditors(QWidget *window) : QObject(window), m_window(window) {}

QStringList RecordEditors::editableArrays()
{
    return {QStringLiteral("customers"), QStringLiteral("people"), QStringLiteral("ndas"),
            QStringLiteral("holidays")};
}

void RecordEditors::attach(const QHash<QString, RecordListPage *> &pages)
{
    for (const QString &array : editableArrays()) {
        RecordListPage *page = pages.value(array);
        if (!page || !RecordCatalog::byArray(array))
            continue;
        m_pages.insert(array, page);
        page->setCanCreate(true);
        connect(page, &RecordListPage::newRecordRequested, this,
                [this, array] { openEditor(array, QString()); });
        connect(page, &RecordListPage::recordActivated, this,
                [this, array](const QString &id) { openEditor(array, id); });
    }
}

void RecordEditors::addEditor(const QString &array, RecordListPage *page, const Factory &factory)
{
    m_pages.insert(array, page);
    m_factories.insert(array, factory);
}

void RecordEditors::setDatabase(Database *db)
{
    if (!db) {
        if (m_editor && m_db) {
            RecordEditorDialog *editor = m_editor;
            // An L3 entry's opened text is not kept past the lock: it opens again with a PIN.
            const bool sealed = editor->kind().table == QLatin1String(L3Seal::Table) &&
                                L3Seal::isL3(editor->form()->values());
            const bool typed = editor->isLoaded() && editor->form()->isModified() && !sealed;
            m_draft = {};
            if (typed) {
                // A new record keeps everything; an existing one only what changed.
                m_draft = {m_db->path(), editor->kind().array,
                           editor->isNew() ? QString() : editor->recordId(),
                           editor->isNew() ? editor->form()->values()
                                           : editor->form()->changedValues()};
            }
            const bool asking = editor->isAsking();
            editor->discard();
            if (!asking) // else it unwinds its question first; WA_DeleteOnClose deletes it
                delete editor;
        }
        m_db = nullptr;
        return;
    }
    m_db = db;
    if (m_draft.array.isEmpty() || m_draft.databasePath != db->path())
        return;
    const Draft draft = m_draft;
    m_draft = {};
    // After the unlock dialog has gone.
    QTimer::singleShot(0, this, [this, draft] {
        if (RecordEditorDialog *editor = openEditor(draft.array, draft.id))
            editor->applyValues(draft.values);
    });
}

RecordEditorDialog *RecordEditors::currentEditor() const
{
    return m_editor.data();
}

RecordEditorDialog *RecordEditors::openEditor(const QString &array, const QString &id)
{
    const RecordKind *kind = RecordCatalog::byArray(array);
    if (!m_db || !kind || !m_pages.contains(array))
        return nullptr;
    if (m_editor) { // one at a time; it is window-modal anyway
        m_editor->raise();
        m_editor->activateWindow();
        return nullptr;
    }
    auto *editor = m_factories.contains(array) ? m_factories.value(array)(*m_db, id, m_window)
                                               : new RecordEditorDialog(*kind, *m_db, id, m_window);
    if (!editor)
        return nullptr;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = editor;
    connect(editor, &RecordEditorDialog::saved, this, [this, array](const QString &savedId) {
        if (RecordListPage *page = m_pages.value(array))
            page->reload();
        emit recordSaved(array, savedId);
    });
    editor->open();
    return editor;
}
