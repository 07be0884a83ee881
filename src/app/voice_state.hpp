// The Voice of Customer view's state: the tab, the board's ranking and filters, the selected request,
// the notes search (all changed only by commands, voice_commands.cpp), the forms' buffers, and the
// derived tables cached by what they were built from so drawing computes nothing (voice_cache.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/voice/feedback_board.hpp"
#include "core/voice/sales_breakdown.hpp"

namespace retain {

enum class VoiceTab : uint8_t { board, feedback, sales, notes };
constexpr int kVoiceTabCount = 4;

// The "log feedback" / "add note" forms: text the user is typing, before a command takes it.
struct FeedbackForm {
    char account[128] = {};
    int kind = 0;
    char title[256] = {};
    char area[96] = {};
    char competitor[96] = {};
    char detail[1024] = {};
};

// A feedback item open for editing (voice_feedback.cpp): the fields the log form has, as typed, plus its
// status, date and the request it belongs to; and the item as it was when the edit opened. When the item
// changes under the form (a delete, an undo, a status set on the board), the edit is dropped.
struct FeedbackEdit {
    std::string id;  // the item being edited; "" = none
    bool focus = false;  // just opened: the title field takes the keyboard
    FeedbackItem original;
    FeedbackForm fields;  // `account` unused: an item stays with its account
    int status = 0;
    char date[16] = {};
    std::string request;  // its request key when attached to another request; "" = its own title's
    // The first listed item's pencil and the edit's Save button (x, y, w, h in device pixels).
    float edit_button[4] = {};
    float save_button[4] = {};
};

struct NoteForm {
    char text[2048] = {};
    std::string editing;  // the id of the note being edited ("" = adding a new one)
    std::string account;  // the account the form belongs to: another account's panel starts afresh
};

struct VoiceViewState {
    VoiceTab tab = VoiceTab::board;
    int tab_request_frames = 0;  // a command picked the tab: select it for this many frames
    BoardRank rank = BoardRank::accounts;
    BoardFilter filter;
    std::string selected_request;  // request key whose accounts are shown ("" = none)
    SalesGrouping sales_grouping = SalesGrouping::industry;
    std::string notes_query;
    char notes_query_text[256] = {};
    FeedbackForm feedback_form;
    FeedbackEdit feedback_edit;
    NoteForm note_form;        // the Notes tab's and the account panel's form
    std::string merge_into;    // the board's "attach to" target of the selected item

    // Cached, keyed by what they were built from.
    FeedbackBoard board;
    uint64_t board_revision = UINT64_MAX;
    bool board_dirty = true;  // rank or filter changed
    SalesBreakdown sales;
    uint64_t sales_revision = UINT64_MAX;
    SalesGrouping sales_built = SalesGrouping::industry;
    std::vector<size_t> note_hits;
    uint64_t notes_revision = UINT64_MAX;
    std::string notes_built_query;
    std::vector<size_t> panel_notes;  // the open account's notes, newest first (account_notes.cpp)
    uint64_t panel_notes_revision = UINT64_MAX;
    std::string panel_notes_account;
};

struct AppState;
// The cached tables, rebuilt when stale (voice_cache.cpp).
const FeedbackBoard& voice_board(AppState& app);
const SalesBreakdown& voice_sales(AppState& app);
const std::vector<size_t>& voice_note_hits(AppState& app);
const std::vector<size_t>& voice_account_notes(AppState& app, const std::string& account);
// The view's figures for state() (automation.cpp).
nlohmann::json voice_automation_state(const AppState& app);

}  // namespace retain
