// Segment rules (core/segments): each condition kind, first match wins, the fallback, the "why", and
// validation. Expected placements are worked out by hand from the accounts below.
#include <doctest/doctest.h>

#include "core/segments/segment_assign.hpp"
#include "core/workspace.hpp"

using namespace retain;

namespace {

Account account(const char* id, int32_t seats = 10) {
    Account a;
    a.id = id;
    a.seats = seats;
    return a;
}

SegmentCondition numeric(ConditionField f, bool has_min, int64_t min, bool has_max, int64_t max, std::string key = {}) {
    SegmentCondition c;
    c.field = f;
    c.key = std::move(key);
    c.has_min = has_min;
    c.min = min;
    c.has_max = has_max;
    c.max = max;
    return c;
}

SegmentCondition text(ConditionField f, std::vector<std::string> any_of, std::string key = {}) {
    SegmentCondition c;
    c.field = f;
    c.key = std::move(key);
    c.any_of = std::move(any_of);
    return c;
}

SegmentRules one_rule(SegmentCondition c) {
    SegmentRules r;
    r.rules.push_back({"only", "Matched", EngagementModel::high_touch, {std::move(c)}});
    r.fallback = {"rest", "Other", EngagementModel::tech_touch, {}};
    return r;
}

// Which accounts the one rule placed (true) or left to the fallback (false).
std::vector<bool> matched(const Workspace& ws, const SegmentRules& rules, const std::vector<Money>& arr) {
    const Segmentation s = assign_segments(ws, rules, arr);
    std::vector<bool> out;
    for (int16_t r : s.rule) out.push_back(r == 0);
    return out;
}

}  // namespace

TEST_CASE("the default rules place by ARR band and seats, the rest falls to SMB tech-touch") {
    Workspace ws;
    ws.accounts = {account("big"), account("wide", 600), account("mid"), account("edge"), account("small")};
    // ARR in cents: $120,000; $5,000 with 600 seats; $40,000; exactly $15,000; $14,999.99.
    const std::vector<Money> arr = {Money(12000000), Money(500000), Money(4000000), Money(1500000), Money(1499999)};
    const Segmentation s = assign_segments(ws, default_segment_rules(), arr);
    CHECK(s.rule == std::vector<int16_t>{0, 1, 2, 2, kFallbackRule});
    CHECK(s.segment_of(0) == "Enterprise");
    CHECK(s.model_of(0) == EngagementModel::high_touch);
    CHECK(s.segment_of(1) == "Enterprise");
    CHECK(s.model_of(2) == EngagementModel::low_touch);
    CHECK(s.segment_of(4) == "SMB");
    CHECK(s.model_of(4) == EngagementModel::tech_touch);
    // Two rules name (Enterprise, high-touch): one group, then Mid-market, then SMB.
    REQUIRE(s.groups.size() == 3);
    CHECK(s.groups[0].active_accounts == 2);
    CHECK(s.groups[0].arr == Money(12500000));
    CHECK(s.groups[1].active_accounts == 2);
    CHECK(s.groups[2].active_accounts == 1);
    CHECK(s.rule_accounts == std::vector<int32_t>{1, 1, 2, 1});
}

TEST_CASE("numeric bounds include the minimum and exclude the maximum") {
    Workspace ws;
    ws.accounts = {account("a", 49), account("b", 50), account("c", 99), account("d", 100)};
    const auto r = one_rule(numeric(ConditionField::seats, true, 50, true, 100));
    CHECK(matched(ws, r, {}) == std::vector<bool>{false, true, true, false});
}

