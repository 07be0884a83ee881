// The Journey view and the account panel's journey section: drawn in both themes over the demo and an
// empty workspace (which says so); the funnel and state(); logging a touchpoint with a real click moves
// the health engagement measure; first value, milestones, handoffs and success plans through their
// commands, with refusals that leave the workspace as it was and undo.
#include <doctest/doctest.h>

#include <imgui_internal.h>

#include "app/automation.hpp"
#include "app/views/views.hpp"
#include "core/health/measure_catalogue.hpp"
#include "io/workspace_json.hpp"
#include "view_harness.hpp"

using namespace retain;
using namespace retain::test;

namespace {

// The text a draw function puts on screen, through ImGui's own logging (every Text, label and header).
template <class Draw>
std::string drawn_text(Harness& h, Draw&& draw) {
    std::string text;
    h.frame_with([&] {
        ImGui::SetNextWindowSize(ImVec2(1200, 3000));
        ImGui::Begin("capture");
        ImGui::LogToBuffer();
        draw();
        text = GImGui->LogBuffer.c_str();
        ImGui::LogFinish();
        ImGui::End();
    });
    return text;
}

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

// An active demo account in onboarding (the demo has some: contracts of the last 45 days).
AccountIx onboarding_account(const Harness& h) {
    for (AccountIx ix = 0; ix < h.app.ws.accounts.size(); ++ix) {
        const Account& a = h.app.ws.accounts[ix];
        if (a.status == AccountStatus::active && a.stage == LifecycleStage::onboarding) return ix;
    }
    return kNoAccount;
}

}  // namespace

TEST_CASE("the Journey view draws in both themes over the demo; the funnel adds up and state() shows it") {
    Harness h;
    load_demo(h);
    REQUIRE(run_command(h.app, "navigate", {{"view", "journey"}}).ok);
    for (const char* theme : {"dark", "light"}) {
        REQUIRE(run_command(h.app, "theme.set", {{"mode", theme}}).ok);
        h.frames(3);
    }
    CHECK(h.app.last_error.empty());
    const JourneyOverview& o = h.app.journey_view.overview;
    REQUIRE(h.app.journey_view.built_revision == h.app.revision);
    CHECK(o.active == h.app.analysis.active_accounts);
    int32_t accounts = 0;
    Money arr;
    for (const StageFunnelRow& f : o.funnel) {
        accounts += f.accounts;
        arr += f.arr;
    }
    CHECK(accounts == o.active);
    CHECK(arr == h.app.analysis.total_arr);
    CHECK(o.funnel[0].reached == o.active);
    CHECK_FALSE(o.handoff_flags.empty());  // the demo has missing and incomplete handoffs
    CHECK_FALSE(o.stuck.empty());
    const nlohmann::json s = automation_state(h.app)["journey"];
    CHECK(s["active"] == o.active);
    CHECK(s["funnel"].size() == 6);
    CHECK(s["funnel"][0]["accounts"] == o.funnel[0].accounts);
    CHECK(s["handoff_flags"] == o.handoff_flags.size());

    // Picking a stage lists only its accounts.
    REQUIRE(run_command(h.app, "journey.show", {{"stage", "adoption"}}).ok);
    h.frames(2);
    CHECK(h.app.journey_view.listed.size() == size_t(o.funnel[size_t(LifecycleStage::adoption)].accounts));
    CHECK_FALSE(run_command(h.app, "journey.show", {{"stage", "retired"}}).ok);

    // A shorter onboarding threshold makes more accounts stuck; undo restores it.
    const size_t stuck = o.stuck.size();
    REQUIRE(run_command(h.app, "journey.set_stuck_days", {{"stage", "onboarding"}, {"days", 1}}).ok);
    h.frames(2);
    CHECK(h.app.journey_view.overview.stuck.size() > stuck);
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    h.frames(2);
    CHECK(h.app.journey_view.overview.stuck.size() == stuck);
}

TEST_CASE("the Journey view over an empty workspace says there is nothing to show") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.clear", {}).ok);
    const std::string text = drawn_text(h, [&] { draw_journey_view(h.app); });
    CHECK(contains(text, "No accounts yet, so there is no customer journey to show."));
    CHECK(automation_state(h.app)["journey"]["active"] == 0);
}

