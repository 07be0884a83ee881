#include "core/date.hpp"

#include <cstdio>

namespace retain {
namespace {

// Days from 1970-01-01 to y-m-d and back, by counting whole 400-year eras (146097 days each) with the
// year starting in March so the leap day falls at the end. This is the standard civil-calendar
// arithmetic (Hinnant, "chrono-Compatible Low-Level Date Algorithms"), written out here.
int32_t days_from_civil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;                               // [0, 399]
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;  // [0, 365]
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;       // [0, 146096]
    return era * 146097 + doe - 719468;
}

Ymd civil_from_days(int32_t z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp + (mp < 10 ? 3 : -9);
    const int y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return Ymd{y, m, d};
}

bool digits(std::string_view s, size_t from, size_t count, int& out) {
    int v = 0;
    for (size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// Years are limited to four digits: anything else in customer data is a typo, and the limit keeps
// every day count far from int32 overflow.
bool Ymd::ok() const {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days_in_month(year, month);
}

Date Date::from_ymd(Ymd ymd) {
    if (!ymd.ok()) return Date{};
    return from_days(days_from_civil(ymd.year, ymd.month, ymd.day));
}

Ymd Date::ymd() const { return ok() ? civil_from_days(days_) : Ymd{}; }

int Date::weekday() const {
    // 1970-01-01 was a Thursday (ISO weekday index 3).
    const int w = (days_ + 3) % 7;
    return w < 0 ? w + 7 : w;
}

Month Month::from_ym(int year, int month) {
    if (year < 1 || year > 9999 || month < 1 || month > 12) return Month{};
    return from_index(year * 12 + month - 1);
}

Month Month::of(Date d) {
    if (!d.ok()) return Month{};
    const Ymd ymd = d.ymd();
    return from_ym(ymd.year, ymd.month);
}

int Month::year() const { return index_ / 12; }
int Month::month() const { return index_ % 12 + 1; }
Date Month::first_day() const { return ok() ? Date::from_ymd(year(), month(), 1) : Date{}; }
Date Month::last_day() const {
    return ok() ? Date::from_ymd(year(), month(), days_in_month(year(), month())) : Date{};
}

bool parse_iso_date(std::string_view s, Date& out) {
    int y = 0, m = 0, d = 0;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return false;
    const Date date = Date::from_ymd(y, m, d);
    if (!date.ok()) return false;
    out = date;
    return true;
}

bool parse_iso_month(std::string_view s, Month& out) {
    int y = 0, m = 0;
    if (s.size() != 7 || s[4] != '-') return false;
    if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m)) return false;
    const Month month = Month::from_ym(y, m);
    if (!month.ok()) return false;
    out = month;
    return true;
}

std::string format_iso(Date d) {
    if (!d.ok()) return {};
    const Ymd ymd = d.ymd();
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", ymd.year, ymd.month, ymd.day);
    return buf;
}

std::string format_iso(Month m) {
    if (!m.ok()) return {};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", m.year(), m.month());
    return buf;
}

}  // namespace retain
