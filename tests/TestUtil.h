#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

// Helpers shared by the test suites.
namespace TestUtil {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file in dir (recursively), for "no plaintext anywhere" checks.
inline QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDir d(dir);
    for (const QFileInfo &fi :
         d.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (fi.isDir())
            out << filesUnder(fi.absoluteFilePath());
        else
            out << fi.absoluteFilePath();
    }
    return out;
}

// A leak test must fail for a leak and never for luck: a needle of a few bytes occurs in a
// megabyte of ciphertext by chance (3 bytes: about one run in sixteen). Every needle is
// therefore at least this long in each encoding searched (12 bytes: about 2^-96 per offset).
constexpr int MinimumNeedleBytes = 12;

inline bool isDistinctiveNeedle(const QString &needle)
{
    return needle.toUtf8().size() >= MinimumNeedleBytes && needle.size() * 2 >= MinimumNeedleBytes;
}

// True when needle occurs in any of the encodings SQLite could have written it in. A needle
// too short to tell a leak from chance fails the calling test (and counts as found).
inline bool containsText(const QByteArray &haystack, const QString &needle)
{
    if (!isDistinctiveNeedle(needle)) {
        QTest::qFail(
            qPrintable(QStringLiteral("leak-test needle \"%1\" is shorter than %2 bytes in "
                                      "UTF-8 or UTF-16: it can match ciphertext by chance")
                           .arg(needle)
                           .arg(MinimumNeedleBytes)),
            __FILE__, __LINE__);
        return true;
    }
    return haystack.contains(needle.toUtf8()) ||
           haystack.contains(
               QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2));
}

} // namespace TestUtil
