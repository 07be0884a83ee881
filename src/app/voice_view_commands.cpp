// The Voice view's commands: its tab, the board's ranking and filters, the selected request, the notes
// search and the sales grouping (none changes the workspace), and voice.export: the product board, as
// ranked and filtered on screen, as a CSV download (io/feedback_board_csv.hpp) for the product team's tool.
#include "app/command_support.hpp"
#include "io/feedback_board_csv.hpp"

namespace retain::commands {
namespace {

CommandResult export_board(AppState& app, const json&) {
    const FeedbackBoard& board = voice_board(app);
    CommandResult r = offer_download(app, file_stem(app.ws.settings.name) + "-feedback-board.csv", "text/csv",
                                     feedback_board_csv(app.ws, board));
    if (r.ok) r.data["requests"] = board.requests.size();
    return r;
}

CommandResult voice_show(AppState& app, const json& args) {
    std::string tab;
    const char* const names[] = {"board", "feedback", "sales", "notes"};
    get_string(args, "tab", tab);
    for (int i = 0; i < kVoiceTabCount; ++i)
        if (tab == names[i]) {
            app.view = ViewId::voice;
            app.voice_view.tab = VoiceTab(i);
            app.voice_view.tab_request_frames = 2;
            return {};
        }
    return fail("voice.show: expected {tab: board, feedback, sales or notes}");
}

// {rank?, kind?, status?, area?}: "" or null clears a filter.
CommandResult voice_board(AppState& app, const json& args) {
    VoiceViewState& v = app.voice_view;
    BoardRank rank = v.rank;
    BoardFilter filter = v.filter;
    std::string text;
    if (args.contains("rank")) {
        get_string(args, "rank", text);
        if (text == "accounts") rank = BoardRank::accounts;
        else if (text == "arr") rank = BoardRank::arr;
        else return fail("voice.board: rank must be accounts or arr");
    }
    auto clears = [&](const char* key) {
        return args[key].is_null() || (args[key].is_string() && args[key].get<std::string>().empty());
    };
    if (args.contains("kind")) {
        FeedbackKind k;
        if (clears("kind")) filter.kind.reset();
        else if (get_string(args, "kind", text) && parse_enum(text, k)) filter.kind = k;
        else return fail("voice.board: kind must be feature_request, bug, pain_point, competitor_mention, praise or \"\"");
    }
    if (args.contains("status")) {
        FeedbackStatus s;
        if (clears("status")) filter.status.reset();
        else if (get_string(args, "status", text) && parse_enum(text, s)) filter.status = s;
        else return fail("voice.board: status must be new, under_review, planned, shipped, declined or \"\"");
    }
    if (args.contains("area")) {
        if (clears("area")) filter.area.clear();
        else if (!get_string(args, "area", filter.area)) return fail("voice.board: area must be text");
    }
    v.rank = rank;
    v.filter = std::move(filter);
    v.board_dirty = true;
    return {};
}

CommandResult voice_select_request(AppState& app, const json& args) {
    std::string key;
    if (!get_string(args, "request", key)) return fail("voice.select_request: expected {request: request key, or \"\"}");
    if (!key.empty()) {
        bool found = false;
        for (const FeedbackItem& f : app.ws.feedback) found = found || request_key(f) == key;
        if (!found) return fail("voice.select_request: no request \"" + key + "\"");
    }
    app.voice_view.selected_request = key;
    app.voice_view.merge_into.clear();
    return {};
}

CommandResult voice_search_notes(AppState& app, const json& args) {
    std::string text;
    VoiceViewState& v = app.voice_view;
    if (!get_string(args, "text", text)) return fail("voice.search_notes: expected {text}");
    if (text.size() >= sizeof v.notes_query_text) return fail("voice.search_notes: the search text is too long");
    v.notes_query = text;
    text.copy(v.notes_query_text, text.size());
    v.notes_query_text[text.size()] = '\0';
    return {};
}

CommandResult voice_sales_by(AppState& app, const json& args) {
    std::string text;
    SalesGrouping g;
    if (!get_string(args, "by", text) || !parse_enum(text, g))
        return fail("voice.sales_by: expected {by: industry, segment or source}");
    app.voice_view.sales_grouping = g;
    return {};
}

}  // namespace

void add_voice_view_commands(std::vector<Entry>& out) {
    out.push_back({{"voice.show", "{tab: board|feedback|sales|notes}", "Show a tab of the Voice view"}, voice_show});
    out.push_back({{"voice.board", "{rank?: accounts|arr, kind?, status?, area?}", "Rank and filter the product board"},
                   voice_board});
    out.push_back({{"voice.select_request", "{request}", "Show the accounts behind a request (\"\" closes)"},
                   voice_select_request});
    out.push_back({{"voice.search_notes", "{text}", "Search the account notes"}, voice_search_notes});
    out.push_back({{"voice.sales_by", "{by: industry|segment|source}", "Group the sales view"}, voice_sales_by});
    out.push_back({{"voice.export", "{}", "Download the product board (as ranked and filtered) as CSV"}, export_board});
}

}  // namespace retain::commands
