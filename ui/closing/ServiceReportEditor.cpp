#include "ui/closing/ServiceReportEditor.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/RecordCatalog.h"
#include "app/models/RecordLookup.h"
#include "app/models/ReportKnowhow.h"
#include "app/rules/DerivedFields.h"
#include "app/signing/RecordRevisions.h"
#include "app/utils/RecordTime.h"
#include "app/workflow/RecordSave.h"
#include "app/workflow/ServiceReportDraft.h"
#include "db/Database.h"
#include "ui/desk/DeskClock.h"
#include "ui/records/FormFieldEditor.h"
#include "ui/records/RecordForm.h"
#include "ui/signing/SignaturePanel.h"
#include "ui/widgets/Style.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ServiceReportEditor::ServiceReportEditor(Database &db, const QString &id, QWidget *parent)
    : RecordEditorDialog(*RecordCatalog::byArray(QStringLiteral("service_reports")), db, id,
                         parent),
      m_database(db)
{
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("reportDue"));
    m_due->setWordWrap(true);
    form()->addWidgetAfter(QStringLiteral("task_id"), m_due);

    m_knowhowBox = new QGroupBox(tr("Know-how feedback → library (SOP-10 §5.4.3)"), this);
    m_knowhowBox->setObjectName(QStringLiteral("knowhowItems"));
    m_knowhowLayout = new QVBoxLayout(m_knowhowBox);
    form()->addWidgetAfter(QStringLiteral("knowhow_feedback"), m_knowhowBox);
    form()->setNote(QStringLiteral("knowhow_feedback"),
                    tr("One item per line; each can become a know-how library entry below."));

    // Signing fills "Signed at" and "Signed by" (RecordSigning keeps them in step with the
    // signatures): shown, never typed.
    for (const char *key : {"signed_at", "signed_by_ids"}) {
        QWidget *editor = form()->editor(QString::fromLatin1(key))->widget();
        editor->setToolTip(tr("Filled in when the report is signed (Signatures below)."));
        keepReadOnly(editor);
    }

    connect(form(), &RecordForm::fieldChanged, this, [this](const QString &key) {
        if (key == QLatin1String("task_id"))
            draftForTask();
        if (key == QLatin1String("task_id") || key == QLatin1String("signed_at"))
            update();
        if (key == QLatin1String("knowhow_feedback"))
            updateKnowhowItems();
    });
    // A draft or kept typing put in at once (applyValues).
    connect(form(), &RecordForm::modifiedChanged, this, [this] {
        update();
        updateKnowhowItems();
    });
    connect(this, &RecordEditorDialog::saved, this, [this] { updateKnowhowItems(); });
    update();
    updateKnowhowItems();
    // Seven long sections, the drafted ones several lines long: more room than the generic
    // editor gives.
    for (const char *key : {"summary", "site_situation", "solutions", "settlement"}) {
        if (auto *text =
                qobject_cast<QPlainTextEdit *>(form()->editor(QString::fromLatin1(key))->widget()))
            text->setFixedHeight(text->fontMetrics().lineSpacing() * 8 + 14);
    }
    resize(qMax(width(), 900), qMax(height(), 820));
}

void ServiceReportEditor::keepReadOnly(QWidget *root)
{
    // KeepEnabled: the signature panel leaves these alone, so a correction (an editable draft)
    // does not make them typeable.
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setReadOnly(true);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            spin->setReadOnly(true);
        else if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w) ||
                 qobject_cast<QAbstractItemView *>(w))
            w->setEnabled(false);
        w->setProperty(SignaturePanel::KeepEnabled, true);
    }
}

QVariantMap ServiceReportEditor::newValues(Database &db, const QString &taskId)
{
    QVariantMap values;
    if (!ServiceReportDraft::build(db, taskId, &values, nullptr))
        return {};
    return values;
}

