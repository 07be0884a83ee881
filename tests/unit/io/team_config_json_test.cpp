// The segment rules and team settings in the workspace file (io/team_config_json.hpp): optional on read,
// byte-for-byte round trip, and bad values named by their place.
#include <doctest/doctest.h>

#include "io/workspace_json.hpp"

using namespace retain;

namespace {

const char* const kTeamHead = R"({"schema":"retain.workspace","version":3)";

// Rules with every condition kind and non-default team settings.
Workspace configured() {
    Workspace ws;
    SegmentRules& r = ws.segment_rules;
    SegmentCondition integrations;
    integrations.field = ConditionField::custom;
    integrations.key = "integrations";
    integrations.has_min = true;
    integrations.min = 5;
    SegmentCondition healthcare;
    healthcare.field = ConditionField::industry;
    healthcare.any_of = {"Healthcare", "Pharma"};
    SegmentCondition renewal;
    renewal.field = ConditionField::stage;
    renewal.any_of = {"renewal"};
    SegmentCondition tag;
    tag.field = ConditionField::tag;
    tag.any_of = {"strategic"};
    SegmentCondition crm;
    crm.field = ConditionField::crm_segment;
    crm.any_of = {"Enterprise"};
    SegmentCondition complexity;
    complexity.field = ConditionField::custom;
    complexity.key = "complexity";
    complexity.any_of = {"high"};
    r.rules.insert(r.rules.begin(), {"Complex health", "Regulated", EngagementModel::hybrid, {integrations, healthcare}});
    r.rules.push_back({"Renewing strategic", "Strategic", EngagementModel::high_touch, {renewal, tag, crm, complexity}});
    r.fallback = {"Long tail", "Self-serve", EngagementModel::tech_touch, {}};
    ws.team_settings.ratios[1] = {25, 45};
    ws.team_settings.first_hire_arr = Money(75000000);
    ws.team_settings.first_hire_customers = 80;
    ws.team_settings.open_tasks_per_owner = 40;
    return ws;
}

Workspace load_team_ok(const std::string& text) {
    Workspace ws;
    std::string error;
    const bool ok = load_workspace_json(text, ws, error);
    INFO(error);
    REQUIRE(ok);
    return ws;
}

std::string team_error_of(const std::string& rest) {
    Workspace ws;
    std::string error;
    CHECK_FALSE(load_workspace_json(std::string(kTeamHead) + "," + rest + "}", ws, error));
    CHECK(ws.segment_rules == default_segment_rules());
    return error;
}

}  // namespace

TEST_CASE("segment rules and team settings round trip byte for byte") {
    const Workspace ws = configured();
    const std::string once = save_workspace_json(ws);
    const Workspace back = load_team_ok(once);
    CHECK(back.segment_rules == ws.segment_rules);
    CHECK(back.team_settings == ws.team_settings);
    CHECK(save_workspace_json(back) == once);
    // One rule a line, so a diff of two saves shows which rule changed.
    CHECK(once.find("\"segment_rules\":{\"rules\":[\n{") != std::string::npos);
    CHECK(once.find(R"({"field":"custom","key":"integrations","min":5})") != std::string::npos);
}

TEST_CASE("a file without segment rules or team settings gets the defaults") {
    const Workspace ws = load_team_ok(std::string(kTeamHead) + "}");
    CHECK(ws.segment_rules == default_segment_rules());
    CHECK(ws.team_settings == TeamSettings{});
    CHECK(ws.team_settings.ratios[0] == RatioRange{10, 20});
    CHECK(ws.team_settings.open_tasks_per_owner == 300);
}

TEST_CASE("bad segment rules and team settings are refused, naming the place") {
    CHECK(team_error_of(R"("segment_rules":{"rules":[{"name":"x","segment":"y","model":"white_glove","when":[]}],)"
                   R"("fallback":{"name":"f","segment":"s","model":"tech_touch"}})") ==
          "segment_rules.rules[0].model: unknown value \"white_glove\"");
    CHECK(team_error_of(R"("segment_rules":{"rules":[{"name":"x","segment":"y","model":"hybrid","when":[{"field":"arr"}]}],)"
                   R"("fallback":{"name":"f","segment":"s","model":"tech_touch"}})") ==
          "segment_rules.rules[0]: condition 1: ARR needs a lower or an upper bound");
    CHECK(team_error_of(R"("segment_rules":{"rules":[]})") == "segment_rules.fallback: missing");
    CHECK(team_error_of(R"("segment_rules":{"rules":[],"fallback":{"name":"f","segment":"s","model":"tech_touch","when":[{"field":"tag","any_of":["x"]}]}})")
              .find("segment_rules.fallback: the fallback rule places every other account") == 0);
    CHECK(team_error_of(R"("team_settings":{"ratios":{"low_touch":{"low":0,"high":50}}})") ==
          "team_settings.ratios.low_touch.low: expected 1 to 100000, got 0");
    CHECK(team_error_of(R"("team_settings":{"ratios":{"low_touch":{"low":60,"high":50}}})") ==
          "team_settings: Low-touch: the most accounts per CSM cannot be below the comfortable number");
    CHECK(team_error_of(R"("team_settings":{"seats":1})") == "team_settings: unknown key \"seats\"");
    CHECK(team_error_of(R"("team_settings":{"open_tasks_per_owner":-1})") ==
          "team_settings.open_tasks_per_owner: expected 0 to 1000000, got -1");
}
