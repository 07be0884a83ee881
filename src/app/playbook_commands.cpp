// Playbook commands: the library's edits (create, update, duplicate, enable, delete), the editor and
// the tabs of the Playbooks & Tasks view, and "playbooks.run" — the engine over the workspace as of the
// analysis date, its new tasks appended (docs/playbooks.md). Every edit is checked on a copy
// (playbook_problem) and kept only when valid, so a bad edit is a message and nothing changes.
#include <algorithm>
#include <cstdlib>
#include <utility>

#include "app/command_support.hpp"
#include "core/enum_names.hpp"
#include "io/playbooks_json.hpp"

namespace retain {
namespace {

const char* const kTabNames[] = {"inbox", "library", "plays"};

}  // namespace

const char* to_string(PlaybooksTab t) { return kTabNames[int(t)]; }
bool parse_enum(const std::string& text, PlaybooksTab& out) { return parse_enum_name(kTabNames, text, out); }

namespace commands {

void mark_playbooks_changed(AppState& app) {
    ++app.revision;
    ++app.playbooks_revision;
    app.playbooks_view.dirty = true;
}

namespace {

Playbook* find_playbook(AppState& app, const std::string& id) {
    for (Playbook& p : app.ws.playbooks)
        if (p.id == id) return &p;
    return nullptr;
}

// "pb-user-<n>", n one above the largest in use.
std::string new_playbook_id(const Workspace& ws) {
    int n = 0;
    for (const Playbook& p : ws.playbooks)
        if (p.id.rfind("pb-user-", 0) == 0) n = std::max(n, std::atoi(p.id.c_str() + 8));
    return "pb-user-" + std::to_string(n + 1);
}

void open_editor(AppState& app, const Playbook& p) {
    PlaybooksViewState& v = app.playbooks_view;
    v.editing = p.id;
    v.draft = p;
    v.draft_loaded = true;
    v.tab = PlaybooksTab::library;
    v.tab_request_frames = 2;
}

CommandResult created(AppState& app, Playbook p) {
    const std::string problem = playbook_problem(p);
    if (!problem.empty()) return fail("playbooks.create: " + problem);
    app.ws.playbooks.push_back(p);
    mark_playbooks_changed(app);
    open_editor(app, p);
    CommandResult r;
    r.data = {{"id", p.id}};
    return r;
}

CommandResult create_playbook(AppState& app, const json& args) {
    Playbook p;
    p.id = new_playbook_id(app.ws);  // ids are the app's to give: never a library id or a duplicate
    p.name = "New playbook";
    p.category = "Custom";
    p.goal = "";
    p.steps.push_back(PlaybookStep{"Call the customer", OwnerRole::csm, 3, StepKind::call, ""});
    if (args.is_object() && args.contains("playbook")) {
        std::string error;
        if (!playbook_from_json(args["playbook"], "playbook", p, error)) return fail("playbooks.create: " + error);
    }
    p.id = new_playbook_id(app.ws);  // whatever id the JSON named
    return created(app, std::move(p));
}

CommandResult update_playbook(AppState& app, const json& args) {
    std::string id, error;
    if (!get_string(args, "id", id) || !args.contains("playbook"))
        return fail("playbooks.update: expected {id, playbook: {name?, enabled?, trigger?, steps?, success?, ...}}");
    Playbook* p = find_playbook(app, id);
    if (!p) return fail("playbooks.update: no playbook \"" + id + "\"");
    Playbook next = *p;
    if (!playbook_from_json(args["playbook"], "playbook", next, error)) return fail("playbooks.update: " + error);
    if (next.id != id) return fail("playbooks.update: the id cannot change (duplicate the playbook instead)");
    *p = std::move(next);
    mark_playbooks_changed(app);
    if (app.playbooks_view.editing == id) app.playbooks_view.draft = *p;
    return {};
}

CommandResult duplicate(AppState& app, const json& args) {
    std::string id;
    if (!get_string(args, "id", id)) return fail("playbooks.duplicate: expected {id}");
    const Playbook* p = find_playbook(app, id);
    if (!p) return fail("playbooks.duplicate: no playbook \"" + id + "\"");
    Playbook copy = *p;
    copy.id = new_playbook_id(app.ws);
    copy.name = p->name + " (copy)";
    copy.enabled = false;  // a copy starts switched off: two live plays would double the tasks
    return created(app, std::move(copy));
}

CommandResult set_enabled(AppState& app, const json& args) {
    std::string id;
    if (!get_string(args, "id", id) || !args.contains("enabled") || !args["enabled"].is_boolean())
        return fail("playbooks.set_enabled: expected {id, enabled: true|false}");
    Playbook* p = find_playbook(app, id);
    if (!p) return fail("playbooks.set_enabled: no playbook \"" + id + "\"");
    p->enabled = args["enabled"].get<bool>();
    mark_playbooks_changed(app);
    return {};
}

CommandResult remove(AppState& app, const json& args) {
    std::string id;
    if (!get_string(args, "id", id)) return fail("playbooks.delete: expected {id}");
    auto& list = app.ws.playbooks;
    const auto it = std::find_if(list.begin(), list.end(), [&](const Playbook& p) { return p.id == id; });
    if (it == list.end()) return fail("playbooks.delete: no playbook \"" + id + "\"");
    list.erase(it);  // its tasks stay: they are work done or under way, with their own titles
    if (app.playbooks_view.editing == id) app.playbooks_view.editing.clear();
    mark_playbooks_changed(app);
    return {};
}

CommandResult edit(AppState& app, const json& args) {
    std::string id;
    if (!get_string(args, "id", id)) return fail("playbooks.edit: expected {id} (\"\" closes the editor)");
    if (id.empty()) {
        app.playbooks_view.editing.clear();
        app.playbooks_view.draft_loaded = false;
        return {};
    }
    const Playbook* p = find_playbook(app, id);
    if (!p) return fail("playbooks.edit: no playbook \"" + id + "\"");
    open_editor(app, *p);
    return {};
}

CommandResult show_playbooks(AppState& app, const json& args) {
    std::string tab;
    PlaybooksTab t;
    if (!get_string(args, "tab", tab) || !parse_enum(tab, t))
        return fail("playbooks.show: expected {tab: inbox, library or plays}");
    app.playbooks_view.tab = t;
    app.playbooks_view.tab_request_frames = 2;
    return {};
}

CommandResult run(AppState& app, const json&) {
    if (app.ws.empty()) return fail("playbooks.run: the workspace has no accounts");
    refresh_derived(app);  // the triggers read the analysis of this revision
    // The weekly health history, once computed, gives the score-drop trigger its past scores for free.
    const HealthHistory* history = app.health_view.history_ready ? &app.health_view.history : nullptr;
    const PlaybookContext ctx = make_playbook_context(app.ws, app.analysis, history);
    PlaybookRun r = run_playbooks(app.ws, ctx);
    int32_t accounts = 0;
    json per = json::object();
    for (size_t i = 0; i < app.ws.playbooks.size(); ++i) {
        accounts += r.accounts_per_playbook[i];
        if (r.tasks_per_playbook[i] > 0) per[app.ws.playbooks[i].id] = r.tasks_per_playbook[i];
    }
    json ids = json::array();
    for (const Task& t : r.created) ids.push_back(t.id);
    const int32_t n = int32_t(r.created.size());
    PlaybooksViewState& v = app.playbooks_view;
    v.last_run_created = n;
    v.last_run = format_count(n) + (n == 1 ? " task" : " tasks") + " created as of " + format_iso(ctx.as_of) + " (" +
                 format_count(accounts) + " playbook matches; steps already open or in cooldown are skipped)";
    if (r.held_back > 0)
        v.last_run += "; " + format_count(r.held_back) + " held back: " + format_count(int32_t(r.owners_at_limit.size())) +
                      (r.owners_at_limit.size() == 1 ? " inbox is" : " inboxes are") + " at the limit of " +
                      format_count(app.ws.team_settings.open_tasks_per_owner) + " open tasks (Segments & Team)";
    if (n > 0) {
        app.ws.tasks.insert(app.ws.tasks.end(), std::make_move_iterator(r.created.begin()),
                            std::make_move_iterator(r.created.end()));
        mark_playbooks_changed(app);
    }
    CommandResult res;
    json held = json::object();
    for (size_t i = 0; i < app.ws.playbooks.size(); ++i)
        if (r.held_back_per_playbook[i] > 0) held[app.ws.playbooks[i].id] = r.held_back_per_playbook[i];
    res.data = {{"created", n}, {"matches", accounts}, {"as_of", format_iso(ctx.as_of)}, {"per_playbook", per},
                {"held_back", r.held_back}, {"held_back_per_playbook", held}, {"owners_at_limit", r.owners_at_limit},
                {"tasks", ids}};
    return res;
}

}  // namespace

void add_playbook_commands(std::vector<Entry>& out) {
    out.push_back({{"playbooks.run", "{}", "Run the enabled playbooks as of the analysis date: new tasks"}, run});
    out.push_back({{"playbooks.create", "{playbook?}", "Add a playbook (opens it in the editor)"}, create_playbook});
    out.push_back({{"playbooks.update", "{id, playbook}", "Change a playbook's fields"}, update_playbook});
    out.push_back({{"playbooks.duplicate", "{id}", "Copy a playbook (the copy starts disabled)"}, duplicate});
    out.push_back({{"playbooks.set_enabled", "{id, enabled}", "Switch a playbook on or off"}, set_enabled});
    out.push_back({{"playbooks.delete", "{id}", "Remove a playbook (its tasks stay)"}, remove});
    out.push_back({{"playbooks.edit", "{id}", "Open a playbook in the editor"}, edit});
    out.push_back({{"playbooks.show", "{tab: inbox|library|plays}", "Show a tab of Playbooks & Tasks"}, show_playbooks});
}

}  // namespace commands
}  // namespace retain