TEST_CASE("a click on Log touchpoint logs it and the days since the last touchpoint drop to 0") {
    Harness h;
    load_demo(h);
    const AccountIx ix = onboarding_account(h);
    REQUIRE(ix != kNoAccount);
    const std::string id = h.app.ws.accounts[ix].id;
    REQUIRE(run_command(h.app, "accounts.select", {{"id", id}}).ok);
    h.frames(3);
    const auto before = rows_of(h.app.ws.touchpoints, ix);
    const size_t total = h.app.ws.touchpoints.size();
    const Date as_of = h.app.analysis.as_of;
    const HealthInputs& in = h.app.analysis.health_inputs;
    const bool had = in.has(ix, HealthInput::days_since_touchpoint);
    const float days_before = had ? in.value(HealthInput::days_since_touchpoint, ix) : -1.0f;
    CHECK(days_before != 0.0f);  // the demo's newest touchpoints are older than the as-of date
    const float* r = h.app.journey_view.log_button;
    REQUIRE(r[2] > 0);
    // Scroll the panel with the wheel, as a user would, until the button is on screen.
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 40 && r[1] + r[3] > io.DisplaySize.y - 40; ++i) {
        io.MousePos = ImVec2(r[0] + r[2] / 2, io.DisplaySize.y / 2);
        io.MouseWheel = -3.0f;
        h.frame();
        io.MouseWheel = 0.0f;
        h.frame();
    }
    REQUIRE(r[1] + r[3] < io.DisplaySize.y - 40);
    REQUIRE(r[1] > 0);
    h.click(r[0] + r[2] / 2, r[1] + r[3] / 2);
    CHECK(h.app.last_error.empty());
    REQUIRE(h.app.ws.touchpoints.size() == total + 1);
    const auto after = rows_of(h.app.ws.touchpoints, ix);
    CHECK(after.second - after.first == before.second - before.first + 1);
    CHECK(h.app.ws.touchpoints[after.second - 1].date == as_of);
    CHECK(h.app.analysis.health_inputs.value(HealthInput::days_since_touchpoint, ix) == 0.0f);
    // Sorted by (account, date) still, so every account's range stays one block.
    for (size_t i = 1; i < h.app.ws.touchpoints.size(); ++i) {
        const Touchpoint& a = h.app.ws.touchpoints[i - 1];
        const Touchpoint& b = h.app.ws.touchpoints[i];
        REQUIRE((a.account < b.account || (a.account == b.account && a.date <= b.date)));
    }
    // Deleting it (the newest is the last of the account's rows) and undoing the delete.
    const size_t newest = after.second - after.first - 1;
    REQUIRE(run_command(h.app, "touchpoints.delete", {{"account", id}, {"index", newest}}).ok);
    CHECK(h.app.ws.touchpoints.size() == total);
    CHECK_FALSE(run_command(h.app, "touchpoints.delete", {{"account", id}, {"index", 100000}}).ok);
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(h.app.ws.touchpoints.size() == total + 1);
    CHECK_FALSE(run_command(h.app, "touchpoints.log", {{"account", id}, {"kind", "fax"}}).ok);
    CHECK_FALSE(run_command(h.app, "touchpoints.log", {{"account", id}, {"kind", "call"}, {"date", "2026-13-01"}}).ok);
    CHECK(h.app.ws.touchpoints.size() == total + 1);
}

TEST_CASE("recording first value moves time to value and the funnel's first-value count; a bad date is refused") {
    Harness h;
    load_demo(h);
    h.frames(2);  // analysed: state() reads the analysis
    AccountIx ix = kNoAccount;
    for (AccountIx i = 0; i < h.app.ws.accounts.size() && ix == kNoAccount; ++i) {
        const Account& a = h.app.ws.accounts[i];
        if (a.status == AccountStatus::active && !a.first_value.ok() && a.contract_start.ok()) ix = i;
    }
    REQUIRE(ix != kNoAccount);
    const Account& a = h.app.ws.accounts[ix];
    const std::string id = a.id;
    const Date start = a.contract_start;
    const int32_t reached = automation_state(h.app)["journey"]["first_value_reached"];
    const int32_t unknown = h.app.analysis.metrics.time_to_value.unknown;
    CHECK_FALSE(run_command(h.app, "success_plan.record_first_value", {{"account", id}, {"date", format_iso(start.plus_days(-1))}}).ok);
    CHECK_FALSE(h.app.ws.accounts[ix].first_value.ok());
    REQUIRE(run_command(h.app, "success_plan.record_first_value", {{"account", id}, {"date", format_iso(start.plus_days(12))}}).ok);
    h.frames(2);
    CHECK(h.app.ws.accounts[ix].first_value == start.plus_days(12));
    CHECK(automation_state(h.app)["journey"]["first_value_reached"] == reached + 1);
    // In the metric's range the account moves from "unknown" to reached (docs/metrics.md, "Time to value").
    if (h.app.analysis.metric_range.contains(Month::of(start)))
        CHECK(h.app.analysis.metrics.time_to_value.unknown == unknown - 1);
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK_FALSE(h.app.ws.accounts[ix].first_value.ok());
}

