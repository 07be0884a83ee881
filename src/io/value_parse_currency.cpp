// Currencies as amount cells write them (value_parse_money.hpp): the symbols, the ISO 4217 codes, and
// which workspace currencies a shared symbol can stand for.
#include <algorithm>
#include <array>
#include <cstring>

#include "io/value_parse_amount.hpp"
#include "io/value_parse_text.hpp"

namespace retain::value_parse_detail {
namespace {

struct Symbol {
    std::string_view match;    // as found in cells, letter case included (codes are the ones read in any case)
    std::string_view written;  // as reported: one spelling per currency sign
    std::string_view code;     // "" when several currencies use it
};

// Longer spellings first, so "US$" is found before "$" and "kr." before "kr".
constexpr Symbol kSymbols[] = {
    {"US$", "US$", "USD"}, {"CA$", "CA$", "CAD"}, {"AU$", "AU$", "AUD"}, {"NZ$", "NZ$", "NZD"},
    {"HK$", "HK$", "HKD"}, {"MX$", "MX$", "MXN"}, {"NT$", "NT$", "TWD"}, {"kr.", "kr", ""},
    {"Kr.", "kr", ""},     {"Rs.", "Rs", ""},     {"C$", "CA$", "CAD"},  {"A$", "AU$", "AUD"},
    {"S$", "S$", "SGD"},   {"R$", "R$", "BRL"},   {"kr", "kr", ""},      {"Kr", "kr", ""},
    {"Rs", "Rs", ""},      {"Ft", "Ft", "HUF"},
    {"z\xC5\x82", "z\xC5\x82", "PLN"},            // zł
    {"K\xC4\x8D", "K\xC4\x8D", "CZK"},            // Kč
    {"\xE2\x82\xAC", "\xE2\x82\xAC", "EUR"},      // €
    {"\xC2\xA3", "\xC2\xA3", "GBP"},              // £
    {"\xC2\xA5", "\xC2\xA5", ""},                 // ¥ (JPY, CNY)
    {"\xEF\xBF\xA5", "\xC2\xA5", ""},             // ￥ fullwidth
    {"\xE2\x82\xB9", "\xE2\x82\xB9", "INR"},      // ₹
    {"\xE2\x82\xA9", "\xE2\x82\xA9", "KRW"},      // ₩
    {"\xE2\x82\xBD", "\xE2\x82\xBD", "RUB"},      // ₽
    {"\xE2\x82\xBA", "\xE2\x82\xBA", "TRY"},      // ₺
    {"\xE2\x82\xAA", "\xE2\x82\xAA", "ILS"},      // ₪
    {"\xE2\x82\xAB", "\xE2\x82\xAB", "VND"},      // ₫
    {"\xE2\x82\xB1", "\xE2\x82\xB1", "PHP"},      // ₱
    {"\xE0\xB8\xBF", "\xE0\xB8\xBF", "THB"},      // ฿
    {"\xE2\x82\xA6", "\xE2\x82\xA6", "NGN"},      // ₦
    {"\xE2\x82\xB4", "\xE2\x82\xB4", "UAH"},      // ₴
    {"\xE2\x82\xB8", "\xE2\x82\xB8", "KZT"},      // ₸
    {"$", "$", ""},
};

// The currencies a shared symbol can stand for.
struct Family {
    std::string_view written;
    std::string_view codes;
};
constexpr Family kFamilies[] = {
    {"$", "USD CAD AUD NZD HKD SGD MXN TWD ARS CLP COP UYU BSD BBD BMD BZD FJD JMD KYD LRD NAD SBD SRD TTD XCD"},
    {"\xC2\xA5", "JPY CNY"},
    {"kr", "SEK NOK DKK ISK"},
    {"Rs", "INR PKR LKR NPR MUR SCR"},
};

// ISO 4217 codes in use.
constexpr std::string_view kCodes[] = {
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
    "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC",
    "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS",
    "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD",
    "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL",
    "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD",
    "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD",
    "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS", "SRD", "SSP", "STN", "SVC",
    "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS",
    "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
};

// Three letters (any case) that are an ISO code, in capitals into `upper`.
bool is_code(std::string_view letters, char upper[4]) {
    if (letters.size() != 3) return false;
    for (int i = 0; i < 3; ++i) upper[i] = char(lower(letters[i]) - 'a' + 'A');
    upper[3] = '\0';
    // Sorted once on first use, so the list above stays easy to edit; then a binary search per lookup.
    static const auto sorted = [] {
        std::array<std::string_view, std::size(kCodes)> a{};
        std::copy(std::begin(kCodes), std::end(kCodes), a.begin());
        std::sort(a.begin(), a.end());
        return a;
    }();
    return std::binary_search(sorted.begin(), sorted.end(), std::string_view(upper, 3));
}

void set_mark(CurrencyMark& out, std::string_view written, std::string_view code) {
    out = CurrencyMark{};
    std::memcpy(out.written, written.data(), std::min(written.size(), sizeof out.written - 1));
    std::memcpy(out.code, code.data(), std::min(code.size(), sizeof out.code - 1));
}

}  // namespace

size_t currency_prefix(std::string_view s, CurrencyMark& out) {
    for (const Symbol& sym : kSymbols) {
        if (s.substr(0, sym.match.size()) != sym.match) continue;
        const size_t n = sym.match.size();
        if (is_letter(sym.match.back()) && n < s.size() && is_letter(s[n])) continue;
        set_mark(out, sym.written, sym.code);
        return n;
    }
    size_t n = 0;
    while (n < s.size() && is_letter(s[n])) ++n;
    char upper[4];
    if (!is_code(s.substr(0, n), upper)) return 0;
    set_mark(out, upper, upper);
    return n;
}

size_t currency_suffix(std::string_view s, CurrencyMark& out) {
    for (const Symbol& sym : kSymbols) {
        const size_t n = sym.match.size();
        if (s.size() < n || s.substr(s.size() - n) != sym.match) continue;
        if (is_letter(sym.match.front()) && n < s.size() && is_letter(s[s.size() - n - 1])) continue;
        set_mark(out, sym.written, sym.code);
        return n;
    }
    size_t n = 0;
    while (n < s.size() && is_letter(s[s.size() - 1 - n])) ++n;
    char upper[4];
    if (!is_code(s.substr(s.size() - n), upper)) return 0;
    set_mark(out, upper, upper);
    return n;
}

bool different_currencies(const CurrencyMark& a, const CurrencyMark& b) {
    if (!a.iso_code().empty() && !b.iso_code().empty()) return a.iso_code() != b.iso_code();
    if (!a.iso_code().empty()) return !currency_fits(b, a.iso_code());
    if (!b.iso_code().empty()) return !currency_fits(a, b.iso_code());
    return a.text() != b.text();
}

bool split_amount(std::string_view s, AmountText& out) {
    out = AmountText{};
    bool signed_already = false, marked_already = false;
    for (;;) {
        while (size_t n = space_at(s, 0)) s.remove_prefix(n);
        while (size_t n = space_before(s, s.size())) s.remove_suffix(n);
        if (s.empty()) return false;
        bool negative = false;
        size_t n = 0;
        if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
            if (signed_already) return false;
            signed_already = out.negative = true;
            s = s.substr(1, s.size() - 2);
        } else if ((n = sign_at(s, 0, negative)) != 0) {
            if (signed_already) return false;
            signed_already = true;
            out.negative = negative;
            s.remove_prefix(n);
        } else if (s.back() == '-' || (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE2\x88\x92") == 0)) {
            if (signed_already) return false;
            signed_already = out.negative = true;
            s.remove_suffix(s.back() == '-' ? 1 : 3);
        } else if ((n = currency_prefix(s, out.currency)) != 0) {
            if (marked_already) return false;
            marked_already = true;
            s.remove_prefix(n);
        } else if (!is_digit(s.back()) && (n = currency_suffix(s, out.currency)) != 0) {
            if (marked_already) return false;
            marked_already = true;
            s.remove_suffix(n);
        } else {
            break;
        }
    }
    out.number = s;
    return true;
}

}  // namespace retain::value_parse_detail

namespace retain {

bool currency_fits(const CurrencyMark& mark, std::string_view workspace_currency) {
    if (mark.empty()) return true;
    if (!mark.iso_code().empty()) return mark.iso_code() == workspace_currency;
    if (workspace_currency.size() != 3) return false;
    for (const value_parse_detail::Family& f : value_parse_detail::kFamilies)
        if (f.written == mark.text()) return f.codes.find(workspace_currency) != std::string_view::npos;
    return false;
}

}  // namespace retain
