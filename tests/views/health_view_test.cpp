// The Health view and its commands, as a CS lead uses them on the demo: edit the scorecard and see the
// colors follow, a broken edit refused with nothing changed, an override with a reason that ends at its
// expiry, the weekly history filled over frames, and the backtest run with progress, then its proposal
// applied only when asked.
#include <doctest/doctest.h>

#include <cmath>

#include "view_harness.hpp"

using namespace retain;
using namespace retain::test;

namespace {

// Frames until the background jobs are done (bounded, so a stuck job fails rather than hangs).
int frames_until_idle(Harness& h, int limit = 20000) {
    int n = 0;
    do {
        h.frame();
        ++n;
    } while (h.app.working && n < limit);
    return n;
}

AccountIx first_with_color(const AppState& app, HealthColor c) {
    for (AccountIx i = 0; i < app.analysis.health.color.size(); ++i)
        if (app.analysis.health.color[i] == c && app.analysis.health.override_index[i] < 0) return i;
    return kNoAccount;
}

}  // namespace

TEST_CASE("scorecard commands change the scorecard and the colors follow; bad edits are refused, nothing changed") {
    Harness h;
    load_demo(h);
    h.frame();
    const auto before = h.app.analysis.health_mix;  // none, red, yellow, green
    REQUIRE(before[1] + before[2] + before[3] > 100);

    // Stricter thresholds: no account can get greener, and some get redder.
    const uint64_t health_rev = h.app.health_revision;
    REQUIRE(run_command(h.app, "health.set_thresholds", {{"red_below", 60}, {"green_from", 85}}).ok);
    CHECK(h.app.health_revision == health_rev + 1);
    h.frame();
    const auto strict = h.app.analysis.health_mix;
    CHECK(strict[0] == before[0]);  // who is scored does not depend on thresholds
    CHECK(strict[1] > before[1]);
    CHECK(strict[3] < before[3]);
    CHECK(strict[1] + strict[2] + strict[3] == before[1] + before[2] + before[3]);

    // Refused edits: the reason is given and the scorecard, revision and colors stay as they were.
    const Scorecard kept = h.app.ws.scorecard;
    const uint64_t rev = h.app.revision;
    const CommandResult crossed = run_command(h.app, "health.set_thresholds", {{"red_below", 90}});
    CHECK_FALSE(crossed.ok);
    CHECK(crossed.error.find("red threshold must not exceed the green one") != std::string::npos);
    const CommandResult scheme = run_command(
        h.app, "health.set_measure", {{"id", "active_user_ratio"}, {"scheme", {{"low", 0.9}, {"high", 0.1}}}});
    CHECK_FALSE(scheme.ok);
    CHECK(scheme.error.find("low must be below high") != std::string::npos);
    CHECK_FALSE(run_command(h.app, "health.set_measure", {{"id", "nps"}, {"scheme", {{"kind", "stairs"}}}}).ok);
    CHECK_FALSE(run_command(h.app, "health.set_measure", {{"id", "nps"}, {"weight", -1}}).ok);
    CHECK_FALSE(run_command(h.app, "health.set_measure", {{"id", "nps"}, {"weight", "heavy"}}).ok);
    CHECK_FALSE(run_command(h.app, "health.set_measure", {{"id", "shoe_size"}, {"weight", 1}}).ok);
    CHECK_FALSE(run_command(h.app, "health.set_group_weight", {{"group", "vibes"}, {"weight", 1}}).ok);
    CHECK_FALSE(run_command(h.app, "health.add_measure", {{"id", "nps"}}).ok);  // already on it
    CHECK_FALSE(run_command(h.app, "health.set_thresholds", {{"green_from", 140}}).ok);
    CHECK(h.app.revision == rev);
    CHECK(h.app.ws.scorecard.thresholds.red_below == kept.thresholds.red_below);
    CHECK(find_measure(h.app.ws.scorecard, "active_user_ratio")->scheme.low == kept.measures[0].scheme.low);
    CHECK(find_measure(h.app.ws.scorecard, "nps")->weight == find_measure(kept, "nps")->weight);

    // Every group weighed 0 would leave nothing counted: the last one is refused.
    const char* const groups[] = {"usage", "engagement", "support", "sentiment", "relationship", "commercial"};
    int refused = 0;
    for (const char* g : groups)
        if (!run_command(h.app, "health.set_group_weight", {{"group", g}, {"weight", 0}}).ok) ++refused;
    CHECK(refused == 1);
    CHECK(scorecard_problem(h.app.ws.scorecard).empty());

    // Remove and add a measure; a scheme edit and a reset.
    REQUIRE(run_command(h.app, "health.reset_scorecard", {}).ok);
    REQUIRE(run_command(h.app, "health.remove_measure", {{"id", "ces"}}).ok);
    CHECK(find_measure(h.app.ws.scorecard, "ces") == nullptr);
    REQUIRE(run_command(h.app, "health.add_measure", {{"id", "ces"}}).ok);
    CHECK(find_measure(h.app.ws.scorecard, "ces") != nullptr);
    REQUIRE(run_command(h.app, "health.set_measure",
                        {{"id", "nps"}, {"enabled", false}, {"scheme", {{"kind", "linear"}, {"low", 0}, {"high", 10}}}})
                .ok);
    const Measure* nps = find_measure(h.app.ws.scorecard, "nps");
    CHECK_FALSE(nps->enabled);
    CHECK(nps->scheme.kind == SchemeKind::linear);
    CHECK(nps->scheme.high == 10);
    REQUIRE(run_command(h.app, "health.reset_scorecard", {}).ok);
    h.frame();
    CHECK(h.app.analysis.health_mix == before);
}

