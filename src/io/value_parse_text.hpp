// Pieces shared by the value parsers (value_parse.hpp), not part of their interface: what counts as a space
// in a cell, showing a cell in a message, and the one decimal-number grammar that money, percentages and
// counts use (documented in value_parse_number.hpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "io/value_parse_number.hpp"

namespace retain::value_parse_detail {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// The byte length of a space starting at `i` (ASCII space or tab, U+00A0, U+2007, U+2009, U+202F), or 0.
// Spreadsheets put the Unicode ones between thousands and before units ("1 234,50 €" in French).
size_t space_at(std::string_view s, size_t i);
// The byte length of such a space ending just before `end`, or 0.
size_t space_before(std::string_view s, size_t end);
// Without leading and trailing spaces (also CR and LF, which a multi-line quoted field can leave).
std::string_view trim_cell(std::string_view s);

// ASCII case-insensitive: `s` equals `lower_word`, which is written in lower case.
bool equals_word(std::string_view s, std::string_view lower_word);

// A cell as it is shown in messages: in double quotes, control characters escaped, cut at 60 bytes (at a
// character boundary) so one odd cell cannot flood a report.
std::string quote_cell(std::string_view s);
// "row 12", as column messages name the first row that shows a case.
inline std::string row_text(size_t row) { return "row " + std::to_string(row); }

// A number split by the grammar: the whole part as written (digits and thousands separators) and the
// fraction's digits. Both are views into the scanned text.
struct DecimalText {
    std::string_view whole;     // "" for ".5"
    std::string_view fraction;  // "" when there is no decimal mark
};
// `s` is an unsigned number in the grammar with this decimal mark (nothing before or after it).
bool scan_decimal(std::string_view s, DecimalMark mark, DecimalText& out);
// The value of the digits of `whole`, separators skipped; false beyond 18 digits (no overflow possible).
bool whole_value(std::string_view whole, uint64_t& out);
// A leading sign: 0 when there is none, else its byte length (`-` and `+` 1, `−` U+2212 3).
size_t sign_at(std::string_view s, size_t i, bool& negative);

}  // namespace retain::value_parse_detail
