#include "ui/sync/ConflictsPage.h"

#include "app/catalog/EnumNames.h"
#include "app/catalog/FieldCodec.h"
#include "app/catalog/RecordCatalog.h"
#include "app/models/ConflictTableModel.h"
#include "db/Database.h"
#include "db/SyncConflicts.h"
#include "ui/widgets/Style.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ConflictsPage::ConflictsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("conflictsPage"));
    auto *title = new QLabel(tr("Sync conflicts"), this);
    Style::title(title, 1.4);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    Style::secondary(m_summary);

    m_model = new ConflictTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("conflictView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictsPage::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictsPage::updateDetail);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("conflictDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMinimumHeight(90);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);

    m_keep = new QPushButton(tr("&Keep the kept value"), this);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_other = new QPushButton(tr("&Use the other value"), this);
    m_other->setObjectName(QStringLiteral("otherButton"));
    m_edit = new QPushButton(tr("&Type another value…"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_acknowledge = new QPushButton(tr("&Acknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_open = new QPushButton(tr("&Open the record"), this);
    m_open->setObjectName(QStringLiteral("openRecordButton"));
    connect(m_keep, &QPushButton::clicked, this, &ConflictsPage::keepSelected);
    connect(m_other, &QPushButton::clicked, this, &ConflictsPage::takeOtherSelected);
    connect(m_edit, &QPushButton::clicked, this, &ConflictsPage::editSelected);
    connect(m_acknowledge, &QPushButton::clicked, this, &ConflictsPage::acknowledgeSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const SyncConflict c = m_model->conflict(selectedRow());
        if (!c.id.isEmpty())
            emit recordRequested(c.table, c.kind == QLatin1String("unique") ? c.other.toString()
                                                                            : c.recordId);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_other);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_acknowledge);
    buttons->addStretch(1);
    buttons->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    updateDetail();
}

void ConflictsPage::setDatabase(Database *db)
{
    m_db = db;
    m_message->clear();
    reload();
}

void ConflictsPage::reload()
{
    m_model->setDatabase(m_db);
    const int n = m_model->rowCount();
    m_summary->setText(
        n == 0 ? tr("No conflicts to settle.")
               : tr("%n conflict(s) to settle. When two desks changed the same field offline, "
                    "sync kept the newer value on every desk and set the other aside here. "
                    "Choose which one is right; the choice syncs to every desk.",
                    nullptr, n));
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 260));
    if (n > 0 && selectedRow() < 0)
        m_view->selectRow(0);
}

int ConflictsPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ConflictsPage::updateDetail()
{
    const int row = selectedRow();
    const SyncConflict c = m_model->conflict(row);
    const bool any = !c.id.isEmpty();
    const bool locked = c.kind == QLatin1String("locked");
    const bool unique = c.kind == QLatin1String("unique");
    const bool deleted = c.kind == QLatin1String("delete");
    m_keep->setVisible(any && !locked);
    m_other->setVisible(any && !locked && !unique);
    m_acknowledge->setVisible(any && locked);
    m_open->setVisible(any);
    m_keep->setEnabled(any);
    m_other->setEnabled(any);
    m_acknowledge->setEnabled(any);
    m_open->setEnabled(any);
    const RecordKind *kind = any ? RecordCatalog::byTable(c.table) : nullptr;
    const FieldSpec *spec =
        kind && !c.field.contains(QLatin1Char(',')) ? kind->field(c.field) : nullptr;
    using T = FieldSpec::Type;
    const bool editable = any && !locked && !unique && !deleted && spec &&
                          (spec->type == T::Text || spec->type == T::LongText ||
                           spec->type == T::Number || spec->type == T::Enum);
    m_edit->setVisible(any && !locked && !unique && !deleted);
    m_edit->setEnabled(editable);
    m_edit->setToolTip(editable ? QString()
                                : tr("Choose one of the two values, then change the record in "
                                     "its editor if neither is right."));
    // The buttons name the value they keep, as the table shows it.
    auto shown = [&](int column) {
        QString text = m_model->index(row, column).data().toString();
        if (text.size() > 30)
            text = text.left(29) + QChar(0x2026);
        return text;
    };
    m_keep->setText(unique    ? tr("&Delete the second record")
                    : deleted ? tr("&Keep the record")
                    : any     ? tr("&Keep “%1”").arg(shown(ConflictTableModel::Kept))
                              : tr("&Keep the kept value"));
    m_other->setText(deleted ? tr("&Delete the record")
                     : any   ? tr("&Use “%1”").arg(shown(ConflictTableModel::Other))
                             : tr("&Use the other value"));
    m_detail->setVisible(any);
    if (!any) {
        m_detail->setText(m_model->rowCount() ? tr("Choose a conflict in the list.") : QString());
        return;
    }
    auto cell = [&](int column) {
        return m_model->index(row, column).data().toString().toHtmlEscaped();
    };
    QString html = tr("<b>%1</b> — %2 (%3)")
                       .arg(cell(ConflictTableModel::Record), cell(ConflictTableModel::Field),
                            cell(ConflictTableModel::Kind));
    html += QStringLiteral("<table cellspacing=4>");
    html += tr("<tr><td>Kept:</td><td><b>%1</b></td><td>%2</td></tr>")
                .arg(cell(ConflictTableModel::Kept), cell(ConflictTableModel::KeptBy));
    html += tr("<tr><td>Other:</td><td><b>%1</b></td><td>%2</td></tr>")
                .arg(cell(ConflictTableModel::Other), cell(ConflictTableModel::OtherBy));
    html += tr("<tr><td>Both started from:</td><td colspan=2>%1</td></tr>")
                .arg(cell(ConflictTableModel::Base));
    html += QStringLiteral("</table>");
    if (locked)
        html += tr("<p>The record was signed before this change arrived, so the change was "
                   "rejected on every desk. If it is needed, make a correction (a new "
                   "revision) of the record.</p>");
    m_detail->setText(html);
}

