// A file a test lays down (an export, a settings file, a journal), folders made as needed. One helper for
// every test instead of a `touch` and a `writeFile` each.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace TestFiles {

// False when it cannot be written (the test says QVERIFY(TestFiles::write(...))).
inline bool write(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace TestFiles
