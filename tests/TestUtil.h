#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

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

// True when needle occurs in any of the encodings SQLite could have written it in.
inline bool containsText(const QByteArray &haystack, const QString &needle)
{
    return haystack.contains(needle.toUtf8()) ||
           haystack.contains(
               QByteArray(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2));
}

} // namespace TestUtil
