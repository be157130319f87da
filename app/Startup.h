#pragma once

// The process-wide set-up every program and every test fixture runs before it opens a
// database: the QSQLCIPHER driver, the write hooks (full-text index, unique-record rechecks of
// sync), the lock guard that keeps the nested records of a signed form locked with it, and the
// merge groups. One call, so a test runs under exactly the rules the desktop and the CLI run.
class Startup
{
public:
    // Idempotent: a second call changes nothing.
    static void install();
};
