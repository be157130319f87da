#pragma once

#include "ui/records/FormErrors.h"

#include <QGroupBox>
#include <QHash>

class Database;
class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

// SOP-10 §4.2 and §11: who may go on this dispatch. Every person is listed with the
// eligibility TaskWorkflow computes for this task today; an ineligible person cannot be
// checked and the reasons stand next to the name. Assign saves the checked people through
// TaskWorkflow::assignEngineers (which refuses anyone ineligible, saying why).
class EngineerPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit EngineerPanel(QWidget *parent = nullptr);

    void setTask(Database *db, const QString &taskId, const QString &state,
                 const QStringList &assigned);
    QStringList checkedIds() const;

public slots:
    void assign();

signals:
    void assigned();

private:
    void clearRows();
    void updateButton();

    Database *m_db = nullptr;
    QString m_taskId;
    QStringList m_assigned;
    bool m_editable = false;
    QGridLayout *m_grid = nullptr;
    QWidget *m_rows = nullptr;
    QHash<QString, QCheckBox *> m_checks;
    QLabel *m_intro = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_assign = nullptr;
    FormErrors m_errors;
};
