// What the command-line modes print: whole lines, flushed at once (a pipe sees each as it comes).
#pragma once

#include <QString>

#include <cstdio>

inline void print(FILE *stream, const QString &text) {
    const QByteArray bytes = text.toUtf8(); // whole: fputs would stop at a NUL
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
    std::fflush(stream);
}
