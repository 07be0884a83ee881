// Undo and redo (app/undo.hpp): every command is classified, edits and imports go back and forth, a
// failed command leaves no step, and the history keeps to its budget.
#include <doctest/doctest.h>

#include "app/automation.hpp"
#include "app/commands.hpp"
#include "app/undo.hpp"
#include "io/workspace_json.hpp"
#include "view_harness.hpp"

using namespace retain;
using namespace retain::test;

TEST_CASE("every registered command says which parts of the workspace it may change") {
    for (const CommandInfo& c : command_list()) {
        INFO("command ", c.name, " is missing from src/app/undo_scope.cpp");
        CHECK(known_command_scope(c.name));
    }
}

TEST_CASE("undo and redo a scorecard edit, an override and the metric settings") {
    Harness h;
    load_demo(h);
    const std::string original = save_workspace_json(h.app.ws);
    REQUIRE(run_command(h.app, "health.set_thresholds", {{"red_below", 60}, {"green_from", 85}}).ok);
    const std::string account = h.app.ws.accounts[3].id;
    REQUIRE(run_command(h.app, "health.override",
                        {{"account", account}, {"color", "red"}, {"reason", "Exec sponsor gone"}, {"expires", "2027-01-31"}}).ok);
    REQUIRE(run_command(h.app, "metrics.set_settings", {{"gross_margin_pct", 60}}).ok);
    CHECK(h.app.undo.undo.size() == 3);
    const std::string edited = save_workspace_json(h.app.ws);

    // A failed command leaves no step.
    CHECK_FALSE(run_command(h.app, "health.set_thresholds", {{"green_from", 140}}).ok);
    CHECK(h.app.undo.undo.size() == 3);

    for (int i = 0; i < 3; ++i) REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(save_workspace_json(h.app.ws) == original);
    CHECK_FALSE(run_command(h.app, "edit.undo", {}).ok);  // nothing left
    h.frames(2);
    CHECK(h.app.analysis.health.color.size() == h.app.ws.accounts.size());

    for (int i = 0; i < 3; ++i) REQUIRE(run_command(h.app, "edit.redo", {}).ok);
    CHECK(save_workspace_json(h.app.ws) == edited);
    CHECK_FALSE(run_command(h.app, "edit.redo", {}).ok);

    // A new change after an undo drops the redo steps.
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    REQUIRE(run_command(h.app, "health.set_thresholds", {{"red_below", 30}}).ok);
    CHECK(h.app.undo.redo.empty());
    const nlohmann::json s = automation_state(h.app);
    CHECK(s["undo"]["steps"] == 3);
    CHECK(s["undo"]["next"] == "Where red and green start");
}

TEST_CASE("undo an import and a workspace replacement; UI-only commands leave no step") {
    Harness h;
    load_demo(h);
    const size_t accounts = h.app.ws.accounts.size();
    const std::string original = save_workspace_json(h.app.ws);
    REQUIRE(run_command(h.app, "navigate", {{"view", "accounts"}}).ok);
    REQUIRE(run_command(h.app, "accounts.sort", {{"column", "arr"}}).ok);
    CHECK(h.app.undo.undo.empty());

    REQUIRE(run_command(h.app, "import.add", {{"name", "more.csv"}, {"text", "id,name,mrr\nNEW-1,Newco,120\nNEW-2,Other,80\n"}}).ok);
    REQUIRE(run_command(h.app, "import.commit", {}).ok);
    REQUIRE(h.app.ws.accounts.size() == accounts + 2);
    REQUIRE(run_command(h.app, "accounts.select", {{"id", "NEW-1"}}).ok);
    REQUIRE(h.app.undo.undo.size() == 1);

    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(h.app.ws.accounts.size() == accounts);
    CHECK(h.app.ws.find_account("NEW-1") == kNoAccount);
    CHECK(h.app.selected == kNoAccount);  // the selected account is gone with the import
    CHECK(save_workspace_json(h.app.ws) == original);
    h.frames(2);

    REQUIRE(run_command(h.app, "edit.redo", {}).ok);
    CHECK(h.app.ws.find_account("NEW-2") != kNoAccount);

    REQUIRE(run_command(h.app, "workspace.clear", {}).ok);
    CHECK(h.app.ws.accounts.empty());
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(h.app.ws.accounts.size() == accounts + 2);
    h.frames(2);
}

TEST_CASE("the history keeps the newest steps within its budget, always at least one") {
    UndoHistory h;
    h.budget_bytes = 100;
    h.max_entries = 3;
    for (int i = 0; i < 5; ++i) {
        UndoEntry e;
        e.label = "step " + std::to_string(i);
        e.bytes = 40;
        h.record(std::move(e));
    }
    REQUIRE(h.undo.size() == 2);  // 2 x 40 <= 100 < 3 x 40
    CHECK(h.undo.front().label == "step 3");
    UndoEntry big;
    big.label = "huge";
    big.bytes = 1000;
    h.record(std::move(big));
    REQUIRE(h.undo.size() == 1);
    CHECK(h.undo.back().label == "huge");
}

TEST_CASE("swap_parts exchanges only the named parts and reindexes accounts") {
    Workspace a, b;
    a.accounts.resize(2);
    a.accounts[0].id = "X";
    a.accounts[1].id = "Y";
    a.reindex();
    a.metric_settings.gross_margin_pct = 70;
    b.metric_settings.gross_margin_pct = 50;
    swap_parts(a, b, kPartAccounts);
    CHECK(a.accounts.empty());
    CHECK(a.find_account("X") == kNoAccount);
    CHECK(b.accounts.size() == 2);
    CHECK(a.metric_settings.gross_margin_pct == 70);
    CHECK(parts_bytes(b, kPartAccounts) >= 2 * sizeof(Account));
}
