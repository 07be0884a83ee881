// Voice of the customer commands: feedback items (add, update, delete, merge into a request, a request's
// status) and account notes (add, update, delete); the Voice view's own commands are in
// voice_view_commands.cpp. Feedback and notes change no analysis: the revision
// moves (autosave, caches) with voice_revision, so nothing is reanalysed (app_state.cpp).
#include <utility>

#include "app/command_support.hpp"
#include "core/voice/row_ids.hpp"

namespace retain::commands {
namespace {

void mark_voice_changed(AppState& app) {
    ++app.revision;
    ++app.voice_revision;
}

// Feedback items and notes are found by their stable id.
template <typename Row>
Row* find_by_id(std::vector<Row>& rows, const std::string& id) {
    for (Row& r : rows)
        if (r.id == id) return &r;
    return nullptr;
}

// {id}: removes the row; false when no row has that id.
template <typename Row>
CommandResult delete_by_id(AppState& app, std::vector<Row>& rows, const json& args, const char* command, const char* what) {
    std::string id;
    if (!get_string(args, "id", id)) return fail(std::string(command) + ": expected {id}");
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i].id == id) {
            rows.erase(rows.begin() + ptrdiff_t(i));
            mark_voice_changed(app);
            return {};
        }
    return fail(std::string(command) + ": no " + what + " with id \"" + id + "\"");
}

// Reads the optional text `key` into `out`; false (with `error` set) when present but not text.
bool optional_text(const json& args, const char* key, const char* command, std::string& out, CommandResult& error) {
    if (!args.contains(key)) return true;
    if (get_string(args, key, out)) return true;
    error = fail(std::string(command) + ": " + key + " must be text");
    return false;
}

// The fields feedback.add and feedback.update share, read onto `f`: every one optional here; the
// command checks what it requires. Nothing is written to the workspace on a failure.
bool read_feedback_fields(AppState& app, const json& args, const char* command, FeedbackItem& f, CommandResult& error) {
    std::string text;
    if (args.contains("account")) {
        if (!get_string(args, "account", text) || app.ws.find_account(text) == kNoAccount) {
            error = fail(std::string(command) + ": no account with id \"" + text + "\"");
            return false;
        }
        f.account = text;
    }
    if (args.contains("kind") && (!get_string(args, "kind", text) || !parse_enum(text, f.kind))) {
        error = fail(std::string(command) + ": kind must be feature_request, bug, pain_point, competitor_mention or praise");
        return false;
    }
    if (args.contains("status") && (!get_string(args, "status", text) || !parse_enum(text, f.status))) {
        error = fail(std::string(command) + ": status must be new, under_review, planned, shipped or declined");
        return false;
    }
    if (args.contains("date") && (!get_string(args, "date", text) || !parse_iso_date(text, f.date))) {
        error = fail(std::string(command) + ": date must be a date YYYY-MM-DD");
        return false;
    }
    if (!optional_text(args, "title", command, f.title, error) || !optional_text(args, "detail", command, f.detail, error) ||
        !optional_text(args, "area", command, f.area, error) || !optional_text(args, "author", command, f.author, error) ||
        !optional_text(args, "competitor", command, f.competitor, error) ||
        !optional_text(args, "request", command, f.request, error))
        return false;
    if (normalize_request_key(f.title).empty()) {
        error = fail(std::string(command) + ": a feedback item needs a title with letters or digits");
        return false;
    }
    return true;
}

CommandResult feedback_add(AppState& app, const json& args) {
    FeedbackItem f;
    CommandResult error;
    if (!args.contains("account")) return fail("feedback.add: expected {account, title, kind?, area?, status?, date?, ...}");
    if (!read_feedback_fields(app, args, "feedback.add", f, error)) return error;
    if (!f.date.ok()) {
        refresh_derived(app);
        f.date = app.analysis.as_of;  // logged today, in the workspace's sense of today
    }
    if (!f.request.empty()) f.request = normalize_request_key(f.request);
    f.id = next_row_id(app.ws.feedback, "FB-", [](const FeedbackItem& x) -> const std::string& { return x.id; });
    CommandResult r;
    r.data = {{"id", f.id}, {"request", request_key(f)}};
    app.ws.feedback.push_back(std::move(f));
    mark_voice_changed(app);
    return r;
}

CommandResult feedback_update(AppState& app, const json& args) {
    std::string id;
    if (!get_string(args, "id", id)) return fail("feedback.update: expected {id, and the fields to change}");
    FeedbackItem* existing = find_by_id(app.ws.feedback, id);
    if (!existing) return fail("feedback.update: no feedback item with id \"" + id + "\"");
    FeedbackItem f = *existing;
    CommandResult error;
    if (!read_feedback_fields(app, args, "feedback.update", f, error)) return error;
    if (!f.date.ok()) return fail("feedback.update: date must be a date YYYY-MM-DD");
    f.request = normalize_request_key(f.request);
    *existing = std::move(f);
    mark_voice_changed(app);
    return {};
}

CommandResult feedback_delete(AppState& app, const json& args) {
    return delete_by_id(app, app.ws.feedback, args, "feedback.delete", "feedback item");
}

// The request key named by `into`: a feedback item's id (its request), else an existing request key.
bool target_request(const AppState& app, const std::string& into, std::string& key) {
    for (const FeedbackItem& f : app.ws.feedback)
        if (f.id == into) { key = request_key(f); return true; }
    const std::string normalized = normalize_request_key(into);
    for (const FeedbackItem& f : app.ws.feedback)
        if (request_key(f) == normalized) { key = normalized; return true; }
    return false;
}