void ServiceReportEditor::draftForTask()
{
    // A new report whose task was just chosen starts from the draft, unless typing began.
    if (!isNew())
        return;
    const QVariantMap values = form()->values();
    for (const char *key : {"summary", "site_situation", "settlement"}) {
        if (!values.value(QString::fromLatin1(key)).toString().isEmpty())
            return;
    }
    const QString taskId = values.value(QStringLiteral("task_id")).toString();
    if (!taskId.isEmpty())
        applyValues(newValues(m_database, taskId));
}

void ServiceReportEditor::update()
{
    const QVariantMap values = form()->values();
    const QString taskId = values.value(QStringLiteral("task_id")).toString();
    QVariantMap task;
    if (taskId.isEmpty() || !RecordLookup(m_database).get(QStringLiteral("tasks"), taskId, &task)) {
        m_due->setText(tr("Choose the task: the report is due on the 3rd working day after its "
                          "last on-site day."));
        Style::plain(m_due);
        Style::secondary(m_due);
        return;
    }
    DerivedFields derived(m_database);
    derived.setNow(DeskClock::now());
    const RecordKind &tasks = *RecordCatalog::byArray(QStringLiteral("tasks"));
    const QDate due = QDate::fromString(
        derived.compute(tasks, task).value(QStringLiteral("report_due")).toString(), Qt::ISODate);
    QVariantMap report = values;
    report.insert(QStringLiteral("id"), recordId());
    form()->setDerived(derived.compute(kind(), report));

    const QDateTime left =
        QDateTime::fromString(task.value(QStringLiteral("onsite_end")).toString(), Qt::ISODate);
    QDateTime signedAt =
        QDateTime::fromString(values.value(QStringLiteral("signed_at")).toString(), Qt::ISODate);
    // A correction draft replaces nothing until it is signed: the deadline was met, or not, by
    // the signed revision it corrects.
    bool correctionDraft = false;
    QString signedRevision;
    const RecordRevisions revisions(m_database);
    if (!signedAt.isValid() && !recordId().isEmpty() &&
        revisions.isPendingCorrection(recordId(), &correctionDraft, nullptr) && correctionDraft &&
        revisions.previousOf(recordId(), &signedRevision, nullptr) && !signedRevision.isEmpty()) {
        QVariantMap current;
        if (RecordLookup(m_database)
                .get(QStringLiteral("service_reports"), signedRevision, &current))
            signedAt = QDateTime::fromString(current.value(QStringLiteral("signed_at")).toString(),
                                             Qt::ISODate);
    }
    Style::plain(m_due);
    if (!due.isValid()) {
        m_due->setText(tr("The task has no time for leaving the site yet; the report is due on "
                          "the 3rd working day after it."));
        Style::secondary(m_due);
        return;
    }
    QString text = tr("Due %1: the 3rd working day after the last on-site day (%2).")
                       .arg(due.toString(Qt::ISODate),
                            RecordTime::inOwnOffset(left).date().toString(Qt::ISODate));
    const QJsonValue onTime = DerivedFields::serviceReportOnTime(due, signedAt, DeskClock::today());
    if (onTime.isBool() && onTime.toBool()) {
        text += QLatin1Char(' ') + tr("✓ Signed on time.");
        m_due->setText(text);
        Style::success(m_due);
    } else if (onTime.isBool()) {
        text += QLatin1Char(' ') +
                (signedAt.isValid() ? tr("✗ Signed late.") : tr("✗ Overdue: not signed yet."));
        m_due->setText(text);
        Style::error(m_due);
    } else {
        text += QLatin1Char(' ') +
                tr("Not signed yet; %n day(s) left.", nullptr, int(DeskClock::today().daysTo(due)));
        m_due->setText(text);
        Style::secondary(m_due);
    }
}

QString ServiceReportEditor::existingEntry(const QString &title) const
{
    return ReportKnowhow(m_database).entryTitled(recordId(), title);
}

