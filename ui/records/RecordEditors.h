#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

#include <functional>

class Database;
class RecordEditorDialog;
class RecordListPage;
class QWidget;

// Connects the record lists that have an editor (customers, people, NDAs, holidays) to
// RecordEditorDialog: "New…" and Ctrl+N open an empty one, double-click or Enter on a row opens
// that record, and the list reloads after a save. When the window locks, an open editor is
// closed without asking and what was typed is kept in memory; after unlocking the same
// database it opens again with those values, so locking never loses typing.
class RecordEditors : public QObject
{
    Q_OBJECT
public:
    explicit RecordEditors(QWidget *window);

    // The interchange arrays that have an editor.
    static QStringList editableArrays();
    // Hooks up the pages of editableArrays() among pages (array -> list page).
    void attach(const QHash<QString, RecordListPage *> &pages);

    // A screen's own editor for array (a RecordEditorDialog subclass: the service report, the
    // call-back, the know-how entry). page reloads after a save; the caller connects the
    // list's signals itself (it may check something first, e.g. L3 access). Locking keeps its
    // typing like any other editor's.
    using Factory =
        std::function<RecordEditorDialog *(Database &db, const QString &id, QWidget *parent)>;
    void addEditor(const QString &array, RecordListPage *page, const Factory &factory);
    bool hasEditor(const QString &array) const { return m_pages.contains(array); }

    // nullptr (locking, closing): closes an open editor and keeps its draft. A database: the
    // editors use it; a draft for the same file opens again.
    void setDatabase(Database *db);

    // id empty: a new record. Null when there is no database or the kind has no editor.
    RecordEditorDialog *openEditor(const QString &array, const QString &id);
    RecordEditorDialog *currentEditor() const;

signals:
    void recordSaved(const QString &array, const QString &id);

private:
    struct Draft
    {
        QString databasePath;
        QString array;
        QString id; // empty: a new record
        QVariantMap values;
    };

    QWidget *m_window;
    Database *m_db = nullptr;
    QHash<QString, RecordListPage *> m_pages;
    QHash<QString, Factory> m_factories;
    QPointer<RecordEditorDialog> m_editor;
    Draft m_draft;
};
