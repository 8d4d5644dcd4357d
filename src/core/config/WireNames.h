// The names of an enum's values on a wire (the journal, the web page's data), in a table in the enum's order:
// one line per enum instead of a switch, read back with a fallback for a name this version does not know.
#pragma once

#include <QLatin1StringView>
#include <QString>

#include <cstddef>

namespace WireNames {

// `names` lists every value of Enum in its order, from 0.
template <typename Enum, std::size_t N> QString nameOf(Enum value, const QLatin1StringView (&names)[N]) {
    const auto index = std::size_t(value);
    return index < N ? QString(names[index]) : QString();
}

template <typename Enum, std::size_t N>
Enum valueOf(const QString &text, const QLatin1StringView (&names)[N], Enum fallback) {
    for (std::size_t i = 0; i < N; ++i) {
        if (text == names[i])
            return Enum(i);
    }
    return fallback;
}

} // namespace WireNames
