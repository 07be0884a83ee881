// Health commands: the scorecard edits, CSM overrides and backtest runs of the Health view
// (docs/metrics.md, "Health score"). Every scorecard edit is made on a copy and kept only when
// scorecard_problem() finds nothing wrong, so a bad edit is a message and the scorecard stays as it was.
//
// A change of the scorecard or overrides bumps health_revision with revision: refresh_derived then only
// rescores the cached inputs, and background_work.cpp reruns the history and re-evaluates the backtest.
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <utility>

#include "app/command_support.hpp"

namespace retain::commands {
namespace {

enum class Read { absent, ok, bad };

// An optional finite number: absent, ok (in `out`), or bad (present but not a finite number).
Read get_number(const json& args, const char* key, double& out) {
    if (!args.is_object() || !args.contains(key)) return Read::absent;
    const json& v = args[key];
    if (!v.is_number()) return Read::bad;
    out = v.get<double>();
    return std::isfinite(out) ? Read::ok : Read::bad;
}

void mark_health_changed(AppState& app) {
    ++app.revision;
    ++app.health_revision;
}

// Keeps `next` as the workspace's scorecard when it can score; else refuses with the reason.
CommandResult commit_scorecard(AppState& app, Scorecard next, const char* command) {
    const std::string problem = scorecard_problem(next);
    if (!problem.empty()) return fail(std::string(command) + ": refused, " + problem + " (the scorecard is unchanged)");
    app.ws.scorecard = std::move(next);
    mark_health_changed(app);
    return {};
}

// Overlays args.scheme ({kind, direction, low, high, yellow_at, green_at}, each optional) on `scheme`.
bool read_scheme(const json& args, Scheme& scheme, std::string& error) {
    const json& s = args["scheme"];
    if (!s.is_object()) {
        error = "scheme must be an object {kind, direction, low, high, yellow_at, green_at}";
        return false;
    }
    std::string text;
    if (s.contains("kind") && (!get_string(s, "kind", text) || !parse_enum(text, scheme.kind))) {
        error = "scheme.kind must be \"bands\" or \"linear\"";
        return false;
    }
    if (s.contains("direction") && (!get_string(s, "direction", text) || !parse_enum(text, scheme.direction))) {
        error = "scheme.direction must be \"higher_is_better\" or \"lower_is_better\"";
        return false;
    }
    const std::pair<const char*, double*> numbers[] = {
        {"low", &scheme.low}, {"high", &scheme.high}, {"yellow_at", &scheme.yellow_at}, {"green_at", &scheme.green_at}};
    for (const auto& [key, field] : numbers)
        if (get_number(s, key, *field) == Read::bad) {
            error = std::string("scheme.") + key + " must be a number";
            return false;
        }
    return true;
}

CommandResult set_measure(AppState& app, const json& args) {
    std::string id;
    if (!get_string(args, "id", id))
        return fail("health.set_measure: expected {id, weight?, enabled?, scheme?: {kind, direction, low, high, "
                    "yellow_at, green_at}}");
    Scorecard next = app.ws.scorecard;
    Measure* m = find_measure(next, id);
    if (!m) return fail("health.set_measure: the scorecard has no measure \"" + id + "\"");
    if (get_number(args, "weight", m->weight) == Read::bad) return fail("health.set_measure: weight must be a number");
    if (args.contains("enabled") && !args["enabled"].is_boolean())
        return fail("health.set_measure: enabled must be true or false");
    m->enabled = get_bool(args, "enabled", m->enabled);
    if (args.contains("scheme")) {
        std::string error;
        if (!read_scheme(args, m->scheme, error)) return fail("health.set_measure: " + error);
    }
    return commit_scorecard(app, std::move(next), "health.set_measure");
}

CommandResult add(AppState& app, const json& args) {
    std::string id;
    HealthInput input;
    if (!get_string(args, "id", id)) return fail("health.add_measure: expected {id: a catalogue measure id}");
    if (!find_health_input(id, input)) return fail("health.add_measure: there is no measure \"" + id + "\"");
    Scorecard next = app.ws.scorecard;
    if (!add_measure(next, id)) return fail("health.add_measure: \"" + id + "\" is already on the scorecard");
    return commit_scorecard(app, std::move(next), "health.add_measure");
}

CommandResult remove(AppState& app, const json& args) {
    std::string id;
    if (!get_string(args, "id", id)) return fail("health.remove_measure: expected {id}");
    Scorecard next = app.ws.scorecard;
    if (!remove_measure(next, id)) return fail("health.remove_measure: the scorecard has no measure \"" + id + "\"");
    return commit_scorecard(app, std::move(next), "health.remove_measure");
}

CommandResult set_group_weight(AppState& app, const json& args) {
    std::string key;
    MeasureGroup group;
    double weight = 0;
    if (!get_string(args, "group", key) || !parse_enum(key, group) || get_number(args, "weight", weight) != Read::ok)
        return fail("health.set_group_weight: expected {group: usage, engagement, support, sentiment, relationship "
                    "or commercial, weight: a number}");
    Scorecard next = app.ws.scorecard;
    next.group_weights[size_t(group)] = weight;
    return commit_scorecard(app, std::move(next), "health.set_group_weight");
}

CommandResult set_thresholds(AppState& app, const json& args) {
    Scorecard next = app.ws.scorecard;
    const Read red = get_number(args, "red_below", next.thresholds.red_below);
    const Read green = get_number(args, "green_from", next.thresholds.green_from);
    if (red == Read::bad || green == Read::bad || (red == Read::absent && green == Read::absent))
        return fail("health.set_thresholds: expected {red_below?: score, green_from?: score}, numbers 0-100");
    for (double t : {next.thresholds.red_below, next.thresholds.green_from})
        if (t < 0 || t > 100) return fail("health.set_thresholds: refused, thresholds are scores from 0 to 100");
    return commit_scorecard(app, std::move(next), "health.set_thresholds");
}

CommandResult reset_scorecard(AppState& app, const json&) {
    app.ws.scorecard = default_scorecard();
    mark_health_changed(app);
    app.notice = "The scorecard is back to the starter scorecard.";
    return {};
}

// The date overrides start from, and the "now" a clear ends them at: the workspace's as-of date.
Date health_as_of(const AppState& app) { return effective_as_of(app.ws.settings, app.today); }

CommandResult set_override(AppState& app, const json& args) {
    std::string account, color, expires;
    HealthOverride o;
    if (!get_string(args, "account", account) || !get_string(args, "color", color) ||
        !get_string(args, "reason", o.reason) || !get_string(args, "expires", expires))
        return fail("health.override: expected {account: id, color: red|yellow|green, reason, expires: YYYY-MM-DD, "
                    "author?}");
    const AccountIx ix = app.ws.find_account(account);
    if (ix == kNoAccount) return fail("health.override: no account with id \"" + account + "\"");
    if (!parse_enum(color, o.color) || o.color == HealthColor::none)
        return fail("health.override: color must be red, yellow or green");
    if (!parse_iso_date(expires, o.expires)) return fail("health.override: expires must be a date, YYYY-MM-DD");
    get_string(args, "author", o.author);
    o.account_id = account;
    o.created = health_as_of(app);
    const std::string problem = override_problem(o);
    if (!problem.empty()) return fail("health.override: " + problem);
    // A new override replaces the account's current and future ones; expired ones stay for the history.
    std::vector<HealthOverride>& list = app.ws.health_overrides;
    for (size_t i = list.size(); i-- > 0;)
        if (list[i].account_id == account && list[i].expires > o.created) list.erase(list.begin() + long(i));
    list.push_back(std::move(o));
    mark_health_changed(app);
    return {};
}

CommandResult clear_override(AppState& app, const json& args) {
    std::string account;
    if (!get_string(args, "account", account)) return fail("health.clear_override: expected {account: id}");
    const Date today = health_as_of(app);
    std::vector<HealthOverride>& list = app.ws.health_overrides;
    bool cleared = false;
    // An override that applied in past weeks ends today rather than vanishing, so the history stays true;
    // one made today (or for later) is simply removed.
    for (size_t i = list.size(); i-- > 0;) {
        HealthOverride& o = list[i];
        if (o.account_id != account || o.expires <= today) continue;
        if (!o.created.ok() || o.created < today) o.expires = today;
        else list.erase(list.begin() + long(i));
        cleared = true;
    }
    if (!cleared) return fail("health.clear_override: \"" + account + "\" has no current override");
    mark_health_changed(app);
    return {};
}

CommandResult run_backtest(AppState& app, const json& args) {
    size_t horizon = 0;
    if (!get_index(args, "horizon", horizon) || (horizon != 30 && horizon != 90 && horizon != 180))
        return fail("health.run_backtest: expected {horizon: 30, 90 or 180 days}");
    if (app.ws.accounts.empty()) return fail("health.run_backtest: the workspace has no accounts");
    sync_health_jobs(app);
    HealthViewState& h = app.health_view;
    BacktestOptions options;
    options.horizon_days = int32_t(horizon);
    h.horizon = h.run_horizon = options.horizon_days;
    h.evaluation_job.reset();  // before the samples it reads
    h.backtest_job = std::make_unique<BacktestJob>(app.ws, health_as_of(app), options);
    h.has_samples = h.has_report = false;
    h.samples = BacktestSamples{};
    h.previous_auc = std::numeric_limits<double>::quiet_NaN();
    h.backtest_note.clear();
    app.working = true;
    return {};
}

CommandResult apply_proposal(AppState& app, const json&) {
    const HealthViewState& h = app.health_view;
    if (!h.has_report || !h.proposal.ok)
        return fail("health.apply_proposal: there is no proposal: run a backtest first" +
                    (h.has_report && !h.proposal.note.empty() ? " (" + h.proposal.note + ")" : std::string()));
    if (h.evaluated_health_revision != app.health_revision)
        return fail("health.apply_proposal: the scorecard changed since the proposal was made; it is being "
                    "re-evaluated, try again in a moment");
    const CommandResult r = commit_scorecard(app, h.proposal.scorecard, "health.apply_proposal");
    if (r.ok) app.notice = "Applied the proposed weights: the backtest re-evaluates the new scorecard.";
    return r;
}

// View state: which tab, how the table sorts, which color it shows.
CommandResult show_health(AppState& app, const json& args) {
    static const char* const kTabs[] = {"accounts", "scorecard", "backtest", "calculator"};
    std::string tab;
    if (!get_string(args, "tab", tab)) return fail("health.show: expected {tab: accounts, scorecard, backtest or calculator}");
    for (int i = 0; i < 4; ++i)
        if (tab == kTabs[i]) {
            app.health_view.tab = HealthTab(i);
            app.health_view.tab_request_frames = 2;
            return {};
        }
    return fail("health.show: expected {tab: accounts, scorecard, backtest or calculator}");
}

const char* const kSortKeys[kHealthSortColumnCount] = {"name", "color", "score", "trend", "missing", "arr", "owner"};

CommandResult sort(AppState& app, const json& args) {
    std::string key;
    get_string(args, "column", key);
    for (int i = 0; i < kHealthSortColumnCount; ++i)
        if (key == kSortKeys[i]) {
            HealthTableState& t = app.health_view.table;
            t.sort = HealthSortColumn(i);
            t.descending = get_bool(args, "descending", false);
            t.dirty = true;
            return {};
        }
    return fail("health.sort: expected {column: name, color, score, trend, missing, arr or owner, descending: bool}");
}

CommandResult filter(AppState& app, const json& args) {
    std::string key;
    HealthColor c;
    get_string(args, "color", key);
    HealthTableState& t = app.health_view.table;
    if (key == "all") t.color_filter = -1;
    else if (parse_enum(key, c)) t.color_filter = int(c);
    else return fail("health.filter: expected {color: all, red, yellow, green or none}");
    t.dirty = true;
    return {};
}

}  // namespace

void add_health_commands(std::vector<Entry>& out) {
    out.push_back({{"health.set_measure", "{id, weight?, enabled?, scheme?: {kind, direction, low, high, yellow_at, green_at}}",
                    "Change a scorecard measure's weight, switch, or scheme"}, set_measure});
    out.push_back({{"health.add_measure", "{id}", "Put a catalogue measure on the scorecard"}, add});
    out.push_back({{"health.remove_measure", "{id}", "Take a measure off the scorecard"}, remove});
    out.push_back({{"health.set_group_weight", "{group, weight}", "Weigh a group of measures"}, set_group_weight});
    out.push_back({{"health.set_thresholds", "{red_below, green_from}", "Where red and green start"}, set_thresholds});
    out.push_back({{"health.reset_scorecard", "{}", "Go back to the starter scorecard"}, reset_scorecard});
    out.push_back({{"health.override", "{account, color, reason, expires, author?}",
                    "A CSM's color for an account, with a reason, until a date"}, set_override});
    out.push_back({{"health.clear_override", "{account}", "End an account's current override"}, clear_override});
    out.push_back({{"health.run_backtest", "{horizon: 30|90|180}", "Check the score against churn that followed"},
                   run_backtest});
    out.push_back({{"health.apply_proposal", "{}", "Apply the last backtest's proposed weights"}, apply_proposal});
    out.push_back({{"health.show", "{tab: accounts|scorecard|backtest|calculator}", "Show a tab of the Health view"}, show_health});
    out.push_back({{"health.sort", "{column, descending}", "Sort the Health table"}, sort});
    out.push_back({{"health.filter", "{color: all|red|yellow|green|none}", "Show accounts of one color"}, filter});
}

}  // namespace retain::commands

