#pragma once

#include <QScrollArea>

struct Area;

// The page of an area whose entry screens are not built yet: what the area records, which SOP
// sections it implements, how long its records are kept and who is responsible, all read
// from the AreaCatalog table. One class serves every such area. listed: the records of the
// area are shown in a list next to this page (the catalog already declares the kind).
class AreaInfoPage : public QScrollArea
{
    Q_OBJECT
public:
    explicit AreaInfoPage(const Area &area, bool listed, QWidget *parent = nullptr);
};
