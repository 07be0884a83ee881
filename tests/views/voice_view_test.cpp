// The Voice of Customer view: every tab in both themes over the demo; an empty workspace and a workspace
// without feedback or notes say so; feedback and notes commands with undo; the board's ranking, filters
// and CSV export; the notes search; the account panel's notes; editing a feedback item from its list.
#include <doctest/doctest.h>

#include <cstdio>

#include <imgui_internal.h>  // the log buffer: what a frame wrote on screen, as text

#include "app/automation.hpp"
#include "app/views/views.hpp"
#include "io/workspace_json.hpp"
#include "view_harness.hpp"

using namespace retain;
using namespace retain::test;

namespace {

// The text the Voice view draws, at its current tab, in a window of its own (ImGui's log captures every
// rendered text). The tab is asked for again: the probe window's tab bar is a new one.
std::string voice_text(Harness& h) {
    std::string text;
    h.app.voice_view.tab_request_frames = 2;
    for (int frame = 0; frame < 2; ++frame)
        h.frame_with([&] {
            ImGui::SetNextWindowSize(ImVec2(1200, 800));
            ImGui::Begin("voice_probe");
            ImGui::LogToBuffer();
            draw_voice_view(h.app);
            text = ImGui::GetCurrentContext()->LogBuffer.c_str();
            ImGui::LogFinish();
            ImGui::End();
        });
    h.app.pending.clear();
    return text;
}

std::string first_account_with_owner(const AppState& app) {
    for (const Account& a : app.ws.accounts)
        if (!a.owner.empty() && a.status == AccountStatus::active) return a.id;
    return {};
}

}  // namespace

TEST_CASE("the Voice view says what to load in an empty workspace, and that nothing is logged yet") {
    Harness h;
    REQUIRE(run_command(h.app, "workspace.clear", {}).ok);
    REQUIRE(run_command(h.app, "navigate", {{"view", "voice"}}).ok);
    h.frames(2);
    CHECK(voice_text(h).find("customer feedback and notes") != std::string::npos);

    load_demo(h);
    h.app.ws.feedback.clear();  // a workspace with accounts but no voice data yet
    h.app.ws.notes.clear();
    ++h.app.revision;
    for (const char* tab : {"board", "notes"}) {
        REQUIRE(run_command(h.app, "voice.show", {{"tab", tab}}).ok);
        h.frames(2);
        const std::string text = voice_text(h);
        CHECK_MESSAGE(text.find(std::string(tab) == "board" ? "No feedback logged yet" : "No account notes yet") !=
                          std::string::npos,
                      text);
    }
}

TEST_CASE("the Voice view draws every tab in both themes over the demo, and the board ranks its requests") {
    Harness h;
    load_demo(h);
    REQUIRE(h.app.ws.feedback.size() > 50);
    REQUIRE(h.app.ws.notes.size() > 20);
    REQUIRE(run_command(h.app, "navigate", {{"view", "voice"}}).ok);
    for (const char* theme : {"dark", "light"}) {
        REQUIRE(run_command(h.app, "theme.set", {{"mode", theme}}).ok);
        for (const char* tab : {"board", "feedback", "sales", "notes"}) {
            REQUIRE(run_command(h.app, "voice.show", {{"tab", tab}}).ok);
            h.frames(4);
            CHECK(h.app.voice_view.tab_request_frames == 0);
        }
        for (const char* by : {"industry", "segment", "source"}) {
            REQUIRE(run_command(h.app, "voice.sales_by", {{"by", by}}).ok);
            REQUIRE(run_command(h.app, "voice.show", {{"tab", "sales"}}).ok);
            h.frames(3);
            CHECK(h.app.voice_view.sales.rows.size() >= 2);
        }
    }
    CHECK(h.app.last_error.empty());
    CHECK(h.app.voice_view.tab == VoiceTab::sales);

    REQUIRE(run_command(h.app, "voice.show", {{"tab", "board"}}).ok);
    h.frames(2);
    const FeedbackBoard& board = h.app.voice_view.board;
    REQUIRE(board.requests.size() >= 10);
    for (size_t i = 1; i < board.requests.size(); ++i)
        CHECK(board.requests[i - 1].accounts.size() >= board.requests[i].accounts.size());
    bool some_at_risk = false;
    for (const FeedbackRequest& r : board.requests) some_at_risk = some_at_risk || r.arr_at_risk.minor > 0;
    CHECK(some_at_risk);  // the demo has requests from red and yellow accounts

    REQUIRE(run_command(h.app, "voice.board", {{"rank", "arr"}}).ok);
    h.frames(2);
    for (size_t i = 1; i < board.requests.size(); ++i) CHECK_FALSE(board.requests[i - 1].arr < board.requests[i].arr);
    REQUIRE(run_command(h.app, "voice.board", {{"kind", "bug"}}).ok);
    h.frames(2);
    REQUIRE_FALSE(board.requests.empty());
    for (const FeedbackRequest& r : board.requests) CHECK(r.kind == FeedbackKind::bug);
    CHECK_FALSE(run_command(h.app, "voice.board", {{"kind", "wish"}}).ok);
    CHECK(h.app.voice_view.filter.kind == FeedbackKind::bug);  // a bad argument changes nothing
    REQUIRE(run_command(h.app, "voice.board", {{"kind", ""}}).ok);
    CHECK_FALSE(h.app.voice_view.filter.kind.has_value());

    // Selecting a request shows the accounts behind it; a click on one opens its panel.
    REQUIRE(run_command(h.app, "voice.select_request", {{"request", board.requests[0].key}}).ok);
    h.frames(2);
    const std::string text = voice_text(h);
    const Account& top = h.app.ws.accounts[board.requests[0].accounts[0]];
    CHECK(text.find(top.name) != std::string::npos);
    CHECK_FALSE(run_command(h.app, "voice.select_request", {{"request", "no such request"}}).ok);
}

