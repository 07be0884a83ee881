// Saving and loading workspaces (io/workspace_json.hpp): load -> save is a fixed point, byte for byte.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/demo_generator.hpp"
#include "io/workspace_json.hpp"

using namespace retain;

namespace {

Workspace load_ok(const std::string& text) {
    Workspace ws;
    std::string error;
    const bool ok = load_workspace_json(text, ws, error);
    INFO(error);
    REQUIRE(ok);
    return ws;
}

// load -> save -> load -> save: both saves give the same bytes.
void check_fixed_point(const std::string& text) {
    const std::string once = save_workspace_json(load_ok(text));
    const std::string twice = save_workspace_json(load_ok(once));
    CHECK(once == twice);
}

// Every kind of record, with the awkward values a real import brings.
Workspace edge_cases() {
    Workspace ws;
    ws.settings.name = "Caf\xC3\xA9 Cr\xC3\xA8me \xE5\x8C\x97\xE4\xBA\xAC \xF0\x9F\x9A\x80";  // Café Crème 北京 🚀
    ws.settings.currency = "EUR";
    ws.key_features = {"Dashboards", "API"};
    ws.csms = {{"csm-1", "Zo\xC3\xAB \"Z\" Adams", "zoe@example.com", 12}};
    Account a;
    a.id = "acc/1 \"quoted\"";
    a.name = "line\nbreak\ttab back\\slash \x01 control";
    a.segment = "Enterprise";
    a.owner = "csm-1";
    a.seats = 40;
    a.contract_start = Date::from_ymd(2024, 2, 29);
    a.renewal_date = Date::from_ymd(2027, 2, 28);
    a.stage = LifecycleStage::value_realization;
    a.tags = {"strategic", "\xC3\xBC" "ber"};
    a.custom = {{"zeta", "last"}, {"alpha", "first"}, {"region", "EMEA"}};  // not in key order
    ws.accounts.push_back(a);
    Account b;
    b.id = "acc-2";
    b.status = AccountStatus::churned;
    b.churn_date = Date::from_ymd(2026, 1, 31);
    b.churn_reason = "Budget cuts";
    ws.accounts.push_back(b);  // everything else empty: no dates, no tags, no custom fields
    ws.contacts.push_back({0, "c1", "Ana", "ana@example.com", "CFO", true, true, false, Date::from_ymd(2026, 1, 2)});
    ws.contacts.push_back({1, "", "", "", "", false, false, true, Date{}});
    ws.subscriptions.push_back({0, "sub-1", "Enterprise", Date::from_ymd(2025, 1, 1), Date::from_ymd(2026, 1, 1),
                                Money(1200000), BillingInterval::year});
    ws.subscriptions.push_back({1, "", "", Date::from_ymd(2025, 6, 1), Date{}, Money(0), BillingInterval::month});
    ws.mrr.push_back({0, Month::from_ym(2025, 12), Money(100000)});
    ws.mrr.push_back({1, Month::from_ym(2025, 12), Money(9223372036854775807)});
    UsageSample u;
    u.account = 0;
    u.date = Date::from_ymd(2026, 1, 5);
    u.active_users = 12;
    u.logins = 40;
    u.feature_uses[0] = 7;
    u.feature_uses[1] = 2147483647;
    ws.usage.push_back(u);
    Ticket t;
    t.account = 0;
    t.id = "T-1";
    t.opened = Date::from_ymd(2026, 1, 6);  // still open: no closed date
    t.priority = TicketPriority::urgent;
    ws.tickets.push_back(t);
    ws.surveys.push_back({0, Date::from_ymd(2026, 1, 7), SurveyKind::nps, 0, "Tr\xC3\xA8s \"bien\"\n"});
    ws.surveys.push_back({1, Date::from_ymd(2025, 12, 7), SurveyKind::ces, 7, ""});
    ws.touchpoints.push_back({0, Date::from_ymd(2026, 1, 8), TouchpointKind::qbr, "positive", "csm-1", ""});
    ws.reindex();
    ws.sort_rows();
    return ws;
}

}  // namespace

