#pragma once

#include "app/catalog/RecordKind.h"

#include <QFrame>
#include <functional>

class Database;
class QGridLayout;
class QLabel;
class QPushButton;

// The signature bar of a form screen (product.md "The forms": signed — which locks it —,
// printed, corrected by a new revision). Shows who has signed (their strokes), whether the
// form is locked or superseded, "Sign…" (SignDialog) and "Correct…" (asks the reason, makes
// the new revision and hands it to the host). While the record is locked or superseded the
// editors given to setEditors() are made read-only and lockedChanged(true) is emitted so the
// host can disable its Save. Hidden for kinds that are not signed forms.
//
// A host adds it with:
//   m_signing = new SignaturePanel(kind, this);           // into the layout
//   m_signing->setup(&db, formWidget, [this] { return saveAndReturnId(); });
//   m_signing->setRecordId(id);                           // on every load / switch
//   connect(m_signing, &SignaturePanel::revisionCreated, this, &Host::openRecord);
class SignaturePanel : public QFrame
{
    Q_OBJECT
public:
    // The host saves unsaved typing before a signature (signing confirms the saved form);
    // returns the record's id, or empty when saving failed (nothing is signed then).
    using SaveHandler = std::function<QString()>;

    explicit SignaturePanel(const RecordKind &kind, QWidget *parent = nullptr);

    void setup(Database *db, QWidget *editors, SaveHandler save);
    void setDatabase(Database *db) { m_db = db; }
    void setEditors(QWidget *editors) { m_editors = editors; }
    void setSaveHandler(SaveHandler save) { m_save = std::move(save); }
    // Empty: a record not saved yet (Sign… saves it first).
    void setRecordId(const QString &id);
    QString recordId() const { return m_recordId; }

    bool isLocked() const { return m_locked; }
    QPushButton *signButton() const { return m_signButton; }
    QPushButton *correctButton() const { return m_correctButton; }
    QLabel *banner() const { return m_banner; }

    // Makes every editor below root read-only (text stays selectable) or editable again.
    // Widgets with the property KeepEnabled set (viewing an attachment) are left alone.
    static void setEditorsReadOnly(QWidget *root, bool readOnly);
    static constexpr const char *KeepEnabled = "signatureKeepEnabled";

public slots:
    void refresh();
    bool sign();
    // reason empty: ask for it.
    bool correct(const QString &reason = QString());

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    void lockedChanged(bool locked);
    // A correction was made: the host opens newId (an editable draft of the same kind).
    void revisionCreated(const QString &newId);
    void signaturesChanged();

private:
    void layoutThumbnails();

    RecordKind m_kind;
    Database *m_db = nullptr;
    QWidget *m_editors = nullptr;
    SaveHandler m_save;
    QString m_recordId;
    bool m_locked = false;
    bool m_lockedKnown = false;
    QLabel *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_thumbs = nullptr;
    QGridLayout *m_thumbsLayout = nullptr;
    QList<QWidget *> m_thumbnails;
    QPushButton *m_signButton = nullptr;
    QPushButton *m_correctButton = nullptr;
};
