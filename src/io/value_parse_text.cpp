#include "io/value_parse_text.hpp"

namespace retain::value_parse_detail {

size_t space_at(std::string_view s, size_t i) {
    if (i >= s.size()) return 0;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t') return 1;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
        const unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
        if (c2 == 0x87 || c2 == 0x89 || c2 == 0xAF) return 3;  // U+2007, U+2009, U+202F
    }
    return 0;
}

size_t space_before(std::string_view s, size_t end) {
    if (end >= 1 && space_at(s, end - 1) == 1) return 1;
    if (end >= 2 && space_at(s, end - 2) == 2) return 2;
    if (end >= 3 && space_at(s, end - 3) == 3) return 3;
    return 0;
}

std::string_view trim_cell(std::string_view s) {
    // Most cells start and end with a printable ASCII byte: nothing to trim (every space this trims,
    // ASCII or not, and every line end, has a byte outside '!'..'~' at the cell's edge).
    auto printable = [](char c) { return c > ' ' && c < 0x7F; };
    if (s.empty() || (printable(s.front()) && printable(s.back()))) return s;
    size_t b = 0, e = s.size();
    for (;;) {
        if (b < e && (s[b] == '\r' || s[b] == '\n')) { ++b; continue; }
        const size_t n = space_at(s.substr(0, e), b);
        if (n == 0) break;
        b += n;
    }
    for (;;) {
        if (e > b && (s[e - 1] == '\r' || s[e - 1] == '\n')) { --e; continue; }
        const size_t n = space_before(s.substr(b, e - b), e - b);
        if (n == 0) break;
        e -= n;
    }
    return s.substr(b, e - b);
}

bool equals_word(std::string_view s, std::string_view lower_word) {
    if (s.size() != lower_word.size()) return false;
    for (size_t i = 0; i < s.size(); ++i)
        if (lower(s[i]) != lower_word[i]) return false;
    return true;
}

std::string quote_cell(std::string_view s) {
    constexpr size_t kShown = 60;
    bool cut = false;
    if (s.size() > kShown) {
        size_t n = kShown;
        while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // not inside a character
        s = s.substr(0, n);
        cut = true;
    }
    std::string out = "\"";
    for (const char c : s) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') { out += '\\'; out += c; }
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (u < 0x20 || u == 0x7F) {
            static const char kHex[] = "0123456789abcdef";
            out += "\\x";
            out += kHex[u >> 4];
            out += kHex[u & 15];
        } else out += c;
    }
    out += cut ? "\xE2\x80\xA6\"" : "\"";  // …
    return out;
}

namespace {

// A thousands separator at `i`: its kind (so one number uses one kind) and byte length, or kind 0.
enum GroupKind { kNoGroup, kCommaGroup, kPointGroup, kApostropheGroup, kSpaceGroup };

GroupKind group_at(std::string_view s, size_t i, char decimal, size_t& length) {
    length = 1;
    const char c = s[i];
    if (c == decimal) return kNoGroup;
    if (c == ',') return kCommaGroup;
    if (c == '.') return kPointGroup;
    if (c == '\'') return kApostropheGroup;
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) { length = 3; return kApostropheGroup; }  // ’
    length = space_at(s, i);
    return length ? kSpaceGroup : kNoGroup;
}

size_t digits_from(std::string_view s, size_t i) {
    size_t j = i;
    while (j < s.size() && is_digit(s[j])) ++j;
    return j - i;
}

}  // namespace

bool scan_decimal(std::string_view s, DecimalMark mark, DecimalText& out) {
    const char decimal = mark == DecimalMark::comma ? ',' : '.';
    const size_t first = digits_from(s, 0);
    size_t i = first;
    // Groups after the first run: all of three digits, or (Indian) of two with a last one of three.
    GroupKind kind = kNoGroup;
    size_t groups = 0, body = 0, last = 0;
    while (i < s.size()) {
        size_t length = 0;
        const GroupKind k = group_at(s, i, decimal, length);
        if (k == kNoGroup) break;
        if (first == 0 || (kind != kNoGroup && k != kind)) return false;
        kind = k;
        const size_t n = digits_from(s, i + length);
        if (n != 2 && n != 3) return false;
        if (groups > 0) {
            if (body == 0) body = last;
            else if (last != body) return false;
        }
        last = n;
        ++groups;
        i += length + n;
    }
    if (groups > 0) {
        if (last != 3 || s[0] == '0') return false;
        if (first > (body == 2 ? 2u : 3u)) return false;
    }
    out.whole = s.substr(0, i);
    out.fraction = {};
    if (i < s.size() && s[i] == decimal) {
        const size_t n = digits_from(s, i + 1);
        if (n == 0) return false;
        out.fraction = s.substr(i + 1, n);
        i += 1 + n;
    }
    return i == s.size() && (first > 0 || !out.fraction.empty());
}

bool whole_value(std::string_view whole, uint64_t& out) {
    uint64_t v = 0;
    int count = 0;
    for (const char c : whole) {
        if (!is_digit(c)) continue;
        if (++count > 18) return false;
        v = v * 10 + uint64_t(c - '0');
    }
    out = v;
    return true;
}

size_t sign_at(std::string_view s, size_t i, bool& negative) {
    if (i >= s.size()) return 0;
    if (s[i] == '-') { negative = true; return 1; }
    if (s[i] == '+') { negative = false; return 1; }
    if (s.compare(i, 3, "\xE2\x88\x92") == 0) { negative = true; return 3; }  // −
    return 0;
}

}  // namespace retain::value_parse_detail
