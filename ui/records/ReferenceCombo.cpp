#include "ui/records/ReferenceCombo.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

ReferenceCombo::ReferenceCombo(bool required, QWidget *parent)
    : QComboBox(parent), m_required(required)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setMaxVisibleItems(15);
    lineEdit()->setPlaceholderText(tr("Type to search, or choose from the list"));
    lineEdit()->setClearButtonEnabled(true);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(this, &QComboBox::currentTextChanged, this, &ReferenceCombo::idChanged);
}

void ReferenceCombo::setOptions(const QList<QPair<QString, QString>> &labelAndId)
{
    const QString keep = currentId();
    const QSignalBlocker block(this);
    clear();
    if (!m_required)
        addItem(QString(), QString());
    for (const auto &option : labelAndId)
        addItem(option.first, option.second);
    setCurrentId(keep);
}

int ReferenceCombo::indexOfText(const QString &text) const
{
    const QString wanted = text.trimmed();
    for (int i = 0; i < count(); ++i) {
        if (itemText(i) == wanted)
            return i;
    }
    return -1;
}

QString ReferenceCombo::currentId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return QString();
    // The text decides: a person may have typed over the chosen row.
    if (currentIndex() >= 0 && itemText(currentIndex()) == text)
        return itemData(currentIndex()).toString();
    const int index = indexOfText(text);
    return index >= 0 ? itemData(index).toString() : QString();
}

void ReferenceCombo::setCurrentId(const QString &id)
{
    const QSignalBlocker block(this);
    if (id.isEmpty()) {
        setCurrentIndex(m_required ? -1 : 0);
        setEditText(QString());
        return;
    }
    int index = findData(id);
    if (index < 0) {
        // Points at a record that is gone (or not synced yet): keep the id, say so.
        addItem(tr("(record not found: %1)").arg(id.left(8)), id);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

bool ReferenceCombo::hasUnknownText() const
{
    return !currentText().trimmed().isEmpty() && currentId().isEmpty();
}
