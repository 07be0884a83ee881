// The Voice view's caches: the product board for the picked ranking and filters, the sales breakdown for
// the picked grouping and the notes matching the search. Each is rebuilt only when the workspace
// revision or what the user picked changed; drawing reads them as they are.
#include "app/voice_state.hpp"

#include "app/app_state.hpp"
#include "core/voice/account_notes.hpp"

namespace retain {
namespace {

using json = nlohmann::json;

// Per account ARR and health color, as the board takes them (core/voice/feedback_board.hpp).
FeedbackBoard build_board(const AppState& app) {
    const Analysis& a = app.analysis;
    std::vector<Money> arr(a.accounts.size());
    for (size_t i = 0; i < arr.size(); ++i) arr[i] = a.accounts[i].arr;
    return build_feedback_board(app.ws, arr, a.health.color, app.voice_view.filter, app.voice_view.rank);
}

json request_json(const AppState& app, const FeedbackRequest& r) {
    json accounts = json::array();
    for (const AccountIx ix : r.accounts) accounts.push_back(app.ws.accounts[ix].id);
    return {{"key", r.key}, {"title", r.title}, {"kind", to_string(r.kind)}, {"area", r.area},
            {"status", to_string(r.status)}, {"items", r.items.size()}, {"accounts", accounts},
            {"arr", r.arr.minor}, {"arr_at_risk", r.arr_at_risk.minor}};
}

}  // namespace

const FeedbackBoard& voice_board(AppState& app) {
    VoiceViewState& v = app.voice_view;
    refresh_derived(app);
    if (v.board_revision != app.revision || v.board_dirty) {
        v.board = build_board(app);
        v.board_revision = app.revision;
        v.board_dirty = false;
    }
    return v.board;
}

const SalesBreakdown& voice_sales(AppState& app) {
    VoiceViewState& v = app.voice_view;
    refresh_derived(app);
    if (v.sales_revision != app.revision || v.sales_built != v.sales_grouping) {
        v.sales = sales_breakdown(app.ws, app.analysis, v.sales_grouping);
        v.sales_revision = app.revision;
        v.sales_built = v.sales_grouping;
    }
    return v.sales;
}

const std::vector<size_t>& voice_note_hits(AppState& app) {
    VoiceViewState& v = app.voice_view;
    if (v.notes_revision != app.revision || v.notes_built_query != v.notes_query) {
        v.note_hits = search_notes(app.ws, v.notes_query);
        v.notes_revision = app.revision;
        v.notes_built_query = v.notes_query;
    }
    return v.note_hits;
}

const std::vector<size_t>& voice_account_notes(AppState& app, const std::string& account) {
    VoiceViewState& v = app.voice_view;
    if (v.panel_notes_revision != app.revision || v.panel_notes_account != account) {
        v.panel_notes = search_notes(app.ws, "", account);
        v.panel_notes_revision = app.revision;
        v.panel_notes_account = account;
    }
    return v.panel_notes;
}

nlohmann::json voice_automation_state(const AppState& app) {
    const VoiceViewState& v = app.voice_view;
    const FeedbackBoard board = build_board(app);
    json requests = json::array();
    for (const FeedbackRequest& r : board.requests) requests.push_back(request_json(app, r));
    const char* const tabs[] = {"board", "feedback", "sales", "notes"};
    return {{"tab", tabs[size_t(v.tab)]},
            {"rank", v.rank == BoardRank::arr ? "arr" : "accounts"},
            {"filter", {{"kind", v.filter.kind ? json(to_string(*v.filter.kind)) : json(nullptr)},
                        {"status", v.filter.status ? json(to_string(*v.filter.status)) : json(nullptr)},
                        {"area", v.filter.area}}},
            {"selected_request", v.selected_request},
            {"feedback_items", app.ws.feedback.size()},
            {"notes", app.ws.notes.size()},
            {"notes_query", v.notes_query},
            {"notes_matching", search_notes(app.ws, v.notes_query).size()},
            {"sales_grouping", to_string(v.sales_grouping)},
            {"requests", requests}};
}

}  // namespace retain
