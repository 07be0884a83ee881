#include "core/metrics/renewals.hpp"

#include <algorithm>

namespace retain {

Date add_years(Date d, int32_t years) {
    if (!d.ok()) return d;
    Ymd ymd = d.ymd();
    ymd.year += years;
    if (ymd.month == 2 && ymd.day == 29 && !is_leap_year(ymd.year)) ymd.day = 28;
    return Date::from_ymd(ymd);
}

std::optional<Date> renewal_in_year(const Account& account, int32_t year) {
    const Date anchor = account.renewal_date.ok() ? account.renewal_date : account.contract_start;
    if (!anchor.ok()) return std::nullopt;
    const Date d = add_years(anchor, year - anchor.ymd().year);
    if (account.contract_start.ok() && d <= account.contract_start) return std::nullopt;
    return d;
}

RenewalSummary renewal_summary(const Workspace& ws, const MrrSeries& series, const AccountSubset& subset,
                               MonthRange range, Date as_of) {
    RenewalSummary s;
    if (!range.ok() || series.months <= 0) return s;
    s.from = range.first.first_day();
    s.to = as_of.ok() ? std::min(range.last.last_day(), as_of) : range.last.last_day();
    if (s.to < s.from) return s;
    const int32_t first_year = s.from.ymd().year, last_year = s.to.ymd().year;

    for (AccountIx a : subset.accounts) {
        if (a >= ws.accounts.size() || a >= series.accounts) continue;
        for (int32_t year = first_year; year <= last_year; ++year) {
            const std::optional<Date> renewal = renewal_in_year(ws.accounts[a], year);
            if (!renewal || *renewal < s.from || *renewal > s.to) continue;
            const Date due = *renewal;
            const Month m = Month::of(due);
            if (!series.holds(m.plus(-1))) continue;  // cannot be judged
            const Money before = series.at(a, m.plus(-1));
            if (before.minor <= 0) continue;  // nothing to renew
            ++s.due;
            s.due_mrr += before;
            const Money after = series.at(a, m);
            if (after.minor > 0) {
                ++s.renewed;
                s.renewed_mrr += after;
            }
        }
    }
    return s;
}

}  // namespace retain