TEST_CASE("an override with a reason and an expiry date colors the account until it expires") {
    Harness h;
    load_demo(h);
    h.frame();
    const AccountIx ix = first_with_color(h.app, HealthColor::red);
    REQUIRE(ix != kNoAccount);
    const std::string id = h.app.ws.accounts[ix].id;
    const Date as_of = h.app.analysis.as_of;
    const std::string expires = format_iso(as_of.plus_days(14));

    CHECK_FALSE(run_command(h.app, "health.override", {{"account", id}, {"color", "green"}, {"reason", ""}, {"expires", expires}}).ok);
    CHECK_FALSE(run_command(h.app, "health.override", {{"account", id}, {"color", "green"}, {"reason", "x"}, {"expires", "soon"}}).ok);
    CHECK_FALSE(run_command(h.app, "health.override", {{"account", id}, {"color", "none"}, {"reason", "x"}, {"expires", expires}}).ok);
    CHECK_FALSE(run_command(h.app, "health.override",
                            {{"account", id}, {"color", "green"}, {"reason", "x"}, {"expires", format_iso(as_of)}}).ok);
    CHECK_FALSE(run_command(h.app, "health.override", {{"account", "nobody"}, {"color", "green"}, {"reason", "x"}, {"expires", expires}}).ok);
    CHECK(h.app.ws.health_overrides.empty());

    REQUIRE(run_command(h.app, "health.override", {{"account", id}, {"color", "green"}, {"author", "Dana"},
                                                   {"reason", "new sponsor signed the expansion"}, {"expires", expires}}).ok);
    h.frame();
    REQUIRE(h.app.ws.health_overrides.size() == 1);
    CHECK(h.app.ws.health_overrides[0].created == as_of);
    CHECK(h.app.analysis.health.color[ix] == HealthColor::green);
    CHECK(h.app.analysis.health.computed[ix] == HealthColor::red);

    // The panel shows it: the why line names the override and its reason.
    REQUIRE(run_command(h.app, "navigate", {{"view", "health"}}).ok);
    REQUIRE(run_command(h.app, "accounts.select", {{"id", id}}).ok);
    h.frames(3);
    const HealthExplanation& x = h.app.health_view.panel.explanation;
    CHECK(x.why.find("Green by override (Dana, expires " + expires) == 0);
    CHECK(x.why.find("new sponsor signed the expansion") != std::string::npos);

    // Read on its expiry date, it no longer applies.
    h.app.ws.settings.as_of = as_of.plus_days(14);
    ++h.app.revision;
    h.frame();
    CHECK(h.app.analysis.health.override_index[ix] == -1);
    CHECK(h.app.analysis.health.color[ix] == h.app.analysis.health.computed[ix]);
    h.app.ws.settings.as_of = as_of;
    ++h.app.revision;
    h.frame();
    CHECK(h.app.analysis.health.color[ix] == HealthColor::green);

    // Cleared: the computed color shows again; a second clear has nothing to clear.
    REQUIRE(run_command(h.app, "health.clear_override", {{"account", id}}).ok);
    h.frame();
    CHECK(h.app.analysis.health.color[ix] == HealthColor::red);
    CHECK_FALSE(run_command(h.app, "health.clear_override", {{"account", id}}).ok);
    h.frames(2);
}

