#pragma once

#include <QString>

// The project's one error convention: a function returns bool and, on failure, fills an
// Error (when the caller passed one). The message is a translated sentence for people; the
// code lets the CLI choose its exit status and the UI choose where to show it.
struct Error
{
    enum class Code {
        None,
        Failure,         // anything unexpected: I/O, SQLite, a bug
        Usage,           // the caller asked for something malformed
        WrongPassphrase, // the key does not open the file, or it is no database at all
        NotFieldDesk,    // a readable database that is not a Field Desk database
        NewerSchema,     // written by a newer Field Desk; never downgraded
        Exists,          // refused to overwrite
        NotFound,
        Validation, // input rejected; nothing was written
        Locked,     // a signed record cannot change
    };

    Code code = Code::None;
    QString message;
    QString recordId; // the record the message is about, when there is one
    QString field;    // the field the message is about, when there is one

    bool isError() const { return code != Code::None; }

    // Fills *error when it is not null; always returns false so callers can `return fail(...)`.
    static bool set(Error *error, Code code, const QString &message,
                    const QString &recordId = QString(), const QString &field = QString())
    {
        if (error) {
            error->code = code;
            error->message = message;
            error->recordId = recordId;
            error->field = field;
        }
        return false;
    }
};
