// retain score WS.json [--as-of D] [--account ID] [--json]: each account's health score, color and why,
// with every measure's raw value, score, share and contribution and the missing inputs (docs/metrics.md
// "Health score"). retain backtest WS.json [--horizon DAYS] [--as-of D] [--json]: the scorecard scored
// at past dates against what happened next — AUC, red's precision and recall, churn per color, lift —
// and the proposed weights with the AUCs they would have had. The same engine as the Health view.
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "core/analysis.hpp"
#include "core/health/health_backtest.hpp"
#include "core/health/health_explain.hpp"
#include "core/health/weight_proposal.hpp"

namespace retain::cli {
namespace {

using json = nlohmann::json;

// NaN (no value) as null, so the JSON stays valid.
json number_or_null(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

struct HealthArgs {
    std::string path;
    Date as_of;
    std::string account;
    int32_t horizon = 90;
    bool as_json = false;
};

// Parses the options both commands share; `backtest` also takes --horizon, `score` --account.
bool parse_health_args(const char* command, const std::vector<std::string>& args, bool backtest, HealthArgs& out,
                       int& exit_code) {
    std::vector<Option> options;
    std::string error;
    exit_code = kExitBadInput;
    if (!parse_options(args, {"--json"}, options, error)) return bad_input(command, error), false;
    for (const Option& o : options) {
        if (o.name.empty()) {
            if (!out.path.empty()) return bad_input(command, "expected one workspace file, got \"" + out.path + "\" and \"" + o.value + "\""), false;
            out.path = o.value;
        } else if (o.name == "--json") {
            out.as_json = true;
        } else if (o.name == "--as-of") {
            if (!parse_iso_date(o.value, out.as_of)) return bad_input(command, "--as-of: expected YYYY-MM-DD, got \"" + o.value + "\""), false;
        } else if (backtest && o.name == "--horizon") {
            unsigned long long days = 0;
            if (!parse_whole(o.value, 1, 730, days)) return bad_input(command, "--horizon: expected days from 1 to 730, got \"" + o.value + "\""), false;
            out.horizon = int32_t(days);
        } else if (!backtest && o.name == "--account") {
            out.account = o.value;
        } else {
            return bad_input(command, "unknown option " + o.name + " (see retain --help)"), false;
        }
    }
    if (out.path.empty()) {
        return bad_input(command, backtest ? "usage: retain backtest WS.json [--horizon DAYS] [--as-of YYYY-MM-DD] [--json]"
                                           : "usage: retain score WS.json [--as-of YYYY-MM-DD] [--account ID] [--json]"), false;
    }
    exit_code = kExitOk;
    return true;
}

// Loads the workspace; --as-of stands in for the workspace's own as-of date (the page's "today").
bool load(const char* command, const HealthArgs& a, Workspace& ws, int& exit_code) {
    if (!load_workspace_file(command, a.path, ws, exit_code)) return false;
    if (a.as_of.ok()) ws.settings.as_of = a.as_of;
    return true;
}

json explanation_json(const Workspace& ws, const Analysis& an, AccountIx i) {
    const HealthExplanation e = explain_health(ws, an.health_inputs, ws.scorecard, an.health, ws.health_overrides, i);
    json measures = json::array();
    for (const MeasureExplanation& m : e.measures)
        measures.push_back({{"id", m.id}, {"has_value", m.has_value}, {"raw", m.has_value ? number_or_null(m.raw) : json(nullptr)},
                            {"score", m.has_value ? number_or_null(m.score) : json(nullptr)}, {"share", m.share},
                            {"contribution", m.contribution}, {"text", m.text}});
    return {{"id", ws.accounts[i].id}, {"name", ws.accounts[i].name}, {"active", e.active},
            {"score", number_or_null(e.score)}, {"color", to_string(e.color)}, {"computed_color", to_string(e.computed)},
            {"overridden", e.override_index >= 0}, {"why", e.why}, {"missing", e.missing}, {"measures", measures}};
}

}  // namespace

int run_score(const std::vector<std::string>& args) {
    HealthArgs a;
    int exit_code = kExitOk;
    if (!parse_health_args("score", args, false, a, exit_code)) return exit_code;
    Workspace ws;
    if (!load("score", a, ws, exit_code)) return exit_code;
    const Analysis an = analyse(ws, today_or(Date{}));
    AccountIx only = kNoAccount;
    if (!a.account.empty()) {
        only = ws.find_account(a.account);
        if (only == kNoAccount) return bad_input("score", "no account with id \"" + a.account + "\" in " + a.path);
    }
    if (a.as_json) {
        json accounts = json::array();
        for (AccountIx i = 0; i < AccountIx(ws.accounts.size()); ++i)
            if (only == kNoAccount || i == only) accounts.push_back(explanation_json(ws, an, i));
        const json out = {{"as_of", format_iso(an.as_of)},
                          {"thresholds", {{"red_below", ws.scorecard.thresholds.red_below},
                                          {"green_from", ws.scorecard.thresholds.green_from}}},
                          {"mix", {{"red", an.health_mix[1]}, {"yellow", an.health_mix[2]}, {"green", an.health_mix[3]},
                                   {"none", an.health_mix[0]}}},
                          {"accounts", accounts}};
        std::printf("%s\n", out.dump(2, ' ', false, json::error_handler_t::replace).c_str());
        return kExitOk;
    }
    std::printf("Health as of %s: %d red, %d yellow, %d green, %d not scored\n", format_iso(an.as_of).c_str(),
                an.health_mix[1], an.health_mix[2], an.health_mix[3], an.health_mix[0]);
    for (AccountIx i = 0; i < AccountIx(ws.accounts.size()); ++i) {
        if (only != kNoAccount && i != only) continue;
        const HealthExplanation e = explain_health(ws, an.health_inputs, ws.scorecard, an.health, ws.health_overrides, i);
        const std::string score = std::isfinite(e.score) ? std::to_string(int(std::lround(e.score))) : "-";
        std::printf("  %-14s %-28.28s %4s %-10s %s\n", ws.accounts[i].id.c_str(), ws.accounts[i].name.c_str(),
                    score.c_str(), color_label(e.color), e.why.c_str());
        if (only == kNoAccount) continue;
        for (const MeasureExplanation& m : e.measures) {
            if (m.has_value)
                std::printf("      %-28s %-34s score %5.1f  share %4.1f%%  +%.1f points\n", m.label.c_str(),
                            m.text.c_str(), m.score, m.share * 100, m.contribution);
            else
                std::printf("      %-28s %-34s (left out; its weight shared among the rest)\n", m.label.c_str(), "no data");
        }
    }
    return kExitOk;
}

int run_backtest(const std::vector<std::string>& args) {
    HealthArgs a;
    int exit_code = kExitOk;
    if (!parse_health_args("backtest", args, true, a, exit_code)) return exit_code;
    Workspace ws;
    if (!load("backtest", a, ws, exit_code)) return exit_code;
    const Date end = effective_as_of(ws.settings, today_or(Date{}));
    BacktestOptions options;
    options.horizon_days = a.horizon;
    const BacktestSamples samples = collect_backtest_samples(ws, end, options);
    const BacktestReport r = evaluate_backtest(samples, ws.scorecard);
    const WeightProposal p = propose_weights(samples, ws.scorecard);

    json by_color = json::object();
    for (int c = 0; c < 4; ++c) {
        const ColorOutcomes& o = r.by_color[size_t(c)];
        by_color[to_string(HealthColor(c))] = {{"samples", o.samples}, {"churned", o.churned}, {"contracted", o.contracted},
                                               {"renewed", o.renewed}, {"churn_rate", number_or_null(o.churn_rate)}};
    }
    json lift = json::array();
    for (const LiftBucket& b : r.lift)
        lift.push_back({{"samples", b.samples}, {"churned", b.positives}, {"rate", number_or_null(b.rate)},
                        {"lift", number_or_null(b.lift)}, {"cumulative_recall", number_or_null(b.cumulative_recall)}});
    json proposal = {{"ok", p.ok}, {"note", p.note}};
    if (p.ok) {
        json weights = json::array();
        for (const ProposedWeight& w : p.measures)
            weights.push_back({{"id", w.id}, {"current_share", w.current_share}, {"proposed_share", w.proposed_share}});
        proposal.update({{"auc_current", p.auc_current}, {"auc_proposed", p.auc_proposed},
                         {"holdout_auc_current", p.holdout_auc_current}, {"holdout_auc_proposed", p.holdout_auc_proposed},
                         {"fit_samples", p.fit_samples}, {"holdout_samples", p.holdout_samples}, {"measures", weights}});
    }
    json dates = json::array();
    for (Date d : samples.dates) dates.push_back(format_iso(d));
    const json out = {{"as_of", format_iso(end)}, {"horizon_days", a.horizon}, {"dates", dates},
                      {"samples", r.samples}, {"scored", r.scored}, {"churned", r.churned},
                      {"churn_rate", number_or_null(r.churn_rate)}, {"auc", number_or_null(r.auc)},
                      {"red", {{"flagged", r.red.flagged}, {"true_positives", r.red.true_positives},
                               {"precision", number_or_null(r.red.precision)}, {"recall", number_or_null(r.red.recall)}}},
                      {"by_color", by_color}, {"lift", lift}, {"proposal", proposal}};
    if (a.as_json) {
        std::printf("%s\n", out.dump(2, ' ', false, json::error_handler_t::replace).c_str());
        return kExitOk;
    }
    std::printf("Backtest, %d-day horizon, %zu as-of dates up to %s\n", a.horizon, samples.dates.size(), format_iso(end).c_str());
    std::printf("  samples %d (scored %d), churned %d (%.1f%%)\n", r.samples, r.scored, r.churned, r.churn_rate * 100);
    std::printf("  ROC AUC %.3f; red: precision %.1f%%, recall %.1f%% (%d flagged)\n", r.auc, r.red.precision * 100,
                r.red.recall * 100, r.red.flagged);
    for (int c = 1; c < 4; ++c) {
        const ColorOutcomes& o = r.by_color[size_t(c)];
        std::printf("  %-7s %7d samples, churn %.1f%%\n", color_label(HealthColor(c)), o.samples, o.churn_rate * 100);
    }
    if (p.ok)
        std::printf("  Proposed weights: AUC %.3f -> %.3f (held-out accounts %.3f -> %.3f)\n", p.auc_current,
                    p.auc_proposed, p.holdout_auc_current, p.holdout_auc_proposed);
    else
        std::printf("  No weight proposal: %s\n", p.note.c_str());
    return kExitOk;
}

}  // namespace retain::cli
