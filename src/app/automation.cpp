#include "app/automation.hpp"

#include <algorithm>

#include "app/background_work.hpp"
#include "app/commands.hpp"
#include "app/export_job.hpp"
#include "app/import_job.hpp"
#include "app/storage.hpp"
#include "app/views/views.hpp"
#include "io/import_fields.hpp"

namespace retain {

using json = nlohmann::json;

namespace {

// The sections of the state that are computed per view (each costs up to tens of ms at 100,000 accounts):
// state("storage") computes only the one asked for.
using SectionFn = json (*)(const AppState&);
struct Section {
    const char* key;
    SectionFn fn;
};
const Section kSections[] = {
    {"metrics", metrics_automation_state},   {"health", health_automation_state},
    {"team", team_automation_state},         {"playbooks", playbooks_automation_state},
    {"storage", storage_automation_state},   {"renewals", renewals_automation_state},
    {"voice", voice_automation_state},       {"program", program_automation_state},
    {"journey", journey_automation_state},
};

json core_state(const AppState& app) {
    const float s = app.pixel_scale > 0 ? app.pixel_scale : 1.0f;
    json nav = json::array();
    for (int i = 0; i < kViewCount; ++i) {
        const Rect& r = app.nav_rects[size_t(i)];
        nav.push_back({{"view", view_key(ViewId(i))}, {"label", view_spec(ViewId(i)).label},
                       {"x", r.x / s}, {"y", r.y / s}, {"w", r.w / s}, {"h", r.h / s}});
    }
    json views = json::array();
    for (int i = 0; i < kViewCount; ++i) views.push_back(view_key(ViewId(i)));

    const AccountsTableState& t = app.accounts_table;
    json visible = json::array();
    const size_t first = size_t(std::max(0, t.first_visible_row));
    for (size_t i = first; i < t.rows.size() && i < first + 20; ++i) visible.push_back(app.ws.accounts[t.rows[i]].id);

    json commands = json::array();
    for (const CommandInfo& c : command_list()) commands.push_back(c.name);

    json tables = json::array();
    for (const FileReport& f : app.import.plan.files)
        tables.push_back({{"file", f.source}, {"name", f.name}, {"entity", entity_info(f.entity).key},
                          {"preset", f.preset}, {"complete", f.mapping.complete()}, {"rows", f.rows}});
    json presets = json::array();
    for (const MappingPreset& p : app.ws.mapping_presets)
        presets.push_back({{"name", p.name}, {"entity", entity_info(p.entity).key}});

    return {
        {"view", view_key(app.view)},
        {"views", views},
        {"workspace", {{"name", app.ws.settings.name}, {"accounts", app.ws.accounts.size()}, {"loaded_from", app.loaded_from},
                       {"as_of", format_iso(app.analysis.as_of)}}},
        {"account_count", app.ws.accounts.size()},
        {"selected_account", app.selected < app.ws.accounts.size() ? json(app.ws.accounts[app.selected].id) : json(nullptr)},
        {"theme", theme_is_dark(app) ? "dark" : "light"},
        {"theme_mode", app.theme_mode == ThemeMode::system ? "system" : app.theme_mode == ThemeMode::dark ? "dark" : "light"},
        {"last_error", app.last_error},
        {"loading", app.loading},
        {"frame", app.frame},
        {"frame_ms", app.frame_ms},
        {"pixel_scale", app.pixel_scale},
        {"nav", nav},
        {"accounts_table", {{"rows", t.rows.size()}, {"sort_column", to_string(t.query.sort_column)},
                            {"descending", t.query.descending}, {"filter", t.query.filter},
                            {"first_visible_row", t.first_visible_row}, {"visible_ids", visible}}},
        {"commands", commands},
        {"notice", app.notice},
        {"export", export_running(app) ? json{{"filename", export_filename(app)}, {"progress", export_progress(app)}}
                                       : json(nullptr)},
        {"last_export", {{"filename", app.last_export.filename}, {"bytes", app.last_export.bytes}}},
        {"import", {{"files", app.import.sources.size()}, {"errors", app.import.plan.error_count()},
                    {"warnings", app.import.plan.warning_count()}, {"tables", tables},
                    {"planning", app.import.planning()}, {"progress", import_plan_progress(app)},
                    {"activity", import_plan_activity(app)}}},
        {"mapping_presets", presets},
        {"undo", {{"steps", app.undo.undo.size()}, {"redo_steps", app.undo.redo.size()},
                  {"next", app.undo.can_undo() ? json(app.undo.undo.back().label) : json(nullptr)}}},
    };
}

// Long work under way (background_work.hpp); what a script polls while it waits for the page to settle.
json work_state(const AppState& app) {
    const HealthViewState& h = app.health_view;
    const bool analysing = analysis_pending(app);
    return {
        {"pending", work_pending(app)},
        {"analysis", {{"running", analysing}, {"progress", analysis_progress(app)}, {"activity", analysis_activity(app)}}},
        {"import_planning", app.import.planning()},
        {"export", export_running(app)},
        {"backtest", backtest_running(h)},
        {"history", h.history_job != nullptr && !h.history_ready},
        {"saving", app.storage.writing()},
        {"opening_stored", storage_loading(app)},
        {"loaded_from", app.loaded_from},
        {"accounts", app.ws.accounts.size()},
        {"frame", app.frame},
        {"frame_ms", app.frame_ms},
        {"longest_ms", {{"storage_load", app.longest_work.storage_load}, {"analysis", app.longest_work.analysis},
                        {"import_plan", app.longest_work.import_plan}, {"export", app.longest_work.export_file},
                        {"health", app.longest_work.health}, {"save", app.longest_work.save}}},
    };
}

}  // namespace

json automation_state(AppState& app) {
    refresh_derived(app);
    json state = core_state(app);
    for (const Section& section : kSections) state[section.key] = section.fn(app);
    state["work"] = work_state(app);
    return state;
}

bool automation_state_section(AppState& app, const std::string& key, json& out) {
    if (key == "work") {  // what is under way, read without finishing any of it: what a poller waits on
        out = {{"work", work_state(app)}};
        return true;
    }
    refresh_derived(app);
    out = core_state(app);
    if (key == "core") return true;
    for (const Section& section : kSections)
        if (key == section.key) {
            out[section.key] = section.fn(app);
            return true;
        }
    return false;
}

std::string run_automation_command(AppState& app, const std::string& name, const std::string& args_json) {
    json args = json::object();
    if (!args_json.empty()) {
        args = json::parse(args_json, nullptr, false);
        if (args.is_discarded()) return json{{"ok", false}, {"error", "arguments are not valid JSON"}, {"data", nullptr}}.dump();
    }
    const CommandResult r = run_command(app, name, args);
    // Derived state follows, so a state() right after a command reads its effect: at once, or on the page
    // as a job between frames that state() finishes if it comes first (state("work") does not wait).
    if (app.work_between_frames) begin_refresh_derived(app);
    else refresh_derived(app);
    return json{{"ok", r.ok}, {"error", r.error}, {"data", r.data}}.dump();
}

}  // namespace retain
