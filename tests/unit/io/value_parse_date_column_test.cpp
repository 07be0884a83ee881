// Choosing a date column's format from all its values (DateColumnDetector, io/value_parse_date.hpp).
// Rows are numbered as a caller would number them (from 1 here); the detector quotes them back.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/value_parse_date.hpp"

using namespace retain;

namespace {

DateFormatChoice choose(const std::vector<std::string>& column, DateFormat when_ambiguous = DateFormat::month_first) {
    DateColumnDetector detector;
    for (size_t i = 0; i < column.size(); ++i) detector.add(i + 1, column[i]);
    return detector.choose(when_ambiguous);
}

}  // namespace

TEST_CASE("a first part above 12 makes a slash column day-first") {
    const DateFormatChoice c = choose({"03/04/2026", "", "31/03/2026", "01/02/2026"});
    CHECK(c.format == DateFormat::day_first);
    CHECK_FALSE(c.ambiguous);
    CHECK_FALSE(c.inconsistent);
    CHECK(c.deciding_row == 3);
    CHECK(c.explanation ==
          "dates read as DD/MM/YYYY (day first), as row 3 shows: \"31/03/2026\" can only be 31 March 2026");
}

TEST_CASE("a second part above 12 makes a slash column month-first, even against a day-first preference") {
    const DateFormatChoice c = choose({"03/04/2026", "03/31/2026"}, DateFormat::day_first);
    CHECK(c.format == DateFormat::month_first);
    CHECK_FALSE(c.ambiguous);
    CHECK(c.deciding_row == 2);
    CHECK(c.explanation ==
          "dates read as MM/DD/YYYY (month first), as row 2 shows: \"03/31/2026\" can only be 31 March 2026");
}

TEST_CASE("a column where only row 57 decides reads as that row says") {
    std::vector<std::string> column;
    for (int i = 1; i <= 56; ++i) column.push_back("0" + std::to_string(1 + i % 9) + "/0" + std::to_string(1 + (i + 3) % 9) + "/2025");
    column.push_back("12/25/2025");
    for (int i = 0; i < 40; ++i) column.push_back("02/03/2026");
    const DateFormatChoice c = choose(column, DateFormat::day_first);
    CHECK(c.format == DateFormat::month_first);
    CHECK_FALSE(c.ambiguous);
    CHECK(c.deciding_row == 57);
    Date d;
    CHECK(parse_date(column[56], c.format, d));
    CHECK(format_iso(d) == "2025-12-25");
    CHECK(parse_date("02/03/2026", c.format, d));
    CHECK(format_iso(d) == "2026-02-03");
}

TEST_CASE("a column with day-first and month-first values is inconsistent, quoting both rows") {
    const DateFormatChoice c = choose({"01/02/2026", "31/03/2026", "04/05/2026", "03/31/2026", "13/01/2026"});
    CHECK(c.inconsistent);
    CHECK(c.format == DateFormat::day_first);
    CHECK(c.deciding_row == 2);
    CHECK(c.conflicting_row == 4);
    CHECK(c.explanation == "dates in this column disagree: row 2 \"31/03/2026\" can only be day first, but row 4 "
                           "\"03/31/2026\" can only be month first");
}

TEST_CASE("when no value decides, the caller's preference is used and reported as ambiguous") {
    const std::vector<std::string> column{"", "03/04/2026", "12/01/2026", "05/06/2026"};
    DateFormatChoice c = choose(column);
    CHECK(c.format == DateFormat::month_first);
    CHECK(c.ambiguous);
    CHECK(c.deciding_row == 2);
    CHECK(c.explanation == "dates read as MM/DD/YYYY (month first), but no date in this column has a part above 12 "
                           "to decide the order: row 2 \"03/04/2026\" is read as 4 March 2026, not 3 April 2026");
    c = choose(column, DateFormat::day_first);
    CHECK(c.format == DateFormat::day_first);
    CHECK(c.ambiguous);
    CHECK(c.explanation == "dates read as DD/MM/YYYY (day first), but no date in this column has a part above 12 "
                           "to decide the order: row 2 \"03/04/2026\" is read as 3 April 2026, not 4 March 2026");
}

