// One monthly MRR series per account, built from whatever revenue data the workspace holds.
//
// Sources, per account (docs/metrics.md, "MRR series"):
//  - monthly MRR snapshots, when the account has any: the month's MRR is the sum of its snapshots for
//    that month, and a month with no snapshot is 0 (the account paid nothing that month);
//  - otherwise subscription periods: a period counts in month M when it has started by M's last day
//    (or by the as-of date, for the as-of month) and has not ended by then; an annual amount counts as
//    one twelfth a month, rounded half away from zero to the minor unit.
#pragma once
#include <cstdint>
#include <vector>

#include "core/workspace.hpp"

namespace retain {

struct MrrSeries {
    Month first;          // first month held
    int32_t months = 0;   // number of months held, first .. first + months - 1
    size_t accounts = 0;
    std::vector<int64_t> cells;  // minor units, row-major: cells[account * months + month offset]

    Month last() const { return first.plus(months - 1); }
    bool holds(Month m) const { return months > 0 && m >= first && m - first < months; }
    Money at(AccountIx a, Month m) const {
        return holds(m) ? Money(cells[size_t(a) * size_t(months) + size_t(m - first)]) : Money();
    }
};

// Builds the series from the earliest revenue month through the month of as_of.
MrrSeries build_mrr_series(const Workspace& ws, Date as_of);

// The MRR a subscription period contributes per month (annual amounts / 12, rounded).
Money monthly_amount(const SubscriptionPeriod& p);

}  // namespace retain