TEST_CASE("the demo survives load and save byte for byte") {
    const std::string saved = save_workspace_json(generate_demo(DemoOptions{}));
    check_fixed_point(saved);
    CHECK(save_workspace_json(load_ok(saved)) == saved);
}

TEST_CASE("the committed demo asset is exactly what this build generates (natively and as wasm)") {
    std::ifstream file(std::string(RETAIN_SOURCE_DIR) + "/assets/demo-workspace.json", std::ios::binary);
    REQUIRE_MESSAGE(file.good(), "assets/demo-workspace.json is missing: build/native/retain demo --out assets/demo-workspace.json");
    std::stringstream text;
    text << file.rdbuf();
    CHECK_MESSAGE(text.str() == save_workspace_json(generate_demo(DemoOptions{})),
                  "regenerate with build/native/retain demo --out assets/demo-workspace.json");
}

TEST_CASE("an empty workspace round trips and keeps its settings defaults") {
    const std::string saved = save_workspace_json(Workspace{});
    check_fixed_point(saved);
    const Workspace ws = load_ok(saved);
    CHECK(ws.empty());
    CHECK(ws.settings.name == "Untitled workspace");
    CHECK(ws.settings.currency == "USD");
    CHECK_FALSE(ws.settings.as_of.ok());
}

TEST_CASE("the smallest valid file is schema and version") {
    const Workspace ws = load_ok(R"({"schema": "retain.workspace", "version": 1})");
    CHECK(ws.empty());
    CHECK(ws.key_features.empty());
}

TEST_CASE("unicode, escapes, empty dates, custom fields and every table round trip") {
    const Workspace original = edge_cases();
    const std::string saved = save_workspace_json(original);
    check_fixed_point(saved);
    const Workspace ws = load_ok(saved);
    CHECK(ws.settings.name == original.settings.name);
    CHECK(ws.settings.currency == "EUR");
    CHECK(ws.csms[0].name == "Zo\xC3\xAB \"Z\" Adams");
    REQUIRE(ws.accounts.size() == 2);
    CHECK(ws.accounts[0].id == "acc/1 \"quoted\"");
    CHECK(ws.accounts[0].name == "line\nbreak\ttab back\\slash \x01 control");
    CHECK(ws.accounts[0].contract_start == Date::from_ymd(2024, 2, 29));
    CHECK(ws.accounts[0].stage == LifecycleStage::value_realization);
    CHECK(ws.accounts[0].tags == std::vector<std::string>{"strategic", "\xC3\xBC" "ber"});
    const std::vector<std::pair<std::string, std::string>> custom = {{"alpha", "first"}, {"region", "EMEA"}, {"zeta", "last"}};
    CHECK(ws.accounts[0].custom == custom);  // held in key order after loading
    CHECK_FALSE(ws.accounts[1].contract_start.ok());
    CHECK(ws.accounts[1].status == AccountStatus::churned);
    CHECK(ws.accounts[1].churn_date == Date::from_ymd(2026, 1, 31));
    CHECK(ws.find_account("acc-2") == 1);
    REQUIRE(ws.contacts.size() == 2);
    CHECK(ws.contacts[0].executive_sponsor);
    CHECK(ws.contacts[1].left_company);
    CHECK_FALSE(ws.contacts[1].last_engaged.ok());
    REQUIRE(ws.subscriptions.size() == 2);
    CHECK(ws.subscriptions[0].interval == BillingInterval::year);
    CHECK(ws.subscriptions[0].end == Date::from_ymd(2026, 1, 1));
    CHECK_FALSE(ws.subscriptions[1].end.ok());
    CHECK(ws.mrr[1].mrr == Money(9223372036854775807));
    REQUIRE(ws.usage.size() == 1);
    CHECK(ws.usage[0].feature_uses[1] == 2147483647);
    CHECK(ws.tickets[0].priority == TicketPriority::urgent);
    CHECK_FALSE(ws.tickets[0].closed.ok());
    CHECK(ws.surveys[0].comment == "Tr\xC3\xA8s \"bien\"\n");
    CHECK(ws.surveys[1].score == 7);
    CHECK(ws.touchpoints[0].kind == TouchpointKind::qbr);
}

