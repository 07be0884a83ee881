// Playbooks and tasks in the workspace file (io/playbooks_json.hpp): absent keys give the library and no
// tasks, the team's edits and tasks round-trip byte for byte, and bad values are refused by place.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "io/playbooks_json.hpp"
#include "io/workspace_json.hpp"

using namespace retain;

namespace {

Workspace one_account() {
    Workspace ws;
    Account a;
    a.id = "ACC-1";
    a.name = "Acme";
    ws.accounts.push_back(a);
    ws.reindex();
    return ws;
}

Workspace load_ok(const std::string& text) {
    Workspace ws;
    std::string error;
    const bool ok = load_workspace_json(text, ws, error);
    INFO(error);
    REQUIRE(ok);
    return ws;
}

std::string load_error(const std::string& text) {
    Workspace ws;
    std::string error;
    CHECK_FALSE(load_workspace_json(text, ws, error));
    return error;
}

// The file of one_account() with extra top-level text spliced in before the closing brace.
std::string with_keys(const std::string& extra) {
    std::string text = save_workspace_json(one_account());
    text.insert(text.rfind('}'), "," + extra);
    return text;
}

}  // namespace

TEST_CASE("a file without playbooks or tasks reads the built-in library and writes neither key") {
    const std::string text = save_workspace_json(one_account());
    CHECK(text.find("\"playbooks\"") == std::string::npos);
    CHECK(text.find("\"tasks\"") == std::string::npos);
    const Workspace ws = load_ok(text);
    CHECK(is_builtin_library(ws.playbooks));
    CHECK(ws.tasks.empty());
}

TEST_CASE("edited playbooks and tasks round-trip byte for byte") {
    Workspace ws = one_account();
    ws.playbooks[0].enabled = false;
    Playbook own = ws.playbooks[5];
    own.id = "pb-user-1";
    own.name = "Caf\xC3\xA9 \"save\"\nplay";
    own.segment = "Enterprise";
    own.stage = int32_t(LifecycleStage::renewal);
    own.trigger.kind = TriggerKind::adoption_level;
    own.trigger.percent = 10;
    own.trigger.max_percent = 30;
    own.success = SuccessMeasure{SuccessKind::score_at_least, 45, 65};
    ws.playbooks.push_back(own);
    Task t;
    t.id = task_id("ACC-1", "pb-user-1", 0, Date::from_ymd(2026, 11, 15));
    t.account = "ACC-1";
    t.playbook = "pb-user-1";
    t.title = "Call";
    t.owner = "CSM-1";
    t.role = OwnerRole::account_manager;
    t.created = Date::from_ymd(2026, 11, 15);
    t.due = Date::from_ymd(2026, 11, 18);
    t.priority = 65;
    t.status = TaskStatus::snoozed;
    t.snoozed_until = Date::from_ymd(2026, 12, 1);
    t.outcome = "left a voicemail \xE2\x9C\x93";
    ws.tasks.push_back(t);

    const std::string once = save_workspace_json(ws);
    CHECK(once.find("\"playbooks\":[") != std::string::npos);
    CHECK(once.find("\"tasks\":[") != std::string::npos);
    const Workspace back = load_ok(once);
    CHECK(save_workspace_json(back) == once);
    REQUIRE(back.playbooks.size() == ws.playbooks.size());
    CHECK_FALSE(back.playbooks[0].enabled);
    const Playbook& p = back.playbooks.back();
    CHECK(p.name == own.name);
    CHECK(p.stage == int32_t(LifecycleStage::renewal));
    CHECK(p.trigger.max_percent == 30);
    CHECK(p.success.score == 65);
    CHECK(p.steps.size() == own.steps.size());
    REQUIRE(back.tasks.size() == 1);
    CHECK(back.tasks[0].id == "T-ACC-1-pb-user-1-0-20261115");
    CHECK(back.tasks[0].status == TaskStatus::snoozed);
    CHECK(back.tasks[0].snoozed_until == Date::from_ymd(2026, 12, 1));
    CHECK(back.tasks[0].outcome == t.outcome);
}

TEST_CASE("a trigger writes only the parameters its kind reads") {
    Playbook p = builtin_playbooks()[0];
    p.trigger.kind = TriggerKind::health_color;
    const nlohmann::json j = playbook_to_json(p);
    CHECK(j["trigger"] == nlohmann::json{{"kind", "health_color"}, {"color", "red"}});
}

TEST_CASE("bad playbooks and tasks are refused with the place and nothing loaded") {
    CHECK(load_error(with_keys("\"playbooks\":{}")).find("playbooks: expected a list of playbooks") != std::string::npos);
    CHECK(load_error(with_keys("\"playbooks\":[{\"id\":\"x\",\"name\":\"X\",\"trigger\":{\"kind\":\"moon_phase\"},"
                               "\"steps\":[{\"title\":\"a\"}]}]"))
              .find("playbooks[0].trigger.kind: unknown value \"moon_phase\"") != std::string::npos);
    CHECK(load_error(with_keys("\"playbooks\":[{\"id\":\"x\",\"name\":\"X\",\"steps\":[]}]"))
              .find("playbooks[0]: a playbook needs at least one step") != std::string::npos);
    const std::string one = "{\"id\":\"x\",\"name\":\"X\",\"steps\":[{\"title\":\"a\"}]}";
    CHECK(load_error(with_keys("\"playbooks\":[" + one + "," + one + "]")).find("a second playbook with id \"x\"") !=
          std::string::npos);
    CHECK(load_error(with_keys("\"tasks\":[{\"id\":\"t\",\"account\":\"ACC-1\",\"playbook\":\"p\",\"status\":\"snoozed\"}]"))
              .find("tasks[0].snoozed_until: a snoozed task needs the date it wakes up") != std::string::npos);
    CHECK(load_error(with_keys("\"tasks\":[{\"id\":\"t\",\"account\":\"ACC-1\",\"playbook\":\"p\",\"due\":\"2026-02-30\"}]"))
              .find("tasks[0].due: expected a date") != std::string::npos);
    CHECK(load_error(with_keys("\"tasks\":[{\"id\":\"t\",\"account\":\"\",\"playbook\":\"p\"}]"))
              .find("a task needs an id, an account and a playbook") != std::string::npos);
}

TEST_CASE("an update from JSON edits only the keys given and checks the result") {
    Playbook p = builtin_playbooks()[5];
    std::string error;
    CHECK(playbook_from_json({{"name", "Renamed"}, {"trigger", {{"days", 12}}}}, "playbook", p, error));
    CHECK(p.name == "Renamed");
    CHECK(p.steps.size() == builtin_playbooks()[5].steps.size());
    const Playbook kept = p;
    CHECK_FALSE(playbook_from_json({{"steps", nlohmann::json::array()}}, "playbook", p, error));
    CHECK(error == "playbook: a playbook needs at least one step");
    CHECK(p.steps.size() == kept.steps.size());  // unchanged
}