TEST_CASE("the history job runs over frames and fills the sparklines with the current scores last") {
    Harness h;
    load_demo(h);
    h.frame();
    CHECK_FALSE(h.app.working);  // nothing wants the history on the Overview
    REQUIRE(run_command(h.app, "navigate", {{"view", "health"}}).ok);
    frames_until_idle(h);
    const HealthViewState& v = h.app.health_view;
    REQUIRE(v.history_ready);
    REQUIRE(v.history.weeks() == size_t(kHealthHistoryWeeks));
    REQUIRE(v.history.accounts == h.app.ws.accounts.size());
    CHECK(v.history.dates.back() == h.app.analysis.as_of);
    CHECK(v.history.dates.front() == h.app.analysis.as_of.plus_days(-7 * 25));
    // The last week is scored as of the as-of date by the same scorecard: the current score.
    int compared = 0;
    for (AccountIx a = 0; a < v.history.accounts; ++a) {
        const float now = h.app.analysis.health.score[a];
        const float last = v.history.score(a, v.history.weeks() - 1);
        CHECK(std::isnan(now) == std::isnan(last));
        if (!std::isnan(now)) {
            CHECK(std::fabs(now - last) < 0.01f);
            ++compared;
        }
    }
    CHECK(compared > 100);

    // Sorting by trend uses the history; a scorecard edit restarts it.
    REQUIRE(run_command(h.app, "health.sort", {{"column", "trend"}, {"descending", true}}).ok);
    h.frames(2);
    REQUIRE(run_command(h.app, "health.set_measure", {{"id", "usage_trend"}, {"weight", 6}}).ok);
    frames_until_idle(h);
    CHECK(h.app.health_view.history_ready);
    const float last = h.app.health_view.history.score(0, size_t(kHealthHistoryWeeks - 1));
    CHECK((std::isnan(last) ? std::isnan(h.app.analysis.health.score[0])
                            : std::fabs(last - h.app.analysis.health.score[0]) < 0.01f));
}

TEST_CASE("on a larger book the history and the backtest are computed in slices over many frames, with progress") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.generate_demo", {{"accounts", 4000}, {"seed", 7u}}).ok);
    REQUIRE(run_command(h.app, "navigate", {{"view", "health"}}).ok);
    h.frame();
    CHECK(h.app.working);
    REQUIRE(h.app.health_view.history_job != nullptr);
    h.frame();
    REQUIRE(h.app.health_view.history_job != nullptr);
    const double p = h.app.health_view.history_job->progress();
    CHECK(p > 0);
    CHECK(p < 1);
    CHECK(health_automation_state(h.app)["history"]["running"].get<bool>());
    const int frames = frames_until_idle(h);
    CHECK(frames > 2);
    CHECK(h.app.health_view.history_ready);
    CHECK(h.app.health_view.history.accounts == 4000);

    REQUIRE(run_command(h.app, "health.run_backtest", {{"horizon", 180}}).ok);
    bool partial = false;
    double last_progress = 0;
    int steps = 0;
    while (backtest_running(h.app.health_view) && steps++ < 20000) {
        const double progress = backtest_progress(h.app.health_view);
        CHECK(progress >= last_progress);
        partial = partial || (progress > 0 && progress < 1);
        last_progress = progress;
        h.frame();
    }
    CHECK(partial);
    CHECK(steps > 2);
    CHECK(last_progress > 0.8);  // the evaluation ran in steps of its own after the collection
    CHECK(h.app.health_view.has_report);
}

