#include "core/analysis.hpp"

#include <algorithm>
#include <map>

#include "core/metrics/metric_scope.hpp"
#include "core/playbooks/tasks_per_account.hpp"

namespace retain {

Date effective_as_of(const WorkspaceSettings& settings, Date today) {
    return settings.as_of.ok() ? settings.as_of : today;
}

Analysis analyse(const Workspace& ws, Date today) {
    Analysis a;
    a.as_of = effective_as_of(ws.settings, today);
    a.mrr = build_mrr_series(ws, a.as_of);
    a.accounts.resize(ws.accounts.size());
    const Month now = Month::of(a.as_of);

    std::map<std::string, SegmentTotals> by_segment;
    for (AccountIx i = 0; i < AccountIx(ws.accounts.size()); ++i) {
        const Account& acc = ws.accounts[i];
        AccountFacts& f = a.accounts[i];
        f.mrr = a.mrr.at(i, now);
        f.arr = f.mrr * 12;
        if (acc.status == AccountStatus::churned) {
            ++a.churned_accounts;
            continue;
        }
        ++a.active_accounts;
        a.total_mrr += f.mrr;
        SegmentTotals& seg = by_segment[acc.segment];
        seg.segment = acc.segment;
        ++seg.active_accounts;
        seg.arr += f.arr;
    }
    a.total_arr = a.total_mrr * 12;
    for (auto& kv : by_segment) a.segments.push_back(kv.second);
    std::stable_sort(a.segments.begin(), a.segments.end(),
                     [](const SegmentTotals& x, const SegmentTotals& y) { return x.arr > y.arr; });

    a.health_sources = prepare_health_inputs(ws, a.as_of);
    compute_health_inputs(ws, a.health_sources, a.as_of, a.health_inputs);
    a.rows = index_account_rows(ws);
    a.metric_range = default_metric_range(a.mrr);
    rescore_health(ws, a);
    recompute_metrics(ws, a);
    recompute_team(ws, a);
    return a;
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
