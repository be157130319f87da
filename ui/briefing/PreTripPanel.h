#pragma once

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class FormErrors;
class QCheckBox;
class QPlainTextEdit;

// The pre-trip confirmation with the customer's contact the day before departure (SOP-10
// §5.2.8): arrival time, place and host; the site's PPE, entry procedure and safety training;
// the emergency contact; the documents (ID card, health certificate, entry application) —
// each a check box, with notes for arrival and site conditions.
class PreTripPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreTripPanel(QWidget *parent = nullptr);

    void load(const QVariantMap &brief);
    // pretrip_confirmed, arrival, site_conditions in their stored form.
    QVariantMap values() const;
    void addFields(FormErrors &errors);

    QCheckBox *check(const QString &item) const { return m_checks.value(item); }
    QPlainTextEdit *arrivalNotes() const { return m_arrival; }
    QPlainTextEdit *siteNotes() const { return m_site; }

signals:
    void changed();

private:
    QCheckBox *addCheck(const QString &item, const QString &text);
    QPlainTextEdit *addNotes(const QString &field, const QString &placeholder);

    QHash<QString, QCheckBox *> m_checks;
    QStringList m_order;
    QPlainTextEdit *m_arrival = nullptr;
    QPlainTextEdit *m_site = nullptr;
};
