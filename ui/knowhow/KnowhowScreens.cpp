#include "ui/knowhow/KnowhowScreens.h"

#include "app/catalog/RecordCatalog.h"
#include "app/models/DeskQueries.h"
#include "app/models/RecordLookup.h"
#include "app/people/DeskSession.h"
#include "app/people/L3Seal.h"
#include "app/rules/KnowhowAccess.h"
#include "app/utils/AppSettings.h"
#include "ui/desk/DeskClock.h"
#include "ui/knowhow/LibrarySearchPage.h"
#include "ui/people/PinPrompt.h"
#include "ui/records/RecordEditorDialog.h"
#include "ui/records/RecordEditors.h"
#include "ui/records/RecordForm.h"
#include "ui/records/RecordListPage.h"
#include "ui/widgets/Icons.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QTabWidget>

KnowhowScreens::KnowhowScreens(QWidget *window, RecordEditors *editors, RecordListPage *list,
                               const QHash<QString, RecordListPage *> &lists)
    : QObject(window), m_window(window), m_editors(editors), m_list(list), m_lists(lists)
{
    if (!m_list)
        return;
    m_editors->addEditor(
        QStringLiteral("knowhow"), m_list,
        [this](Database &db, const QString &id, QWidget *parent) {
            auto *editor = new RecordEditorDialog(
                *RecordCatalog::byArray(QStringLiteral("knowhow")), db, id, parent);
            editor->form()->setNote(QStringLiteral("level"),
                                    tr("L3: only Robert, KC and the engineers of the linked "
                                       "tasks may open it; every opening is audited, it is "
                                       "never searched, and its content is stored sealed to "
                                       "their personal keys."));
            if (!id.isEmpty() && id == m_openedId) {
                editor->setOpenedValues({{QString::fromLatin1(L3Seal::TextField), m_openedText}});
                editor->form()->setNote(QString::fromLatin1(L3Seal::TextField), m_openedNote);
            }
            return editor;
        });
    m_list->setCanCreate(true);
    connect(m_list, &RecordListPage::newRecordRequested, this,
            [this] { m_editors->openEditor(QStringLiteral("knowhow"), QString()); });
    connect(m_list, &RecordListPage::recordActivated, this, &KnowhowScreens::openEntry);

    // The search sits in a tab beside the list ("Records", "About this area").
    QWidget *w = m_list->parentWidget();
    while (w && !qobject_cast<QTabWidget *>(w))
        w = w->parentWidget();
    if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
        m_search = new LibrarySearchPage(tabs);
        tabs->insertTab(tabs->indexOf(m_list) + 1, m_search, Icons::icon(QStringLiteral("search")),
                        tr("Search"));
        connect(m_search, &LibrarySearchPage::recordActivated, this, &KnowhowScreens::openRecord);
    }
}

void KnowhowScreens::setDatabase(Database *db)
{
    m_db = db;
    if (!db && m_refusal)
        m_refusal->close();
    if (m_search)
        m_search->setDatabase(db);
}

void KnowhowScreens::reload()
{
    if (m_list)
        m_list->reload();
    if (m_search)
        m_search->search();
}