TEST_CASE("milestones, handoffs and success plans through their commands; the handoff pre-fills the plan") {
    Harness h;
    load_demo(h);
    const AccountIx ix = onboarding_account(h);
    REQUIRE(ix != kNoAccount);
    const std::string id = h.app.ws.accounts[ix].id;
    const std::string before = save_workspace_json(h.app.ws);

    CHECK_FALSE(run_command(h.app, "journey.record_milestone", {{"account", id}, {"milestone", "launch"}}).ok);
    CHECK_FALSE(run_command(h.app, "journey.record_milestone", {{"account", "nobody"}, {"milestone", "kickoff"}}).ok);
    REQUIRE(run_command(h.app, "journey.record_milestone",
                        {{"account", id}, {"milestone", "adoption_depth"}, {"date", "2026-11-01"}, {"by", "Ana"}}).ok);
    const AccountMilestones m = account_milestones(h.app.ws, ix, h.app.analysis.as_of);
    CHECK(m.milestones[size_t(Milestone::adoption_depth)].mark->by == "Ana");
    REQUIRE(run_command(h.app, "journey.clear_milestone", {{"account", id}, {"milestone", "adoption_depth"}}).ok);
    CHECK_FALSE(run_command(h.app, "journey.clear_milestone", {{"account", id}, {"milestone", "adoption_depth"}}).ok);

    // A complete handoff, then the plan: its goals come from the handoff.
    for (const char* existing : {"success_plan.delete", "handoff.delete"}) run_command(h.app, existing, {{"account", id}});
    nlohmann::json handoff = {{"account", id}, {"sold", "Pro, 40 seats"}, {"goals", "Reporting off spreadsheets"},
                              {"success_criteria", "Leadership review on dashboards by day 60"}, {"champion", "Cam"},
                              {"executive_sponsor", "Sue"}, {"promises", "none"}, {"risks", "IT review"},
                              {"technical", "Snowflake"}, {"timeline", "Go-live 2026-12-15; first QBR 2027-02-01"},
                              {"expected_ttv_days", 21}};
    CommandResult r = run_command(h.app, "handoff.set", handoff);
    REQUIRE(r.ok);
    CHECK(r.data["complete"] == true);
    CHECK_FALSE(run_command(h.app, "handoff.set", {{"account", id}, {"expected_ttv_days", -5}}).ok);
    REQUIRE(run_command(h.app, "success_plan.create", {{"account", id}}).ok);
    CHECK_FALSE(run_command(h.app, "success_plan.create", {{"account", id}}).ok);  // one plan per account
    const SuccessPlan* plan = find_plan(h.app.ws.success_plans, id);
    REQUIRE(plan != nullptr);
    CHECK(plan->outcomes == "Reporting off spreadsheets");
    CHECK(plan->items.front().day == 21);
    REQUIRE(run_command(h.app, "success_plan.set_item", {{"account", id}, {"index", 0}, {"status", "done"}}).ok);
    plan = find_plan(h.app.ws.success_plans, id);
    CHECK(plan->items[0].done == h.app.analysis.as_of);
    CHECK_FALSE(run_command(h.app, "success_plan.set_item", {{"account", id}, {"index", 9}, {"status", "done"}}).ok);
    CHECK_FALSE(run_command(h.app, "success_plan.set_item", {{"account", id}, {"index", 1}, {"status", "late"}}).ok);
    REQUIRE(run_command(h.app, "success_plan.add_item", {{"account", id}, {"day", 45}, {"goal", "Second team live"}}).ok);
    plan = find_plan(h.app.ws.success_plans, id);
    REQUIRE(plan->items.size() == 4);
    CHECK(plan->items[1].goal == "Second team live");  // kept in day order

    // The panel draws the plan and the handoff (open the account, every header drawn).
    REQUIRE(run_command(h.app, "accounts.select", {{"id", id}}).ok);
    const std::string text = drawn_text(h, [&] { draw_account_journey(h.app, ix); });
    CHECK(contains(text, "Success plan (1/4 done)"));
    CHECK(contains(text, "Handoff (10/10)"));
    CHECK(find_handoff(h.app.ws.handoffs, id)->timeline == "Go-live 2026-12-15; first QBR 2027-02-01");
    // Without its timeline the handoff is 9 of 10 and the new account is flagged again in the Journey view.
    REQUIRE(run_command(h.app, "handoff.set", {{"account", id}, {"timeline", "  "}}).ok);
    CHECK(contains(drawn_text(h, [&] { draw_account_journey(h.app, ix); }), "Handoff (9/10)"));
    bool flagged = false;
    for (const size_t row : journey_overview_of(h.app).handoff_flags)
        flagged = flagged || journey_overview_of(h.app).rows[row].account == ix;
    CHECK(flagged);
    CHECK_FALSE(run_command(h.app, "handoff.set", {{"account", id}, {"timeline", 2026}}).ok);

    // Every step undoes back to the demo as it was.
    while (h.app.undo.can_undo()) REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(save_workspace_json(h.app.ws) == before);
}

