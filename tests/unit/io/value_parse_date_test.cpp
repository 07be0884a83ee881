// Date cells (io/value_parse_date.hpp): every written shape, in the format a column chose. Expected dates
// are written out as year, month, day; Unix times were worked out by hand: 2026-03-31 is day 20543 since
// 1970-01-01 (56 years of 365 days plus 14 leap days 1972..2024 = 20454, then 31 + 28 + 30 = 89 more), so
// its first second is 20543 * 86400 = 1774915200.
#include <doctest/doctest.h>

#include <string>

#include "io/value_parse_date.hpp"

using namespace retain;

namespace {

// The date a cell reads as, in ISO form; "refused" when parse_date refuses it.
std::string read(std::string_view text, DateFormat format) {
    Date d = Date::from_days(12345);  // anything but what the parse should give
    return parse_date(text, format, d) ? format_iso(d) : "refused";
}

bool refused(std::string_view text, DateFormat format) {
    Date d;
    return !parse_date(text, format, d);
}

const Date kMarch31 = Date::from_ymd(2026, 3, 31);

}  // namespace

TEST_CASE("ISO dates read in every text format, with -, / or . and one-digit parts") {
    for (const DateFormat f : {DateFormat::iso, DateFormat::month_first, DateFormat::day_first, DateFormat::month_name}) {
        CHECK(read("2026-03-31", f) == "2026-03-31");
        CHECK(read("2026/03/31", f) == "2026-03-31");
        CHECK(read("2026.03.31", f) == "2026-03-31");
        CHECK(read("2026-3-31", f) == "2026-03-31");
        CHECK(read("  2026-03-31\t", f) == "2026-03-31");
    }
    CHECK(read("2026-01-05", DateFormat::iso) == "2026-01-05");
    CHECK(refused("2026-03/31", DateFormat::iso));  // one separator throughout
    CHECK(refused("26-03-31x", DateFormat::iso));
    CHECK(refused("2026-03-31x", DateFormat::iso));
    CHECK(refused("2026-003-31", DateFormat::iso));
}

TEST_CASE("a time after the date is checked and dropped, keeping the civil date as written") {
    CHECK(read("2026-03-31T14:05:00Z", DateFormat::iso) == "2026-03-31");
    CHECK(read("2026-03-31T14:05", DateFormat::iso) == "2026-03-31");
    CHECK(read("2026-03-31 14:05:00", DateFormat::iso) == "2026-03-31");
    CHECK(read("2026-03-31T14:05:00.123Z", DateFormat::iso) == "2026-03-31");
    // No time-zone conversion: 23:30 at UTC-5 is 1 April in UTC, but the export said the 31st.
    CHECK(read("2026-03-31T23:30:00-05:00", DateFormat::iso) == "2026-03-31");
    CHECK(read("2026-03-31T00:30:00+0200", DateFormat::iso) == "2026-03-31");
    CHECK(read("2026-03-31T14:05:00+02", DateFormat::iso) == "2026-03-31");
    CHECK(read("2026-03-31 14:05 UTC", DateFormat::iso) == "2026-03-31");
    CHECK(read("3/31/2026 2:05 PM", DateFormat::month_first) == "2026-03-31");
    CHECK(read("3/31/2026 2:05:09 p.m.", DateFormat::month_first) == "2026-03-31");
    CHECK(read("31.03.2026 14:05", DateFormat::day_first) == "2026-03-31");
    CHECK(read("Mar 31, 2026, 2:05 PM", DateFormat::month_name) == "2026-03-31");

    CHECK(refused("2026-03-31T25:00", DateFormat::iso));
    CHECK(refused("2026-03-31T14:65", DateFormat::iso));
    CHECK(refused("2026-03-31T14", DateFormat::iso));
    CHECK(refused("2026-03-31 13:05 PM", DateFormat::iso));
    CHECK(refused("2026-03-31 14:05 EST", DateFormat::iso));
    CHECK(refused("2026-03-31T14:05:00Zjunk", DateFormat::iso));
}

TEST_CASE("slash and dash dates read in the column's order, month first or day first") {
    CHECK(read("03/31/2026", DateFormat::month_first) == "2026-03-31");
    CHECK(read("3/31/2026", DateFormat::month_first) == "2026-03-31");
    CHECK(read("03-31-2026", DateFormat::month_first) == "2026-03-31");
    CHECK(read("31/03/2026", DateFormat::day_first) == "2026-03-31");
    CHECK(read("31-03-2026", DateFormat::day_first) == "2026-03-31");
    CHECK(read("03/04/2026", DateFormat::month_first) == "2026-03-04");
    CHECK(read("03/04/2026", DateFormat::day_first) == "2026-04-03");
    // An ISO or month-name format does not know the order, so it refuses them rather than guess.
    CHECK(refused("03/04/2026", DateFormat::iso));
    CHECK(refused("03/04/2026", DateFormat::month_name));
    CHECK(refused("03/04-2026", DateFormat::month_first));
    CHECK(refused("03/04/202", DateFormat::month_first));
    CHECK(refused("003/04/2026", DateFormat::month_first));
}

