#include "ui/closing/CallbackEditor.h"
#include "app/utils/RecordTime.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/models/DeskQueries.h"
#include "app/models/RecordLookup.h"
#include "app/rules/DerivedFields.h"
#include "app/rules/SiteReportRules.h"
#include "app/utils/AppSettings.h"
#include "ui/desk/DeskClock.h"
#include "ui/records/FormFieldEditor.h"
#include "ui/records/RecordForm.h"
#include "ui/records/ReferenceCombo.h"
#include "ui/widgets/Style.h"

#include <QJsonObject>
#include <QLabel>

namespace {

const QStringList CallerRoles = {QStringLiteral("sales"), QStringLiteral("admin")};
const QStringList PlanFields = {QStringLiteral("improvement_plan"),
                                QStringLiteral("improvement_due"),
                                QStringLiteral("improvement_done_on")};

// A score as typed: -1 when empty or not a whole number in range.
int score(const RecordForm *form, const QString &key)
{
    FormFieldEditor *editor = form->editor(key);
    const QVariant v = editor->value();
    if (v.isNull() || !FieldCodec::validate(editor->spec(), v, QString(), nullptr))
        return -1;
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? int(d) : -1;
}

} // namespace

CallbackEditor::CallbackEditor(Database &db, const QString &id, QWidget *parent)
    : RecordEditorDialog(*RecordCatalog::byArray(QStringLiteral("callbacks")), db, id, parent),
      m_database(db)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("callbackSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    form()->addWidgetAfter(QStringLiteral("nps"), m_summary);
    offerCallers();
    connect(form(), &RecordForm::fieldChanged, this, &CallbackEditor::fieldChanged);
    connect(form(), &RecordForm::modifiedChanged, this, &CallbackEditor::update);
    update();
}

QVariantMap CallbackEditor::newValues(Database &db, const QString &taskId)
{
    QVariantMap values;
    if (!taskId.isEmpty())
        values.insert(QStringLiteral("task_id"), taskId);
    values.insert(QStringLiteral("called_at"), RecordTime::minuteText(DeskClock::now()));
    const QString me = AppSettings().currentPersonId();
    for (const DeskQueries::Person &p : DeskQueries::people(db)) {
        if (p.id == me && p.hasAnyRole(CallerRoles))
            values.insert(QStringLiteral("caller_id"), me);
    }
    return values;
}

void CallbackEditor::offerCallers()
{
    // SOP-10 §5.4.2: 盛转红 or 王婧 call. A record made by someone else keeps its caller.
    auto *combo = qobject_cast<ReferenceCombo *>(form()->editor("caller_id")->widget());
    if (!combo)
        return;
    const QString current = combo->currentId();
    QList<QPair<QString, QString>> options;
    for (const DeskQueries::Person &p : DeskQueries::people(m_database)) {
        if (p.id == current || (p.hasAnyRole(CallerRoles) && !p.leftOn.isValid()))
            options.append({QStringLiteral("%1 (%2)").arg(p.name, p.rolesText()), p.id});
    }
    combo->setOptions(options);
    combo->setCurrentId(current);
    form()->setNote(QStringLiteral("caller_id"),
                    tr("Call-backs are made by sales or admin staff (SOP-10 §5.4.2)."));
}

void CallbackEditor::fieldChanged(const QString &key)
{
    // A score out of range is refused at once, at its field (it is refused on saving anyway).
    if (key == QLatin1String("satisfaction") || key == QLatin1String("nps")) {
        FormFieldEditor *editor = form()->editor(key);
        Error e;
        if (!editor->checkInput(QString(), &e) ||
            !FieldCodec::validate(editor->spec(), editor->value(), QString(), &e)) {
            e.field = key;
            form()->showError(e, false);
        }
    }
    update();
}