namespace {

// Scrolls the account panel with the wheel, as a user would, until the rect is on screen. The mouse is
// over the panel's scrollbar at the right edge: over a list inside the panel the wheel would scroll that.
void scroll_to(Harness& h, const float (&r)[4]) {
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 60 && (r[1] + r[3] > io.DisplaySize.y - 60 || r[1] < 80); ++i) {
        io.MousePos = ImVec2(io.DisplaySize.x - ImGui::GetStyle().ScrollbarSize / 2 - 2, io.DisplaySize.y / 2);
        io.MouseWheel = r[1] < 80 ? 2.0f : -2.0f;
        h.frame();
        io.MouseWheel = 0.0f;
        h.frame();
    }
    REQUIRE(r[2] > 0);
    REQUIRE(r[1] >= 80);
    REQUIRE(r[1] + r[3] <= io.DisplaySize.y - 60);
}

void scroll_and_click(Harness& h, const float (&r)[4]) {
    scroll_to(h, r);
    h.click_rect(r);
}

// Opens the account's panel and its success plan header, with real clicks.
void open_plan(Harness& h, const std::string& id) {
    REQUIRE(run_command(h.app, "accounts.select", {{"id", id}}).ok);
    h.frames(3);
    scroll_and_click(h, h.app.journey_view.plan_header);
    h.frames(2);
    REQUIRE(h.app.journey_view.plan_edit_button[2] > 0);
}

// A click on the first item's pencil: the item opens as a form whose goal field has the keyboard.
void edit_first_item(Harness& h) {
    scroll_and_click(h, h.app.journey_view.plan_edit_button);
    h.frames(2);
    REQUIRE(h.app.journey_view.plan.edit.index == 0);
    REQUIRE(ImGui::GetIO().WantTextInput);
    h.key_chord('A', true);  // select the goal's text, to type over it
}

}  // namespace

TEST_CASE("a success plan item is edited in place: the pencil opens it, Escape drops the typing, Enter saves") {
    Harness h;
    load_demo(h);
    REQUIRE_FALSE(h.app.ws.success_plans.empty());
    const std::string id = h.app.ws.success_plans.front().account;
    const AccountIx ix = h.app.ws.find_account(id);
    open_plan(h, id);
    const PlanItem before = find_plan(h.app.ws.success_plans, id)->items[0];
    const std::string saved = save_workspace_json(h.app.ws);
    const size_t steps = h.app.undo.undo.size();

    // Escape: nothing written, and the account panel stays open (Escape closes it only when nothing is edited).
    edit_first_item(h);
    h.type_text("A typo that is never saved");
    h.press(ImGuiKey_Escape);
    h.frames(2);
    CHECK(h.app.journey_view.plan.edit.index == -1);
    CHECK(h.app.selected == ix);
    CHECK(save_workspace_json(h.app.ws) == saved);
    CHECK(h.app.undo.undo.size() == steps);

    // Enter in the goal field writes the item: the goal changes, nothing else does, in one undo step.
    edit_first_item(h);
    h.type_text("Leadership dashboards live");
    h.press(ImGuiKey_Enter);
    h.frames(2);
    CHECK(h.app.last_error.empty());
    CHECK(h.app.journey_view.plan.edit.index == -1);
    const PlanItem& after = find_plan(h.app.ws.success_plans, id)->items[0];
    CHECK(after.goal == "Leadership dashboards live");
    CHECK(after.day == before.day);
    CHECK(after.milestone == before.milestone);
    CHECK(after.owner == before.owner);
    CHECK(after.proof == before.proof);
    CHECK(after.status == before.status);
    CHECK(h.app.undo.undo.size() == steps + 1);
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(save_workspace_json(h.app.ws) == saved);

    // Escape with nothing open for editing closes the panel, as before.
    h.press(ImGuiKey_Escape);
    h.frames(2);
    CHECK(h.app.selected == kNoAccount);
}