bool ConflictsPage::settle(const QVariant &value)
{
    const SyncConflict c = m_model->conflict(selectedRow());
    if (!m_db || c.id.isEmpty())
        return false;
    Error error;
    if (!SyncConflicts(*m_db).settle(c.id, value, &error)) {
        Style::error(m_message);
        m_message->setText(error.message);
        return false;
    }
    Style::success(m_message);
    m_message->setText(tr("Settled. The choice goes to the other desks with the next sync."));
    reload();
    emit conflictsChanged();
    return true;
}

void ConflictsPage::keepSelected()
{
    settle(ConflictTableModel::keptChoice(m_model->conflict(selectedRow())));
}

void ConflictsPage::takeOtherSelected()
{
    settle(ConflictTableModel::otherChoice(m_model->conflict(selectedRow())));
}

void ConflictsPage::editSelected()
{
    const SyncConflict c = m_model->conflict(selectedRow());
    const RecordKind *kind = RecordCatalog::byTable(c.table);
    const FieldSpec *spec = kind ? kind->field(c.field) : nullptr;
    if (!m_db || !spec)
        return;
    bool ok = false;
    QVariant value;
    const QString label = tr("New value of %1:").arg(spec->translatedLabel());
    if (spec->type == FieldSpec::Type::Enum) {
        QStringList names;
        for (const QString &v : spec->values)
            names << EnumNames::text(spec->key, v);
        const QString chosen = QInputDialog::getItem(
            this, tr("Settle the conflict"), label, names,
            qMax(0, int(spec->values.indexOf(c.kept.toString()))), false, &ok);
        if (ok)
            value = spec->values.value(names.indexOf(chosen));
    } else if (spec->type == FieldSpec::Type::LongText) {
        value = QInputDialog::getMultiLineText(this, tr("Settle the conflict"), label,
                                               c.kept.toString(), &ok);
    } else {
        QInputDialog input(this);
        input.setWindowTitle(tr("Settle the conflict"));
        input.setLabelText(label);
        input.setTextValue(c.kept.toString());
        input.resize(qMax(input.sizeHint().width(), 460), input.sizeHint().height());
        ok = input.exec() == QDialog::Accepted;
        value = input.textValue();
    }
    if (!ok)
        return;
    if (spec->type == FieldSpec::Type::Number) {
        const double number = value.toString().trimmed().toDouble(&ok);
        value = ok ? QVariant(number) : value;
    }
    Error error;
    if (!FieldCodec::validate(*spec, value, c.recordId, &error)) {
        Style::error(m_message);
        m_message->setText(error.message);
        return;
    }
    settle(value);
}

void ConflictsPage::acknowledgeSelected()
{
    const SyncConflict c = m_model->conflict(selectedRow());
    if (!m_db || c.id.isEmpty())
        return;
    Error error;
    if (!ConflictTableModel::acknowledge(*m_db, c.id, &error)) {
        Style::error(m_message);
        m_message->setText(error.message);
        return;
    }
    m_message->clear();
    reload();
    emit conflictsChanged();
}
