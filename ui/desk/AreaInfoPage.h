#pragma once

#include <QScrollArea>

struct Area;

// The page of an area whose entry screens are not built yet: what the area records, which SOP
// sections it implements, how long its records are kept and who is responsible, all read
// from the AreaCatalog table. One class serves every such area. listed: the records of the
// area are shown in a list next to this page (the catalog already declares the kind). Its
// text is laid out when the page is first shown: the window starts without a dozen pages of
// rich text nobody has opened yet.
class AreaInfoPage : public QScrollArea
{
    Q_OBJECT
public:
    // area: an entry of AreaCatalog::areas() (which lives as long as the program).
    explicit AreaInfoPage(const Area &area, bool listed, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();

    const Area *m_area;
    bool m_listed;
    bool m_built = false;
};
