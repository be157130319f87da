#include "ui/signing/SignaturePanel.h"

#include "app/models/DeskQueries.h"
#include "app/people/DeskSession.h"
#include "app/people/PeopleKeys.h"
#include "app/rules/SignerRoles.h"
#include "app/signing/RecordFingerprint.h"
#include "app/signing/RecordLocks.h"
#include "app/signing/RecordRevisions.h"
#include "app/signing/RecordSigning.h"
#include "app/utils/RecordTime.h"
#include "ui/people/PinPrompt.h"
#include "ui/signing/SignDialog.h"
#include "ui/signing/SignatureThumbnail.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/Style.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace {
// Marks the widgets the panel changed, so unlocking restores exactly those.
const char *ReadOnlyMark = "signaturePanelReadOnly";
} // namespace

SignaturePanel::SignaturePanel(const RecordKind &kind, QWidget *parent)
    : QFrame(parent), m_kind(kind)
{
    setObjectName(QStringLiteral("signaturePanel"));
    setFrameShape(QFrame::StyledPanel);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("signatureBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signatureStatus"));
    m_status->setWordWrap(true);
    Style::secondary(m_status);
    m_thumbs = new QWidget(this);
    m_thumbsLayout = new QGridLayout(m_thumbs);
    m_thumbsLayout->setContentsMargins(0, 0, 0, 0);
    m_thumbsLayout->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_signButton = new QPushButton(Icons::icon(QStringLiteral("ok")), tr("Sign…"), this);
    m_signButton->setObjectName(QStringLiteral("signButton"));
    m_signButton->setToolTip(tr("Sign this form (saves it first)"));
    m_correctButton = new QPushButton(tr("Correct…"), this);
    m_correctButton->setObjectName(QStringLiteral("correctButton"));
    m_correctButton->setToolTip(tr("Make a new revision of this signed form to change it"));
    // Enter in a field of the host dialog never signs or corrects by surprise.
    for (QPushButton *b : {m_signButton, m_correctButton}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    connect(m_signButton, &QPushButton::clicked, this, &SignaturePanel::sign);
    connect(m_correctButton, &QPushButton::clicked, this, [this] { correct(); });

    auto *title = new QLabel(tr("Signatures"), this);
    Style::title(title, 1.05);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_signButton);
    top->addWidget(m_correctButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_status); // under the title: the panel also sits in narrow side columns
    layout->addWidget(m_thumbs);
    setVisible(SignerRoles::isSignable(kind.table));
}

void SignaturePanel::setup(Database *db, QWidget *editors, SaveHandler save)
{
    m_db = db;
    m_editors = editors;
    m_save = std::move(save);
}

void SignaturePanel::setRecordId(const QString &id)
{
    m_recordId = id;
    refresh();
}

void SignaturePanel::setEditorsReadOnly(QWidget *root, bool readOnly)
{
    if (!root)
        return;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool marked = w->property(ReadOnlyMark).toBool();
        if (readOnly == marked || w->property(KeepEnabled).toBool())
            continue;
        // Text stays readable and selectable; everything else is disabled.
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            if (readOnly && line->isReadOnly())
                continue;
            line->setReadOnly(readOnly);
        } else if (auto *text = qobject_cast<QTextEdit *>(w)) {
            if (readOnly && text->isReadOnly())
                continue;
            text->setReadOnly(readOnly);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            if (readOnly && plain->isReadOnly())
                continue;
            plain->setReadOnly(readOnly);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            if (readOnly && spin->isReadOnly())
                continue;
            spin->setReadOnly(readOnly);
        } else if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w) ||
                   qobject_cast<QAbstractItemView *>(w)) {
            if (readOnly && !w->isEnabled())
                continue;
            w->setEnabled(!readOnly);
        } else {
            continue;
        }
        w->setProperty(ReadOnlyMark, readOnly);
    }
}

