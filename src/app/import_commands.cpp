// Import commands: files gathered into a plan the user reviews; the workspace changes only on commit.
#include <utility>

#include "app/command_support.hpp"
#include "app/import_job.hpp"
#include "io/import_fields.hpp"
#include "io/import_plan.hpp"

namespace retain::commands {

// Files of a few MB are planned before the command returns, as they always were; a larger import goes
// on a slice a frame (import_job.hpp) and its summary says it is pending.
constexpr double kPlanAtOnceMs = 40.0;

void replan_import(AppState& app) { start_import_plan(app, kPlanAtOnceMs); }

CommandResult import_summary(const AppState& app) {
    CommandResult r;
    if (app.import.planning()) {
        r.data = {{"pending", true}, {"progress", import_plan_progress(app)}, {"activity", import_plan_activity(app)}};
        return r;
    }
    json files = json::array();
    for (const FileReport& f : app.import.plan.files)
        files.push_back({{"file", f.source}, {"name", f.name}, {"entity", entity_info(f.entity).key},
                         {"encoding", f.encoding}, {"preset", f.preset}, {"rows", f.rows},
                         {"rejected", f.rows_rejected}});
    r.data = {{"files", files}, {"errors", app.import.plan.error_count()}, {"warnings", app.import.plan.warning_count()}};
    return r;
}

bool import_file_index(const AppState& app, const json& args, size_t& out) {
    return get_index(args, "file", out) && out < app.import.sources.size();
}

CommandResult add_import_file(AppState& app, const std::string& name, std::string bytes) {
    ImportSource source;
    source.name = name;
    source.bytes = std::move(bytes);
    app.import.sources.push_back(std::move(source));
    replan_import(app);
    app.view = ViewId::data;
    app.last_error.clear();
    return import_summary(app);
}


namespace {

CommandResult import_add(AppState& app, const json& args) {
    std::string name, text;
    if (!get_string(args, "name", name) || !get_string(args, "text", text))
        return fail("import.add: expected {name, text}");
    return add_import_file(app, name, std::move(text));
}

CommandResult import_set_entity(AppState& app, const json& args) {
    size_t file = 0;
    std::string entity;
    ImportEntity e;
    if (!import_file_index(app, args, file) || !get_string(args, "entity", entity) || !parse_import_entity(entity, e))
        return fail("import.set_entity: expected {file: index of an import file, entity: accounts, csms, contacts, "
                    "subscriptions, mrr, usage, tickets, surveys or touchpoints}");
    ImportSource& source = app.import.sources[file];
    source.entity = e;
    source.mapping.reset();
    source.preset.reset();
    replan_import(app);
    return import_summary(app);
}

CommandResult import_set_mode(AppState& app, const json& args) {
    std::string mode;
    get_string(args, "mode", mode);
    if (mode == "merge") app.import.mode = ImportMode::merge;
    else if (mode == "replace") app.import.mode = ImportMode::replace;
    else return fail("import.set_mode: expected {mode: \"merge\" or \"replace\"}");
    replan_import(app);
    return import_summary(app);
}

CommandResult import_remove(AppState& app, const json& args) {
    size_t file = 0;
    if (!import_file_index(app, args, file)) return fail("import.remove: expected {file: index of an import file}");
    app.import.sources.erase(app.import.sources.begin() + std::ptrdiff_t(file));
    replan_import(app);
    return import_summary(app);
}

CommandResult import_commit(AppState& app, const json& args) {
    ImportSession& im = app.import;
    if (!im.active()) return fail("import.commit: there is nothing to import");
    if (im.planning())
        return fail("import.commit: the files are still being read (" + std::to_string(int(import_plan_progress(app) * 100)) +
                    "%); import them when the plan is ready");
    im.plan.skip_bad_rows = get_bool(args, "skip_bad_rows", im.skip_bad_rows);
    std::string error;
    if (!import_would_commit(im.plan, app.ws, error)) return fail("Nothing was imported: " + error);
    // The files' bytes were kept for another plan (a changed mapping, mode or file); past the checks the
    // import cannot be tried again, so they go before the commit grows the workspace (53 MB of the
    // 100,000-account dataset, at the import's peak).
    const size_t files = im.sources.size();
    std::vector<ImportSource>().swap(im.sources);
    size_t added = 0;
    for (const EntityCounts& c : im.plan.counts) added += c.add + c.update;
    if (!commit_checked_import(im.plan, app.ws, error)) {  // only out of memory now; the workspace is as it was
        app.import = ImportSession{};
        return fail("Nothing was imported: " + error);
    }
    app.import = ImportSession{};
    if (app.loaded_from.empty()) app.loaded_from = "import";
    ++app.revision;
    app.last_error.clear();
    app.notice = "Imported " + std::to_string(files) + (files == 1 ? " file: " : " files: ") + std::to_string(added) +
                 " records added or updated.";
    CommandResult r;
    r.data = {{"records", added}, {"accounts", app.ws.accounts.size()}};
    return r;
}

CommandResult import_cancel(AppState& app, const json&) {
    app.import = ImportSession{};
    return {};
}

CommandResult pick_files(AppState& app, const json&) {
    if (!app.hooks.pick_files) return fail("import.pick_files: this platform has no file picker");
    app.hooks.pick_files();
    return {};
}

// Bytes that arrived from a URL or a file: opened when they are a workspace, otherwise a message that

}  // namespace

void add_import_commands(std::vector<Entry>& out) {
    out.push_back({{"import.pick_files", "{}", "Choose files to import (the browser's file picker)"}, pick_files});
    out.push_back({{"import.add", "{name, text}", "Add a file to the import being prepared"}, import_add});
    out.push_back({{"import.set_entity", "{file, entity}", "Read an import file as another entity"}, import_set_entity});
    out.push_back({{"import.set_mode", "{mode: merge|replace}", "Merge by id or replace the imported entities"}, import_set_mode});
    out.push_back({{"import.remove", "{file}", "Leave a file out of the import"}, import_remove});
    out.push_back({{"import.commit", "{skip_bad_rows}", "Apply the import to the workspace"}, import_commit});
    out.push_back({{"import.cancel", "{}", "Drop the import; the workspace stays as it is"}, import_cancel});
}

}  // namespace retain::commands
