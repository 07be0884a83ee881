// Renewals due in a window of days around the as-of date (docs/metrics.md, "Renewals due"): the
// Overview's "renewals in the next 90 days" tile and its comparison with the 90 days before, and the
// Renewals view's 30/60/90/180-day windows.
//
// Renewal dates follow the rule of renewal_summary (renewals.hpp): annual terms, on the anniversaries of
// the renewal date (of the contract start when there is none), each strictly after the contract start.
#pragma once
#include <optional>

#include "core/metrics/metric_scope.hpp"
#include "core/mrr_series.hpp"

namespace retain {

// The account's renewal dated in [from, to], the earliest when there are several; none when it has no
// renewal or contract start date.
std::optional<Date> renewal_between(const Account& account, Date from, Date to);

struct RenewalWindow {
    Date from;             // renewal dates counted: [from, to]
    Date to;
    int32_t accounts = 0;  // accounts with a renewal in the window that were paying (see below)
    Money arr;             // their ARR (see below)
};

// Ahead: renewals dated in [as_of, as_of + days] of accounts paying in the as-of month, at that month's
// ARR (12 × MRR).
RenewalWindow renewals_ahead(const Workspace& ws, const MrrSeries& series, const AccountSubset& subset,
                             Date as_of, int32_t days);

// Behind: renewals dated in [as_of − days, as_of − 1] of accounts paying the month before the renewal,
// at that month's ARR: what was up for renewal then, whatever happened next.
RenewalWindow renewals_behind(const Workspace& ws, const MrrSeries& series, const AccountSubset& subset,
                              Date as_of, int32_t days);

}  // namespace retain