TEST_CASE("saving writes custom fields in key order whatever order they are held in") {
    Workspace a = edge_cases(), b = edge_cases();
    std::reverse(b.accounts[0].custom.begin(), b.accounts[0].custom.end());
    CHECK(save_workspace_json(a) == save_workspace_json(b));
}

TEST_CASE("text that is not valid UTF-8 is saved as U+FFFD, so the file always loads") {
    Workspace ws;
    Account a;
    a.id = "a1";
    a.name = "bad \xFF byte, overlong \xC0\xAF, lone \xE2\x82";
    ws.accounts.push_back(a);
    ws.reindex();
    const Workspace back = load_ok(save_workspace_json(ws));
    CHECK(back.accounts[0].name == "bad \xEF\xBF\xBD byte, overlong \xEF\xBF\xBD\xEF\xBF\xBD, lone \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("rows whose account does not exist are left out of the file") {
    Workspace ws = edge_cases();
    ws.mrr.push_back({AccountIx(99), Month::from_ym(2026, 1), Money(5)});
    const Workspace back = load_ok(save_workspace_json(ws));
    CHECK(back.mrr.size() == 2);
}

TEST_CASE("fields may come in any order, and missing optional fields take their defaults") {
    const Workspace ws = load_ok(R"({"schema":"retain.workspace","version":3,
        "key_features":["Reports"],
        "accounts":[{"id":"a"}],
        "usage":{"fields":["feature:Reports","date","account"],"rows":[[3,"2026-01-05","a"]]},
        "tickets":{"fields":["opened","account"],"rows":[["2026-01-06","a"]]}})");
    REQUIRE(ws.usage.size() == 1);
    CHECK(ws.usage[0].feature_uses[0] == 3);
    CHECK(ws.usage[0].active_users == 0);
    CHECK(ws.usage[0].date == Date::from_ymd(2026, 1, 5));
    REQUIRE(ws.tickets.size() == 1);
    CHECK(ws.tickets[0].status == TicketStatus::open);
    CHECK(ws.tickets[0].priority == TicketPriority::normal);
}

TEST_CASE("a file with its parts in another order loads the same workspace") {
    // Tables before accounts and rows before fields: decoded after parsing rather than while.
    const std::string reordered = R"({"usage":{"rows":[["b","2026-01-12",2,5,1],["a","2026-01-05",1,3,0]],
        "fields":["account","date","active_users","logins","feature:API"]},
        "contacts":[{"account":"b","name":"Bo"}],
        "accounts":[{"id":"a"},{"id":"b"}],
        "key_features":["API"], "version":3, "schema":"retain.workspace"})";
    const std::string canonical = R"({"schema":"retain.workspace","version":3,"key_features":["API"],
        "accounts":[{"id":"a"},{"id":"b"}],
        "contacts":[{"account":"b","name":"Bo"}],
        "usage":{"fields":["account","date","active_users","logins","feature:API"],
        "rows":[["b","2026-01-12",2,5,1],["a","2026-01-05",1,3,0]]}})";
    const std::string a = save_workspace_json(load_ok(reordered));
    CHECK(a == save_workspace_json(load_ok(canonical)));
    const Workspace ws = load_ok(reordered);
    REQUIRE(ws.usage.size() == 2);
    CHECK(ws.usage[0].account == 0);  // rows are sorted by account on load
    CHECK(ws.usage[1].feature_uses[0] == 1);
    CHECK(ws.contacts[0].account == 1);
}

TEST_CASE("loading replaces whatever the workspace held") {
    Workspace ws = edge_cases();
    std::string error;
    REQUIRE(load_workspace_json(save_workspace_json(Workspace{}), ws, error));
    CHECK(ws.empty());
    CHECK(ws.usage.empty());
    CHECK(ws.account_index.empty());
}