void CallbackEditor::update()
{
    RecordForm *f = form();
    const QVariantMap values = f->values();
    const auto text = [&values](const char *key) {
        return values.value(QString::fromLatin1(key)).toString();
    };

    // The 48 h limit after leaving the site (SOP-10 §5.4.2).
    QVariantMap task;
    const QString taskId = text("task_id");
    if (!taskId.isEmpty())
        RecordLookup(m_database).get(QStringLiteral("tasks"), taskId, &task);
    const QDateTime left =
        QDateTime::fromString(task.value(QStringLiteral("onsite_end")).toString(), Qt::ISODate);
    const QDateTime called = QDateTime::fromString(text("called_at"), Qt::ISODate);
    QString due;
    if (taskId.isEmpty()) {
        due = tr("Choose the task: the call is due 48 h after its engineers left the site.");
    } else if (!left.isValid()) {
        due = tr("The task has no time for leaving the site yet; the 48 h start then.");
    } else {
        const QDateTime limit = DerivedFields::callbackDue(left);
        due = tr("Due by %1 (48 h after leaving the site on %2).")
                  .arg(DeskQueries::shortTime(limit), DeskQueries::shortTime(left));
        if (called.isValid()) {
            const qint64 late = limit.secsTo(called);
            due += QLatin1Char(' ') +
                   (late <= 0 ? tr("✓ Within the 48 h.")
                              : tr("✗ %n hour(s) late.", nullptr, int((late + 3599) / 3600)));
        } else if (DeskClock::now() > limit) {
            due += QLatin1Char(' ') + tr("✗ Overdue: call the customer now.");
        }
    }
    f->setNote(QStringLiteral("called_at"), due);

    // NPS group and the improvement plan (SOP-15 §7.1, §7.3).
    const int satisfaction = score(f, QStringLiteral("satisfaction"));
    const int nps = score(f, QStringLiteral("nps"));
    const QString group = nps >= 0 ? SiteReportRules::npsGroup(nps) : QString();
    const bool needsPlan = SiteReportRules::needsImprovementPlan(
        satisfaction < 0 ? 10 : satisfaction, nps < 0 ? 10 : nps);
    f->setDerived(QJsonObject{
        {QStringLiteral("nps_group"), group.isEmpty() ? QJsonValue() : QJsonValue(group)},
        {QStringLiteral("improvement_required"), needsPlan}});

    QStringList lines;
    if (!group.isEmpty())
        lines << tr("NPS group: <b>%1</b>")
                     .arg(EnumNames::text(QStringLiteral("nps_group"), group).toHtmlEscaped());
    const QDate callDay =
        called.isValid() ? RecordTime::inOwnOffset(called).date() : DeskClock::today();
    if (needsPlan) {
        lines << tr("A score below 7: KC and Robert make an improvement plan, followed up for 90 "
                    "days (SOP-15 §7.3).");
        FormFieldEditor *dueEditor = f->editor(QStringLiteral("improvement_due"));
        const QDate shown = QDate::fromString(dueEditor->value().toString(), Qt::ISODate);
        const QDate proposed = SiteReportRules::improvementFollowUp(callDay);
        if (!shown.isValid() || shown == m_autoDue) {
            if (shown != proposed) {
                m_autoDue = proposed;
                const QSignalBlocker block(f); // this is not the person typing
                dueEditor->setValue(proposed.toString(Qt::ISODate));
            }
        }
    } else if (m_autoDue.isValid() && text("improvement_plan").trimmed().isEmpty() &&
               QDate::fromString(text("improvement_due"), Qt::ISODate) == m_autoDue) {
        // The score was corrected: take back the date only this editor proposed.
        m_autoDue = QDate();
        const QSignalBlocker block(f);
        f->editor(QStringLiteral("improvement_due"))->setValue(QVariant());
    }
    const QVariantMap now = f->values(); // the follow-up date may have changed above
    const bool planShown = needsPlan || !now.value(QStringLiteral("improvement_plan")).isNull() ||
                           !now.value(QStringLiteral("improvement_due")).isNull() ||
                           !now.value(QStringLiteral("improvement_done_on")).isNull();
    for (const QString &key : PlanFields)
        f->setRowVisible(key, planShown);
    const QDate dueDate = QDate::fromString(
        f->editor(QStringLiteral("improvement_due"))->value().toString(), Qt::ISODate);
    f->setNote(QStringLiteral("improvement_due"),
               dueDate.isValid()
                   ? tr("90 days after the call on %1: %2.")
                         .arg(callDay.toString(Qt::ISODate),
                              SiteReportRules::improvementFollowUp(callDay).toString(Qt::ISODate))
                   : QString());
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_summary->setVisible(!lines.isEmpty());
    if (needsPlan)
        Style::error(m_summary);
    else
        Style::plain(m_summary);
}
