// The Segments & Team view and its commands on the demo: the view draws both tabs, a rule edit moves an
// account and its panel says which rule placed it, bad rules are refused with nothing changed, a CSM
// pushed over capacity gets suggestions that the Apply button (clicked like a user) makes, and bulk
// reassignment moves a whole segment.
#include <doctest/doctest.h>

#include "view_harness.hpp"

using namespace retain;
using namespace retain::test;

namespace {

AccountIx first_in_rule(const AppState& app, int16_t rule) {
    const Segmentation& s = app.analysis.segmentation;
    for (AccountIx i = 0; i < s.rule.size(); ++i)
        if (s.rule[i] == rule && app.ws.accounts[i].status == AccountStatus::active) return i;
    return kNoAccount;
}

int32_t total_overload(const AppState& app) {
    int32_t n = 0;
    for (const CsmBook& b : app.analysis.team.books) n += b.over() ? b.accounts - b.capacity : 0;
    return n;
}

}  // namespace

TEST_CASE("the Segments & Team view draws the demo's segments, books and headline numbers") {
    Harness h;
    load_demo(h);
    REQUIRE(run_command(h.app, "team.show", {{"tab", "segments"}}).ok);
    h.frames(4);
    CHECK(h.app.view == ViewId::team);
    const Analysis& a = h.app.analysis;
    // The default rules give the demo all three segments, each with accounts.
    REQUIRE(a.segmentation.groups.size() == 3);
    for (const SegmentGroup& g : a.segmentation.groups) CHECK(g.active_accounts > 0);
    CHECK(a.team.books.size() == h.app.ws.csms.size());
    CHECK(a.team.headcount.needed > 0);
    CHECK(a.team.hire.reached);  // the demo is past $1M ARR and 100 customers
    CHECK(h.app.team_view.add_rule_rect[2] > 0);  // the rule editor was drawn
    REQUIRE(run_command(h.app, "team.show", {{"tab", "team"}}).ok);
    h.frames(4);
    CHECK(h.app.team_view.tab == 1);
    CHECK_FALSE(run_command(h.app, "team.show", {{"tab", "nope"}}).ok);
}

TEST_CASE("a new first rule re-places accounts, and the account panel names the rule") {
    Harness h;
    load_demo(h);
    h.frame();
    const AccountIx mid = first_in_rule(h.app, 2);  // placed by "Mid-market"
    REQUIRE(mid != kNoAccount);
    REQUIRE(run_command(h.app, "accounts.select", {{"id", h.app.ws.accounts[mid].id}}).ok);
    h.frames(2);
    CHECK(account_placement(h.app, mid).rule_name == "Mid-market");

    const std::string industry = h.app.ws.accounts[mid].industry;
    REQUIRE_FALSE(industry.empty());
    const CommandResult added = run_command(
        h.app, "segments.add_rule",
        {{"at", 0},
         {"rule", {{"name", "Industry focus"}, {"segment", "Focus"}, {"model", "hybrid"},
                   {"when", {{{"field", "industry"}, {"any_of", {industry}}}}}}}});
    REQUIRE_MESSAGE(added.ok, added.error);
    h.frames(2);
    const Placement& p = account_placement(h.app, mid);
    CHECK(p.rule == 0);
    CHECK(p.rule_name == "Industry focus");
    CHECK(p.model == EngagementModel::hybrid);
    REQUIRE(p.matched.size() == 1);
    CHECK(p.matched[0] == "industry " + industry + " (industry is " + industry + ")");
    const CommandResult why = run_command(h.app, "segments.placement", {{"account", h.app.ws.accounts[mid].id}});
    REQUIRE(why.ok);
    CHECK(why.data["rule_name"] == "Industry focus");

    // Moved below the others it places nobody the earlier rules take; deleting it restores the defaults.
    REQUIRE(run_command(h.app, "segments.move_rule", {{"index", 0}, {"to", 3}}).ok);
    h.frame();
    CHECK(account_placement(h.app, mid).rule_name == "Mid-market");
    REQUIRE(run_command(h.app, "segments.delete_rule", {{"index", 3}}).ok);
    CHECK(h.app.ws.segment_rules == default_segment_rules());
}

TEST_CASE("bad segment and team edits are refused and change nothing") {
    Harness h;
    load_demo(h);
    h.frame();
    const uint64_t rev = h.app.revision;
    const SegmentRules rules = h.app.ws.segment_rules;
    const TeamSettings settings = h.app.ws.team_settings;
    CommandResult r = run_command(h.app, "segments.add_rule",
                                  {{"rule", {{"name", "x"}, {"segment", "y"}, {"model", "hybrid"}, {"when", nlohmann::json::array()}}}});
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("at least one condition") != std::string::npos);
    r = run_command(h.app, "segments.set_rule",
                    {{"index", 0}, {"rule", {{"name", "x"}, {"segment", "y"}, {"model", "hybrid"},
                                             {"when", {{{"field", "arr"}, {"min", 500}, {"max", 100}}}}}}});
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("lower bound must be below") != std::string::npos);
    CHECK_FALSE(run_command(h.app, "segments.delete_rule", {{"index", 9}}).ok);
    CHECK_FALSE(run_command(h.app, "segments.move_rule", {{"index", 0}, {"to", 7}}).ok);
    CHECK_FALSE(run_command(h.app, "team.set_ratio", {{"model", "high_touch"}, {"low", 30}, {"high", 20}}).ok);
    CHECK_FALSE(run_command(h.app, "team.set_ratio", {{"model", "white_glove"}, {"low", 1}, {"high", 2}}).ok);
    CHECK_FALSE(run_command(h.app, "team.set_capacity", {{"csm", "nobody"}, {"capacity", 3}}).ok);
    CHECK_FALSE(run_command(h.app, "team.reassign", {{"to", "nobody"}, {"segment", "SMB"}}).ok);
    CHECK_FALSE(run_command(h.app, "team.reassign", {{"to", ""}, {"accounts", {"no-such-account"}}}).ok);
    CHECK_FALSE(run_command(h.app, "team.set_hire_thresholds", {{"customers", 0}}).ok);
    CHECK(h.app.revision == rev);
    CHECK(h.app.ws.segment_rules == rules);
    CHECK(h.app.ws.team_settings == settings);
}

