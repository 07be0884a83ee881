// Small hand-made books of business for the metrics tests: accounts and a monthly MRR series written
// out cell by cell, so every expected number in a test can be worked out by hand from the table.
#pragma once
#include <string>
#include <vector>

#include "core/mrr_series.hpp"
#include "core/workspace.hpp"
#include "test_dates.hpp"

namespace retain::test {


// A subscription period of account `a`: `amount` minor units per billing interval.
inline SubscriptionPeriod period(AccountIx a, Date start, Date end, int64_t amount,
                                 BillingInterval interval = BillingInterval::month) {
    SubscriptionPeriod p;
    p.account = a;
    p.start = start;
    p.end = end;
    p.amount = Money(amount);
    p.interval = interval;
    return p;
}

struct Book {
    Workspace ws;
    MrrSeries series;
};

// One account per row of `mrr` (minor units per month, from `first`), ids A0, A1, ...
inline Book make_book(Month first, const std::vector<std::vector<int64_t>>& mrr) {
    Book b;
    const size_t months = mrr.empty() ? 0 : mrr.front().size();
    for (size_t i = 0; i < mrr.size(); ++i) {
        Account a;
        a.id = "A" + std::to_string(i);
        b.ws.accounts.push_back(a);
    }
    b.ws.reindex();
    b.series.first = first;
    b.series.months = int32_t(months);
    b.series.accounts = mrr.size();
    for (const auto& row : mrr) b.series.cells.insert(b.series.cells.end(), row.begin(), row.end());
    return b;
}

}  // namespace retain::test
