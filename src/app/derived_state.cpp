// The analysis and the accounts table, kept of the current revision (app_state.hpp).
//
// A change of only the scorecard, the metric settings, the team's rules or the playbooks recomputes
// just what it feeds (milliseconds). A change of the data needs the whole analysis: a quarter of a second
// at 100,000 accounts, so on the page it runs as a job between frames (AnalysisJob) while the frame
// shows its progress; anything that reads the analysis meanwhile calls refresh_derived, which finishes
// it first. The job reads the workspace by reference: a command that changes it bumps the revision, and
// a job of an older revision is dropped before it could take another step.
#include "app/app_state.hpp"

#include <limits>

#include "app/stopwatch.hpp"

namespace retain {
namespace {

// Only the configuration changed since the last analysis: what it feeds is recomputed from the cached
// inputs, no new analysis is needed.
bool only_config_changed(const AppState& app) {
    const uint64_t health = app.health_revision - app.analysed_health_revision;
    const uint64_t settings = app.settings_revision - app.analysed_settings_revision;
    const uint64_t team = app.team_revision - app.analysed_team_revision;
    const uint64_t playbooks = app.playbooks_revision - app.analysed_playbooks_revision;
    const uint64_t voice = app.voice_revision - app.analysed_voice_revision;  // feeds no analysis
    return app.analysed_revision != UINT64_MAX &&
           app.revision - app.analysed_revision == health + settings + team + playbooks + voice;
}

void recompute_config(AppState& app) {
    const bool health = app.health_revision != app.analysed_health_revision;
    if (health) rescore_health(app.ws, app.analysis);
    if (app.settings_revision != app.analysed_settings_revision) recompute_metrics(app.ws, app.analysis);
    // Books show the health mix and the tasks due.
    if (health || app.team_revision != app.analysed_team_revision || app.playbooks_revision != app.analysed_playbooks_revision)
        recompute_team(app.ws, app.analysis);
}

void mark_analysed(AppState& app) {
    app.analysed_revision = app.revision;
    app.analysed_health_revision = app.health_revision;
    app.analysed_settings_revision = app.settings_revision;
    app.analysed_team_revision = app.team_revision;
    app.analysed_playbooks_revision = app.playbooks_revision;
    app.analysed_voice_revision = app.voice_revision;
}

// The accounts table follows the analysis (its filters read health and ARR).
void refresh_accounts_table(AppState& app) {
    AccountsTableState& t = app.accounts_table;
    if (t.built_revision != app.revision && t.keys_revision != app.revision) build_sort_keys(app.ws, t.keys);
    if (t.dirty || t.built_revision != app.revision) {
        query_accounts(app.ws, app.analysis, t.keys, t.query, t.rows);
        t.built_revision = app.revision;
        t.dirty = false;
    }
}

void drop_stale_job(AppState& app) {
    if (app.analysis_job && app.analysis_job_revision != app.revision) app.analysis_job.reset();
}

void install(AppState& app) {
    app.analysis = app.analysis_job->take();
    app.analysis_job.reset();
    mark_analysed(app);
    refresh_accounts_table(app);
}

// After the analysis, the accounts table's sort keys, a part a step (they were one ~150 ms piece in the
// browser at 100,000 accounts), then the installing. True when installed.
bool step_after_analysis(AppState& app) {
    AccountsTableState& t = app.accounts_table;
    if (app.analysis_sort_keys_built < kSortKeyParts) {
        build_sort_keys(app.ws, t.keys, SortKeyPart(app.analysis_sort_keys_built++));
        return false;
    }
    t.built_revision = UINT64_MAX;  // the keys are of this revision: the query below reuses them
    t.keys_revision = app.revision;
    install(app);
    return true;
}

}  // namespace

bool analysis_pending(const AppState& app) {
    return app.analysis_job && app.analysis_job_revision == app.revision && app.analysed_revision != app.revision;
}

double analysis_progress(const AppState& app) { return analysis_pending(app) ? app.analysis_job->progress() : 1.0; }

const char* analysis_activity(const AppState& app) {
    return analysis_pending(app) ? app.analysis_job->activity() : "";
}

void refresh_derived(AppState& app) {
    drop_stale_job(app);
    if (app.analysed_revision != app.revision) {
        if (app.analysis_job) {  // under way, of this revision: finished now (it installs the table too)
            step_analysis(app, std::numeric_limits<double>::infinity());
            return;
        }
        if (only_config_changed(app)) recompute_config(app);
        else app.analysis = analyse(app.ws, app.today);
        mark_analysed(app);
    }
    refresh_accounts_table(app);
}

void begin_refresh_derived(AppState& app) {
    drop_stale_job(app);
    if (app.analysed_revision == app.revision || only_config_changed(app)) {
        refresh_derived(app);
        return;
    }
    if (app.analysis_job) return;  // under way: the work between frames does the rest, not the frames
    app.analysis_job = std::make_unique<AnalysisJob>(app.ws, app.today);
    app.analysis_job_revision = app.revision;
    app.analysis_sort_keys_built = 0;
    step_analysis(app, app.analysis_first_slice_ms);
}

void step_analysis(AppState& app, double budget_ms) {
    drop_stale_job(app);
    if (!analysis_pending(app)) return;
    const Stopwatch started;
    bool installed = false;
    do {
        if (!app.analysis_job->done()) app.analysis_job->step();
        else installed = step_after_analysis(app);
    } while (!installed && started.ms() < budget_ms);
}

}  // namespace retain
