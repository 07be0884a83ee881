// Reading numeric cells of an imported spreadsheet that are not money: percentages and whole numbers
// (seats, counts). Money is value_parse_money.hpp; the decimal mark is shared with it.
//
// The number grammar (all three kinds):
// - Digits with an optional decimal mark and at least one digit after it (`12.5`, `.5`; not `12.`).
// - Thousands separators: whichever of `,` `.` is not the decimal mark, `'` or `’` (Swiss), and spaces
//   (ASCII, U+00A0 no-break, U+202F narrow no-break, U+2009 thin, U+2007 figure). One kind per number;
//   groups of three digits (`1,234,567`) or the Indian 2-2-3 grouping (`12,34,567`); a first group of one
//   to three digits that does not start with 0. Anything else (`1,2345`, `1,23`) is an error, not a guess.
// - A sign in front: `-`, `−` (U+2212) or `+`.
// - An empty cell (or spaces only) is no value: the parse succeeds and leaves the optional empty.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace retain {

enum class DecimalMark : uint8_t {
    point,  // 1,234.56
    comma,  // 1.234,56
};

// How a percentage cell without a `%` sign reads. With the sign (`45%`, `45 %`) it is always points.
enum class BarePercent : uint8_t {
    points,    // `45` is 45 % (a column headed "Churn %")
    fraction,  // `0.45` is 45 % (a column declared as a fraction)
};

struct PercentFormat {
    DecimalMark decimal = DecimalMark::point;
    BarePercent bare = BarePercent::points;
};

// `45%`, `45 %`, `45,5%` (decimal comma), `-3.5%`, or a bare number read by `format.bare`, into a
// fraction: 45 % gives 0.45. Whether the value is in range is the caller's concern.
bool parse_percent(std::string_view text, const PercentFormat& format, std::optional<double>& out);
// `expected a percentage like 45% or 12.5%, got "abc"` (for a cell parse_percent refused).
std::string percent_error(std::string_view text, const PercentFormat& format);

struct IntegerFormat {
    DecimalMark decimal = DecimalMark::point;
    bool allow_negative = false;
};

// Whole numbers up to 18 digits: `1,234`, `1 234`, `1234.0` (zero decimals are fine; `12.5` is not).
bool parse_integer(std::string_view text, const IntegerFormat& format, std::optional<int64_t>& out);
// `expected a whole number like 1,234, got "12.5"`.
std::string integer_error(std::string_view text, const IntegerFormat& format);

}  // namespace retain