bool KnowhowScreens::openEntry(const QString &id)
{
    if (!m_db || id.isEmpty())
        return false;
    QVariantMap entry;
    Error error;
    if (!RecordLookup(*m_db).get(QStringLiteral("knowhow"), id, &entry, &error)) {
        refuse(tr("This know-how entry cannot be opened: %1").arg(error.message));
        return false;
    }
    const bool sealed = L3Seal::isL3(entry);
    // An L3 entry is opened by a person who entered their PIN: they are the audit's actor and
    // their key opens the text.
    QString personId = AppSettings().currentPersonId();
    if (sealed && !askPerson(&personId))
        return false;
    KnowhowAccess::Decision decision;
    if (!KnowhowAccess::check(*m_db, id, personId, DeskClock::today(), &decision, &error)) {
        refuse(tr("This know-how entry cannot be opened: %1").arg(error.message));
        return false;
    }
    if (!decision.allowed) {
        QString text =
            tr("This is an L3 restricted know-how entry (SOP-15 §8.2). %1").arg(decision.message);
        text += QStringLiteral("\n\n") +
                (decision.whoMay.isEmpty()
                     ? tr("Only Robert, KC and the engineers of its linked tasks may open it.")
                     : tr("It may be opened by: %1.").arg(decision.whoMay.join(tr(", "))));
        text += QStringLiteral("\n") + tr("This refusal is recorded in the audit log.");
        refuse(text);
        return false;
    }
    m_openedId.clear();
    m_openedText.clear();
    m_openedNote.clear();
    if (sealed) {
        PeopleKeys::Unlocked person;
        L3Seal::Readers readers;
        if (!DeskSession::instance().unlocked(personId, &person) ||
            !L3Seal(*m_db).open(id, person, DeskClock::today(), &m_openedText, &readers, &error)) {
            refuse(tr("This L3 know-how entry was not opened: %1")
                       .arg(person.isNull() ? tr("enter your PIN first.") : error.message));
            return false;
        }
        m_openedId = id;
        QStringList names;
        for (const SealedText::Recipient &r : std::as_const(readers.recipients))
            names << PeopleKeys(*m_db).personName(r.personId);
        m_openedNote = tr("Stored sealed; readable by: %1.").arg(names.join(tr(", ")));
        if (!readers.withoutKey.isEmpty())
            m_openedNote += QLatin1Char(' ') +
                            tr("Allowed but without a confirmed personal key, so not able to "
                               "read it until they enrol: %1.")
                                .arg(readers.withoutKey.join(tr(", ")));
    }
    RecordEditorDialog *editor = m_editors->openEditor(QStringLiteral("knowhow"), id);
    // The text in clear lives in the editor only.
    m_openedId.clear();
    m_openedText.fill(QLatin1Char(' '));
    m_openedText.clear();
    return editor != nullptr;
}

bool KnowhowScreens::askPerson(QString *personId)
{
    if (!personId->isEmpty() && DeskSession::instance().isUnlocked(*personId))
        return true;
    if (personId->isEmpty()) {
        // Nobody has entered a PIN since the desk was unlocked: who opens it?
        QStringList names;
        QStringList ids;
        for (const DeskQueries::Person &p : DeskQueries::peopleWithDeskKey(*m_db)) {
            names << p.name;
            ids << p.id;
        }
        if (ids.isEmpty()) {
            // Refused and audited like anyone not allowed (nobody).
            return true;
        }
        bool chosen = false;
        const QString name = QInputDialog::getItem(
            m_window, tr("Open an L3 know-how entry"),
            tr("Who opens it? Its text opens with your personal key after your PIN; the opening "
               "is recorded in your name."),
            names, 0, false, &chosen);
        if (!chosen)
            return false;
        *personId = ids.value(names.indexOf(name));
    }
    return PinPrompt::ensureUnlocked(*m_db, *personId, m_window);
}

void KnowhowScreens::refuse(const QString &text)
{
    if (m_refusal)
        m_refusal->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Know-how entry not opened"), text,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("l3Refused"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_refusal = box;
    box->open();
}

void KnowhowScreens::openRecord(const QString &table, const QString &id)
{
    if (!m_db)
        return;
    if (table == QLatin1String("knowhow")) {
        openEntry(id);
        return;
    }
    // A daily report has its own dialog (not a RecordEditors editor).
    if (table == QLatin1String("daily_reports")) {
        emit dailyReportRequested(id);
        return;
    }
    const RecordKind *kind = RecordCatalog::byTable(table);
    if (!kind)
        return;
    // Reports open in their own screen's editor; a kind without one in the generic editor.
    if (!m_editors->hasEditor(kind->array)) {
        const RecordKind copy = *kind;
        m_editors->addEditor(kind->array, m_lists.value(kind->array),
                             [copy](Database &db, const QString &recordId, QWidget *parent) {
                                 return new RecordEditorDialog(copy, db, recordId, parent);
                             });
    }
    m_editors->openEditor(kind->array, id);
}
