// Renewal rate of the renewals due in a period (docs/metrics.md, "Renewal rate").
//
// How "due" and "renewed" are read from the data:
//  - terms are annual: an account's renewals fall on the anniversaries of its renewal date (or, when it
//    has none, of its contract start), each strictly after the contract start; 29 February falls on the
//    28th in other years;
//  - a renewal is due in the period when its date is in [first day of the first month, last day of the
//    last month], not after the as-of date, and the account was paying (MRR > 0) in the month before the
//    renewal's month: an account that had already left, or had not started paying, has nothing to renew;
//  - it renewed when the account is still paying in the renewal's month (the MRR series measures a
//    month at its last day, or at the as-of date for the as-of month, so after the renewal date).
// Renewals whose previous month the series does not hold cannot be judged and are left out.
#pragma once
#include <optional>

#include "core/metrics/metric_scope.hpp"
#include "core/mrr_series.hpp"

namespace retain {

struct RenewalSummary {
    Date from;                // the due dates counted: [from, to]
    Date to;
    int32_t due = 0;          // renewals due
    int32_t renewed = 0;      // of them, still paying in the renewal month
    Money due_mrr;            // Σ MRR the month before each due renewal
    Money renewed_mrr;        // Σ MRR in the renewal month of the renewed ones

    int32_t lost() const { return due - renewed; }
    std::optional<double> rate() const { return ratio_of(double(renewed), double(due)); }
};

// The date `years` years after d (negative: before); 29 February becomes the 28th in a non-leap year.
Date add_years(Date d, int32_t years);

// The account's renewal in `year` by the rule above (the anniversary of its renewal date, of its contract
// start when it has none, strictly after the contract start); none when it has neither date or that
// anniversary is not after the start. renewal_summary and renewal_windows.hpp both read dates through it.
std::optional<Date> renewal_in_year(const Account& account, int32_t year);

RenewalSummary renewal_summary(const Workspace& ws, const MrrSeries& series, const AccountSubset& subset,
                               MonthRange range, Date as_of);

}  // namespace retain