void ServiceReportEditor::updateKnowhowItems()
{
    m_items = ServiceReportDraft::knowhowItems(
        form()->values().value(QStringLiteral("knowhow_feedback")).toString());
    while (QLayoutItem *item = m_knowhowLayout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    // What this report already gave the library, whatever the entries were renamed to.
    QStringList made;
    for (const ReportKnowhow::Entry &entry : ReportKnowhow(m_database).entries(recordId()))
        made << tr("%1 (%2)").arg(entry.title,
                                  EnumNames::text(QStringLiteral("level"), entry.level));
    if (!made.isEmpty()) {
        auto *already = new QLabel(
            tr("In the library from this report: %1").arg(made.join(QStringLiteral("; "))),
            m_knowhowBox);
        already->setObjectName(QStringLiteral("knowhowMade"));
        already->setWordWrap(true);
        Style::secondary(already);
        m_knowhowLayout->addWidget(already);
    }
    if (m_items.isEmpty()) {
        auto *none = new QLabel(tr("No know-how feedback yet."), m_knowhowBox);
        Style::secondary(none);
        m_knowhowLayout->addWidget(none);
        return;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        auto *row = new QWidget(m_knowhowBox);
        row->setObjectName(QStringLiteral("knowhowItem_%1").arg(i));
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *text = new QLabel(m_items.at(i), row);
        text->setWordWrap(true);
        layout->addWidget(text, 1);
        const QString existing = existingEntry(ServiceReportDraft::titleFor(m_items.at(i)));
        if (!existing.isEmpty()) {
            auto *done = new QLabel(tr("✓ In the library"), row);
            done->setObjectName(QStringLiteral("knowhowDone"));
            Style::success(done);
            layout->addWidget(done);
        } else {
            auto *level = new QComboBox(row);
            level->setObjectName(QStringLiteral("knowhowLevel"));
            for (const char *l : {"L1", "L2", "L3"})
                level->addItem(EnumNames::text(QStringLiteral("level"), QString::fromLatin1(l)),
                               QString::fromLatin1(l));
            level->setCurrentIndex(1); // internal unless said otherwise
            // A signed report still gives its know-how to the library (the report is unchanged).
            level->setProperty(SignaturePanel::KeepEnabled, true);
            level->setToolTip(tr("L3: customer-specific formulas; only Robert, KC and the "
                                 "task's engineers may open it."));
            auto *add = new QPushButton(tr("To library"), row);
            add->setObjectName(QStringLiteral("knowhowAdd"));
            add->setToolTip(tr("Save the report and make this item a know-how library entry"));
            add->setProperty(SignaturePanel::KeepEnabled, true);
            add->setAutoDefault(false); // Enter in a field does not file know-how
            connect(add, &QPushButton::clicked, this,
                    [this, i, level] { createKnowhow(i, level->currentData().toString()); });
            layout->addWidget(level);
            layout->addWidget(add);
        }
        m_knowhowLayout->addWidget(row);
    }
}

bool ServiceReportEditor::createKnowhow(int index, const QString &level)
{
    if (index < 0 || index >= m_items.size())
        return false;
    const QString item = m_items.at(index);
    // The entry points at the report, so the report is saved first (checked like any save).
    const bool locked = signaturePanel() && signaturePanel()->isLocked();
    if (!locked && (isNew() || form()->isModified()) && !save())
        return false;
    const QString title = ServiceReportDraft::titleFor(item);
    if (!existingEntry(title).isEmpty()) {
        updateKnowhowItems();
        return true;
    }
    const QString taskId = form()->values().value(QStringLiteral("task_id")).toString();
    const QString id = RecordSave::newId();
    const QVariantMap entry = ServiceReportDraft::knowhowEntry(recordId(), taskId, item, level);
    Error error;
    if (!RecordSave(m_database)
             .save(*RecordCatalog::byTable(QStringLiteral("knowhow")), id, true, {}, entry, {},
                   &error)) {
        QMessageBox::warning(this, tr("Not added to the library"),
                             tr("The know-how entry was not saved: %1").arg(error.message));
        return false;
    }
    updateKnowhowItems();
    emit knowhowCreated(id);
    return true;
}