TEST_CASE("text conditions: industry, stage and CRM segment match one of the values, ignoring case") {
    Workspace ws;
    ws.accounts = {account("a"), account("b"), account("c")};
    ws.accounts[0].industry = "Healthcare";
    ws.accounts[1].industry = "retail";
    ws.accounts[2].industry = "Fintech";
    CHECK(matched(ws, one_rule(text(ConditionField::industry, {"healthcare", "Retail"})), {}) ==
          std::vector<bool>{true, true, false});
    ws.accounts[0].stage = LifecycleStage::renewal;
    ws.accounts[1].stage = LifecycleStage::adoption;
    ws.accounts[2].stage = LifecycleStage::renewal;
    CHECK(matched(ws, one_rule(text(ConditionField::stage, {"renewal"})), {}) == std::vector<bool>{true, false, true});
    ws.accounts[1].segment = "Enterprise";
    CHECK(matched(ws, one_rule(text(ConditionField::crm_segment, {"ENTERPRISE"})), {}) ==
          std::vector<bool>{false, true, false});
}

TEST_CASE("a tag condition holds when the account has any of the tags") {
    Workspace ws;
    ws.accounts = {account("a"), account("b"), account("c")};
    ws.accounts[0].tags = {"beta", "strategic"};
    ws.accounts[1].tags = {"beta"};
    CHECK(matched(ws, one_rule(text(ConditionField::tag, {"strategic", "reference"})), {}) ==
          std::vector<bool>{true, false, false});
}

TEST_CASE("custom fields compare as numbers with bounds and as text with values") {
    Workspace ws;
    ws.accounts = {account("a"), account("b"), account("c"), account("d")};
    ws.accounts[0].custom = {{"complexity", "high"}, {"integrations", "7"}};
    ws.accounts[1].custom = {{"integrations", "4"}};
    ws.accounts[2].custom = {{"integrations", "many"}};  // not a number: a numeric condition cannot hold
    CHECK(matched(ws, one_rule(numeric(ConditionField::custom, true, 5, false, 0, "integrations")), {}) ==
          std::vector<bool>{true, false, false, false});
    CHECK(matched(ws, one_rule(text(ConditionField::custom, {"High"}, "complexity")), {}) ==
          std::vector<bool>{true, false, false, false});
}

TEST_CASE("all conditions of a rule must hold, the first matching rule wins") {
    Workspace ws;
    ws.accounts = {account("both", 600), account("seats only", 600)};
    ws.accounts[0].industry = "Healthcare";
    SegmentRules r;
    r.rules.push_back({"health big", "Regulated", EngagementModel::hybrid,
                       {numeric(ConditionField::seats, true, 500, false, 0), text(ConditionField::industry, {"Healthcare"})}});
    r.rules.push_back({"big", "Enterprise", EngagementModel::high_touch, {numeric(ConditionField::seats, true, 500, false, 0)}});
    r.rules.push_back({"big again", "Never", EngagementModel::low_touch, {numeric(ConditionField::seats, true, 1, false, 0)}});
    r.fallback = {"rest", "SMB", EngagementModel::tech_touch, {}};
    const Segmentation s = assign_segments(ws, r, {});
    CHECK(s.rule == std::vector<int16_t>{0, 1});
    CHECK(s.model_of(0) == EngagementModel::hybrid);
    CHECK(s.segment_of(1) == "Enterprise");
}

TEST_CASE("churned accounts are placed but not counted in the groups") {
    Workspace ws;
    ws.accounts = {account("a"), account("b")};
    ws.accounts[1].status = AccountStatus::churned;
    ws.accounts[0].owner = "csm";
    const Segmentation s = assign_segments(ws, default_segment_rules(), {Money(100), Money(100)});
    CHECK(s.rule == std::vector<int16_t>{kFallbackRule, kFallbackRule});
    REQUIRE(s.groups.size() == 3);
    CHECK(s.groups[2].active_accounts == 1);
    CHECK(s.groups[2].owned_accounts == 1);
}

