// Case-insensitive substring search for the search boxes (accounts, notes). ASCII case folding is
// enough for ids, domains and most names; non-ASCII bytes compare exactly.
#pragma once
#include <string>
#include <string_view>

namespace retain {

inline char fold_ascii(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

inline std::string fold_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = fold_ascii(c);
    return out;
}

// Whether `folded_needle` (already folded) occurs in `haystack`, ASCII letters folded.
inline bool contains_folded(std::string_view haystack, std::string_view folded_needle) {
    if (folded_needle.empty()) return true;
    if (haystack.size() < folded_needle.size()) return false;
    const size_t last = haystack.size() - folded_needle.size();
    for (size_t i = 0; i <= last; ++i) {
        size_t k = 0;
        while (k < folded_needle.size() && fold_ascii(haystack[i + k]) == folded_needle[k]) ++k;
        if (k == folded_needle.size()) return true;
    }
    return false;
}

}  // namespace retain
