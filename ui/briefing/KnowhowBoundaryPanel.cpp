#include "ui/briefing/KnowhowBoundaryPanel.h"

#include "app/rules/KnowhowBoundary.h"
#include "ui/records/FormErrors.h"
#include "ui/widgets/Style.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidgetItem *cell(const QString &text, const QColor &mark = QColor())
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    if (mark.isValid())
        item->setForeground(mark);
    return item;
}
} // namespace

KnowhowBoundaryPanel::KnowhowBoundaryPanel(QWidget *parent) : QWidget(parent)
{
    const QList<KnowhowBoundary::Row> rows = KnowhowBoundary::rows();
    m_table = new QTableWidget(int(rows.size()), 3, this);
    m_table->setObjectName(QStringLiteral("knowhowBoundaryTable"));
    m_table->setHorizontalHeaderLabels({tr("Boundary"), tr("May say"), tr("May not say")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor yes = dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
    const QColor no = dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    for (int r = 0; r < rows.size(); ++r) {
        const KnowhowBoundary::Row &row = rows.at(r);
        QTableWidgetItem *topic = cell(row.topic);
        QFont bold = topic->font();
        bold.setBold(true);
        topic->setFont(bold);
        m_table->setItem(r, 0, topic);
        m_table->setItem(
            r, 1,
            cell((row.maySayAnything ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + row.maySay,
                 row.maySayAnything ? yes : no));
        m_table->setItem(r, 2, cell(QStringLiteral("✗ ") + row.mayNotSay, no));
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // One line per row: the SOP's entries are short; the table shows all five without scrolling.
    const int rowHeight = m_table->fontMetrics().height() + 12;
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->setWordWrap(false);
    m_table->setFixedHeight(header->sizeHint().height() + 2 * m_table->frameWidth() +
                            rowHeight * int(rows.size()));

    auto *source = new QLabel(tr("SOP-10 §5.3.1.2; details in SOP-17 know-how control."), this);
    Style::secondary(source);
    auto *notesLabel = new QLabel(tr("Further boundaries for this task:"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("knowhow_boundary"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(
        tr("e.g. give the recommended range only, never the exact bath temperature"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 16);
    notesLabel->setBuddy(m_notes);
    m_ack = new QCheckBox(tr("The engineer has gone through this boundary and keeps to it on site"),
                          this);
    m_ack->setObjectName(QStringLiteral("knowhow_boundary_ack"));
    connect(m_notes, &QPlainTextEdit::textChanged, this, &KnowhowBoundaryPanel::changed);
    connect(m_ack, &QCheckBox::toggled, this, &KnowhowBoundaryPanel::changed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_table);
    layout->addWidget(source);
    layout->addSpacing(4);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(m_ack);
}

void KnowhowBoundaryPanel::setValues(const QString &notes, bool acknowledged)
{
    const QSignalBlocker blockNotes(m_notes);
    const QSignalBlocker blockAck(m_ack);
    m_notes->setPlainText(notes);
    m_ack->setChecked(acknowledged);
}

QString KnowhowBoundaryPanel::notes() const
{
    return m_notes->toPlainText();
}

bool KnowhowBoundaryPanel::acknowledged() const
{
    return m_ack->isChecked();
}

void KnowhowBoundaryPanel::addFields(FormErrors &errors)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    QLabel *notesError = FormErrors::makeLabel(this, QStringLiteral("knowhow_boundaryError"));
    layout->insertWidget(layout->indexOf(m_notes) + 1, notesError);
    errors.add(QStringLiteral("knowhow_boundary"), m_notes, notesError);
    QLabel *ackError = FormErrors::makeLabel(this, QStringLiteral("knowhow_boundary_ackError"));
    layout->addWidget(ackError);
    errors.add(QStringLiteral("knowhow_boundary_ack"), m_ack, ackError);
}
