// Civil dates and months (core/date.hpp). Day counts were worked out by hand from 1970-01-01: 30 years
// to 2000 hold 7 leap days (1972 .. 1996), so 2000-01-01 is day 30 * 365 + 7 = 10957.
#include <doctest/doctest.h>

#include "core/date.hpp"

using namespace retain;

TEST_CASE("leap years follow the Gregorian rule: every 4th, not every 100th, every 400th") {
    CHECK(is_leap_year(2024));
    CHECK_FALSE(is_leap_year(2023));
    CHECK_FALSE(is_leap_year(1900));
    CHECK(is_leap_year(2000));
    CHECK_FALSE(is_leap_year(2100));
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2023, 2) == 28);
    CHECK(days_in_month(2026, 4) == 30);
    CHECK(days_in_month(2026, 12) == 31);
    CHECK(days_in_month(2026, 13) == 0);
}

TEST_CASE("impossible dates are empty, never rolled over") {
    CHECK_FALSE(Date::from_ymd(2023, 2, 30).ok());
    CHECK_FALSE(Date::from_ymd(2023, 2, 29).ok());
    CHECK(Date::from_ymd(2024, 2, 29).ok());
    CHECK_FALSE(Date::from_ymd(2026, 4, 31).ok());
    CHECK_FALSE(Date::from_ymd(2026, 0, 10).ok());
    CHECK_FALSE(Date::from_ymd(2026, 13, 1).ok());
    CHECK_FALSE(Date::from_ymd(2026, 1, 0).ok());
    CHECK_FALSE(Date{}.ok());
}

TEST_CASE("day numbers count from 1970-01-01, negative before it") {
    CHECK(Date::from_ymd(1970, 1, 1).days() == 0);
    CHECK(Date::from_ymd(2000, 1, 1).days() == 10957);
    CHECK(Date::from_ymd(2000, 3, 1).days() == 11017);  // 10957 + 31 (Jan) + 29 (Feb 2000)
    CHECK(Date::from_ymd(1969, 12, 31).days() == -1);
    const Ymd back = Date::from_days(-1).ymd();
    CHECK(back.year == 1969);
    CHECK(back.month == 12);
    CHECK(back.day == 31);
}

TEST_CASE("years run from 0001 to 9999; year 0, negative and five-digit years are rejected") {
    CHECK(Date::from_ymd(1, 1, 1).days() == -719162);
    CHECK(Date::from_ymd(9999, 12, 31).days() == 2932896);
    CHECK_FALSE(Date::from_ymd(0, 1, 1).ok());
    CHECK_FALSE(Date::from_ymd(-5, 6, 1).ok());
    CHECK_FALSE(Date::from_ymd(10000, 1, 1).ok());
    CHECK_FALSE(Month::from_ym(0, 12).ok());
    CHECK_FALSE(Month::from_ym(10000, 1).ok());
    const Ymd first = Date::from_days(-719162).ymd();
    CHECK(first.year == 1);
    CHECK(first.month == 1);
    CHECK(first.day == 1);
}

TEST_CASE("weekday is 0 = Monday .. 6 = Sunday, also before 1970") {
    CHECK(Date::from_ymd(1970, 1, 1).weekday() == 3);   // Thursday
    CHECK(Date::from_ymd(1969, 12, 31).weekday() == 2); // Wednesday
    CHECK(Date::from_ymd(2000, 1, 1).weekday() == 5);   // Saturday
    CHECK(Date::from_ymd(2026, 11, 15).weekday() == 6); // Sunday
    CHECK(Date::from_ymd(2026, 11, 16).weekday() == 0); // Monday
}

TEST_CASE("day arithmetic crosses month, leap-day and year boundaries") {
    const Date feb28 = Date::from_ymd(2024, 2, 28);
    CHECK(feb28.plus_days(1) == Date::from_ymd(2024, 2, 29));
    CHECK(feb28.plus_days(2) == Date::from_ymd(2024, 3, 1));
    CHECK(Date::from_ymd(2025, 12, 31).plus_days(1) == Date::from_ymd(2026, 1, 1));
    CHECK(Date::from_ymd(2026, 3, 1) - Date::from_ymd(2026, 2, 1) == 28);
    CHECK(Date::from_ymd(2025, 1, 1) - Date::from_ymd(2024, 1, 1) == 366);
    CHECK_FALSE(Date{}.plus_days(5).ok());
}

TEST_CASE("month arithmetic: plus, difference, first and last day") {
    const Month nov = Month::from_ym(2026, 11);
    CHECK(nov.plus(3) == Month::from_ym(2027, 2));
    CHECK(nov.plus(-11) == Month::from_ym(2025, 12));
    CHECK(Month::from_ym(2026, 3) - Month::from_ym(2024, 12) == 15);
    CHECK(nov.year() == 2026);
    CHECK(nov.month() == 11);
    CHECK(Month::of(Date::from_ymd(2024, 2, 29)) == Month::from_ym(2024, 2));
    CHECK(Month::from_ym(2024, 2).last_day() == Date::from_ymd(2024, 2, 29));
    CHECK(Month::from_ym(2023, 2).last_day() == Date::from_ymd(2023, 2, 28));
    CHECK(Month::from_ym(2026, 1).first_day() == Date::from_ymd(2026, 1, 1));
    CHECK_FALSE(Month::of(Date{}).ok());
}

TEST_CASE("ISO text round trips for dates and months") {
    Date d;
    REQUIRE(parse_iso_date("2026-03-31", d));
    CHECK(d == Date::from_ymd(2026, 3, 31));
    CHECK(format_iso(d) == "2026-03-31");
    CHECK(format_iso(Date::from_ymd(1, 1, 1)) == "0001-01-01");
    REQUIRE(parse_iso_date("9999-12-31", d));
    CHECK(format_iso(d) == "9999-12-31");
    Month m;
    REQUIRE(parse_iso_month("2024-02", m));
    CHECK(m == Month::from_ym(2024, 2));
    CHECK(format_iso(m) == "2024-02");
    CHECK(format_iso(Date{}).empty());
    CHECK(format_iso(Month{}).empty());
}

TEST_CASE("ISO parsing is strict: exact shape, real dates, output untouched on failure") {
    const Date before = Date::from_ymd(2020, 1, 1);
    for (const char* bad : {"2023-02-30", "2026-3-31", "2026-03-31 ", " 2026-03-31", "20260331", "2026/03/31",
                            "+026-03-31", "2026-13-01", "2026-00-10", "0000-01-01", "", "2026-03-3x"}) {
        Date d = before;
        CHECK_MESSAGE(!parse_iso_date(bad, d), bad);
        CHECK(d == before);
    }
    Month m = Month::from_ym(2020, 1);
    CHECK_FALSE(parse_iso_month("2026-13", m));
    CHECK_FALSE(parse_iso_month("2026-1", m));
    CHECK_FALSE(parse_iso_month("2026-01-01", m));
    CHECK(m == Month::from_ym(2020, 1));
}
