#include <QtTest>
class T : public QObject
{
    Q_OBJECT private slots : void placeholder() { QSKIP("pending"); }
};
QTEST_GUILESS_MAIN(T)
#include "tst_sqlcipherdriver.moc"
