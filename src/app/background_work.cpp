// The health jobs, advanced a slice at a time within a per-frame budget (design.md: long work shows a
// progress bar and keeps the page responsive).
//
// Both jobs read the workspace by reference, so a change of the data itself ends them at once (the
// history restarts, the backtest's samples are dropped). A change of only the scorecard or overrides
// keeps the backtest's samples, which hold raw inputs, and re-evaluates them: that is how a CS lead sees
// whether an edit predicts churn better. Those reruns wait until no widget is held, so dragging a weight
// does not restart the history on every frame of the drag.
#include "app/background_work.hpp"

#include <algorithm>

#include <cmath>

#include <imgui.h>

#include "app/export_job.hpp"
#include "app/import_job.hpp"
#include "app/stopwatch.hpp"
#include "app/storage.hpp"

namespace retain {
namespace {

constexpr double kFrameTargetMs = 7.0;
constexpr double kMinWorkMs = 2.0;  // a slow view slows the work down, never stops it
constexpr double kMaxWorkMs = 8.0;  // half a 60 Hz frame
constexpr size_t kSlice = 256;      // account-dates per step: small enough to look at the clock often

void drop_history(HealthViewState& h) {
    h.history_job.reset();
    h.history = HealthHistory{};
    h.history_ready = false;
    ++h.history_version;
}

}  // namespace

void sync_health_jobs(AppState& app) {
    HealthViewState& h = app.health_view;
    if (h.seen_revision == app.revision) return;
    const uint64_t health = app.health_revision - h.seen_health_revision;
    const uint64_t settings = app.settings_revision - h.seen_settings_revision;
    const uint64_t playbooks = app.playbooks_revision - h.seen_playbooks_revision;  // tasks do not change health
    const uint64_t voice = app.voice_revision - h.seen_voice_revision;              // nor do feedback and notes
    const bool data_changed =
        h.seen_revision == UINT64_MAX || app.revision - h.seen_revision != health + settings + playbooks + voice;
    h.seen_revision = app.revision;
    h.seen_health_revision = app.health_revision;
    h.seen_settings_revision = app.settings_revision;
    h.seen_playbooks_revision = app.playbooks_revision;
    h.seen_voice_revision = app.voice_revision;
    if (!data_changed) {
        if (health) h.scorecard_changed = true;
        return;
    }
    drop_history(h);
    if (h.backtest_job || h.has_samples) h.backtest_note = "The data changed since the backtest ran: run it again.";
    h.backtest_job.reset();
    h.evaluation_job.reset();  // before the samples it reads
    h.samples = BacktestSamples{};
    h.has_samples = h.has_report = false;
    h.scorecard_changed = false;
}

namespace {

// The samples under the current scorecard, and a proposal, as a job (0.4 s in one call at 300,000
// samples); the report on screen stays the last one until it is done.
void start_evaluation(AppState& app) {
    HealthViewState& h = app.health_view;
    h.evaluation_job = std::make_unique<BacktestEvaluationJob>(h.samples, app.ws.scorecard);
    h.evaluating_health_revision = app.health_revision;
}

void finish_evaluation(HealthViewState& h) {
    h.report = std::move(h.evaluation_job->report());
    h.proposal = std::move(h.evaluation_job->proposal());
    h.evaluation_job.reset();
    h.has_report = true;
    h.evaluated_health_revision = h.evaluating_health_revision;
}

void start_history(AppState& app) {
    app.health_view.history_job = std::make_unique<HealthHistoryJob>(
        app.ws, app.ws.scorecard, app.ws.health_overrides, app.analysis.as_of, kHealthHistoryWeeks);
}

}  // namespace

bool backtest_running(const HealthViewState& h) { return h.backtest_job || h.evaluation_job; }

double backtest_progress(const HealthViewState& h) {
    constexpr double kCollecting = 0.8;  // of a backtest's time at 100,000 accounts (docs/performance.md)
    if (h.backtest_job) return kCollecting * h.backtest_job->progress();
    if (h.evaluation_job) {  // after a collection, the last part of the bar; a re-evaluation, all of it
        const double p = h.evaluation_job->progress();
        return h.has_report ? p : kCollecting + (1 - kCollecting) * p;
    }
    return h.has_report ? 1.0 : 0.0;
}

double frame_work_left_ms(const AppState& app) {
    if (app.work_slice_ms >= 0) return std::max(0.0, app.work_slice_ms - app.frame_work_ms);  // between frames
    // The drawing's cost: the last drawn frame's time less its work (this frame's is not known yet).
    const double drawing = std::max(0.0, app.frame_ms - app.background_ms);
    const double share = std::clamp(kFrameTargetMs - drawing, kMinWorkMs, kMaxWorkMs);
    return std::max(0.0, share - app.frame_work_ms);
}

void add_frame_work(AppState& app, double ms) { app.frame_work_ms += std::max(0.0, ms); }

void end_frame_work(AppState& app, bool drawn) {
    if (drawn) app.background_ms = app.frame_work_ms;
    app.frame_work_ms = 0;
}

namespace {

// The history feeds the Health view, the account panel and the Renewals view's calibration: computed
// while one of them is open, so a dashboard left on another view costs nothing.
bool history_wanted(const AppState& app) {
    return !app.ws.accounts.empty() &&
           (app.view == ViewId::health || app.view == ViewId::renewals || app.selected < app.ws.accounts.size());
}

// Steps the backtest and the history for about budget_ms (at least one step each).
void step_health_jobs(AppState& app, double budget_ms) {
    HealthViewState& h = app.health_view;
    const bool wanted = history_wanted(app);
    const Stopwatch started;
    do {
        bool stepped = false;
        if (h.backtest_job) {
            h.backtest_job->step(kSlice);
            stepped = true;
            if (h.backtest_job->done()) {
                h.samples = h.backtest_job->take();
                h.backtest_job.reset();
                h.has_samples = true;
                h.previous_auc = std::nan("");
                start_evaluation(app);
            }
        } else if (h.evaluation_job) {
            h.evaluation_job->step();
            stepped = true;
            if (h.evaluation_job->done()) finish_evaluation(h);
        }
        if (h.history_job && wanted) {
            h.history_job->step(kSlice);
            stepped = true;
            if (h.history_job->done()) {
                h.history = h.history_job->take();
                h.history_job.reset();
                h.history_ready = true;
                ++h.history_version;
            }
        }
        if (!stepped) break;
    } while (started.ms() < budget_ms);
}

bool health_jobs_running(const AppState& app) {
    const HealthViewState& h = app.health_view;
    return backtest_running(h) || (h.history_job && history_wanted(app));
}

void note_working(AppState& app) {
    app.working = analysis_pending(app) || health_jobs_running(app) || export_running(app) || app.import.planning();
}

}  // namespace

void run_background_work(AppState& app) {
    HealthViewState& h = app.health_view;
    sync_health_jobs(app);
    // The health jobs start from the analysis (its as-of date): not before a new one is done.
    if (analysis_pending(app)) {
        note_working(app);
        return;
    }
    const bool holding = ImGui::GetCurrentContext() && ImGui::IsAnyItemActive();
    if (h.scorecard_changed && !holding) {
        h.scorecard_changed = false;
        if (h.history_job || h.history_ready) start_history(app);  // the old history shows until the new one is done
        if (h.has_samples) {
            h.previous_auc = h.has_report ? h.report.auc : std::nan("");
            start_evaluation(app);
        }
    }
    if (history_wanted(app) && !h.history_job && !h.history_ready) start_history(app);
    // The page runs the work between frames (run_work_between_frames): a frame only draws.
    if (!app.work_between_frames) {
        const Stopwatch started;
        if (health_jobs_running(app)) step_health_jobs(app, frame_work_left_ms(app));
        // An export takes what is left of the frame's budget (the health jobs are cheap per step).
        add_frame_work(app, started.ms());
        if (export_running(app)) {
            const double before = started.ms();
            advance_export(app, frame_work_left_ms(app));
            add_frame_work(app, started.ms() - before);
        }
        // A large import's plan gets a longer slice: the user is waiting for it (import_job.hpp).
        if (app.import.planning()) {
            const double before = started.ms();
            advance_import_plan(app, std::max(kImportSliceMs, frame_work_left_ms(app)));
            add_frame_work(app, started.ms() - before);
        }
    }
    note_working(app);
}

bool work_pending(const AppState& app) {
    return analysis_pending(app) || storage_loading(app) || app.import.planning() || export_running(app) ||
           health_jobs_running(app) || app.storage.writing();
}

bool run_work_between_frames(AppState& app, double slice_ms) {
    // A command may have changed the workspace since the last frame: the health jobs read it by
    // reference, so they are dropped first (the other jobs check the revision themselves), as is an
    // analysis of an older revision.
    sync_health_jobs(app);
    if (!analysis_pending(app)) app.analysis_job.reset();
    // What the user waits for first: a stored workspace being opened, the analysis the views wait for,
    // an import's plan, an export, a backtest; then the save and the history. The health jobs start from
    // the analysis: they wait for it.
    const bool analysing = analysis_pending(app);
    const bool health = !analysing && health_jobs_running(app);
    const int jobs = int(storage_loading(app)) + int(analysing) + int(app.import.planning()) + int(export_running(app)) +
                     int(health) + int(app.storage.writing());
    if (jobs == 0) {
        note_working(app);
        return false;
    }
    const double share = slice_ms / jobs;
    AppState::LongestWork& longest = app.longest_work;
    const auto run = [&](double& longest_ms, auto&& step) {
        app.frame_work_ms = 0;
        app.work_slice_ms = share;
        const Stopwatch started;
        step();
        longest_ms = std::max(longest_ms, started.ms());
        app.work_slice_ms = -1;
        app.frame_work_ms = 0;
    };
    if (storage_loading(app)) run(longest.storage_load, [&] { storage_advance_load(app, share); });
    if (analysing) run(longest.analysis, [&] { step_analysis(app, share); });
    if (app.import.planning()) run(longest.import_plan, [&] { advance_import_plan(app, share); });
    if (export_running(app)) run(longest.export_file, [&] { advance_export(app, share); });
    if (health) run(longest.health, [&] { step_health_jobs(app, share); });
    if (app.storage.writing()) run(longest.save, [&] { storage_advance_save(app); });
    note_working(app);
    return work_pending(app);
}

}  // namespace retain