CommandResult feedback_merge(AppState& app, const json& args) {
    std::string id, into, key;
    if (!get_string(args, "id", id) || !get_string(args, "into", into))
        return fail("feedback.merge: expected {id: item to move, into: an item id or a request key}");
    FeedbackItem* f = find_by_id(app.ws.feedback, id);
    if (!f) return fail("feedback.merge: no feedback item with id \"" + id + "\"");
    if (!target_request(app, into, key)) return fail("feedback.merge: no item or request \"" + into + "\"");
    if (request_key(*f) == key) return fail("feedback.merge: " + id + " is already in that request");
    // Every item of the moved item's request goes along: merging requests, not splitting them.
    const std::string from = request_key(*f);
    int32_t moved = 0;
    for (FeedbackItem& x : app.ws.feedback)
        if (request_key(x) == from) {
            x.request = key;
            ++moved;
        }
    mark_voice_changed(app);
    CommandResult r;
    r.data = {{"request", key}, {"moved", moved}};
    if (app.voice_view.selected_request == from) app.voice_view.selected_request = key;
    return r;
}

CommandResult feedback_set_status(AppState& app, const json& args) {
    std::string key, text;
    FeedbackStatus status;
    if (!get_string(args, "request", key) || !get_string(args, "status", text) || !parse_enum(text, status))
        return fail("feedback.set_status: expected {request: request key, status: new|under_review|planned|shipped|declined}");
    int32_t changed = 0;
    for (FeedbackItem& f : app.ws.feedback)
        if (request_key(f) == key) {
            changed += f.status != status;
            f.status = status;
        }
    if (changed == 0) {
        for (const FeedbackItem& f : app.ws.feedback)
            if (request_key(f) == key) return {};  // already so: no change, no undo step
        return fail("feedback.set_status: no request \"" + key + "\"");
    }
    mark_voice_changed(app);
    return {};
}

bool read_note_fields(AppState& app, const json& args, const char* command, AccountNote& n, CommandResult& error) {
    std::string text;
    if (args.contains("account")) {
        if (!get_string(args, "account", text) || app.ws.find_account(text) == kNoAccount) {
            error = fail(std::string(command) + ": no account with id \"" + text + "\"");
            return false;
        }
        n.account = text;
    }
    if (args.contains("date") && (!get_string(args, "date", text) || !parse_iso_date(text, n.date))) {
        error = fail(std::string(command) + ": date must be a date YYYY-MM-DD");
        return false;
    }
    if (!optional_text(args, "text", command, n.text, error) || !optional_text(args, "author", command, n.author, error))
        return false;
    if (n.text.find_first_not_of(" \t\r\n") == std::string::npos) {
        error = fail(std::string(command) + ": a note needs some text");
        return false;
    }
    return true;
}

CommandResult notes_add(AppState& app, const json& args) {
    AccountNote n;
    CommandResult error;
    if (!args.contains("account")) return fail("notes.add: expected {account, text, date?, author?}");
    if (!read_note_fields(app, args, "notes.add", n, error)) return error;
    if (!n.date.ok()) {
        refresh_derived(app);
        n.date = app.analysis.as_of;
    }
    n.id = next_row_id(app.ws.notes, "N-", [](const AccountNote& x) -> const std::string& { return x.id; });
    CommandResult r;
    r.data = {{"id", n.id}};
    app.ws.notes.push_back(std::move(n));
    mark_voice_changed(app);
    return r;
}

CommandResult notes_update(AppState& app, const json& args) {
    std::string id;
    if (!get_string(args, "id", id)) return fail("notes.update: expected {id, text?, date?, author?}");
    AccountNote* existing = find_by_id(app.ws.notes, id);
    if (!existing) return fail("notes.update: no note with id \"" + id + "\"");
    AccountNote n = *existing;
    CommandResult error;
    if (!read_note_fields(app, args, "notes.update", n, error)) return error;
    *existing = std::move(n);
    mark_voice_changed(app);
    return {};
}

CommandResult notes_delete(AppState& app, const json& args) {
    return delete_by_id(app, app.ws.notes, args, "notes.delete", "note");
}

}  // namespace

void add_voice_commands(std::vector<Entry>& out) {
    out.push_back({{"feedback.add", "{account, title, kind?, area?, status?, date?, author?, detail?, competitor?, request?}",
                    "Log a piece of customer feedback"},
                   feedback_add});
    out.push_back({{"feedback.update", "{id, account?, title?, kind?, area?, status?, date?, author?, detail?, competitor?, request?}",
                    "Edit a feedback item (request: move it alone to another request; \"\" = its own title's)"},
                   feedback_update});
    out.push_back({{"feedback.delete", "{id}", "Delete a feedback item"}, feedback_delete});
    out.push_back({{"feedback.merge", "{id, into: item id or request key}",
                    "Attach a feedback item's request to another request"},
                   feedback_merge});
    out.push_back({{"feedback.set_status", "{request, status}", "Set the status of a request (all its items)"},
                   feedback_set_status});
    out.push_back({{"notes.add", "{account, text, date?, author?}", "Add a note to an account"}, notes_add});
    out.push_back({{"notes.update", "{id, text?, date?, author?}", "Edit an account note"}, notes_update});
    out.push_back({{"notes.delete", "{id}", "Delete an account note"}, notes_delete});
}

}  // namespace retain::commands
