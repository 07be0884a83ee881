// Everything the QBR pack says about one account, computed from the core's own functions (health
// explanation, cohort retention over the account alone, renewal dates, the usage trend, tasks): the
// report formats these and computes nothing (docs/metrics.md, "Account review").
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/analysis.hpp"
#include "core/health/health_explain.hpp"
#include "core/metrics/retention.hpp"
#include "core/metrics/usage_trend.hpp"
#include "core/program/account_goals.hpp"

namespace retain {

constexpr int32_t kReviewMonths = 12;         // the usage trend and the account's NRR look back a year
constexpr int32_t kRenewalSoonDays = 90;      // a renewal this close is an open risk
constexpr int32_t kReviewRenewalSearchDays = 366;

struct AccountReview {
    AccountIx account = kNoAccount;
    Date as_of;
    Money arr;                          // Analysis::accounts[].arr: 12 x MRR in the as-of month
    Money arr_year_ago;                 // 12 x MRR twelve months before
    std::optional<Date> next_renewal;   // the next renewal within a year (renewal_between)
    CohortRetention retention;          // the account alone, paying 12 months ago, read in the as-of month
    std::optional<int32_t> days_to_first_value;  // contract start -> first value, when both are set and in order
    HealthExplanation health;
    std::vector<UsagePoint> usage;      // the last 12 months, the as-of month last
    AccountGoals goals;
    int32_t completed_tasks = 0;
    std::vector<size_t> open_tasks;     // indices into Workspace::tasks, active (task_is_active), by due date
    std::vector<std::string> risks;     // open risks in words: red measures, critical tickets, champion left, renewal soon
};

AccountReview review_account(const Workspace& ws, const Analysis& analysis, AccountIx account);

}  // namespace retain
