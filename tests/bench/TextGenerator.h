#pragma once

#include <QRandomGenerator>
#include <QStringList>

// Deterministic, realistic Chinese text for the benchmark's data set, built from the kind of
// phrases a field engineer's daily report holds (SOP-10 §5.3.3). The same seed gives the same
// text, so the encrypted and the plain database of one run hold identical data and their
// timings are comparable.
class TextGenerator
{
public:
    struct DailyReport
    {
        QString work;
        QString findings;
        QString plan;
        QString support;
        QString expenses;
    };

    explicit TextGenerator(quint32 seed);

    int number(int low, int high); // inclusive bounds
    bool chance(int percent);
    const QString &pick(const QStringList &list);

    QString customerName(int index);
    QString customerShortName(const QString &name) const;
    QString region();
    QString industry();
    QString personName(int index) const;
    QString taskTitle();
    DailyReport dailyReport();
    QString serviceReport();
    QString knowhowTitle();
    QString knowhowBody();
    QString expenseDescription(const QString &category);
    QString callbackNote();
    // Search terms of 2-4 Chinese characters: words of the vocabulary (some frequent, some
    // rare, a few absent) and substrings of generated sentences.
    QStringList searchTerms(int count);

private:
    QString batch();
    QString lines(const QStringList &items);
    QString finding();
    QString workItem();
    QString planItem();

    QRandomGenerator m_random;
};
