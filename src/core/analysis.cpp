#include "core/analysis.hpp"

#include "core/analysis_job.hpp"
#include "core/metrics/metric_scope.hpp"
#include "core/playbooks/tasks_per_account.hpp"

namespace retain {

Date effective_as_of(const WorkspaceSettings& settings, Date today) {
    return settings.as_of.ok() ? settings.as_of : today;
}

Analysis analyse(const Workspace& ws, Date today) {
    AnalysisJob job(ws, today);
    while (!job.done()) job.step();
    return job.take();
}

void rescore_health(const Workspace& ws, Analysis& a) {
    score_health(ws, a.health_inputs, ws.scorecard, ws.health_overrides, a.health);
    a.health_mix = color_counts(a.health);
}

void recompute_team(const Workspace& ws, Analysis& a) {
    const std::vector<int32_t> tasks_due = tasks_due_per_account(ws, a.as_of);
    std::vector<Money> arr(a.accounts.size());
    for (size_t i = 0; i < arr.size(); ++i) arr[i] = a.accounts[i].arr;
    a.segmentation = assign_segments(ws, ws.segment_rules, arr);
    a.team = compute_capacity(ws, ws.team_settings, a.segmentation, arr, a.health, tasks_due);
    a.rebalance = suggest_moves(ws, a.segmentation, arr, a.team);
}

void recompute_metrics(const Workspace& ws, Analysis& a) {
    a.metrics = compute_metrics(ws, a.rows, a.mrr, all_accounts(ws), a.metric_range, a.as_of, ws.metric_settings);
}

}  // namespace retain
