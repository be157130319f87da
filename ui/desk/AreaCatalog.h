#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The areas of the desk, in navigation order, as one table: the start page, the record lists
// (customers, people) and the areas whose screens are not built yet. For those the table holds
// what the area records and which SOP section it implements, and AreaInfoPage shows it — the
// content lives here as data, not as one widget class per area.
// Texts are QT_TR_NOOP in context "AreaCatalog"; translate with AreaCatalog::tr().
struct AreaSection
{
    const char *heading = nullptr;
    QList<const char *> items;
};

struct Area
{
    enum class Page { Start, Records, Info, Conflicts, Kpi, ProactivePlan };

    QString key; // stable id: "start", "tasks", "briefing", ..., "kpi"
    Page page = Page::Info;
    const char *group = nullptr; // navigation group heading; nullptr: no heading
    const char *title = nullptr; // navigation text and page heading
    QString icon;                // resources/icons/<icon>.svg
    // The interchange array of the area's records. Page::Records: always a list. Page::Info:
    // the page also lists the records once the RecordCatalog declares that kind.
    QString recordArray;
    QString formCode;                // "QEF-10-02"; empty for areas that are not forms
    const char *sop = nullptr;       // the SOP sections it implements
    const char *summary = nullptr;   // what the area is for, one paragraph
    const char *retention = nullptr; // how long its records are kept, who is responsible
    QList<AreaSection> sections;
};

class AreaCatalog
{
    Q_DECLARE_TR_FUNCTIONS(AreaCatalog)
public:
    static const QList<Area> &areas();
    static const Area *byKey(const QString &key);

private:
    static QList<Area> buildAreas();
};
