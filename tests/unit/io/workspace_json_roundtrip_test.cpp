// Saving and loading workspaces (io/workspace_json.hpp): load -> save is a fixed point, byte for byte.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/demo_generator.hpp"
#include "io/workspace_json.hpp"
#include "workspace_edge_cases.hpp"

using namespace retain;

namespace {

Workspace load_json_ok(const std::string& text) {
    Workspace ws;
    std::string error;
    const bool ok = load_workspace_json(text, ws, error);
    INFO(error);
    REQUIRE(ok);
    return ws;
}

// load -> save -> load -> save: both saves give the same bytes.
void check_fixed_point(const std::string& text) {
    const std::string once = save_workspace_json(load_json_ok(text));
    const std::string twice = save_workspace_json(load_json_ok(once));
    CHECK(once == twice);
}

}  // namespace

TEST_CASE("the demo survives load and save byte for byte") {
    const std::string saved = save_workspace_json(generate_demo(DemoOptions{}));
    check_fixed_point(saved);
    CHECK(save_workspace_json(load_json_ok(saved)) == saved);
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
    const Workspace ws = load_json_ok(saved);
    CHECK(ws.empty());
    CHECK(ws.settings.name == "Untitled workspace");
    CHECK(ws.settings.currency == "USD");
    CHECK_FALSE(ws.settings.as_of.ok());
}

TEST_CASE("the smallest valid file is schema and version") {
    const Workspace ws = load_json_ok(R"({"schema": "retain.workspace", "version": 1})");
    CHECK(ws.empty());
    CHECK(ws.key_features.empty());
}

TEST_CASE("unicode, escapes, empty dates, custom fields and every table round trip") {
    const Workspace original = test::edge_cases();
    const std::string saved = save_workspace_json(original);
    check_fixed_point(saved);
    const Workspace ws = load_json_ok(saved);
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
    CHECK(ws.mrr[1].mrr == Money(90000000000000000));
    REQUIRE(ws.usage.size() == 1);
    CHECK(ws.usage[0].feature_uses[1] == 2147483647);
    CHECK(ws.tickets[0].priority == TicketPriority::urgent);
    CHECK_FALSE(ws.tickets[0].closed.ok());
    CHECK(ws.surveys[0].comment == "Tr\xC3\xA8s \"bien\"\n");
    CHECK(ws.surveys[1].score == 7);
    CHECK(ws.touchpoints[0].kind == TouchpointKind::qbr);
}

TEST_CASE("saving writes custom fields in key order whatever order they are held in") {
    Workspace a = test::edge_cases(), b = test::edge_cases();
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
    const Workspace back = load_json_ok(save_workspace_json(ws));
    CHECK(back.accounts[0].name == "bad \xEF\xBF\xBD byte, overlong \xEF\xBF\xBD\xEF\xBF\xBD, lone \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("rows whose account does not exist are left out of the file") {
    Workspace ws = test::edge_cases();
    ws.mrr.push_back({AccountIx(99), Month::from_ym(2026, 1), Money(5)});
    const Workspace back = load_json_ok(save_workspace_json(ws));
    CHECK(back.mrr.size() == 2);
}

TEST_CASE("fields may come in any order, and missing optional fields take their defaults") {
    const Workspace ws = load_json_ok(R"({"schema":"retain.workspace","version":4,
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
        "key_features":["API"], "version":4, "schema":"retain.workspace"})";
    const std::string canonical = R"({"schema":"retain.workspace","version":4,"key_features":["API"],
        "accounts":[{"id":"a"},{"id":"b"}],
        "contacts":[{"account":"b","name":"Bo"}],
        "usage":{"fields":["account","date","active_users","logins","feature:API"],
        "rows":[["b","2026-01-12",2,5,1],["a","2026-01-05",1,3,0]]}})";
    const std::string a = save_workspace_json(load_json_ok(reordered));
    CHECK(a == save_workspace_json(load_json_ok(canonical)));
    const Workspace ws = load_json_ok(reordered);
    REQUIRE(ws.usage.size() == 2);
    CHECK(ws.usage[0].account == 0);  // rows are sorted by account on load
    CHECK(ws.usage[1].feature_uses[0] == 1);
    CHECK(ws.contacts[0].account == 1);
}

TEST_CASE("loading replaces whatever the workspace held") {
    Workspace ws = test::edge_cases();
    std::string error;
    REQUIRE(load_workspace_json(save_workspace_json(Workspace{}), ws, error));
    CHECK(ws.empty());
    CHECK(ws.usage.empty());
    CHECK(ws.account_index.empty());
}
