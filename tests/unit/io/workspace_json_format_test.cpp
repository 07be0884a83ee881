// The workspace file as docs/workspace-format.md spells it: every key, in order, and the form of every kind
// of value, written out by hand. Writer and reader share one list of keys (io/workspace_json_schema.hpp);
// these tests pin that list to the documented format.
#include <doctest/doctest.h>

#include "io/workspace_json.hpp"

using namespace retain;

namespace {

// One record of every kind, every field set.
Workspace one_of_each() {
    Workspace ws;
    ws.settings = {"Acme", "EUR", Date::from_ymd(2026, 3, 31)};
    ws.key_features = {"API", "Reports"};
    ws.csms = {{"C1", "Ana", "ana@acme.example", 12}};
    Account a;
    a.id = "A1";
    a.name = "Globex";
    a.domain = "globex.example";
    a.industry = "Energy";
    a.segment = "SMB";
    a.owner = "C1";
    a.plan = "Pro";
    a.acquisition_source = "Partner";
    a.seats = 25;
    a.contract_start = Date::from_ymd(2025, 4, 1);
    a.renewal_date = Date::from_ymd(2026, 4, 1);
    a.first_value = Date::from_ymd(2025, 5, 20);
    a.stage = LifecycleStage::renewal;
    a.status = AccountStatus::churned;
    a.churn_date = Date::from_ymd(2026, 3, 1);
    a.churn_reason = "Price";
    a.tags = {"t1"};
    a.custom = {{"region", "EU"}};
    ws.accounts.push_back(a);
    ws.contacts.push_back(
        {0, "P1", "Bo", "bo@globex.example", "CTO", true, false, true, Date::from_ymd(2026, 2, 3)});
    ws.subscriptions.push_back(
        {0, "S1", "Pro", Date::from_ymd(2025, 4, 1), Date{}, Money(250000), BillingInterval::year});
    ws.mrr.push_back({0, Month::from_ym(2026, 2), Money(20833)});
    UsageSample u;
    u.account = 0;
    u.date = Date::from_ymd(2026, 3, 2);
    u.active_users = 9;
    u.logins = 40;
    u.feature_uses[0] = 3;
    u.feature_uses[1] = 4;
    ws.usage.push_back(u);
    ws.tickets.push_back({0, "T1", Date::from_ymd(2026, 1, 5), Date::from_ymd(2026, 1, 6), TicketPriority::high,
                          TicketStatus::solved, TicketSatisfaction::good});
    ws.surveys.push_back({0, Date::from_ymd(2026, 1, 7), SurveyKind::ces, 6, "ok"});
    ws.touchpoints.push_back({0, Date::from_ymd(2026, 1, 8), TouchpointKind::meeting, "positive", "C1", ""});
    MappingPreset preset;
    preset.name = "Our CRM";
    preset.columns = {{"Company", "name"}, {"ID", "id"}};
    preset.day_first = true;
    ws.mapping_presets.push_back(preset);
    Scorecard sc;
    sc.thresholds = {35, 75};
    sc.group_weights[size_t(MeasureGroup::usage)] = 1;
    Measure m;
    m.id = "active_user_ratio";
    m.label = "Active users / seats";
    m.scheme = linear_scheme(Direction::higher_is_better, 0.2, 0.8);
    m.weight = 2;
    sc.measures.push_back(m);
    ws.scorecard = sc;
    ws.health_overrides.push_back({"A1", HealthColor::green, "Signed the expansion", "C1", Date::from_ymd(2026, 3, 1),
                                   Date::from_ymd(2026, 4, 1)});
    ws.metric_settings = {75, Money(50000000), 1200};
    ws.reindex();
    return ws;
}

// Long lines are split into adjacent literals; each line of the file ends with an explicit \n.
const char* const kOneOfEach =
    R"({"schema":"retain.workspace","version":4,)" "\n"
    R"("settings":{"name":"Acme","currency":"EUR","as_of":"2026-03-31"},)" "\n"
    R"("key_features":["API","Reports"],)" "\n"
    R"("csms":[)" "\n"
    R"({"id":"C1","name":"Ana","email":"ana@acme.example","capacity":12})" "\n"
    R"(],)" "\n"
    R"("accounts":[)" "\n"
    R"({"id":"A1","name":"Globex","domain":"globex.example","industry":"Energy","segment":"SMB",)"
    R"("owner":"C1","plan":"Pro","acquisition_source":"Partner","seats":25,"contract_start":"2025-04-01",)"
    R"("renewal_date":"2026-04-01","first_value":"2025-05-20","stage":"renewal","status":"churned","churn_date":"2026-03-01",)"
    R"("churn_reason":"Price","tags":["t1"],"custom":{"region":"EU"}})" "\n"
    R"(],)" "\n"
    R"("contacts":[)" "\n"
    R"({"account":"A1","id":"P1","name":"Bo","email":"bo@globex.example","role":"CTO","champion":true,)"
    R"("executive_sponsor":false,"left_company":true,"last_engaged":"2026-02-03","first_engaged":null})" "\n"
    R"(],)" "\n"
    R"("subscriptions":{"fields":["account","id","plan","start","end","amount","interval"],"rows":[)" "\n"
    R"(["A1","S1","Pro","2025-04-01",null,250000,"year"])" "\n"
    R"(]},)" "\n"
    R"("mrr":{"fields":["account","month","mrr"],"rows":[)" "\n"
    R"(["A1","2026-02",20833])" "\n"
    R"(]},)" "\n"
    R"("usage":{"fields":["account","date","active_users","logins","feature:API","feature:Reports"],"rows":[)" "\n"
    R"(["A1","2026-03-02",9,40,3,4])" "\n"
    R"(]},)" "\n"
    R"("tickets":{"fields":["account","id","opened","closed","priority","status","satisfaction"],"rows":[)" "\n"
    R"(["A1","T1","2026-01-05","2026-01-06","high","solved","good"])" "\n"
    R"(]},)" "\n"
    R"("surveys":{"fields":["account","date","kind","score","comment"],"rows":[)" "\n"
    R"(["A1","2026-01-07","ces",6,"ok"])" "\n"
    R"(]},)" "\n"
    R"("touchpoints":{"fields":["account","date","kind","outcome","csm","notes"],"rows":[)" "\n"
    R"(["A1","2026-01-08","meeting","positive","C1",""])" "\n"
    R"(]},)" "\n"
    R"("mapping_presets":[)" "\n"
    R"({"columns":[{"field":"name","header":"Company"},{"field":"id","header":"ID"}],"day_first":true,)"
    R"("entity":"accounts","name":"Our CRM"})" "\n"
    R"(],)" "\n"
    R"("scorecard":{"thresholds":{"green_from":75.0,"red_below":35.0},"group_weights":{"commercial":0.0,)"
    R"("engagement":0.0,"relationship":0.0,"sentiment":0.0,"support":0.0,"usage":1.0},"measures":[)" "\n"
    R"({"enabled":true,"group":"usage","id":"active_user_ratio","label":"Active users / seats",)"
    R"("scheme":{"direction":"higher_is_better","high":0.8,"kind":"linear","low":0.2},"weight":2.0})" "\n"
    R"(]},)" "\n"
    R"("health_overrides":[)" "\n"
    R"({"account":"A1","author":"C1","color":"green","created":"2026-03-01","expires":"2026-04-01",)"
    R"("reason":"Signed the expansion"})" "\n"
    R"(],)" "\n"
    R"("metric_settings":{"baseline_annual_churn_bp":1200,"cs_team_cost_per_year":50000000,"gross_margin_pct":75},)" "\n"
    R"("segment_rules":{"rules":[)" "\n"
    R"({"model":"high_touch","name":"Enterprise by ARR","segment":"Enterprise","when":[{"field":"arr","min":10000000}]},)" "\n"
    R"({"model":"high_touch","name":"Enterprise by seats","segment":"Enterprise","when":[{"field":"seats","min":500}]},)" "\n"
    R"({"model":"low_touch","name":"Mid-market","segment":"Mid-market","when":[{"field":"arr","max":10000000,"min":1500000}]})" "\n"
    R"(],"fallback":{"model":"tech_touch","name":"Everyone else","segment":"SMB"}},)" "\n"
    R"("team_settings":{"first_hire_arr":100000000,"first_hire_customers":100,"open_tasks_per_owner":300,"ratios":{"high_touch":{"high":20,"low":10},)"
    R"("hybrid":{"high":100,"low":50},"low_touch":{"high":50,"low":30},"tech_touch":{"high":200,"low":100}}})" "\n"
    R"(})" "\n";

}  // namespace

