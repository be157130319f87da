#pragma once

#include <QScrollArea>

struct Area;

// The page of an area whose screens are not built yet: what the area records, which SOP
// sections it implements, how long its records are kept and who is responsible, all read
// from the AreaCatalog table. One class serves every such area.
class AreaInfoPage : public QScrollArea
{
    Q_OBJECT
public:
    explicit AreaInfoPage(const Area &area, QWidget *parent = nullptr);
};
