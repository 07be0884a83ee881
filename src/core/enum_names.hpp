// Enums named in files, commands and the UI by a table of lower-case names, one per value in order:
// text -> value is a lookup in that table. One helper, so every enum parses the same way (exact match).
#pragma once
#include <cstddef>
#include <string>

namespace retain {

template <typename E, size_t N>
bool parse_enum_name(const char* const (&names)[N], const std::string& text, E& out) {
    for (size_t i = 0; i < N; ++i)
        if (text == names[i]) { out = E(i); return true; }
    return false;
}

}  // namespace retain
