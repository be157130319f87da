#pragma once

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class FormErrors;
class KnowhowBoundaryPanel;
class PpePanel;
class QPlainTextEdit;
class QVBoxLayout;

// The eight agenda items of the briefing meeting (SOP-10 §5.2.4) in their order, each a
// labelled text area: background and history, measurable objectives, schedule, the know-how
// boundary (item 4, with its table and acknowledgement), safety and PPE (item 5, with the
// derived equipment), emergency contacts, the customer's special requirements, Q&A.
class BriefingAgendaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BriefingAgendaPanel(QWidget *parent = nullptr);

    void load(const QVariantMap &brief, const QString &safetyRisk);
    // The agenda's fields in their stored form.
    QVariantMap values() const;
    void addFields(FormErrors &errors);

    QPlainTextEdit *textEdit(const QString &field) const { return m_texts.value(field); }
    KnowhowBoundaryPanel *knowhowBoundary() const { return m_boundary; }
    PpePanel *ppe() const { return m_ppe; }

signals:
    void changed();

private:
    void addItem(int number, const QString &title, const QString &hint, QWidget *content);
    QPlainTextEdit *addText(int number, const QString &field, const QString &title,
                            const QString &hint, const QString &placeholder);

    QVBoxLayout *m_layout = nullptr;
    QHash<QString, QPlainTextEdit *> m_texts;
    QHash<QString, QWidget *> m_items; // field -> its section, for the error labels
    KnowhowBoundaryPanel *m_boundary = nullptr;
    PpePanel *m_ppe = nullptr;
};
