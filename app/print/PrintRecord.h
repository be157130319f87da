#pragma once

#include "app/print/PrintDocument.h"
#include "db/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QVariantMap>

class Database;
struct FieldSpec;
struct RecordKind;

// One record as a print layout reads it: its kind, stored and derived fields, the values as
// people read them on paper (enum names, the names of referenced people and customers, dates
// without seconds, money with two decimals), its revision and content hash, and the captured
// signatures per role. Layouts ask it for fields by their declared key, so labels and
// formatting come from the field declarations, never repeated in a layout.
class PrintRecord
{
    Q_DECLARE_TR_FUNCTIONS(PrintRecord)
public:
    struct Signature
    {
        QString role; // signatures.role
        QString signerId;
        QString signerName;
        QString strokes; // JSON
        QString signedAt;
    };

    explicit PrintRecord(Database &db);

    // The kind whose table holds a live record id; null when none does.
    static const RecordKind *kindOf(Database &db, const QString &id);
    // Loads the record (any kind); false with NotFound naming the id when there is none.
    bool load(const QString &id, Error *error);

    Database &database() const { return m_db; }
    const RecordKind &kind() const { return *m_kind; }
    QString id() const { return m_id; }
    QVariant value(const QString &key) const { return m_stored.value(key); }
    bool isEmpty(const QString &key) const { return text(key).trimmed().isEmpty(); }
    // The field's value as printed (stored or derived); empty when not filled in.
    QString text(const QString &key) const;
    QString label(const QString &key) const;
    // label and text, for a fields grid.
    QPair<QString, QString> pair(const QString &key) const;
    QList<QPair<QString, QString>> pairs(const QStringList &keys) const;

    int revision() const { return m_revision; }
    int supersededByRevision() const { return m_supersededBy; } // 0: current
    QString contentHash() const { return m_hash; }
    QList<Signature> signatures() const { return m_signatures; }

    // The print form's frame for this record: table, id, revision, superseded mark, content
    // hash and QR text (PaperCode); the layout adds code, title, number and blocks.
    PrintForm startForm(const QString &formCode, const QString &title, const QString &recordNumber,
                        bool keepPermanently = false) const;
    // The signature blocks for role: one per captured signature of that role, or one empty
    // block (line for ink) per expected signer (one without a name when none is known).
    QList<PrintSignature> signatureBlocks(const QString &role, const QString &roleLabel,
                                          const QStringList &expectedNames) const;
    // The blocks of every signer role of the form (SignerRoles::forTable, in its order and
    // with its labels); expectedNames per role key.
    QList<PrintSignature> signatureBlocks(const QHash<QString, QStringList> &expectedNames) const;

    // Display helpers shared by the layouts.
    QString titleOf(const QString &refArrays, const QString &id) const;
    static QString formatDate(const QString &iso);
    static QString formatDateTime(const QString &iso);
    static QString noneText();

private:
    QString format(const FieldSpec &field, const QVariant &raw) const;
    QString formatDerived(const FieldSpec &field, const QJsonValue &value) const;
    bool loadSignatures(Error *error);

    Database &m_db;
    const RecordKind *m_kind = nullptr;
    QString m_id;
    QVariantMap m_stored;
    QJsonObject m_derived;
    int m_revision = 1;
    int m_supersededBy = 0;
    QString m_correctionReason; // revision 2 and later: why it was made
    QString m_hash;
    QList<Signature> m_signatures;
    mutable QHash<QString, QString> m_titles; // referenced id -> label
};
