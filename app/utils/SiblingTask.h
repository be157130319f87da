#pragma once

#include "db/Error.h"

#include <QFuture>

#include <functional>

class Database;

// Runs a piece of database work off the GUI thread on a connection of its own: opens a sibling
// of main in a pool thread (the KDF runs there too), calls work, closes the connection in that
// thread. For the team dialog's invite and join, whose one-time code goes through PBKDF2.
// main must stay open until the future has finished (callers wait for it before closing).
class SiblingTask
{
public:
    struct Result
    {
        bool ok = false;
        Error error;
    };

    static QFuture<Result> run(const Database &main, std::function<bool(Database &, Error *)> work);
};