void SignaturePanel::refresh()
{
    if (!SignerRoles::isSignable(m_kind.table))
        return;
    // Old thumbnails go.
    qDeleteAll(m_thumbnails);
    m_thumbnails.clear();
    bool locked = false;
    QString newer;
    int revision = 1;
    RecordLocks::Lock lock;
    QStringList missing;
    QStringList missingPeople; // "Robert (Engineer)": each engineer signs
    QString draft;             // a correction of this revision, not signed yet
    int previousRevision = 0;  // this is a correction not signed yet: the revision it replaces
    if (m_db && !m_recordId.isEmpty()) {
        RecordLocks(*m_db).lockOf(m_recordId, &lock, &locked, nullptr);
        RecordRevisions revisions(*m_db);
        revisions.supersededBy(m_recordId, &newer, nullptr);
        revisions.revisionOf(m_recordId, &revision, nullptr);
        revisions.pendingCorrectionOf(m_recordId, &draft, nullptr);
        bool pending = false;
        revisions.isPendingCorrection(m_recordId, &pending, nullptr);
        if (pending)
            previousRevision = revision - 1;
        RecordSigning signing(*m_db);
        QList<RecordSigning::Signature> list;
        signing.signatures(m_recordId, &list, nullptr);
        signing.missingRoles(m_kind, m_recordId, &missing, nullptr);
        QList<RecordSigning::MissingSignature> still;
        signing.missingSignatures(m_kind, m_recordId, &still, nullptr);
        for (const RecordSigning::MissingSignature &m : std::as_const(still)) {
            const SignerRole *role = SignerRoles::find(m_kind.table, m.role);
            const QString label = role ? role->translatedLabel() : m.role;
            missingPeople << (m.personId.isEmpty() ? label : tr("%1 (%2)").arg(m.name, label));
        }
        for (const RecordSigning::Signature &s : std::as_const(list)) {
            const SignerRole *role = SignerRoles::find(m_kind.table, s.role);
            const QString caption = tr("%1 · %2\n%3")
                                        .arg(s.signerName, role ? role->translatedLabel() : s.role,
                                             RecordTime::text(s.signedAt));
            m_thumbnails << new SignatureThumbnail(s.strokes, caption, m_thumbs);
        }
    } else {
        missing = SignerRoles::missingRoles(m_kind.table, {});
    }
    layoutThumbnails();
    m_thumbs->setVisible(!m_thumbnails.isEmpty());

    QStringList missingLabels;
    for (const QString &key : std::as_const(missing)) {
        if (const SignerRole *role = SignerRoles::find(m_kind.table, key))
            missingLabels << role->translatedLabel();
    }
    if (!missingPeople.isEmpty())
        missingLabels = missingPeople;
    if (!newer.isEmpty()) {
        int newerRevision = revision + 1;
        QString current = newer;
        RecordRevisions(*m_db).currentOf(m_recordId, &current, nullptr);
        RecordRevisions(*m_db).revisionOf(current, &newerRevision, nullptr);
        m_banner->setText(tr("Superseded: this is revision %1. It was corrected; the current "
                             "revision is %2. It stays on file and cannot be edited.")
                              .arg(revision)
                              .arg(newerRevision));
    } else if (locked) {
        m_banner->setText(
            tr("Signed and locked on %1 — revision %2, code %3. It cannot be edited; use "
               "Correct… to make a new revision.")
                .arg(RecordTime::text(QVariant(lock.lockedAt)))
                .arg(revision)
                .arg(RecordFingerprint::shortHash(lock.contentHash)));
        if (!draft.isEmpty())
            m_banner->setText(m_banner->text() + QLatin1Char(' ') +
                              tr("A correction (revision %1) is being drafted; this revision "
                                 "stays current until the correction is signed.")
                                  .arg(revision + 1));
    }
    const bool readOnly = locked || !newer.isEmpty();
    m_banner->setVisible(readOnly);
    m_banner->setStyleSheet(
        !newer.isEmpty()
            ? QStringLiteral("QLabel{background:#fff3e0;color:#8a4b00;border:1px solid #f0b36a;"
                             "border-radius:4px;padding:6px;}")
            : QStringLiteral("QLabel{background:#e8f0fe;color:#0d3c8c;border:1px solid #9bb8ee;"
                             "border-radius:4px;padding:6px;}"));
    if (readOnly)
        m_status->setText(QString());
    else if (m_recordId.isEmpty())
        m_status->setText(
            tr("Not saved yet. Still to sign: %1.").arg(missingLabels.join(tr(", "))));
    else if (previousRevision > 0)
        m_status->setText(tr("Revision %1, correction draft: revision %2 stays current until "
                             "this one is signed. Still to sign: %3.")
                              .arg(revision)
                              .arg(previousRevision)
                              .arg(missingLabels.join(tr(", "))));
    else if (revision > 1)
        m_status->setText(tr("Revision %1, draft. Still to sign: %2.")
                              .arg(revision)
                              .arg(missingLabels.join(tr(", "))));
    else
        m_status->setText(missingLabels.isEmpty()
                              ? QString()
                              : tr("Draft. Still to sign: %1.").arg(missingLabels.join(tr(", "))));
    m_status->setVisible(!m_status->text().isEmpty());
    m_signButton->setVisible(!readOnly);
    m_signButton->setEnabled(m_db != nullptr);
    m_correctButton->setVisible(locked && newer.isEmpty() && draft.isEmpty());
    setEditorsReadOnly(m_editors, readOnly);
    if (!m_lockedKnown || readOnly != m_locked) {
        m_lockedKnown = true;
        m_locked = readOnly;
        emit lockedChanged(readOnly);
    }
}