TEST_CASE("feedback commands add, rank, merge, set status and delete, each one undoable") {
    Harness h;
    load_demo(h);
    const std::string account = first_account_with_owner(h.app);
    REQUIRE_FALSE(account.empty());
    const size_t before = h.app.ws.feedback.size();
    CommandResult r = run_command(h.app, "feedback.add",
                                  {{"account", account}, {"title", "Quantum export!"}, {"kind", "feature_request"},
                                   {"area", "Reporting"}});
    REQUIRE_MESSAGE(r.ok, r.error);
    const std::string id = r.data["id"];
    CHECK(id == "FB-" + std::to_string(before + 1));
    CHECK(r.data["request"] == "quantum export");
    REQUIRE(h.app.ws.feedback.size() == before + 1);
    CHECK(h.app.ws.feedback.back().date == h.app.analysis.as_of);
    CHECK(h.app.undo.undo.back().parts == kPartFeedback);

    // The board shows it as a request of one account.
    nlohmann::json s = automation_state(h.app)["voice"];
    bool found = false;
    for (const auto& req : s["requests"])
        if (req["key"] == "quantum export") {
            found = true;
            CHECK(req["accounts"].size() == 1);
            CHECK(req["accounts"][0] == account);
        }
    CHECK(found);

    CHECK_FALSE(run_command(h.app, "feedback.add", {{"account", "nobody"}, {"title", "x"}}).ok);
    CHECK_FALSE(run_command(h.app, "feedback.add", {{"account", account}, {"title", "  ?? "}}).ok);
    CHECK_FALSE(run_command(h.app, "feedback.add", {{"account", account}, {"title", "x"}, {"kind", "wish"}}).ok);
    CHECK(h.app.ws.feedback.size() == before + 1);

    // Merge it into the top request: the request then has it, and its own request is gone.
    const std::string target = request_key(h.app.ws.feedback.front());
    r = run_command(h.app, "feedback.merge", {{"id", id}, {"into", target}});
    REQUIRE(r.ok);
    CHECK(request_key(h.app.ws.feedback.back()) == target);
    REQUIRE(run_command(h.app, "feedback.set_status", {{"request", target}, {"status", "shipped"}}).ok);
    for (const FeedbackItem& f : h.app.ws.feedback)
        if (request_key(f) == target) CHECK(f.status == FeedbackStatus::shipped);
    REQUIRE(run_command(h.app, "feedback.update", {{"id", id}, {"title", "Renamed"}, {"area", "API"}}).ok);
    CHECK(h.app.ws.feedback.back().area == "API");
    CHECK(request_key(h.app.ws.feedback.back()) == target);  // still attached

    REQUIRE(run_command(h.app, "feedback.delete", {{"id", id}}).ok);
    CHECK(h.app.ws.feedback.size() == before);
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(h.app.ws.feedback.size() == before + 1);
    CHECK(h.app.ws.feedback.back().title == "Renamed");
    CHECK_FALSE(run_command(h.app, "feedback.delete", {{"id", "FB-0"}}).ok);
}