TEST_CASE("every key is written as the format spells it, in the documented order") {
    CHECK(save_workspace_json(one_of_each()) == kOneOfEach);
}

TEST_CASE("every key the writer writes is one the reader reads back") {
    Workspace ws;
    std::string error;
    REQUIRE_MESSAGE(load_workspace_json(kOneOfEach, ws, error), error);
    CHECK(save_workspace_json(ws) == kOneOfEach);
    CHECK(ws.accounts[0].churn_reason == "Price");
    CHECK(ws.contacts[0].left_company);
    CHECK(ws.usage[0].feature_uses[1] == 4);
    CHECK(ws.surveys[0].kind == SurveyKind::ces);
}

TEST_CASE("an empty workspace is every part with nothing in it, and the default settings") {
    const std::string text = save_workspace_json(Workspace{});
    const size_t scorecard = text.find("\"scorecard\":");
    REQUIRE(scorecard != std::string::npos);
    // The starter scorecard (src/core/health/scorecard.cpp) is written out whole; its thresholds first.
    const std::string thresholds = R"("scorecard":{"thresholds":{"green_from":75.0,"red_below":50.0},"group_weights")";
    CHECK(text.compare(scorecard, thresholds.size(), thresholds) == 0);
    const std::string tail = "\n]},\n"
                             R"("health_overrides":[],)" "\n"
                             R"("metric_settings":{"baseline_annual_churn_bp":1500,"cs_team_cost_per_year":0,"gross_margin_pct":80},)" "\n"
                             R"("segment_rules":{"rules":[)" "\n";
    CHECK(text.find(tail) != std::string::npos);
    const std::string end = R"(],"fallback":{"model":"tech_touch","name":"Everyone else","segment":"SMB"}},)" "\n"
                            R"("team_settings":{"first_hire_arr":100000000,"first_hire_customers":100,"open_tasks_per_owner":300,"ratios":{"high_touch":)"
                            R"({"high":20,"low":10},"hybrid":{"high":100,"low":50},"low_touch":{"high":50,"low":30},)"
                            R"("tech_touch":{"high":200,"low":100}}})" "\n"
                            R"(})" "\n";
    CHECK(text.compare(text.size() - end.size(), end.size(), end) == 0);
    CHECK(text.substr(0, scorecard) ==
          R"({"schema":"retain.workspace","version":4,)" "\n"
          R"("settings":{"name":"Untitled workspace","currency":"USD","as_of":null},)" "\n"
          R"("key_features":[],)" "\n"
          R"("csms":[],)" "\n"
          R"("accounts":[],)" "\n"
          R"("contacts":[],)" "\n"
          R"("subscriptions":{"fields":["account","id","plan","start","end","amount","interval"],"rows":[]},)" "\n"
          R"("mrr":{"fields":["account","month","mrr"],"rows":[]},)" "\n"
          R"("usage":{"fields":["account","date","active_users","logins"],"rows":[]},)" "\n"
          R"("tickets":{"fields":["account","id","opened","closed","priority","status","satisfaction"],)"
          R"("rows":[]},)" "\n"
          R"("surveys":{"fields":["account","date","kind","score","comment"],"rows":[]},)" "\n"
          R"("touchpoints":{"fields":["account","date","kind","outcome","csm","notes"],"rows":[]},)" "\n"
          R"("mapping_presets":[],)" "\n");
}

