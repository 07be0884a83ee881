#include "io/value_parse_number.hpp"

#include "io/value_parse_text.hpp"

namespace retain {

using namespace value_parse_detail;

namespace {

// Powers of ten that doubles hold exactly: dividing an integer by one of them rounds once, so `45%` and a
// bare fraction `0.45` give the very same double.
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// The text without its trailing `%` (and the spaces before it); `had` says whether there was one.
std::string_view without_percent(std::string_view s, bool& had) {
    had = !s.empty() && s.back() == '%';
    if (!had) return s;
    s.remove_suffix(1);
    while (size_t n = space_before(s, s.size())) s.remove_suffix(n);
    return s;
}

enum class IntegerProblem { none, shape, fraction, negative, too_long };

IntegerProblem read_integer(std::string_view s, const IntegerFormat& format, int64_t& out) {
    // The common cell, plain digits ("356"), read at once; the general reader below gives the same.
    if (!s.empty() && s.size() <= 18) {
        uint64_t v = 0;
        size_t i = 0;
        for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) v = v * 10 + uint64_t(s[i] - '0');
        if (i == s.size()) {
            out = int64_t(v);
            return IntegerProblem::none;
        }
    }
    bool negative = false;
    const size_t sign = sign_at(s, 0, negative);
    DecimalText number;
    if (!scan_decimal(s.substr(sign), format.decimal, number)) return IntegerProblem::shape;
    for (const char c : number.fraction)
        if (c != '0') return IntegerProblem::fraction;
    uint64_t value = 0;
    if (!whole_value(number.whole, value)) return IntegerProblem::too_long;
    if (negative && value != 0 && !format.allow_negative) return IntegerProblem::negative;
    out = negative ? -int64_t(value) : int64_t(value);
    return IntegerProblem::none;
}

}  // namespace

bool parse_percent(std::string_view text, const PercentFormat& format, std::optional<double>& out) {
    out.reset();
    std::string_view s = trim_cell(text);
    if (s.empty()) return true;
    bool negative = false;
    s.remove_prefix(sign_at(s, 0, negative));
    bool had_percent = false;
    s = without_percent(s, had_percent);
    DecimalText number;
    if (!scan_decimal(s, format.decimal, number)) return false;
    uint64_t mantissa = 0;
    if (!whole_value(number.whole, mantissa)) return false;
    // Digits past the 17th significant one (or the 20th decimal) cannot change a double: they are read but
    // not kept, which keeps the scale within the exact powers of ten.
    size_t scale = 0;
    for (const char c : number.fraction) {
        if (mantissa >= 100'000'000'000'000'000ull || scale == 20) break;
        mantissa = mantissa * 10 + uint64_t(c - '0');
        ++scale;
    }
    if (had_percent || format.bare == BarePercent::points) scale += 2;
    const double value = double(mantissa) / kPow10[scale];
    out = negative && value != 0 ? -value : value;
    return true;
}

std::string percent_error(std::string_view text, const PercentFormat& format) {
    const bool comma = format.decimal == DecimalMark::comma;
    std::string what = "expected a percentage like 45% or ";
    if (format.bare == BarePercent::fraction) what += comma ? "0,45" : "0.45";
    else what += comma ? "12,5%" : "12.5%";
    return what + ", got " + quote_cell(trim_cell(text));
}

bool parse_integer(std::string_view text, const IntegerFormat& format, std::optional<int64_t>& out) {
    out.reset();
    const std::string_view s = trim_cell(text);
    if (s.empty()) return true;
    int64_t value = 0;
    if (read_integer(s, format, value) != IntegerProblem::none) return false;
    out = value;
    return true;
}

std::string integer_error(std::string_view text, const IntegerFormat& format) {
    const std::string_view s = trim_cell(text);
    int64_t ignored = 0;
    const IntegerProblem problem = read_integer(s, format, ignored);
    std::string what = "expected a whole number";
    if (!format.allow_negative) what += " (0 or more)";
    what += format.decimal == DecimalMark::comma ? " like 1.234, got " : " like 1,234, got ";
    what += quote_cell(s);
    if (problem == IntegerProblem::too_long) what += " (more than 18 digits)";
    return what;
}

}  // namespace retain