TEST_CASE("notes: add, edit, search and delete, from commands and from the account panel") {
    Harness h;
    load_demo(h);
    const std::string account = first_account_with_owner(h.app);
    const size_t before = h.app.ws.notes.size();
    CommandResult r = run_command(h.app, "notes.add", {{"account", account}, {"text", "Zebra-crossing pilot agreed"}});
    REQUIRE(r.ok);
    const std::string id = r.data["id"];
    CHECK(h.app.undo.undo.back().parts == kPartNotes);
    REQUIRE(run_command(h.app, "voice.search_notes", {{"text", "ZEBRA-CROSSING"}}).ok);
    REQUIRE(run_command(h.app, "voice.show", {{"tab", "notes"}}).ok);
    h.frames(3);
    REQUIRE(h.app.voice_view.note_hits.size() == 1);
    CHECK(h.app.ws.notes[h.app.voice_view.note_hits[0]].id == id);
    CHECK(automation_state(h.app)["voice"]["notes_matching"] == 1);

    REQUIRE(run_command(h.app, "notes.update", {{"id", id}, {"text", "Pilot postponed"}}).ok);
    h.frames(2);
    CHECK(h.app.voice_view.note_hits.empty());
    CHECK_FALSE(run_command(h.app, "notes.update", {{"id", id}, {"text", "   "}}).ok);
    CHECK_FALSE(run_command(h.app, "notes.add", {{"account", "nobody"}, {"text", "x"}}).ok);

    // The account panel shows the account's notes; its form adds one through notes.add.
    REQUIRE(run_command(h.app, "accounts.select", {{"id", account}}).ok);
    h.frames(3);
    CHECK(h.app.voice_view.note_form.account == account);
    REQUIRE(run_command(h.app, "notes.delete", {{"id", id}}).ok);
    CHECK(h.app.ws.notes.size() == before);
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(h.app.ws.notes.size() == before + 1);
}

TEST_CASE("voice.export downloads the board as ranked and filtered, one row per request") {
    Harness h;
    load_demo(h);
    REQUIRE(run_command(h.app, "voice.board", {{"rank", "arr"}, {"status", "planned"}}).ok);
    const CommandResult r = run_command(h.app, "voice.export", {});
    REQUIRE_MESSAGE(r.ok, r.error);
    REQUIRE(h.downloads.size() == 1);
    const Download& d = h.downloads[0];
    CHECK(d.filename == "northwind-analytics-demo-feedback-board.csv");
    CHECK(d.mime == "text/csv");
    CHECK(d.data.rfind("request,title,kind,area,status,accounts,arr,arr_at_risk,at_risk_accounts,items,first_date,"
                       "last_date,account_names\r\n", 0) == 0);
    const FeedbackBoard& board = h.app.voice_view.board;
    REQUIRE_FALSE(board.requests.empty());
    size_t rows = 0;
    for (char c : d.data) rows += c == '\n';
    CHECK(rows == board.requests.size() + 1);
    CHECK(r.data["requests"] == board.requests.size());
    for (const FeedbackRequest& req : board.requests) CHECK(req.status == FeedbackStatus::planned);
    // The first row is the top request with its ARR in units.
    const FeedbackRequest& top = board.requests[0];
    const std::string line = d.data.substr(d.data.find("\r\n") + 2);
    CHECK(line.rfind(top.key + ",", 0) == 0);
    char arr[32];
    std::snprintf(arr, sizeof arr, ",%lld.%02lld,", static_cast<long long>(top.arr.minor / 100),
                  static_cast<long long>(top.arr.minor % 100));
    CHECK(line.substr(0, line.find("\r\n")).find(arr) != std::string::npos);
}

namespace {

// The demo with the Voice view's Feedback tab drawn.
void open_feedback_tab(Harness& h) {
    load_demo(h);
    REQUIRE(run_command(h.app, "navigate", {{"view", "voice"}}).ok);
    REQUIRE(run_command(h.app, "voice.show", {{"tab", "feedback"}}).ok);
    h.frames(3);
}

// A click on the pencil of the list's first row (the newest item): its edit opens with the title field
// holding the keyboard, its text selected to be typed over.
void edit_newest(Harness& h) {
    h.click_rect(h.app.voice_view.feedback_edit.edit_button);
    h.frames(2);
    REQUIRE(h.app.voice_view.feedback_edit.id == h.app.ws.feedback.back().id);
    REQUIRE(ImGui::GetIO().WantTextInput);
    h.key_chord('A', true);
}

std::vector<std::string> request_keys(const AppState& app) {
    std::vector<std::string> keys;
    for (const FeedbackItem& f : app.ws.feedback) keys.push_back(request_key(f));
    return keys;
}

}  // namespace

