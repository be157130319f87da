#include "app/Startup.h"

#include <QCoreApplication>

// Linked into every suite that uses app/ or ui/: the fixture runs under the same process-wide
// set-up as the desktop and the CLI (Startup::install()), from the moment its application
// object exists.
static void installStartup()
{
    Startup::install();
}
Q_COREAPP_STARTUP_FUNCTION(installStartup)