TEST_CASE("a backtest runs with progress, beats chance on the demo, and its proposal applies only on command") {
    Harness h;
    load_demo(h);
    CHECK_FALSE(run_command(h.app, "health.apply_proposal", {}).ok);
    CHECK_FALSE(run_command(h.app, "health.run_backtest", {{"horizon", 45}}).ok);
    REQUIRE(run_command(h.app, "navigate", {{"view", "health"}}).ok);
    REQUIRE(run_command(h.app, "health.show", {{"tab", "backtest"}}).ok);
    const Scorecard before = h.app.ws.scorecard;
    REQUIRE(run_command(h.app, "health.run_backtest", {{"horizon", 90}}).ok);
    CHECK(health_automation_state(h.app)["backtest"]["running"].get<bool>());
    frames_until_idle(h);
    const HealthViewState& v = h.app.health_view;
    REQUIRE(v.has_report);
    CHECK(v.report.scored > 100);
    CHECK(v.report.auc > 0.5);
    const nlohmann::json state = health_automation_state(h.app);
    CHECK(state["backtest"]["auc"].get<double>() > 0.5);
    CHECK_FALSE(state["backtest"]["running"].get<bool>());
    h.frames(3);  // the report draws

    // Finishing changed no weight.
    for (size_t i = 0; i < before.measures.size(); ++i) CHECK(h.app.ws.scorecard.measures[i].weight == before.measures[i].weight);
    CHECK(h.app.ws.scorecard.group_weights == before.group_weights);

    REQUIRE(v.proposal.ok);
    const Scorecard proposed = v.proposal.scorecard;
    const double proposed_auc = v.proposal.auc_proposed;
    REQUIRE(run_command(h.app, "health.apply_proposal", {}).ok);
    for (size_t i = 0; i < proposed.measures.size(); ++i)
        CHECK(h.app.ws.scorecard.measures[i].weight == proposed.measures[i].weight);
    CHECK(h.app.ws.scorecard.group_weights == proposed.group_weights);
    // The re-evaluation is a job of its own: until it is done the last report stays, and the proposal made
    // for the old scorecard cannot be applied again. (The page runs it between frames; here a frame
    // would finish the demo's in its share.)
    h.app.work_between_frames = true;
    h.frame();
    REQUIRE(h.app.health_view.evaluation_job != nullptr);
    CHECK(health_automation_state(h.app)["backtest"]["running"].get<bool>());
    CHECK(h.app.health_view.has_report);
    CHECK_FALSE(run_command(h.app, "health.apply_proposal", {}).ok);
    h.app.work_between_frames = false;
    frames_until_idle(h);
    // The samples are kept: the new scorecard is re-evaluated without collecting again.
    CHECK(h.app.health_view.has_report);
    CHECK(std::isfinite(h.app.health_view.previous_auc));
    CHECK(std::fabs(h.app.health_view.report.auc - proposed_auc) < 0.02);

    // Data changing under the samples drops them, with a note, and an evaluation under way with them.
    h.app.work_between_frames = true;
    REQUIRE(run_command(h.app, "health.set_measure", {{"id", "usage_trend"}, {"weight", 4}}).ok);
    h.frame();
    REQUIRE(h.app.health_view.evaluation_job != nullptr);
    REQUIRE(run_command(h.app, "workspace.load_demo", {}).ok);
    h.frame();
    h.app.work_between_frames = false;
    CHECK(h.app.health_view.evaluation_job == nullptr);
    CHECK_FALSE(h.app.health_view.has_report);
    CHECK_FALSE(h.app.health_view.backtest_note.empty());
}

