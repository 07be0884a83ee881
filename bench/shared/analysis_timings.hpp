// The figures of issues 4 and 9 that run over an imported workspace — the whole analysis, a rescore after
// a weight change, all metrics, a playbook run, a 24-month weekly backtest, and the browser's stored form
// (the snapshot) saved and loaded — timed by a clock the caller gives: bench_native passes steady_clock, the in-page hooks
// (src/platform/web/bench_exports.cpp) emscripten_get_now, so the two halves of the suite time the same code.
#pragma once
#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/analysis.hpp"
#include "core/analysis_job.hpp"
#include "core/health/backtest_evaluation.hpp"
#include "core/health/health_backtest.hpp"
#include "core/health/weight_proposal.hpp"
#include "core/playbooks/playbook_engine.hpp"
#include "io/workspace_json.hpp"
#include "io/workspace_snapshot.hpp"

namespace retain::bench {

using nlohmann::json;

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0.0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

inline json stats(const std::vector<double>& ms) {
    return {{"median_ms", median(ms)}, {"best_ms", ms.empty() ? 0.0 : *std::min_element(ms.begin(), ms.end())}, {"runs", ms.size()}};
}

// Times f(run) `runs` times: median and best, wall clock.
template <typename Clock, typename F>
json timed(int runs, Clock now_ms, F&& f) {
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        const double t0 = now_ms();
        f(r);
        ms.push_back(now_ms() - t0);
    }
    return stats(ms);
}

// Runs a job that works in steps (step(), done()) to its end, timing each step: {steps, longest_step_ms,
// total_ms}, and with `stage_of` (the label of the step about to run) the longest step of each stage.
template <typename Job, typename Clock>
json time_steps(Job& job, Clock now_ms, std::function<std::string()> stage_of = nullptr) {
    json by_stage = json::object();
    double longest = 0, total = 0;
    int steps = 0;
    while (!job.done()) {
        const std::string stage = stage_of ? stage_of() : std::string();
        const double t0 = now_ms();
        job.step();
        const double ms = now_ms() - t0;
        if (stage_of) by_stage[stage] = std::max(by_stage.value(stage, 0.0), ms);
        longest = std::max(longest, ms);
        total += ms;
        ++steps;
    }
    json out = {{"steps", steps}, {"longest_step_ms", longest}, {"total_ms", total}};
    if (stage_of) out["longest_by_stage_ms"] = by_stage;
    return out;
}

template <typename Clock>
json time_analysis(const Workspace& ws, int runs, Clock now_ms) {
    const Date today = Date::from_ymd(2026, 11, 15);
    json out;
    Analysis a;
    out["analyse"] = timed(std::max(1, runs / 2), now_ms, [&](int) { a = analyse(ws, today); });
    // The same in the steps the app runs between frames (issue 9 point 4): the longest step, and the
    // longest of each stage, so the longest the page is held by the analysis shows here.
    {
        AnalysisJob job(ws, today);
        out["analysis_steps"] = time_steps(job, now_ms, [&] { return std::string(job.activity()); });
    }
    // A weight change: the usage group's weight moves, the cached inputs are rescored.
    Workspace edited = ws;
    out["rescore_after_weight_change"] = timed(runs, now_ms, [&](int r) {
        edited.scorecard.group_weights[size_t(MeasureGroup::usage)] = 20.0 + r;
        rescore_health(edited, a);
    });
    out["all_metrics"] = timed(runs, now_ms, [&](int) { recompute_metrics(ws, a); });
    size_t created = 0;
    out["playbook_context"] = timed(runs, now_ms, [&](int) { (void)make_playbook_context(ws, a); });
    const PlaybookContext ctx = make_playbook_context(ws, a);
    out["playbook_run"] = timed(runs, now_ms, [&](int) { created = run_playbooks(ws, ctx).created.size(); });
    out["tasks_created"] = created;
    // Issue 4 point 9: a backtest over 24 months of weekly as-of dates (the app's default is 12 dates four
    // weeks apart), samples collected and evaluated; the weights proposal (logistic regression) apart.
    BacktestOptions weekly;
    weekly.step_days = 7;
    weekly.max_dates = 104;
    BacktestSamples samples;
    BacktestReport report;
    out["backtest_weekly_24m"] = timed(1, now_ms, [&](int) {
        samples = collect_backtest_samples(ws, today, weekly);
        report = evaluate_backtest(samples, ws.scorecard);
    });
    out["backtest_dates"] = samples.dates.size();
    out["backtest_samples"] = samples.size();
    out["backtest_auc"] = report.auc;
    out["backtest_propose"] = timed(1, now_ms, [&](int) { (void)propose_weights(samples, ws.scorecard); });
    // Evaluation and proposal in the steps the app runs between frames: the longest step.
    {
        BacktestEvaluationJob job(samples, ws.scorecard);
        out["backtest_evaluation_steps"] = time_steps(job, now_ms);
    }
    out["accounts"] = ws.accounts.size();
    return out;
}

// The snapshot the page stores, and the workspace JSON it replaced there, for comparison.
template <typename Clock>
json time_snapshot(const Workspace& ws, int runs, Clock now_ms, bool with_json = true) {
    json out;
    std::string snapshot;
    out["snapshot_save"] = timed(runs, now_ms, [&](int) { snapshot = save_workspace_snapshot(ws); });
    out["snapshot_bytes"] = snapshot.size();
    bool loaded = true;
    out["snapshot_load"] = timed(runs, now_ms, [&](int) {
        Workspace back;
        std::string error;
        loaded = loaded && load_workspace_snapshot(snapshot, back, error);
    });
    out["snapshot_loaded"] = loaded;
    // The reading in the steps the app runs between frames (a part's header or one column a step).
    {
        SnapshotReader reader(snapshot);
        out["snapshot_read_steps"] = time_steps(reader, now_ms);
    }
    if (!with_json) return out;
    std::string text;
    out["json_save"] = timed(1, now_ms, [&](int) { text = save_workspace_json(ws); });
    out["json_bytes"] = text.size();
    out["json_load"] = timed(1, now_ms, [&](int) {
        Workspace back;
        std::string error;
        load_workspace_json(text, back, error);
    });
    return out;
}

}  // namespace retain::bench
