// Money in integer minor units (cents) of the workspace's one currency.
//
// Why integers: MRR sums over 100,000 accounts and 24 months must add up to the cent the way a finance
// person recomputes them; binary floating point does not. Rates (NRR, churn) become doubles only where
// they are shown.
#pragma once
#include <cstdint>
#include <string>

namespace retain {

struct Money {
    int64_t minor = 0;

    constexpr Money() = default;
    constexpr explicit Money(int64_t minor_units) : minor(minor_units) {}

    friend constexpr Money operator+(Money a, Money b) { return Money(a.minor + b.minor); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.minor - b.minor); }
    friend constexpr Money operator*(Money a, int64_t k) { return Money(a.minor * k); }
    constexpr Money& operator+=(Money b) { minor += b.minor; return *this; }
    constexpr Money& operator-=(Money b) { minor -= b.minor; return *this; }
    friend constexpr bool operator==(Money a, Money b) { return a.minor == b.minor; }
    friend constexpr bool operator!=(Money a, Money b) { return a.minor != b.minor; }
    friend constexpr bool operator<(Money a, Money b) { return a.minor < b.minor; }
    friend constexpr bool operator>(Money a, Money b) { return a.minor > b.minor; }
    friend constexpr bool operator<=(Money a, Money b) { return a.minor <= b.minor; }
    friend constexpr bool operator>=(Money a, Money b) { return a.minor >= b.minor; }
};

// Integer division rounded half away from zero: used wherever an amount is split (an annual price
// counted as twelve months), so the rounding rule is the same everywhere.
int64_t divide_rounded(int64_t numerator, int64_t denominator);

// The symbol shown before amounts for an ISO 4217 code ("USD" -> "$"); unknown codes show the code.
std::string currency_symbol(const std::string& currency);

// "$1,234,567" (whole units, thousands separators) or with cents "$1,234,567.89"; negatives "-$12".
std::string format_money(Money m, const std::string& currency, bool with_cents = false);

// Compact form for tiles and axes: "$950", "$1.2K", "$830K", "$1.2M", "$3.2B" (rounded half away from zero).
std::string format_money_short(Money m, const std::string& currency);

// "1,234,567": thousands separators for counts.
std::string format_count(int64_t n);

}  // namespace retain
