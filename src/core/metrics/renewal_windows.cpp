#include "core/metrics/renewal_windows.hpp"

#include "core/metrics/renewals.hpp"

namespace retain {

std::optional<Date> renewal_between(const Account& account, Date from, Date to) {
    if (!from.ok() || !to.ok() || to < from) return std::nullopt;
    for (int32_t year = from.ymd().year; year <= to.ymd().year; ++year) {
        const std::optional<Date> d = renewal_in_year(account, year);
        if (d && *d >= from && *d <= to) return d;
    }
    return std::nullopt;
}

namespace {

// `before_renewal`: whether the ARR is read the month before each renewal (behind) or in the as-of
// month (ahead).
RenewalWindow count_window(const Workspace& ws, const MrrSeries& series, const AccountSubset& subset, Date from,
                           Date to, Date as_of, bool before_renewal) {
    RenewalWindow w;
    w.from = from;
    w.to = to;
    if (!from.ok() || !to.ok() || to < from || series.months <= 0) return w;
    const Month now = Month::of(as_of);
    for (AccountIx a : subset.accounts) {
        if (a >= ws.accounts.size() || a >= series.accounts) continue;
        const std::optional<Date> due = renewal_between(ws.accounts[a], from, to);
        if (!due) continue;
        const Month read = before_renewal ? Month::of(*due).plus(-1) : now;
        if (!series.holds(read)) continue;
        const Money mrr = series.at(a, read);
        if (mrr.minor <= 0) continue;
        ++w.accounts;
        w.arr += mrr * 12;
    }
    return w;
}

}  // namespace

RenewalWindow renewals_ahead(const Workspace& ws, const MrrSeries& series, const AccountSubset& subset,
                             Date as_of, int32_t days) {
    if (!as_of.ok() || days < 0) return {};
    return count_window(ws, series, subset, as_of, as_of.plus_days(days), as_of, false);
}

RenewalWindow renewals_behind(const Workspace& ws, const MrrSeries& series, const AccountSubset& subset,
                              Date as_of, int32_t days) {
    if (!as_of.ok() || days <= 0) return {};
    return count_window(ws, series, subset, as_of.plus_days(-days), as_of.plus_days(-1), as_of, true);
}

}  // namespace retain
