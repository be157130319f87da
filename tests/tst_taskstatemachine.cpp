#include "app/rules/TaskStateMachine.h"

#include <QtTest>

// Every pair of states: exactly the moves of SOP-10 §5 are allowed, each refusal says why.
class TestTaskStateMachine : public QObject
{
    Q_OBJECT
private slots:
    void everyPair()
    {
        const QSet<QString> allowed = {
            QStringLiteral("registered>assessed"), QStringLiteral("assessed>assessed"),
            QStringLiteral("assessed>approved"),   QStringLiteral("assessed>rejected"),
            QStringLiteral("approved>briefed"),    QStringLiteral("briefed>on_site"),
            QStringLiteral("on_site>reporting"),   QStringLiteral("reporting>callback"),
            QStringLiteral("callback>closed"),
        };
        const QSet<QString> open = {QStringLiteral("registered"), QStringLiteral("assessed"),
                                    QStringLiteral("approved"),   QStringLiteral("briefed"),
                                    QStringLiteral("on_site"),    QStringLiteral("reporting"),
                                    QStringLiteral("callback")};
        int allowedCount = 0;
        for (const QString &from : TaskStateMachine::states()) {
            for (const QString &to : TaskStateMachine::states()) {
                const bool expected = allowed.contains(from + QLatin1Char('>') + to) ||
                                      (to == QLatin1String("cancelled") && open.contains(from));
                QString reason;
                const bool ok =
                    TaskStateMachine::canMove(from, to, QStringLiteral("客户取消"), &reason);
                QVERIFY2(ok == expected, qPrintable(from + QLatin1String(" -> ") + to));
                QCOMPARE(reason.isEmpty(), ok);
                allowedCount += ok;
            }
        }
        QCOMPARE(allowedCount, allowed.size() + open.size());
    }

    void cancelNeedsReason()
    {
        QString reason;
        QVERIFY(!TaskStateMachine::canMove(QStringLiteral("approved"), QStringLiteral("cancelled"),
                                           QStringLiteral("  "), &reason));
        QVERIFY(!reason.isEmpty());
        QVERIFY(TaskStateMachine::canMove(QStringLiteral("approved"), QStringLiteral("cancelled"),
                                          QStringLiteral("客户改期"), &reason));
    }

    void unknownStates()
    {
        QString reason;
        QVERIFY(!TaskStateMachine::canMove(QStringLiteral("flying"), QStringLiteral("closed"),
                                           QString(), &reason));
        QVERIFY(reason.contains(QStringLiteral("flying")));
        QVERIFY(!TaskStateMachine::canMove(QStringLiteral("registered"), QStringLiteral("done"),
                                           QString(), &reason));
        QVERIFY(reason.contains(QStringLiteral("done")));
    }

    void finalStates()
    {
        for (const char *s : {"rejected", "closed", "cancelled"}) {
            QVERIFY(TaskStateMachine::isFinal(QString::fromLatin1(s)));
            QVERIFY(TaskStateMachine::nextStates(QString::fromLatin1(s)).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestTaskStateMachine)
#include "tst_taskstatemachine.moc"
