#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Watches the whole application for keyboard, mouse, wheel and touch input and emits
// idleTimeout() once nobody has touched it for the configured time, so the main window can
// lock itself (close the database, hide its content, ask for the passphrase again).
// Install it once; it filters events of every window of the application.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    // 0 switches automatic locking off.
    void setTimeoutMinutes(int minutes);
    // Milliseconds; for tests that cannot wait minutes.
    void setTimeoutMilliseconds(qint64 ms);
    qint64 timeoutMilliseconds() const { return m_timeoutMs; }

    // While disabled (e.g. already locked) no timeout fires; enabling starts a fresh idle period.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Counts as input: the idle period starts again.
    void poke();

signals:
    void idleTimeout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rearm();
    void check();

    QTimer m_timer;
    QElapsedTimer m_sinceInput;
    qint64 m_timeoutMs = 0;
    bool m_enabled = true;
};