TEST_CASE("a success plan item's Save writes every field at once; a blank item cannot be saved; a change under the form drops it") {
    Harness h;
    load_demo(h);
    const SuccessPlan* plan = nullptr;
    for (const SuccessPlan& p : h.app.ws.success_plans)
        if (p.items.size() >= 3) plan = &p;
    REQUIRE(plan != nullptr);
    const std::string id = plan->account;
    const size_t count = plan->items.size();
    const PlanItem second = plan->items[1];
    open_plan(h, id);
    const std::string saved = save_workspace_json(h.app.ws);
    const size_t steps = h.app.undo.undo.size();
    PlanItemEdit& e = h.app.journey_view.plan.edit;

    // Typed over the goal, then Shift+Tab back to the day, moved past the last item's: Save writes both,
    // and the plan stays in day order.
    edit_first_item(h);
    h.type_text("Second team onboarded");
    ImGuiIO& io = ImGui::GetIO();
    io.KeyShift = true;
    h.press(ImGuiKey_Tab);
    io.KeyShift = false;
    h.frames(1);
    h.type_text("95");
    scroll_and_click(h, h.app.journey_view.plan_save_button);
    CHECK(h.app.last_error.empty());
    plan = find_plan(h.app.ws.success_plans, id);
    REQUIRE(plan->items.size() == count);
    CHECK(plan->items.back().goal == "Second team onboarded");
    CHECK(plan->items.back().day == 95);
    CHECK(plan->items.front().goal == second.goal);  // the old second item is first now
    for (size_t i = 1; i < plan->items.size(); ++i) CHECK(plan->items[i - 1].day <= plan->items[i].day);
    CHECK(h.app.undo.undo.size() == steps + 1);
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(save_workspace_json(h.app.ws) == saved);

    // Neither goal nor milestone (both erased, Tab from one to the other): Enter and Save do nothing, and
    // the command refuses such an item too.
    edit_first_item(h);
    h.press(ImGuiKey_Backspace);
    h.press(ImGuiKey_Tab);
    h.frames(1);
    h.press(ImGuiKey_Backspace);
    CHECK(e.goal[0] == '\0');
    CHECK(e.milestone[0] == '\0');
    h.press(ImGuiKey_Enter);
    h.frames(1);
    scroll_and_click(h, h.app.journey_view.plan_save_button);
    CHECK(e.index == 0);  // still open: nothing was saved
    CHECK(save_workspace_json(h.app.ws) == saved);
    CHECK_FALSE(run_command(h.app, "success_plan.set_item", {{"account", id}, {"index", 0}, {"goal", " "}, {"milestone", ""}}).ok);

    // The item is deleted under the open form: the edit is dropped, not written over the next item.
    REQUIRE(run_command(h.app, "success_plan.delete_item", {{"account", id}, {"index", 0}}).ok);
    h.frames(2);
    CHECK(e.index == -1);
}

TEST_CASE("an account without journey records says so in its panel") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.clear", {}).ok);
    Workspace ws;
    Account a;
    a.id = "A";
    a.name = "Acme";
    ws.accounts.push_back(a);
    ws.reindex();
    replace_workspace(h.app, std::move(ws), "file");
    REQUIRE(run_command(h.app, "accounts.select", {{"id", "A"}}).ok);
    h.frames(2);
    const std::string text = drawn_text(h, [&] { draw_account_journey(h.app, 0); });
    CHECK(contains(text, "No first value recorded"));
    CHECK(contains(text, "No touchpoints logged for this account."));
    CHECK(contains(text, "Success plan (none)"));
    CHECK(contains(text, "Handoff (none)"));
}