TEST_CASE("the why names the rule, the conditions met with the account's values, and the earlier misses") {
    Workspace ws;
    ws.accounts = {account("mid", 40)};
    const Placement p = explain_placement(ws, default_segment_rules(), 0, Money(4000000));
    CHECK(p.rule == 2);
    CHECK(p.rule_name == "Mid-market");
    CHECK(p.segment == "Mid-market");
    CHECK(p.model == EngagementModel::low_touch);
    REQUIRE(p.matched.size() == 1);
    CHECK(p.matched[0] == "ARR $40,000 (ARR from $15,000 to under $100,000)");
    REQUIRE(p.missed.size() == 2);
    CHECK(p.missed[0] == "Enterprise by ARR: ARR $40,000 (ARR at least $100,000)");
    CHECK(p.missed[1] == "Enterprise by seats: 40 seats (seats at least 500)");

    const Placement fallback = explain_placement(ws, default_segment_rules(), 0, Money(100));
    CHECK(fallback.rule == kFallbackRule);
    CHECK(fallback.rule_name == "Everyone else");
    CHECK(fallback.matched.empty());
    CHECK(fallback.missed.size() == 3);
}

TEST_CASE("rule problems are named; the default set has none") {
    CHECK(segment_rules_problem(default_segment_rules()) == "");
    SegmentRules r = default_segment_rules();
    r.rules[2].conditions[0].has_min = false;
    r.rules[2].conditions[0].has_max = false;
    CHECK(segment_rules_problem(r) == "rule 3 (Mid-market): condition 1: ARR needs a lower or an upper bound");
    r = default_segment_rules();
    r.rules[0].conditions.clear();
    CHECK(segment_rules_problem(r).find("at least one condition") != std::string::npos);
    r = default_segment_rules();
    r.rules[0].conditions = {text(ConditionField::stage, {"sleeping"})};
    CHECK(segment_rules_problem(r).find("\"sleeping\" is not a lifecycle stage") != std::string::npos);
    r = default_segment_rules();
    r.rules[2].conditions[0].min = r.rules[2].conditions[0].max;
    CHECK(segment_rules_problem(r).find("lower bound must be below") != std::string::npos);
    r = default_segment_rules();
    r.fallback.conditions = {text(ConditionField::tag, {"x"})};
    CHECK(segment_rules_problem(r).find("the fallback rule") == 0);
}

TEST_CASE("every engagement model says what it means") {
    CHECK(std::string(model_info(EngagementModel::high_touch).coverage) == "Named CSM");
    CHECK(std::string(model_info(EngagementModel::high_touch).motions).find("QBRs") != std::string::npos);
    CHECK(std::string(model_info(EngagementModel::low_touch).coverage) == "Pooled CSMs");
    CHECK(std::string(model_info(EngagementModel::tech_touch).motions).find("in-app guidance") != std::string::npos);
    EngagementModel m;
    CHECK(parse_enum("hybrid", m));
    CHECK(m == EngagementModel::hybrid);
    CHECK_FALSE(parse_enum("white_glove", m));
}

TEST_CASE("100,000 accounts are all placed, each once") {
    Workspace ws;
    std::vector<Money> arr;
    for (int i = 0; i < 100000; ++i) {
        Account a = account("x", i % 900);
        a.industry = i % 3 ? "Retail" : "Healthcare";
        a.custom = {{"integrations", std::to_string(i % 9)}};
        ws.accounts.push_back(std::move(a));
        arr.push_back(Money(int64_t(i % 2000) * 10000));
    }
    SegmentRules r = default_segment_rules();
    r.rules.insert(r.rules.begin(), {"complex", "Complex", EngagementModel::hybrid,
                                     {numeric(ConditionField::custom, true, 6, false, 0, "integrations"),
                                      text(ConditionField::industry, {"Healthcare"})}});
    const Segmentation s = assign_segments(ws, r, arr);
    // integrations >= 6 (i % 9 in 6, 7, 8) and Healthcare (i % 3 == 0): i % 9 == 6, i = 6, 15, ..., 99996.
    CHECK(s.rule_accounts[0] == 11111);
    int32_t total = 0;
    for (int32_t n : s.rule_accounts) total += n;
    CHECK(total == 100000);
}