TEST_CASE("dotted dates always put the day first, whatever the column's slash order") {
    CHECK(read("31.03.2026", DateFormat::day_first) == "2026-03-31");
    CHECK(read("31.03.2026", DateFormat::month_first) == "2026-03-31");
    CHECK(read("31.03.2026", DateFormat::iso) == "2026-03-31");
    CHECK(read("4.3.2026", DateFormat::month_first) == "2026-03-04");
    CHECK(refused("03.31.2026", DateFormat::month_first));
}

TEST_CASE("two-digit years are 2000-2069 below 70 and 1970-1999 from 70") {
    CHECK(read("3/31/26", DateFormat::month_first) == "2026-03-31");
    CHECK(read("31/03/69", DateFormat::day_first) == "2069-03-31");
    CHECK(read("31/03/70", DateFormat::day_first) == "1970-03-31");
    CHECK(read("1/2/99", DateFormat::month_first) == "1999-01-02");
    CHECK(read("1/2/00", DateFormat::month_first) == "2000-01-02");
    CHECK(read("31-Mar-26", DateFormat::month_name) == "2026-03-31");
}

TEST_CASE("month names read in English, either order, any case, with weekday and ordinal") {
    for (const char* text : {"Mar 31, 2026", "Mar 31 2026", "March 31, 2026", "march 31,2026", "MAR 31, 2026",
                             "Mar. 31, 2026", "March 31st, 2026", "31 Mar 2026", "31 March 2026", "31 March, 2026",
                             "31-Mar-2026", "31-Mar-26", "31st March 2026", "Tuesday, March 31, 2026",
                             "Tue, 31 Mar 2026", "Tue 31 Mar 2026 14:05:00 GMT"}) {
        CAPTURE(text);
        CHECK(read(text, DateFormat::month_name) == "2026-03-31");
        CHECK(read(text, DateFormat::month_first) == "2026-03-31");
    }
    CHECK(read("Sept 1, 2025", DateFormat::month_name) == "2025-09-01");
    CHECK(read("1 May 2025", DateFormat::month_name) == "2025-05-01");
    CHECK(read("Dec 25 2025", DateFormat::month_name) == "2025-12-25");
    CHECK(refused("Marc 31, 2026", DateFormat::month_name));
    CHECK(refused("March 2026", DateFormat::month_name));
    CHECK(refused("31 Mars 2026", DateFormat::month_name));
}

TEST_CASE("a weekday in front must be the date's own") {
    // 31 March 2026 is a Tuesday (day 20543; 1970-01-01 was a Thursday and 20543 = 7 * 2934 + 5).
    CHECK(refused("Wednesday, March 31, 2026", DateFormat::month_name));
    CHECK(date_error("Wed, 31 Mar 2026", DateFormat::month_name) ==
          "expected a date like Mar 31, 2026 or 2026-03-31, got \"Wed, 31 Mar 2026\" (31 March 2026 is a Tuesday)");
}

TEST_CASE("impossible dates are errors that quote the value, never rolled over") {
    CHECK(refused("2023-02-30", DateFormat::iso));
    CHECK(refused("2026-04-31", DateFormat::iso));
    CHECK(refused("2026-13-01", DateFormat::iso));
    CHECK(refused("2026-00-10", DateFormat::iso));
    CHECK(refused("0000-01-01", DateFormat::iso));
    CHECK(refused("13/13/2026", DateFormat::month_first));
    CHECK(refused("13/13/2026", DateFormat::day_first));
    CHECK(refused("31/31/2026", DateFormat::month_first));
    CHECK(refused("Feb 30, 2026", DateFormat::month_name));
    CHECK(date_error("31/31/2026", DateFormat::month_first) ==
          "expected a date like 2026-03-31 or 03/31/2026, got \"31/31/2026\" (there is no month 31)");
    CHECK(date_error("2023-02-30", DateFormat::iso) ==
          "expected a date like 2026-03-31, got \"2023-02-30\" (February 2023 has 28 days)");
    CHECK(date_error("13/13/2026", DateFormat::day_first) ==
          "expected a date like 2026-03-31 or 31/03/2026, got \"13/13/2026\" (there is no month 13)");
    CHECK(date_error("00/12/2026", DateFormat::day_first) ==
          "expected a date like 2026-03-31 or 31/03/2026, got \"00/12/2026\" (there is no day 0)");
    CHECK(date_error(" soon ", DateFormat::iso) == "expected a date like 2026-03-31, got \"soon\"");
    CHECK(date_error("03/04/2026", DateFormat::iso) ==
          "expected a date like 2026-03-31, got \"03/04/2026\" (this column's format does not say whether the day "
          "or the month comes first)");
}

