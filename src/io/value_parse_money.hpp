// Reading money cells of an imported spreadsheet into Money (minor units, two decimals), deciding per
// column which mark is the decimal one, and reporting the currency the cells name.
//
// What a cell may hold (surrounding spaces ignored):
// - A number in the grammar of value_parse_number.hpp: `1,234.50`, `1.234,50`, `1 234,50`, `1'234.50`,
//   `12,34,567.00`. Which of `,` and `.` is the decimal mark is the column's (MoneyColumnDetector).
// - More than two decimals are rounded half away from zero to the cent (as divide_rounded does), and the
//   cell says so (`rounded`) so the importer can warn: `12.345` is 12.35, `-12.345` is -12.35.
// - One currency, before or after, with or without a space: a symbol (`$ € £ ¥ ₹ ₩ ₽ ₺ ₪ ₫ ₱ ฿ ₦ ₴ ₸`,
//   `US$ C$ CA$ A$ AU$ NZ$ HK$ S$ R$ MX$ NT$`, `kr kr. zł Kč Ft Rs Rs.`) or an ISO 4217 code in any case
//   (`USD 99`, `99 eur`). It is reported in `currency`, never converted.
// - One negative sign: `-` or `−` (U+2212) before the number (either side of the currency: `-$12`,
//   `$-12`), `-` after it (`12.00-`, as some ledgers write), or parentheses around the whole
//   (`(1,234.00)`, `(1.234,56 €)`). `+` is allowed in front.
// - Not accepted (an error saying so, never a guess): `1.5K`, `2M` and other abbreviations; two
//   currencies; two signs; anything after the number but a currency and a sign.
// - The caller may say the column holds minor units (MoneyFormat::minor_units): Stripe exports `amount`
//   in cents, so `1999` is 19.99. Then the number must be whole.
// - Magnitudes above kMaxMoneyMinor are errors: 100 of them still add up inside int64.
// - An empty cell (or spaces only) is no value: parse_money succeeds with `empty` set.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/money.hpp"
#include "io/value_parse_number.hpp"

namespace retain {

// 9e16 minor units: 900 trillion in major units, beyond any real amount, and 100 of them sum without
// overflowing int64 (9.2e18).
constexpr int64_t kMaxMoneyMinor = 90'000'000'000'000'000;

// The currency a cell names. Plain data (no allocation) so every cell can carry one.
struct CurrencyMark {
    char written[8] = {};  // as written, normalised: "$", "€", "kr", codes in capitals ("USD"); "" when none
    char code[4] = {};     // the ISO 4217 code it names; "" when it names none or several ("$", "¥", "kr")

    bool empty() const { return written[0] == '\0'; }
    std::string_view text() const { return written; }
    std::string_view iso_code() const { return code; }
    friend bool operator==(const CurrencyMark& a, const CurrencyMark& b) { return a.text() == b.text(); }
    friend bool operator!=(const CurrencyMark& a, const CurrencyMark& b) { return !(a == b); }
};

// Whether amounts marked this way can be in the workspace currency (an ISO code such as "EUR"): no mark,
// the same code, or a shared symbol used by it ("$" fits USD, CAD, AUD...; "¥" JPY and CNY; "kr" SEK,
// NOK, DKK and ISK). When false the importer warns that the file is in another currency.
bool currency_fits(const CurrencyMark& mark, std::string_view workspace_currency);

struct MoneyFormat {
    DecimalMark decimal = DecimalMark::point;
    bool minor_units = false;  // the numbers are whole minor units (cents): `1999` is 19.99
};

struct MoneyCell {
    Money amount;
    bool empty = false;     // nothing in the cell: no value, not an error (amount is 0)
    bool rounded = false;   // had more than two decimals and was rounded to the cent
    CurrencyMark currency;  // the currency written in the cell, if any
};

// One cell; no allocation. False when the text is not an amount (money_error says why).
bool parse_money(std::string_view text, const MoneyFormat& format, MoneyCell& out);
// For a cell parse_money refused: `expected an amount like 1,234.56, got "12abc"`, with the reason when
// there is a particular one (`1.5K`: abbreviations are not read; too large).
std::string money_error(std::string_view text, const MoneyFormat& format);

struct MoneyFormatChoice {
    DecimalMark decimal = DecimalMark::point;
    // No value decided which mark is the decimal one (each has at most one `,` or `.` followed by exactly
    // three digits, like `1,234`): `decimal` is the caller's hint, and the UI should say so.
    bool ambiguous = false;
    // Some values can only have a decimal point and others only a decimal comma: an error for the column;
    // `decimal` is that of `deciding_row`.
    bool inconsistent = false;
    size_t deciding_row = 0;     // the first row whose value decided (or the first ambiguous example)
    size_t conflicting_row = 0;  // when inconsistent: the first row that contradicts deciding_row
    CurrencyMark currency;       // the first currency written in the column; empty when none is
    size_t currency_row = 0;
    // Another currency than `currency` in the same column (`$` and `€`; `$` and `USD` are not mixed).
    bool mixed_currencies = false;
    size_t mixed_currency_row = 0;
    std::string explanation;  // for the user, quoting the values that decided
};

// Looks at every value of an amount column (minor units or not) and chooses its decimal mark: a value
// decides when it reads under one mark only: it has both `,` and `.` (the last is the decimal one), the
// same mark twice (`1,234,567`: a separator), or a mark not followed by exactly three digits (`12,5`,
// `0,123`, `1234,567`). Values that read under neither do not vote; parse_money reports them.
// Rows are the caller's numbers, quoted back.
class MoneyColumnDetector {
public:
    void add(size_t row, std::string_view text);
    // `hint`: the decimal mark to assume when no value decides (the file's locale; point by default).
    MoneyFormatChoice choose(DecimalMark hint = DecimalMark::point) const;

private:
    struct Seen {
        size_t count = 0;
        size_t first_row = 0;
        std::string example;
        void note(size_t row, std::string_view text);
    };
    Seen point_, comma_, ambiguous_;
    CurrencyMark currency_;
    size_t currency_row_ = 0;
    bool mixed_ = false;
    size_t mixed_row_ = 0;
    CurrencyMark mixed_mark_;
};

}  // namespace retain
