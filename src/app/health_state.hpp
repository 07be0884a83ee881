// The Health view's state: what the user is looking at and editing, and the long jobs (weekly history,
// backtest) that run in slices between frames. Owned by AppState; only commands (health_commands.cpp)
// and the job runner (background_work.cpp) change it, except the text buffers ImGui edits in place.
//
// Derived tables (the sorted rows, the why lines, ARR per color, the panel's explanation) are cached here
// keyed by the revisions they were built from, so drawing reads them and computes nothing.
#pragma once
#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/health/backtest_evaluation.hpp"
#include "core/health/health_backtest.hpp"
#include "core/health/health_calculator.hpp"
#include "core/health/health_explain.hpp"
#include "core/health/health_history.hpp"
#include "core/health/weight_proposal.hpp"
#include "core/money.hpp"

namespace retain {

struct AppState;

enum class HealthTab : uint8_t { accounts, scorecard, backtest, calculator };
enum class HealthSortColumn : uint8_t { name, color, score, trend, missing, arr, owner };
constexpr int kHealthSortColumnCount = 7;
constexpr int32_t kHealthHistoryWeeks = 26;  // half a year of weekly scores: sparklines, trend, "red since"

// The Accounts tab's table: an index list sorted and filtered only when its inputs change.
struct HealthTableState {
    HealthSortColumn sort = HealthSortColumn::score;
    bool descending = false;       // riskiest first by default
    int color_filter = -1;         // -1: every color, else a HealthColor
    std::vector<AccountIx> rows;   // filtered and sorted
    std::vector<std::string> why;      // per account, filled the first time the row is drawn
    std::vector<std::string> missing;  // labels of missing measures, same
    std::vector<uint8_t> text_ready;
    std::vector<double> spark;     // one row's history as doubles for the sparkline, reused
    std::vector<std::string> week_text;   // the history's dates, for the sparklines' hover
    std::vector<const char*> week_labels;
    uint64_t labels_history = UINT64_MAX;
    uint64_t built_revision = UINT64_MAX;
    uint64_t built_history = UINT64_MAX;
    bool dirty = true;
    bool header_sort_synced = false;
    int first_visible_row = 0;
};

// Accounts and ARR per shown color, [none, red, yellow, green], and the scorecard's resolved shares.
struct HealthSummary {
    std::array<int32_t, 4> accounts{};
    std::array<Money, 4> arr{};
    std::array<double, kHealthInputCount> nominal_share{};  // share of the score with every measure present
    std::string scorecard_problem;
    uint64_t built_revision = UINT64_MAX;
};

// The account panel's Health section: the explanation of the selected account and its override form.
struct HealthPanelState {
    AccountIx account = kNoAccount;
    uint64_t built_revision = UINT64_MAX;
    HealthExplanation explanation;
    std::string missing_text;
    std::vector<double> spark;
    int form_color = 3;            // a HealthColor, green by default
    char reason[256] = {};
    char expires[16] = {};         // YYYY-MM-DD
    char author[96] = {};
};

struct HealthViewState {
    HealthTab tab = HealthTab::accounts;
    int tab_request_frames = 0;  // frames left in which the tab bar is told to show `tab` (set by a command)
    HealthTableState table;
    HealthSummary summary;
    HealthPanelState panel;

    // What the jobs were last synchronised with (background_work.cpp).
    uint64_t seen_revision = UINT64_MAX, seen_health_revision = 0, seen_settings_revision = 0, seen_playbooks_revision = 0;
    uint64_t seen_voice_revision = 0;
    bool scorecard_changed = false;  // the scorecard or overrides changed: history and evaluation to redo

    // Weekly history, for the current scorecard once the job is done.
    std::unique_ptr<HealthHistoryJob> history_job;
    HealthHistory history;
    bool history_ready = false;
    uint64_t history_version = 0;  // bumped when a history arrives (the table re-sorts by trend)

    // Backtest: samples are kept, so a scorecard edit re-evaluates without collecting again.
    int32_t horizon = 90;          // the horizon picked in the view
    int32_t run_horizon = 90;      // the horizon of the job or the samples
    std::unique_ptr<BacktestJob> backtest_job;
    BacktestSamples samples;
    bool has_samples = false;
    // The samples evaluated under the scorecard, with the weights proposal, in steps (it reads `samples`:
    // dropped before they are). The report below stays the last one until it is done.
    std::unique_ptr<BacktestEvaluationJob> evaluation_job;
    uint64_t evaluating_health_revision = UINT64_MAX;
    BacktestReport report;
    WeightProposal proposal;
    bool has_report = false;
    uint64_t evaluated_health_revision = UINT64_MAX;

    // The calculator: a hypothetical customer's raw values (health.calculate) and what the engine makes
    // of them under the current scorecard.
    CalculatorInput calculator;
    HealthExplanation calculated;
    uint64_t calculated_revision = UINT64_MAX;  // the health revision `calculated` was made under
    double previous_auc = std::numeric_limits<double>::quiet_NaN();  // AUC before the last scorecard edit
    std::string backtest_note;     // why there is no report (the data changed since, ...)
};

// Brings the jobs up to the workspace's revisions: a change of the data ends them, a change of only the
// scorecard or overrides marks them for a rerun (background_work.cpp). Commands that start a job call it
// first, so a job started right after a load is not taken for one the load made stale.
void sync_health_jobs(AppState& app);

// A backtest under way: collecting its samples or evaluating them.
bool backtest_running(const HealthViewState& h);
// Its progress 0-1: collecting is most of the time, the evaluation the last part.
double backtest_progress(const HealthViewState& h);

// The "health" part of window.retain.state() (health_commands.cpp).
nlohmann::json health_automation_state(const AppState& app);

}  // namespace retain