TEST_CASE("an ambiguous dash column is named with dashes") {
    const DateFormatChoice c = choose({"03-04-2026"});
    CHECK(c.ambiguous);
    CHECK(c.explanation.rfind("dates read as MM-DD-YYYY (month first)", 0) == 0);
}

TEST_CASE("dates whose day and month are the same number read the same either way: not ambiguous") {
    const DateFormatChoice c = choose({"03/03/2026", "12/12/2025"});
    CHECK(c.format == DateFormat::month_first);
    CHECK_FALSE(c.ambiguous);
    CHECK(c.deciding_row == 1);
}

TEST_CASE("dotted dates are day-first without ambiguity") {
    const DateFormatChoice c = choose({"01.02.2026", "03.04.2026"});
    CHECK(c.format == DateFormat::day_first);
    CHECK_FALSE(c.ambiguous);
    CHECK(c.deciding_row == 1);
    CHECK(c.explanation == "dates read as DD.MM.YYYY (day first, as dates with dots are written), like row 1 \"01.02.2026\"");
}

TEST_CASE("ISO and month-name columns need no order") {
    DateFormatChoice c = choose({"2026-03-31", "2026-04-01T10:00:00Z"});
    CHECK(c.format == DateFormat::iso);
    CHECK_FALSE(c.ambiguous);
    CHECK(c.explanation == "dates read as YYYY-MM-DD (ISO 8601), like row 1 \"2026-03-31\"");
    c = choose({"2026-03-31", "Mar 31, 2026"});
    CHECK(c.format == DateFormat::month_name);
    CHECK(c.deciding_row == 2);
    // ISO values next to slash dates do not vote on the order.
    c = choose({"2026-03-31", "31/03/2026"});
    CHECK(c.format == DateFormat::day_first);
    CHECK(c.deciding_row == 2);
}

TEST_CASE("a column of 10-digit numbers is Unix seconds, of 13-digit numbers Unix milliseconds") {
    DateFormatChoice c = choose({"1774915200", "", "1775001600"});
    CHECK(c.format == DateFormat::epoch_seconds);
    CHECK_FALSE(c.inconsistent);
    CHECK(c.deciding_row == 1);
    CHECK(c.explanation == "dates read as Unix times in seconds (UTC days), as every date in this column is one, "
                           "like row 1 \"1774915200\"");
    c = choose({"1774915200000", "1775001600000"});
    CHECK(c.format == DateFormat::epoch_millis);
    // A value that is no date at all does not stop the column being Unix times; it is reported by parse_date.
    c = choose({"1774915200", "n/a"});
    CHECK(c.format == DateFormat::epoch_seconds);
}

TEST_CASE("seconds and milliseconds in one column are inconsistent") {
    const DateFormatChoice c = choose({"1774915200000", "1774915200"});
    CHECK(c.inconsistent);
    CHECK(c.format == DateFormat::epoch_millis);
    CHECK(c.deciding_row == 1);
    CHECK(c.conflicting_row == 2);
}

TEST_CASE("numbers among written dates are not Unix times, and the explanation says so") {
    const DateFormatChoice c = choose({"2026-03-31", "1774915200"});
    CHECK(c.format == DateFormat::iso);
    CHECK(c.explanation == "dates read as YYYY-MM-DD (ISO 8601), like row 1 \"2026-03-31\"; numbers such as row 2 "
                           "\"1774915200\" are not read as dates in a column of written dates");
}

TEST_CASE("values that are no date in any order do not vote") {
    // 31/31 and 13/13 fit neither order; 00/05 has no day or month 0.
    const DateFormatChoice c = choose({"31/31/2026", "13/13/2026", "00/05/2026", "03/04/2026", "hello"});
    CHECK(c.format == DateFormat::month_first);
    CHECK(c.ambiguous);
    CHECK(c.deciding_row == 4);
}

TEST_CASE("an empty column or one without dates says so") {
    CHECK(choose({}).explanation == "no value in this column reads as a date");
    CHECK(choose({"", "  "}).explanation == "no value in this column reads as a date");
    const DateFormatChoice c = choose({"soon", "TBD"});
    CHECK_FALSE(c.ambiguous);
    CHECK_FALSE(c.inconsistent);
    CHECK(c.explanation == "no value in this column reads as a date");
}
