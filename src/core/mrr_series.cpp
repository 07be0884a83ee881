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
    for (const SubscriptionPeriod& p : ws.subscriptions) {
        if (p.account >= s.accounts || has_snapshots[p.account] || !p.start.ok()) continue;
        const int64_t amount = monthly_amount(p).minor;
        for (Month m = std::max(first, Month::of(p.start)); m <= last; m = m.plus(1)) {
            const Date measured = measured_on[size_t(m - first)];
            if (p.start > measured) continue;
            if (p.end.ok() && p.end <= measured) break;
            s.cells[size_t(p.account) * size_t(s.months) + size_t(m - first)] += amount;
        }
    }
    return s;
}

}  // namespace retain
