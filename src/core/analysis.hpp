// Everything the views show is derived here from the workspace by pure functions, and recomputed only
// when the workspace revision (or the as-of date) changes. Views read these plain structs; they never
// compute a number themselves.
#pragma once
#include <vector>

#include "core/health/health_inputs.hpp"
#include "core/health/health_score.hpp"
#include "core/metrics/account_rows.hpp"
#include "core/metrics/metrics_report.hpp"
#include "core/mrr_series.hpp"
#include "core/team/rebalance.hpp"
#include "core/workspace.hpp"

namespace retain {

struct AccountFacts {
    Money mrr;  // MRR in the as-of month (docs/metrics.md "Current MRR")
    Money arr;  // 12 x current MRR
};

struct SegmentTotals {
    std::string segment;
    int32_t active_accounts = 0;
    Money arr;
};

struct Analysis {
    Date as_of;
    MrrSeries mrr;
    std::vector<AccountFacts> accounts;  // parallel to Workspace::accounts
    int32_t active_accounts = 0;
    int32_t churned_accounts = 0;
    Money total_mrr;
    Money total_arr;
    std::vector<SegmentTotals> segments;  // active accounts by segment, largest ARR first

    // Health as of `as_of` (docs/metrics.md "Health score"): the raw inputs are the costly part, kept so a
    // scorecard or override change only rescores (rescore_health).
    HealthInputs health_inputs;
    HealthScores health;
    std::array<int32_t, 4> health_mix{};  // accounts per shown color: none, red, yellow, green

    // Revenue and customer metrics over every account and the trailing 12 months (metrics_report.hpp).
    AccountRows rows;
    MonthRange metric_range;
    MetricsReport metrics;

    // Segments, engagement models and team capacity (docs/metrics.md "Segments and engagement models",
    // "Team capacity"): recomputed with recompute_team, also after a health or team-settings change.
    Segmentation segmentation;
    TeamCapacity team;
    RebalancePlan rebalance;
};

// The date numbers are read at: the workspace's own as-of date when it has one, else today.
Date effective_as_of(const WorkspaceSettings& settings, Date today);

// Everything at once (analysis_job.hpp runs the same in steps).
Analysis analyse(const Workspace& ws, Date today);

// After only the scorecard or the overrides changed: rescores from the cached inputs (milliseconds).
void rescore_health(const Workspace& ws, Analysis& analysis);
// After the segment rules, team settings, health, owners or tasks changed: segments, books (with the
// tasks due on their accounts, playbooks/tasks_per_account.hpp), headcount and suggestions.
void recompute_team(const Workspace& ws, Analysis& analysis);
// After only the metric settings changed.
void recompute_metrics(const Workspace& ws, Analysis& analysis);

}  // namespace retain