namespace retain {

nlohmann::json health_automation_state(const AppState& app) {
    const HealthViewState& h = app.health_view;
    const auto& mix = app.analysis.health_mix;
    const bool running = backtest_running(h);
    const auto number = [](bool has, double v) { return has && std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); };
    const bool proposed = h.has_report && h.proposal.ok;
    nlohmann::json visible = nlohmann::json::array();  // the Health table's rows on screen, riskiest first by default
    const HealthTableState& t = h.table;
    for (size_t i = size_t(std::max(0, t.first_visible_row)); i < t.rows.size() && visible.size() < 20; ++i)
        if (t.rows[i] < app.ws.accounts.size()) visible.push_back(app.ws.accounts[t.rows[i]].id);
    return {
        {"mix", {{"none", mix[0]}, {"red", mix[1]}, {"yellow", mix[2]}, {"green", mix[3]}}},
        {"scorecard_problem", scorecard_problem(app.ws.scorecard)},
        {"tab", h.tab == HealthTab::accounts ? "accounts" : h.tab == HealthTab::scorecard ? "scorecard" : "backtest"},
        {"table", {{"rows", t.rows.size()}, {"visible_ids", visible}}},
        {"history", {{"ready", h.history_ready}, {"running", h.history_job != nullptr},
                     {"progress", h.history_job ? h.history_job->progress() : (h.history_ready ? 1.0 : 0.0)}}},
        {"backtest", {{"running", running}, {"horizon", h.run_horizon},
                      {"progress", backtest_progress(h)},
                      {"auc", number(h.has_report, h.report.auc)},
                      {"proposed_auc", number(proposed, h.proposal.auc_proposed)},
                      {"holdout_auc", number(proposed, h.proposal.holdout_auc_current)},
                      {"holdout_proposed_auc", number(proposed, h.proposal.holdout_auc_proposed)},
                      {"note", h.backtest_note}}},
    };
}

}  // namespace retain