void SignaturePanel::layoutThumbnails()
{
    // As many per row as fit: the panel sits in wide dialogs and in narrow side columns.
    const int columns = qMax(1, (width() - 20) / (SignatureThumbnail::Width + 6));
    for (QWidget *w : std::as_const(m_thumbnails))
        m_thumbsLayout->removeWidget(w);
    for (int i = 0; i < m_thumbnails.size(); ++i) {
        m_thumbsLayout->addWidget(m_thumbnails.at(i), i / columns, i % columns);
        m_thumbnails.at(i)->show();
    }
}

void SignaturePanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    layoutThumbnails();
}

bool SignaturePanel::sign()
{
    if (!m_db)
        return false;
    if (m_save) {
        const QString id = m_save();
        if (id.isEmpty())
            return false; // the host showed why
        m_recordId = id;
    }
    if (m_recordId.isEmpty())
        return false;
    SignDialog dialog(*m_db, m_kind, m_recordId, this);
    const bool ok = dialog.exec() == QDialog::Accepted;
    refresh();
    if (ok)
        emit signaturesChanged();
    return ok;
}

bool SignaturePanel::correct(const QString &givenReason)
{
    if (!m_db || m_recordId.isEmpty())
        return false;
    // A correction is made by a person who entered their PIN: they are its audit actor. Nobody
    // has yet in this session: ask who corrects (a person with a key at this desk), then the PIN.
    if (DeskSession::instance().actingPersonId().isEmpty()) {
        QStringList names;
        QStringList ids;
        for (const DeskQueries::Person &p : DeskQueries::peopleWithDeskKey(*m_db)) {
            names << p.name;
            ids << p.id;
        }
        if (ids.isEmpty()) {
            QMessageBox::information(
                this, tr("Not corrected"),
                tr("Nobody has a personal key at this desk: a correction is made in a person's "
                   "name. Enrol first (File › Settings › People at this desk › Enrol)."));
            return false;
        }
        bool chosen = false;
        const QString name = QInputDialog::getItem(
            this, tr("Correct the %1").arg(m_kind.translatedSingular()),
            tr("Who makes the correction? It is made in your name after your PIN."), names, 0,
            false, &chosen);
        if (!chosen || !PinPrompt::ensureUnlocked(*m_db, ids.value(names.indexOf(name)), this))
            return false;
    }
    QString reason = givenReason;
    if (reason.trimmed().isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Correct the %1").arg(m_kind.translatedSingular()),
            tr("The signed form stays on file as it is. A new revision is made for you to "
               "change and sign again.\nWhy is it corrected? (printed on the new revision)"),
            QString(), &ok);
        if (!ok)
            return false;
    }
    Error error;
    QString newId;
    if (!RecordSigning(*m_db).correct(m_kind, m_recordId, reason, &newId, &error)) {
        QMessageBox::warning(this, tr("Not corrected"), error.message);
        return false;
    }
    refresh();
    emit revisionCreated(newId);
    return true;
}