TEST_CASE("a version 1 file opens as version 2: no first-value dates, no saved presets") {
    const char* v1 = R"({"schema":"retain.workspace","version":1,)"
                     R"("accounts":[{"id":"A1","name":"Globex","renewal_date":"2026-04-01"}]})";
    Workspace ws;
    std::string error;
    REQUIRE_MESSAGE(load_workspace_json(v1, ws, error), error);
    REQUIRE(ws.accounts.size() == 1);
    CHECK_FALSE(ws.accounts[0].first_value.ok());
    CHECK(ws.mapping_presets.empty());
    CHECK(save_workspace_json(ws).rfind(R"({"schema":"retain.workspace","version":4,)", 0) == 0);
}

TEST_CASE("saved presets are checked like any preset, and a name is one preset per entity") {
    const std::string head = R"({"schema":"retain.workspace","version":4,"mapping_presets":[)";
    Workspace ws;
    std::string error;
    CHECK_FALSE(load_workspace_json(head + R"({"name":"X","entity":"accounts","columns":[{"header":"A","field":"renewl"}]}]})", ws, error));
    CHECK(error == "mapping_presets[0]: columns[0].field: unknown accounts field \"renewl\"");
    const std::string twice = R"({"name":"X","entity":"accounts","columns":[]})";
    CHECK_FALSE(load_workspace_json(head + twice + "," + twice + "]}", ws, error));
    CHECK(error == "mapping_presets[1]: a second preset named \"X\" for the same entity");
    CHECK(ws.mapping_presets.empty());
}

