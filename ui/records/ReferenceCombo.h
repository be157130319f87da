#pragma once

#include <QComboBox>

// Chooses one record for a Reference field: an editable combo box listing the records by
// name; typing filters the list (any part of the name). An optional field starts with an empty
// row. The stored value is the chosen record's id; text that names no record is reported by
// hasUnknownText() so the form can say so at the field.
class ReferenceCombo : public QComboBox
{
    Q_OBJECT
public:
    ReferenceCombo(bool required, QWidget *parent = nullptr);

    // Replaces the choices: label shown, id stored. Keeps the current id when it is still there.
    void setOptions(const QList<QPair<QString, QString>> &labelAndId);
    QString currentId() const; // empty when nothing (or unknown text) is chosen
    void setCurrentId(const QString &id);
    bool hasUnknownText() const;

signals:
    void idChanged();

private:
    int indexOfText(const QString &text) const;

    bool m_required;
};
