// Reading date cells of an imported spreadsheet, and deciding per column how its dates are written.
//
// What a cell may hold (surrounding spaces ignored):
// - ISO 8601: `2026-03-31`, also with `/` or `.` and one-digit month or day (`2026/3/31`).
// - Day and month as numbers, year last: `03/31/2026` (month first, US) or `31/03/2026` (day first), with
//   `/` or `-` between the parts. Which order applies is the column's DateFormat, never guessed per cell.
//   With dots (`31.03.2026`) the day always comes first: no one writes month.day.year.
// - Month names in English, any letter case: `Mar 31, 2026`, `March 31 2026`, `31 Mar 2026`,
//   `31 March, 2026`, `31-Mar-26` (Excel's default), with an optional ordinal (`31st`), a dot after an
//   abbreviation (`Mar.`) and a weekday in front (`Tue, 31 Mar 2026` — it must be the date's weekday).
// - Two-digit years (`3/31/26`): 00–69 are 2000–2069 and 70–99 are 1970–1999. Renewal dates run years
//   ahead, so a window that ends sooner (Excel's ends in 2029) would misread them; SaaS data starts after 1970.
// - After any of these, a time of day: `T14:05`, ` 14:05:00.123Z`, `T14:05:00+02:00`, ` 2:05 PM`, ` 14:05 UTC`.
//   It is checked and dropped: the civil date is kept as written, with no time-zone conversion (an export
//   that says 2026-03-31T23:30-05:00 means the 31st, as its writer saw it).
// - Unix time as Stripe exports it: 10 digits of seconds or 13 of milliseconds, read as the UTC date. Only
//   in a column whose format is epoch_seconds or epoch_millis; anywhere else a number is not a date.
// - An empty cell (or spaces only) is no value, not an error: parse_date succeeds with an empty Date.
// Impossible dates (2023-02-30, 13/13/2026) are errors, never rolled over into the next month.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace retain {

// How the dates of one column are read. Every text format reads the shapes that cannot be misread (ISO,
// month names, dotted day-first dates); the format decides the order of `/` and `-` dates.
enum class DateFormat : uint8_t {
    iso,            // 2026-03-31; `/` and `-` day-month dates are refused (a column of them is not iso)
    month_first,    // 03/31/2026 (US)
    day_first,      // 31/03/2026, 31.03.2026 (European)
    month_name,     // Mar 31, 2026; reads like iso, named for what the column holds
    epoch_seconds,  // 1774915200 (Stripe); only such numbers
    epoch_millis,   // 1774915200000; only such numbers
};

// "YYYY-MM-DD", "MM/DD/YYYY", "DD/MM/YYYY", "Mon DD, YYYY", "Unix seconds", "Unix milliseconds".
const char* date_format_name(DateFormat format);

// One cell. True with a real date, or with an empty Date for an empty cell; false when the text is not a
// date in this format (date_error says why). No allocation.
bool parse_date(std::string_view text, DateFormat format, Date& out);
// For a cell parse_date refused: `expected a date like 2026-03-31 or 03/31/2026, got "31/31/2026"
// (there is no month 31)`. The importer adds file, line and column.
std::string date_error(std::string_view text, DateFormat format);

struct DateFormatChoice {
    DateFormat format = DateFormat::iso;
    // No value decided the day/month order of the `/` and `-` dates (every part was 12 or less): `format`
    // is the caller's preference, and the UI should say so ("03/04/2026 = 4 March 2026 — change?").
    bool ambiguous = false;
    // Some values can only be day-first and others only month-first (or some Unix times are seconds and
    // others milliseconds): the column has no one format. An error for the column; `format` is that of
    // `deciding_row`, so cells can still be read and reported one by one.
    bool inconsistent = false;
    size_t deciding_row = 0;     // the first row whose value decided the format (or the first example)
    size_t conflicting_row = 0;  // when inconsistent: the first row that contradicts deciding_row
    std::string explanation;     // one sentence for the user, quoting the values that decided
};

// Looks at every value of a date column and chooses its format:
// - Unix times when every value that reads as a date at all is a 10-digit (seconds) or 13-digit
//   (milliseconds) number;
// - for `/` and `-` dates: day first when some value's first part is above 12, month first when some
//   value's second part is; both in one column is inconsistent; neither leaves the caller's preference,
//   reported as ambiguous;
// - else day first if there are dotted dates, month_name if there are month names, iso otherwise.
// Rows are the caller's numbers (its file lines, say), quoted back in `deciding_row` and the explanation.
// Values that are no date in any format do not vote; parse_date reports them.
class DateColumnDetector {
public:
    void add(size_t row, std::string_view text);
    // `when_ambiguous`: month_first (the default, as US exports are the most common) or day_first (the
    // caller knows the file is European). Any other value counts as month_first.
    DateFormatChoice choose(DateFormat when_ambiguous = DateFormat::month_first) const;

private:
    struct Seen {
        size_t count = 0;
        size_t first_row = 0;
        std::string example;  // the first value, kept for the explanation (one copy per column)
        char separator = 0;   // of that value, for the format's name
        void note(size_t row, std::string_view text, char sep);
    };
    Seen iso_, month_name_, dotted_, day_first_, month_first_, ambiguous_, either_order_;
    Seen seconds_, millis_;
};

}  // namespace retain