TEST_CASE("a scorecard that cannot score, or an override without its reason, is refused with its place") {
    const std::string head = R"({"schema":"retain.workspace","version":4,)";
    auto error_of = [&](const std::string& rest) {
        Workspace ws;
        std::string error;
        CHECK_FALSE(load_workspace_json(head + rest, ws, error));
        return error;
    };
    CHECK(error_of(R"("scorecard":{"measures":[{"id":"active_users","scheme":{"kind":"linear"}}]}})") ==
          "scorecard.measures[0].id: unknown measure \"active_users\"");
    CHECK(error_of(R"("scorecard":{"measures":[{"id":"active_user_ratio","scheme":{"kind":"steps"}}]}})") ==
          "scorecard.measures[0].scheme.kind: unknown value \"steps\"");
    CHECK(error_of(R"("health_overrides":[{"account":"A1","color":"green","expires":"2026-02-30","reason":"x"}]})") ==
          "health_overrides[0].expires: expected a date YYYY-MM-DD, got \"2026-02-30\"");
    CHECK(error_of(R"("metric_settings":{"gross_margin_pct":120}})") ==
          "metric_settings.gross_margin_pct: expected 0 to 100, got 120");
}

TEST_CASE("the scorecard, overrides and metric settings come back as they were saved") {
    Workspace ws;
    REQUIRE(remove_measure(ws.scorecard, "nps"));
    ws.scorecard.thresholds.green_from = 65;
    ws.health_overrides.push_back({"A1", HealthColor::red, "Budget cut announced", "C1", Date{}, Date::from_ymd(2027, 1, 1)});
    ws.metric_settings.gross_margin_pct = 72;
    Workspace back;
    std::string error;
    REQUIRE_MESSAGE(load_workspace_json(save_workspace_json(ws), back, error), error);
    CHECK(find_measure(back.scorecard, "nps") == nullptr);
    CHECK(find_measure(back.scorecard, "csat") != nullptr);
    CHECK(back.scorecard.thresholds.green_from == 65);
    REQUIRE(back.health_overrides.size() == 1);
    CHECK(back.health_overrides[0].reason == "Budget cut announced");
    CHECK_FALSE(back.health_overrides[0].created.ok());
    CHECK(back.metric_settings.gross_margin_pct == 72);
    CHECK(save_workspace_json(back) == save_workspace_json(ws));
}