TEST_CASE("leap days exist in leap years only: every 4th, not every 100th, every 400th") {
    CHECK(read("2024-02-29", DateFormat::iso) == "2024-02-29");
    CHECK(read("02/29/2000", DateFormat::month_first) == "2000-02-29");
    CHECK(read("29.02.2028", DateFormat::day_first) == "2028-02-29");
    CHECK(refused("2023-02-29", DateFormat::iso));
    CHECK(refused("29/02/1900", DateFormat::day_first));
    CHECK(refused("Feb 29, 2100", DateFormat::month_name));
    CHECK(date_error("2100-02-29", DateFormat::iso) ==
          "expected a date like 2026-03-31, got \"2100-02-29\" (February 2100 has 28 days)");
}

TEST_CASE("Unix times read as UTC days, seconds in a seconds column and milliseconds in a milliseconds one") {
    CHECK(read("1774915200", DateFormat::epoch_seconds) == "2026-03-31");
    CHECK(read("1775001599", DateFormat::epoch_seconds) == "2026-03-31");  // 23:59:59 UTC
    CHECK(read("1775001600", DateFormat::epoch_seconds) == "2026-04-01");
    CHECK(read("1774915200000", DateFormat::epoch_millis) == "2026-03-31");
    CHECK(read("1775001599999", DateFormat::epoch_millis) == "2026-03-31");
    CHECK(read("1000000000", DateFormat::epoch_seconds) == "2001-09-09");
    // A number is not a date in a text column, nor a date text in a Unix time column.
    CHECK(refused("1774915200", DateFormat::iso));
    CHECK(refused("1774915200", DateFormat::month_first));
    CHECK(refused("1774915200000", DateFormat::epoch_seconds));
    CHECK(refused("1774915200", DateFormat::epoch_millis));
    CHECK(refused("2026-03-31", DateFormat::epoch_seconds));
    CHECK(refused("177491520", DateFormat::epoch_seconds));
    CHECK(refused("-1774915200", DateFormat::epoch_seconds));
    CHECK(date_error("2026-03-31", DateFormat::epoch_seconds) ==
          "expected a Unix time in seconds like 1774915200, got \"2026-03-31\"");
    CHECK(date_error("1774915200", DateFormat::iso) ==
          "expected a date like 2026-03-31, got \"1774915200\" (Unix times are read only in a column of them)");
}

TEST_CASE("an empty cell is no value, not an error") {
    for (const char* text : {"", "   ", "\t", "\xC2\xA0"}) {
        Date d = kMarch31;
        CHECK(parse_date(text, DateFormat::month_first, d));
        CHECK_FALSE(d.ok());
        d = kMarch31;
        CHECK(parse_date(text, DateFormat::epoch_seconds, d));
        CHECK_FALSE(d.ok());
    }
}

TEST_CASE("a refused cell leaves an empty date") {
    Date d = kMarch31;
    CHECK_FALSE(parse_date("2023-02-30", DateFormat::iso, d));
    CHECK_FALSE(d.ok());
}

TEST_CASE("messages cut a long cell and escape what would break a report line") {
    const std::string long_cell(200, '9');
    const std::string message = date_error(long_cell, DateFormat::iso);
    CHECK(message == "expected a date like 2026-03-31, got \"" + std::string(60, '9') + "\xE2\x80\xA6\"");
    CHECK(date_error("a\"b\nc", DateFormat::iso) == "expected a date like 2026-03-31, got \"a\\\"b\\nc\"");
}

TEST_CASE("each format has a name the UI can show") {
    CHECK(std::string(date_format_name(DateFormat::iso)) == "YYYY-MM-DD");
    CHECK(std::string(date_format_name(DateFormat::month_first)) == "MM/DD/YYYY");
    CHECK(std::string(date_format_name(DateFormat::day_first)) == "DD/MM/YYYY");
    CHECK(std::string(date_format_name(DateFormat::epoch_millis)) == "Unix milliseconds");
}
