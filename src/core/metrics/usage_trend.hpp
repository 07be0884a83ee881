// An account's active users month by month (docs/metrics.md, "Usage trend"): for each month of a range,
// the active users of the account's latest usage sample dated in that month (the rule adoption uses for
// "active users now"), or no value when it has no sample that month. The QBR pack draws it as a line.
#pragma once
#include <optional>
#include <vector>

#include "core/metrics/metric_scope.hpp"

namespace retain {

struct UsagePoint {
    Month month;
    std::optional<int32_t> active_users;
};

// One point per month of `range`; requires Workspace::usage sorted by (account, date).
std::vector<UsagePoint> monthly_active_users(const Workspace& ws, AccountIx account, MonthRange range);

}  // namespace retain
