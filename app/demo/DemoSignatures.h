#pragma once

#include "db/Error.h"

class Database;
struct SignatureStrokes;

// The signed part of the demo, made through RecordSigning (the path a person's signature
// takes) after the demo document is imported: the service reports of tasks 1 and 2 signed by
// each of their engineers and Robert (locked, with captured strokes); every form of the closed
// task 1 (brief, daily reports, call-back, expense claim); and 赛德化学's NDA signed by its
// custodian 王婧 and then corrected — revision 2 signed as well — so printing and paper
// verification have a current and a superseded copy to show. Running it again changes nothing.
class DemoSignatures
{
public:
    static bool apply(Database &db, Error *error);
    // A hand-like signature on a 320 × 120 pad; seed varies its shape.
    static SignatureStrokes strokes(int seed);
};
