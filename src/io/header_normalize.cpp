// Header normalization; the rules are listed in header_normalize.hpp.
#include "io/header_normalize.hpp"

#include <cctype>

namespace retain {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kBomReadAsCp1252 = "\xC3\xAF\xC2\xBB\xC2\xBF";  // "ï»¿" in UTF-8
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::string_view kRightQuote = "\xE2\x80\x99";  // ’ as in "Customer’s"

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool is_ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

std::string_view trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

// Drops byte-order marks at the start and invisible spaces anywhere; tabs and line breaks (a header
// cell may hold them when quoted) become spaces.
std::string clean_bytes(std::string_view s) {
    for (bool again = true; again;) {
        again = false;
        for (std::string_view mark : {kUtf8Bom, kBomReadAsCp1252}) {
            if (starts_with(s, mark)) {
                s.remove_prefix(mark.size());
                again = true;
            }
        }
    }
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const std::string_view rest = s.substr(i);
        if (starts_with(rest, kNoBreakSpace)) { out += ' '; i += 2; continue; }
        // U+200B..U+200D zero-width spaces and joiners, U+FEFF inside the text.
        if (rest.size() >= 3 && rest[0] == '\xE2' && rest[1] == '\x80' && rest[2] >= '\x8B' && rest[2] <= '\x8D') { i += 3; continue; }
        if (starts_with(rest, kUtf8Bom)) { i += 3; continue; }
        if (starts_with(rest, kRightQuote)) { out += '\''; i += 3; continue; }
        const char c = s[i++];
        out += (c == '\t' || c == '\r' || c == '\n') ? ' ' : c;
    }
    return out;
}

// "customerId" -> "customer Id", "MRRAmount" -> "MRR Amount"; only for one identifier with no spaces,
// because in prose headers a capital inside a word is a brand ("HubSpot"), not a word break.
std::string split_humps(const std::string& s) {
    for (char c : s)
        if (!is_ascii_alnum(c)) return s;
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (i > 0 && is_upper(c)) {
            const char prev = s[i - 1];
            const bool next_lower = i + 1 < s.size() && s[i + 1] >= 'a' && s[i + 1] <= 'z';
            if (is_lower_or_digit(prev) || (is_upper(prev) && next_lower)) out += ' ';
        }
        out += c;
    }
    return out;
}

// "Annual Revenue (USD)" -> "Annual Revenue"; "(blank)" stays as it is.
std::string_view strip_trailing_brackets(std::string_view s) {
    s = trim(s);
    while (!s.empty() && (s.back() == ')' || s.back() == ']')) {
        int depth = 0;
        size_t open = std::string_view::npos;
        for (size_t i = s.size(); i-- > 0;) {
            if (s[i] == ')' || s[i] == ']') ++depth;
            else if (s[i] == '(' || s[i] == '[') {
                if (--depth == 0) { open = i; break; }
            }
        }
        if (open == std::string_view::npos) break;
        const std::string_view before = trim(s.substr(0, open));
        if (before.empty()) break;
        s = before;
    }
    return s;
}

bool is_currency_code(std::string_view word) {
    for (std::string_view code : {"usd", "eur", "gbp", "cad", "aud", "chf", "jpy", "sek", "nok", "dkk", "nzd", "inr", "brl"})
        if (word == code) return true;
    return false;
}

}  // namespace

std::vector<std::string_view> header_words(std::string_view normalized) {
    std::vector<std::string_view> words;
    size_t start = 0;
    while (start < normalized.size()) {
        size_t end = normalized.find(' ', start);
        if (end == std::string_view::npos) end = normalized.size();
        if (end > start) words.push_back(normalized.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

std::string normalize_header(std::string_view header) {
    const std::string cleaned = split_humps(std::string(trim(clean_bytes(header))));
    const std::string_view core = strip_trailing_brackets(cleaned);

    std::string spaced;
    spaced.reserve(core.size() + 8);
    for (char c : core) {
        if (static_cast<unsigned char>(c) >= 0x80) spaced += c;
        else if (is_ascii_alnum(c)) spaced += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (c == '\'') continue;  // "Customer's" -> "customers", "I'm" -> "im"
        else if (c == '#') spaced += " number ";
        else if (c == '%') spaced += " percent ";
        else if (c == '&') spaced += " and ";
        else spaced += ' ';
    }

    std::vector<std::string_view> words = header_words(spaced);
    if (words.size() > 1 && is_currency_code(words.back())) {
        words.pop_back();
        if (words.size() > 1 && words.back() == "in") words.pop_back();
    }
    std::string out;
    for (std::string_view w : words) {
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

}  // namespace retain
