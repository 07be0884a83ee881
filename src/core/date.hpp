// Civil dates and calendar months for the domain.
//
// Why not time_t: customer data is dated in calendar days ("renewal on 2026-03-31"); a timestamp with a
// time zone drifts a day depending on where the page runs. A Date is a count of days since 1970-01-01
// in the proleptic Gregorian calendar, so day arithmetic is integer arithmetic and there is no zone.
// Invalid states are values checked with ok(), never exceptions (the style of HowardHinnant/date).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace retain {

struct Ymd {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31
    bool ok() const;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

class Date {
public:
    constexpr Date() = default;
    static constexpr Date from_days(int32_t days) { Date d; d.days_ = days; return d; }
    static Date from_ymd(Ymd ymd);  // an impossible date (2023-02-30) gives an empty Date
    static Date from_ymd(int y, int m, int d) { return from_ymd(Ymd{y, m, d}); }

    constexpr bool ok() const { return days_ != kEmpty; }
    constexpr int32_t days() const { return days_; }
    Ymd ymd() const;

    constexpr Date plus_days(int32_t n) const { return ok() ? from_days(days_ + n) : Date{}; }
    // Weekday 0 = Monday .. 6 = Sunday (ISO order).
    int weekday() const;

    friend constexpr bool operator==(Date a, Date b) { return a.days_ == b.days_; }
    friend constexpr bool operator!=(Date a, Date b) { return a.days_ != b.days_; }
    friend constexpr bool operator<(Date a, Date b) { return a.days_ < b.days_; }
    friend constexpr bool operator<=(Date a, Date b) { return a.days_ <= b.days_; }
    friend constexpr bool operator>(Date a, Date b) { return a.days_ > b.days_; }
    friend constexpr bool operator>=(Date a, Date b) { return a.days_ >= b.days_; }
    friend constexpr int32_t operator-(Date a, Date b) { return a.days_ - b.days_; }

private:
    static constexpr int32_t kEmpty = INT32_MIN;
    int32_t days_ = kEmpty;
};

// A calendar month as a running index (year * 12 + month - 1): MRR series, cohorts and renewals are
// month arithmetic, and this makes "months between" a subtraction.
class Month {
public:
    constexpr Month() = default;
    static constexpr Month from_index(int32_t index) { Month m; m.index_ = index; return m; }
    static Month from_ym(int year, int month);
    static Month of(Date d);

    constexpr bool ok() const { return index_ != kEmpty; }
    constexpr int32_t index() const { return index_; }
    int year() const;
    int month() const;  // 1..12
    Date first_day() const;
    Date last_day() const;
    constexpr Month plus(int32_t n) const { return ok() ? from_index(index_ + n) : Month{}; }

    friend constexpr bool operator==(Month a, Month b) { return a.index_ == b.index_; }
    friend constexpr bool operator!=(Month a, Month b) { return a.index_ != b.index_; }
    friend constexpr bool operator<(Month a, Month b) { return a.index_ < b.index_; }
    friend constexpr bool operator<=(Month a, Month b) { return a.index_ <= b.index_; }
    friend constexpr bool operator>(Month a, Month b) { return a.index_ > b.index_; }
    friend constexpr bool operator>=(Month a, Month b) { return a.index_ >= b.index_; }
    friend constexpr int32_t operator-(Month a, Month b) { return a.index_ - b.index_; }

private:
    static constexpr int32_t kEmpty = INT32_MIN;
    int32_t index_ = kEmpty;
};

// ISO 8601 text: "2026-03-31" and "2026-03". Parsing is strict (exactly these shapes, real dates);
// the lenient per-column parsing of exported spreadsheets lives in io.
bool parse_iso_date(std::string_view text, Date& out);
bool parse_iso_month(std::string_view text, Month& out);
std::string format_iso(Date d);   // "" for an empty date
std::string format_iso(Month m);  // "" for an empty month

}  // namespace retain