TEST_CASE("the Health view draws every tab in both themes, with the demo and with an empty workspace") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.clear", {}).ok);
    REQUIRE(run_command(h.app, "navigate", {{"view", "health"}}).ok);
    for (const char* theme : {"dark", "light"}) {
        REQUIRE(run_command(h.app, "theme.set", {{"mode", theme}}).ok);
        h.frames(3);
    }
    CHECK_FALSE(h.app.working);
    CHECK_FALSE(run_command(h.app, "health.run_backtest", {{"horizon", 30}}).ok);

    load_demo(h);
    frames_until_idle(h);
    REQUIRE(run_command(h.app, "health.run_backtest", {{"horizon", 30}}).ok);
    frames_until_idle(h);
    REQUIRE(run_command(h.app, "accounts.select", {{"id", h.app.ws.accounts[3].id}}).ok);
    for (const char* theme : {"dark", "light"}) {
        REQUIRE(run_command(h.app, "theme.set", {{"mode", theme}}).ok);
        for (const char* tab : {"accounts", "scorecard", "backtest"}) {
            REQUIRE(run_command(h.app, "health.show", {{"tab", tab}}).ok);
            h.frames(4);
            CHECK(h.app.health_view.tab_request_frames == 0);
        }
        for (const char* color : {"red", "yellow", "green", "none", "all"}) {
            REQUIRE(run_command(h.app, "health.filter", {{"color", color}}).ok);
            h.frames(2);
        }
    }
    CHECK(h.app.last_error.empty());
    CHECK(h.app.health_view.tab == HealthTab::backtest);
    CHECK_FALSE(run_command(h.app, "health.show", {{"tab", "nope"}}).ok);
    CHECK_FALSE(run_command(h.app, "health.sort", {{"column", "vibes"}}).ok);
}

TEST_CASE("the calculator scores an account's values like the engine, and what-ifs change it") {
    Harness h;
    load_demo(h);
    refresh_derived(h.app);
    const Analysis& a = h.app.analysis;
    AccountIx pick = kNoAccount;
    for (AccountIx i = 0; i < AccountIx(h.app.ws.accounts.size()) && pick == kNoAccount; ++i)
        if (std::isfinite(a.health.score[i]) && a.health.override_index[i] < 0) pick = i;
    REQUIRE(pick != kNoAccount);
    const CommandResult r = run_command(h.app, "health.calculate", {{"account", h.app.ws.accounts[pick].id}});
    REQUIRE(r.ok);
    CHECK(r.data["score"].get<double>() == doctest::Approx(a.health.score[pick]).epsilon(1e-5));
    CHECK(r.data["color"] == to_string(a.health.computed[pick]));

    // A what-if: the champion leaves. The score drops and the why says so.
    const CommandResult left = run_command(h.app, "health.calculate", {{"values", {{"champion", kChampionLeft}}}});
    REQUIRE(left.ok);
    CHECK(left.data["score"].get<double>() <= r.data["score"].get<double>());
    bool champion_seen = false;
    for (const auto& m : left.data["measures"])
        if (m["id"] == "champion") champion_seen = m["raw"].get<double>() == kChampionLeft && m["contribution"].get<double>() == 0;
    CHECK(champion_seen);
    // Unknown instead of a value: left out, not zero.
    REQUIRE(run_command(h.app, "health.calculate", {{"values", {{"champion", nullptr}}}}).ok);
    CHECK_FALSE(h.app.health_view.calculated.missing.empty());
    CHECK_FALSE(run_command(h.app, "health.calculate", {{"values", {{"no_such_measure", 1}}}}).ok);
    CHECK_FALSE(run_command(h.app, "health.calculate", {{"values", {{"nps", "high"}}}}).ok);
    CHECK(h.app.undo.undo.empty());  // the calculator never changes the workspace

    REQUIRE(run_command(h.app, "navigate", {{"view", "health"}}).ok);
    REQUIRE(run_command(h.app, "health.show", {{"tab", "calculator"}}).ok);
    h.frames(4);
    CHECK(h.app.health_view.tab == HealthTab::calculator);
    // A scorecard edit rescores the calculator's values when the tab draws again.
    const double before = h.app.health_view.calculated.score;
    REQUIRE(run_command(h.app, "health.set_group_weight", {{"group", "usage"}, {"weight", 0}}).ok);
    h.frames(3);
    CHECK(h.app.health_view.calculated_revision == h.app.health_revision);
    CHECK(h.app.health_view.calculated.score != doctest::Approx(before));
}