TEST_CASE("a feedback item is edited from the list: Escape drops the typing, Enter saves it as one undo step") {
    Harness h;
    open_feedback_tab(h);
    const FeedbackItem before = h.app.ws.feedback.back();
    const std::string saved = save_workspace_json(h.app.ws);
    const size_t steps = h.app.undo.undo.size();

    edit_newest(h);
    h.type_text("never saved");
    h.press(ImGuiKey_Escape);
    h.frames(2);
    CHECK(h.app.voice_view.feedback_edit.id.empty());
    CHECK(save_workspace_json(h.app.ws) == saved);
    CHECK(h.app.undo.undo.size() == steps);

    edit_newest(h);
    h.type_text("Okta SSO for every workspace");
    h.press(ImGuiKey_Enter);
    h.frames(2);
    CHECK(h.app.last_error.empty());
    CHECK(h.app.voice_view.feedback_edit.id.empty());
    const FeedbackItem& after = h.app.ws.feedback.back();
    CHECK(after.id == before.id);
    CHECK(after.title == "Okta SSO for every workspace");
    CHECK(after.kind == before.kind);
    CHECK(after.area == before.area);
    CHECK(after.detail == before.detail);
    CHECK(after.status == before.status);
    CHECK(after.date == before.date);
    CHECK(after.account == before.account);
    CHECK(after.author == before.author);
    if (before.request.empty()) CHECK(request_key(after) == "okta sso for every workspace");  // its title's request
    CHECK(h.app.undo.undo.size() == steps + 1);
    CHECK(h.app.undo.undo.back().parts == kPartFeedback);
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(save_workspace_json(h.app.ws) == saved);
}

TEST_CASE("a feedback item's edit moves it alone to another request, and its status and date with it") {
    Harness h;
    open_feedback_tab(h);
    const FeedbackItem before = h.app.ws.feedback.back();
    // Another request with several items, as the edit's request list offers it (the board's).
    std::string target;
    for (const FeedbackRequest& r : h.app.voice_view.board.requests)
        if (r.key != request_key(before) && r.items.size() >= 2 && target.empty()) target = r.key;
    REQUIRE_FALSE(target.empty());
    const std::vector<std::string> keys = request_keys(h.app);
    const std::string saved = save_workspace_json(h.app.ws);
    const size_t steps = h.app.undo.undo.size();

    edit_newest(h);
    FeedbackEdit& e = h.app.voice_view.feedback_edit;
    e.request = target;  // picked in the Request combo
    e.status = int(FeedbackStatus::planned);  // picked in the Status combo
    // The day before, as typed into the date field.
    std::snprintf(e.date, sizeof e.date, "%s", format_iso(before.date.plus_days(-1)).c_str());
    h.frames(1);
    h.click_rect(e.save_button);
    CHECK(h.app.last_error.empty());
    const FeedbackItem& after = h.app.ws.feedback.back();
    CHECK(request_key(after) == target);
    CHECK(after.status == FeedbackStatus::planned);
    CHECK(after.date == before.date.plus_days(-1));
    CHECK(after.title == before.title);
    // Only this item moved: every other item keeps its request.
    const std::vector<std::string> now = request_keys(h.app);
    for (size_t i = 0; i + 1 < now.size(); ++i) CHECK(now[i] == keys[i]);
    CHECK(h.app.undo.undo.size() == steps + 1);
    REQUIRE(run_command(h.app, "edit.undo", {}).ok);
    CHECK(save_workspace_json(h.app.ws) == saved);

    // A date that is not one keeps Save disabled: a click on it writes nothing and the edit stays open.
    edit_newest(h);
    std::snprintf(e.date, sizeof e.date, "%s", "2026-02-30");
    h.frames(1);
    h.click_rect(e.save_button);
    CHECK(e.id == before.id);
    CHECK(save_workspace_json(h.app.ws) == saved);
}