TEST_CASE("ratios and hire thresholds change the headcount and the signal") {
    Harness h;
    load_demo(h);
    h.frame();
    const double before = h.app.analysis.team.headcount.fte_at_high;
    const int32_t tech = h.app.analysis.team.models[size_t(EngagementModel::tech_touch)].accounts;
    REQUIRE(tech > 0);
    // Halving the tech-touch ratio's high end (200 -> 100) adds tech / 100 - tech / 200 CSMs.
    REQUIRE(run_command(h.app, "team.set_ratio", {{"model", "tech_touch"}, {"low", 50}, {"high", 100}}).ok);
    h.frame();
    CHECK(h.app.analysis.team.headcount.fte_at_high == doctest::Approx(before + tech / 100.0 - tech / 200.0));
    CHECK(h.app.ws.team_settings.ratios[size_t(EngagementModel::tech_touch)] == RatioRange{50, 100});
    REQUIRE(run_command(h.app, "team.set_hire_thresholds", {{"arr", int64_t(1) << 50}, {"customers", 100000000}}).ok);
    h.frame();
    CHECK_FALSE(h.app.analysis.team.hire.reached);
}

TEST_CASE("a CSM over capacity gets suggestions; Apply (clicked) makes them and the overload falls") {
    Harness h;
    load_demo(h);
    h.frame();
    // The demo's second mid-market CSM (capacity 30) is cut to 5: they are over capacity.
    const Csm* target = nullptr;
    for (const CsmBook& b : h.app.analysis.team.books)
        if (b.by_model[size_t(EngagementModel::low_touch)] > 10 && !target) target = &h.app.ws.csms[size_t(b.csm)];
    REQUIRE(target);
    const std::string id = target->id;
    REQUIRE(run_command(h.app, "team.set_capacity", {{"csm", id}, {"capacity", 5}}).ok);
    REQUIRE(run_command(h.app, "team.show", {{"tab", "team"}}).ok);
    h.frames(4);
    const RebalancePlan plan = h.app.analysis.rebalance;
    REQUIRE_FALSE(plan.moves.empty());
    CHECK(plan.overload_after < plan.overload_before);
    for (const SuggestedMove& m : plan.moves) CHECK(h.app.ws.accounts[m.account].owner == h.app.ws.csms[size_t(m.from)].id);
    const int32_t overload = total_overload(h.app);
    CHECK(overload == plan.overload_before);

    const float* r = h.app.team_view.apply_rect;
    REQUIRE(r[2] > 0);
    h.click(r[0] + r[2] / 2, r[1] + r[3] / 2);
    CHECK(total_overload(h.app) == plan.overload_after);
    for (const SuggestedMove& m : plan.moves) CHECK(h.app.ws.accounts[m.account].owner == h.app.ws.csms[size_t(m.to)].id);
    // No receiver went over capacity.
    for (const SuggestedMove& m : plan.moves) CHECK_FALSE(h.app.analysis.team.books[size_t(m.to)].over());
}

TEST_CASE("bulk reassign moves a whole segment, and an owner's accounts, in one command") {
    Harness h;
    load_demo(h);
    h.frame();
    const int32_t unowned = h.app.analysis.team.unowned;
    const SegmentGroup smb = h.app.analysis.segmentation.groups[2];
    REQUIRE(smb.segment == "SMB");
    REQUIRE(smb.owned_accounts > 0);
    CommandResult r = run_command(h.app, "team.reassign", {{"segment", "SMB"}, {"to", ""}});
    REQUIRE(r.ok);
    CHECK(r.data["moved"] == smb.owned_accounts);
    h.frame();
    CHECK(h.app.analysis.team.unowned == unowned + smb.owned_accounts);

    const std::string from = h.app.ws.csms[0].id, to = h.app.ws.csms[1].id;
    const int32_t a = h.app.analysis.team.books[0].accounts, b = h.app.analysis.team.books[1].accounts;
    REQUIRE(a > 0);
    r = run_command(h.app, "team.reassign", {{"owner", from}, {"to", to}});
    REQUIRE(r.ok);
    h.frame();
    CHECK(h.app.analysis.team.books[0].accounts == 0);
    CHECK(h.app.analysis.team.books[1].accounts == a + b);
}
