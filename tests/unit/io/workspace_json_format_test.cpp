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
    ws.touchpoints.push_back({0, Date::from_ymd(2026, 1, 8), TouchpointKind::meeting, "positive", "C1"});
    MappingPreset preset;
    preset.name = "Our CRM";
    preset.columns = {{"Company", "name"}, {"ID", "id"}};
    preset.day_first = true;
    ws.mapping_presets.push_back(preset);
    ws.reindex();
    return ws;
}

// Long lines are split into adjacent literals; each line of the file ends with an explicit \n.
const char* const kOneOfEach =
    R"({"schema":"retain.workspace","version":2,)" "\n"
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
    R"("executive_sponsor":false,"left_company":true,"last_engaged":"2026-02-03"})" "\n"
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
    R"("touchpoints":{"fields":["account","date","kind","outcome","csm"],"rows":[)" "\n"
    R"(["A1","2026-01-08","meeting","positive","C1"])" "\n"
    R"(]},)" "\n"
    R"("mapping_presets":[)" "\n"
    R"({"columns":[{"field":"name","header":"Company"},{"field":"id","header":"ID"}],"day_first":true,)"
    R"("entity":"accounts","name":"Our CRM"})" "\n"
    R"(])" "\n"
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

TEST_CASE("an empty workspace is every part with nothing in it") {
    CHECK(save_workspace_json(Workspace{}) ==
          R"({"schema":"retain.workspace","version":2,)" "\n"
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
          R"("touchpoints":{"fields":["account","date","kind","outcome","csm"],"rows":[]},)" "\n"
          R"("mapping_presets":[])" "\n"
          R"(})" "\n");
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
    CHECK(save_workspace_json(ws).rfind(R"({"schema":"retain.workspace","version":2,)", 0) == 0);
}

TEST_CASE("saved presets are checked like any preset, and a name is one preset per entity") {
    const std::string head = R"({"schema":"retain.workspace","version":2,"mapping_presets":[)";
    Workspace ws;
    std::string error;
    CHECK_FALSE(load_workspace_json(head + R"({"name":"X","entity":"accounts","columns":[{"header":"A","field":"renewl"}]}]})", ws, error));
    CHECK(error == "mapping_presets[0]: columns[0].field: unknown accounts field \"renewl\"");
    const std::string twice = R"({"name":"X","entity":"accounts","columns":[]})";
    CHECK_FALSE(load_workspace_json(head + twice + "," + twice + "]}", ws, error));
    CHECK(error == "mapping_presets[1]: a second preset named \"X\" for the same entity");
    CHECK(ws.mapping_presets.empty());
}
