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

// state() is polled every few frames: over 100,000 accounts the whole board with every account id was a
// megabyte of JSON per call. It lists the top requests and the first account ids of each, with counts.
constexpr size_t kStateRequests = 50;
constexpr size_t kStateRequestAccounts = 50;

json request_json(const AppState& app, const FeedbackRequest& r) {
    json accounts = json::array();
    for (size_t k = 0; k < r.accounts.size() && k < kStateRequestAccounts; ++k)
        accounts.push_back(app.ws.accounts[r.accounts[k]].id);
    return {{"key", r.key}, {"title", r.title}, {"kind", to_string(r.kind)}, {"area", r.area},
            {"status", to_string(r.status)}, {"items", r.items.size()}, {"accounts", accounts},
            {"account_count", r.accounts.size()},
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
    // The view's cached board when it is current. state() is read-only and cannot refresh the cache: it
    // builds a fresh board for small workspaces; over big ones (a pass over every feedback item on each
    // poll would be felt) it reports the cached board with current = false until the view is drawn.
    bool current = v.board_revision == app.revision && !v.board_dirty && app.analysed_revision == app.revision;
    FeedbackBoard fresh;
    const bool compute = !current && app.ws.accounts.size() <= 20000;
    if (compute) {
        fresh = build_board(app);
        current = true;
    }
    const FeedbackBoard& board = compute ? fresh : v.board;
    json requests = json::array();
    for (size_t k = 0; k < board.requests.size() && k < kStateRequests; ++k)
        requests.push_back(request_json(app, board.requests[k]));
    const char* const tabs[] = {"board", "feedback", "sales", "notes"};
    return {{"current", current},
            {"tab", tabs[size_t(v.tab)]},
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
            {"request_count", board.requests.size()},
            {"requests", requests}};
}

}  // namespace retain
