#include "core/mrr_series.hpp"

#include <algorithm>

namespace retain {

Money monthly_amount(const SubscriptionPeriod& p) {
    return p.interval == BillingInterval::year ? Money(divide_rounded(p.amount.minor, 12)) : p.amount;
}

MrrSeries build_mrr_series(const Workspace& ws, Date as_of) {
    MrrSeries s;
    s.accounts = ws.accounts.size();
    const Month last = Month::of(as_of);
    if (!last.ok()) return s;

    // An account's subscriptions count only when it has no snapshots (up to as_of), so only those
    // subscriptions may move the first month back; others would add months of zeros to every chart.
    std::vector<bool> has_snapshots(s.accounts, false);
    Month first = last;
    for (const MrrSnapshot& r : ws.mrr) {
        if (r.account >= s.accounts || !r.month.ok() || r.month > last) continue;
        has_snapshots[r.account] = true;
        if (r.month < first) first = r.month;
    }
    for (const SubscriptionPeriod& p : ws.subscriptions)
        if (p.account < s.accounts && !has_snapshots[p.account] && p.start.ok() && Month::of(p.start) < first)
            first = Month::of(p.start);

    s.first = first;
    s.months = last - first + 1;
    s.cells.assign(s.accounts * size_t(s.months), 0);

    for (const MrrSnapshot& r : ws.mrr)
        if (r.account < s.accounts && s.holds(r.month))
            s.cells[size_t(r.account) * size_t(s.months) + size_t(r.month - first)] += r.mrr.minor;
    // The day each month is measured on, once (not per subscription and month: 100,000 subscriptions
    // over two years made it a fifth of the series' time).
    std::vector<Date> measured_on(size_t(s.months));
    for (int32_t i = 0; i < s.months; ++i) measured_on[size_t(i)] = first.plus(i) == last ? as_of : first.plus(i).last_day();
    // The measuring days rise month by month, so a period counts in one run of months: from the first
    // measured on or after its start, up to the first measured on or after its end. Found by search and
    // added in a plain loop (month by month with dates compared each time, it was most of the analysis).
    for (const SubscriptionPeriod& p : ws.subscriptions) {
        if (p.account >= s.accounts || has_snapshots[p.account] || !p.start.ok()) continue;
        const int64_t amount = monthly_amount(p).minor;
        const auto from = std::lower_bound(measured_on.begin(), measured_on.end(), p.start);
        const auto to = p.end.ok() ? std::lower_bound(from, measured_on.end(), p.end) : measured_on.end();
        int64_t* row = s.cells.data() + size_t(p.account) * size_t(s.months);
        for (auto i = size_t(from - measured_on.begin()), end = size_t(to - measured_on.begin()); i < end; ++i) row[i] += amount;
    }
    return s;
}

}  // namespace retain
