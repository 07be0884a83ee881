// The first step of reading a date cell (value_parse_date.hpp), shared by parse_date and the column
// detector: which shape the text has and its numbers as written, before any format decides what the
// numbers mean. Not part of the interface.
#pragma once
#include <cstdint>
#include <string_view>

namespace retain::value_parse_detail {

enum class DateShapeKind : uint8_t {
    empty,
    iso,            // year first: first = month, second = day
    month_name,     // first = month, second = day
    dotted,         // 31.03.2026: first = day, second = month
    slashed,        // 03/31/2026 or 31-03-2026: first and second as written, order unknown
    epoch_seconds,  // 10 digits
    epoch_millis,   // 13 digits
    unreadable,
};

struct DateShape {
    DateShapeKind kind = DateShapeKind::unreadable;
    char separator = 0;  // between numeric parts: '-', '/' or '.'
    int year = 0;        // two-digit years already widened (00-69 -> 20xx, 70-99 -> 19xx)
    int first = 0;
    int second = 0;
    int weekday = -1;  // a weekday written in front, 0 = Monday .. 6 = Sunday; -1 when none
    int64_t epoch = 0;
};

// "March" for 3: for messages and explanations (1..12).
const char* english_month(int month);

// `text` is trimmed (trim_cell). Checks the grammar and any time of day; not whether the date exists.
DateShape read_date_shape(std::string_view text);

}  // namespace retain::value_parse_detail
