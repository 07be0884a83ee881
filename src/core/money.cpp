#include "core/money.hpp"

#include <cstdio>
#include <cstdlib>

namespace retain {

int64_t divide_rounded(int64_t numerator, int64_t denominator) {
    if (denominator == 0) return 0;
    if (denominator < 0) { numerator = -numerator; denominator = -denominator; }
    const int64_t half = denominator / 2;
    return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}

std::string currency_symbol(const std::string& currency) {
    if (currency == "USD" || currency == "CAD" || currency == "AUD" || currency == "NZD") return "$";
    if (currency == "EUR") return "\xE2\x82\xAC";  // €
    if (currency == "GBP") return "\xC2\xA3";      // £
    if (currency == "JPY") return "\xC2\xA5";      // ¥
    if (currency == "INR") return "\xE2\x82\xB9";  // ₹
    return currency + " ";
}

std::string format_count(int64_t n) {
    const bool negative = n < 0;
    uint64_t v = negative ? uint64_t(0) - uint64_t(n) : uint64_t(n);
    char digits[32];
    int len = 0;
    do {
        if (len > 0 && len % 4 == 3) digits[len++] = ',';
        digits[len++] = char('0' + v % 10);
        v /= 10;
    } while (v > 0);
    std::string out = negative ? "-" : "";
    while (len > 0) out += digits[--len];
    return out;
}

std::string format_money(Money m, const std::string& currency, bool with_cents) {
    const bool negative = m.minor < 0;
    const uint64_t abs_minor = negative ? uint64_t(0) - uint64_t(m.minor) : uint64_t(m.minor);
    const uint64_t units = with_cents ? abs_minor / 100 : (abs_minor + 50) / 100;
    // No sign on an amount that shows as zero: -40 cents is "$0", not "-$0".
    std::string out = negative && (with_cents || units > 0) ? "-" : "";
    out += currency_symbol(currency);
    out += format_count(int64_t(units));
    if (with_cents) {
        char cents[8];
        std::snprintf(cents, sizeof cents, ".%02u", unsigned(abs_minor % 100));
        out += cents;
    }
    return out;
}

std::string format_money_short(Money m, const std::string& currency) {
    const bool negative = m.minor < 0;
    const uint64_t cents = negative ? uint64_t(0) - uint64_t(m.minor) : uint64_t(m.minor);
    // Integer rounding, half away from zero like divide_rounded, at the precision each tier shows. A tier
    // starts where the one below would round up to 1,000 of its unit, so $999,600 is "$1.0M" (not
    // "$1000K") and $999.60 is "$1.0K".
    const auto rounded = [cents](uint64_t unit) { return (cents + unit / 2) / unit; };
    const auto tenths = [](char* buf, size_t size, uint64_t t, const char* suffix) {
        std::snprintf(buf, size, "%llu.%llu%s", (unsigned long long)(t / 10), (unsigned long long)(t % 10), suffix);
    };
    char buf[40];
    if (rounded(100) < 1'000) std::snprintf(buf, sizeof buf, "%llu", (unsigned long long)rounded(100));
    else if (rounded(10'000) < 100) tenths(buf, sizeof buf, rounded(10'000), "K");
    else if (rounded(100'000) < 1'000) std::snprintf(buf, sizeof buf, "%lluK", (unsigned long long)rounded(100'000));
    else if (rounded(10'000'000) < 10'000) tenths(buf, sizeof buf, rounded(10'000'000), "M");
    else tenths(buf, sizeof buf, rounded(10'000'000'000), "B");
    const bool shows_zero = buf[0] == '0' && buf[1] == '\0';
    return (negative && !shows_zero ? "-" : "") + currency_symbol(currency) + buf;
}

}  // namespace retain
