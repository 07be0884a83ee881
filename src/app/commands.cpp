#include "app/commands.hpp"

#include <functional>
#include <utility>

#include <cctype>

#include "core/demo_generator.hpp"
#include "io/data_sniff.hpp"
#include "io/entity_csv_export.hpp"
#include "io/import_fields.hpp"
#include "io/import_plan.hpp"
#include "io/workspace_json.hpp"

namespace retain {
namespace {

using json = nlohmann::json;
using Handler = std::function<CommandResult(AppState&, const json&)>;

CommandResult fail(std::string message) {
    CommandResult r;
    r.ok = false;
    r.error = std::move(message);
    return r;
}

// Argument readers that never throw: bad automation input is a message, not a crash.
bool get_string(const json& args, const char* key, std::string& out) {
    if (!args.is_object() || !args.contains(key) || !args[key].is_string()) return false;
    out = args[key].get<std::string>();
    return true;
}
bool get_bool(const json& args, const char* key, bool fallback) {
    if (!args.is_object() || !args.contains(key) || !args[key].is_boolean()) return fallback;
    return args[key].get<bool>();
}

const char* const kViewKeys[kViewCount] = {"overview", "accounts", "health", "revenue", "playbooks",
                                           "renewals", "team", "voice", "program", "data"};

CommandResult navigate(AppState& app, const json& args) {
    std::string key;
    ViewId v;
    if (!get_string(args, "view", key) || !parse_view(key, v))
        return fail("navigate: expected {view: one of overview, accounts, health, revenue, playbooks, "
                    "renewals, team, voice, program, data}");
    app.view = v;
    return {};
}

CommandResult set_theme(AppState& app, const json& args) {
    std::string mode;
    get_string(args, "mode", mode);
    if (mode == "system") app.theme_mode = ThemeMode::system;
    else if (mode == "dark") app.theme_mode = ThemeMode::dark;
    else if (mode == "light") app.theme_mode = ThemeMode::light;
    else return fail("theme.set: expected {mode: \"system\", \"dark\" or \"light\"}");
    app.style_dirty = true;
    return {};
}

CommandResult open_workspace(AppState& app, const json& args) {
    std::string text, source = "file";
    if (!get_string(args, "text", text)) return fail("workspace.open: expected {text: workspace JSON}");
    get_string(args, "source", source);
    Workspace ws;
    std::string error;
    if (!load_workspace_json(text, ws, error)) {
        app.loading = false;
        app.last_error = "Could not open " + (source == "demo" ? std::string("the demo workspace") : source) + ": " + error;
        return fail(app.last_error);
    }
    replace_workspace(app, std::move(ws), source);
    app.loading = false;
    app.last_error.clear();
    CommandResult r;
    r.data = {{"accounts", app.ws.accounts.size()}};
    return r;
}

CommandResult load_demo(AppState& app, const json&) {
    if (!app.hooks.request_demo) return fail("workspace.load_demo: this platform cannot load the demo");
    app.loading = true;
    app.loading_message = "Loading the demo workspace...";
    app.hooks.request_demo();
    return {};
}

CommandResult generate_demo_workspace(AppState& app, const json& args) {
    DemoOptions options;
    if (args.is_object() && args.contains("accounts")) {
        if (!args["accounts"].is_number_integer() || args["accounts"].get<int64_t>() < 1 ||
            args["accounts"].get<int64_t>() > 1'000'000)
            return fail("workspace.generate_demo: accounts must be an integer from 1 to 1,000,000");
        options.accounts = int32_t(args["accounts"].get<int64_t>());
    }
    if (args.is_object() && args.contains("seed")) {
        if (!args["seed"].is_number_unsigned()) return fail("workspace.generate_demo: seed must be a non-negative integer");
        options.seed = args["seed"].get<uint64_t>();
    }
    replace_workspace(app, generate_demo(options), "generated");
    app.last_error.clear();
    CommandResult r;
    r.data = {{"accounts", app.ws.accounts.size()}};
    return r;
}

CommandResult clear_workspace(AppState& app, const json&) {
    Workspace empty;
    empty.settings.name = "Empty workspace";
    replace_workspace(app, std::move(empty), "");
    return {};
}

CommandResult sort_accounts(AppState& app, const json& args) {
    std::string column;
    AccountColumn c;
    if (!get_string(args, "column", column) || !parse_enum(column, c))
        return fail("accounts.sort: expected {column: name, segment, owner, arr, renewal or stage, descending: bool}");
    AccountsTableState& t = app.accounts_table;
    t.query.sort_column = c;
    t.query.descending = get_bool(args, "descending", false);
    t.dirty = true;
    return {};
}

CommandResult filter_accounts(AppState& app, const json& args) {
    std::string text;
    if (!get_string(args, "text", text)) return fail("accounts.filter: expected {text: string}");
    AccountsTableState& t = app.accounts_table;
    if (text.size() >= sizeof t.filter_text) return fail("accounts.filter: the search text is too long");
    t.query.filter = text;
    text.copy(t.filter_text, text.size());
    t.filter_text[text.size()] = '\0';
    t.dirty = true;
    t.scroll_to_top = true;
    return {};
}

CommandResult select_account(AppState& app, const json& args) {
    std::string id;
    if (!get_string(args, "id", id)) return fail("accounts.select: expected {id: account id}");
    const AccountIx ix = app.ws.find_account(id);
    if (ix == kNoAccount) return fail("accounts.select: no account with id \"" + id + "\"");
    app.selected = ix;
    return {};
}

CommandResult close_panel(AppState& app, const json&) {
    app.selected = kNoAccount;
    return {};
}

// "Northwind Analytics (demo)" -> "northwind-analytics-demo": a file name every system accepts.
std::string file_stem(const std::string& name) {
    std::string stem;
    for (const char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c))) stem += char(std::tolower(static_cast<unsigned char>(c)));
        else if (!stem.empty() && stem.back() != '-') stem += '-';
    }
    while (!stem.empty() && stem.back() == '-') stem.pop_back();
    return stem.empty() ? "retain-workspace" : stem;
}

CommandResult offer_download(AppState& app, const std::string& filename, const char* mime, const std::string& data) {
    if (!app.hooks.download) return fail("export: this platform cannot download files");
    app.hooks.download(filename, mime, data);
    CommandResult r;
    r.data = {{"filename", filename}, {"bytes", data.size()}};
    return r;
}

CommandResult export_workspace(AppState& app, const json&) {
    return offer_download(app, file_stem(app.ws.settings.name) + ".retain.json", "application/json",
                          save_workspace_json(app.ws));
}

CommandResult export_csv(AppState& app, const json& args) {
    std::string entity;
    ExportEntity e;
    if (!get_string(args, "entity", entity) || !parse_enum(entity, e))
        return fail("export.csv: expected {entity: accounts, csms, contacts, subscriptions, mrr, usage, tickets, "
                    "surveys or touchpoints}");
    refresh_derived(app);  // the accounts file carries current MRR from the analysis
    return offer_download(app, file_stem(app.ws.settings.name) + "-" + entity + ".csv", "text/csv",
                          export_entity_csv(app.ws, app.analysis, e));
}

// Only http(s) addresses, or addresses relative to the page (resolved by the browser), are fetched:
// file:, data:, javascript: and the like are refused before anything is requested.
bool fetchable_url(const std::string& url) {
    if (url.empty()) return false;
    const size_t colon = url.find(':');
    const size_t slash = url.find('/');
    if (colon == std::string::npos || (slash != std::string::npos && slash < colon)) return true;  // relative
    std::string scheme = url.substr(0, colon);
    for (char& c : scheme) c = char(std::tolower(static_cast<unsigned char>(c)));
    return scheme == "http" || scheme == "https";
}

CommandResult fetch_data(AppState& app, const json& args) {
    std::string url;
    if (!get_string(args, "url", url)) return fail("data.fetch: expected {url}");
    while (!url.empty() && std::isspace(static_cast<unsigned char>(url.back()))) url.pop_back();
    while (!url.empty() && std::isspace(static_cast<unsigned char>(url.front()))) url.erase(url.begin());
    if (!fetchable_url(url)) return fail("Only http and https addresses can be loaded, not \"" + url + "\".");
    if (!app.hooks.fetch_url) return fail("data.fetch: this platform cannot load URLs");
    app.loading = true;
    app.loading_progress = -1.0f;
    app.loading_message = "Loading " + url + "...";
    app.last_error.clear();
    app.hooks.fetch_url(url);
    return {};
}

// ---- import: files gathered into a plan the user reviews; the workspace changes only on commit ----

void replan(AppState& app) {
    ImportSession& im = app.import;
    im.plan = im.sources.empty() ? ImportPlan{} : build_import_plan(app.ws, im.sources, im.mode, app.today);
}

CommandResult import_summary(const AppState& app) {
    CommandResult r;
    json files = json::array();
    for (const FileReport& f : app.import.plan.files)
        files.push_back({{"name", f.name}, {"entity", entity_info(f.entity).key}, {"encoding", f.encoding},
                         {"rows", f.rows}, {"rejected", f.rows_rejected}});
    r.data = {{"files", files}, {"errors", app.import.plan.error_count()}, {"warnings", app.import.plan.warning_count()}};
    return r;
}

CommandResult add_import_file(AppState& app, const std::string& name, std::string bytes) {
    ImportSource source;
    source.name = name;
    source.bytes = std::move(bytes);
    app.import.sources.push_back(std::move(source));
    replan(app);
    app.view = ViewId::data;
    app.last_error.clear();
    return import_summary(app);
}

CommandResult import_add(AppState& app, const json& args) {
    std::string name, text;
    if (!get_string(args, "name", name) || !get_string(args, "text", text))
        return fail("import.add: expected {name, text}");
    return add_import_file(app, name, std::move(text));
}

bool import_file_index(const AppState& app, const json& args, size_t& out) {
    if (!args.is_object() || !args.contains("file") || !args["file"].is_number_unsigned()) return false;
    out = args["file"].get<size_t>();
    return out < app.import.sources.size();
}

CommandResult import_set_entity(AppState& app, const json& args) {
    size_t file = 0;
    std::string entity;
    ImportEntity e;
    if (!import_file_index(app, args, file) || !get_string(args, "entity", entity) || !parse_import_entity(entity, e))
        return fail("import.set_entity: expected {file: index of an import file, entity: accounts, csms, contacts, "
                    "subscriptions, mrr, usage, tickets, surveys or touchpoints}");
    app.import.sources[file].entity = e;
    app.import.sources[file].mapping.reset();
    replan(app);
    return import_summary(app);
}

CommandResult import_set_mode(AppState& app, const json& args) {
    std::string mode;
    get_string(args, "mode", mode);
    if (mode == "merge") app.import.mode = ImportMode::merge;
    else if (mode == "replace") app.import.mode = ImportMode::replace;
    else return fail("import.set_mode: expected {mode: \"merge\" or \"replace\"}");
    replan(app);
    return import_summary(app);
}

CommandResult import_remove(AppState& app, const json& args) {
    size_t file = 0;
    if (!import_file_index(app, args, file)) return fail("import.remove: expected {file: index of an import file}");
    app.import.sources.erase(app.import.sources.begin() + std::ptrdiff_t(file));
    replan(app);
    return import_summary(app);
}

CommandResult import_commit(AppState& app, const json& args) {
    ImportSession& im = app.import;
    if (!im.active()) return fail("import.commit: there is nothing to import");
    im.plan.skip_bad_rows = get_bool(args, "skip_bad_rows", im.skip_bad_rows);
    std::string error;
    if (!commit_import(im.plan, app.ws, error)) return fail("Nothing was imported: " + error);
    size_t added = 0;
    for (const EntityCounts& c : im.plan.counts) added += c.add + c.update;
    const size_t files = im.sources.size();
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
// says what they are. The workspace is untouched unless the open succeeds.
CommandResult open_data(AppState& app, const json& args) {
    std::string bytes, name = "the file", source = "file";
    if (!get_string(args, "text", bytes)) return fail("data.open: expected {text, name, source}");
    get_string(args, "name", name);
    get_string(args, "source", source);
    const DataKind kind = sniff_data(bytes);
    if (kind == DataKind::workspace_json) return open_workspace(app, {{"text", std::move(bytes)}, {"source", source}});
    app.loading = false;
    if (kind == DataKind::text || kind == DataKind::other_json)
        return add_import_file(app, name, std::move(bytes));
    app.last_error = describe_unusable(kind, name);
    return fail(app.last_error);
}

CommandResult data_failed(AppState& app, const json& args) {
    std::string message = "the download failed";
    get_string(args, "message", message);
    app.loading = false;
    app.last_error = message;
    return {};
}

struct Entry {
    CommandInfo info;
    Handler handler;
};

const std::vector<Entry>& registry() {
    static const std::vector<Entry> entries = {
        {{"navigate", "{view}", "Show a view"}, navigate},
        {{"theme.set", "{mode: system|dark|light}", "Choose the colour theme"}, set_theme},
        {{"workspace.open", "{text, source}", "Open a workspace from its JSON text"}, open_workspace},
        {{"workspace.load_demo", "{}", "Load the embedded demo workspace"}, load_demo},
        {{"workspace.generate_demo", "{accounts, seed}", "Generate a demo workspace of any size"}, generate_demo_workspace},
        {{"workspace.clear", "{}", "Start an empty workspace"}, clear_workspace},
        {{"accounts.sort", "{column, descending}", "Sort the accounts table"}, sort_accounts},
        {{"accounts.filter", "{text}", "Filter the accounts table"}, filter_accounts},
        {{"accounts.select", "{id}", "Open an account's detail panel"}, select_account},
        {{"panel.close", "{}", "Close the account panel"}, close_panel},
        {{"data.fetch", "{url}", "Load a workspace file from an http(s) address"}, fetch_data},
        {{"data.open", "{text, name, source}", "Open data that arrived from a URL or a file"}, open_data},
        {{"data.failed", "{message}", "Report that a download failed"}, data_failed},
        {{"import.pick_files", "{}", "Choose files to import (the browser's file picker)"}, pick_files},
        {{"import.add", "{name, text}", "Add a file to the import being prepared"}, import_add},
        {{"import.set_entity", "{file, entity}", "Read an import file as another entity"}, import_set_entity},
        {{"import.set_mode", "{mode: merge|replace}", "Merge by id or replace the imported entities"}, import_set_mode},
        {{"import.remove", "{file}", "Leave a file out of the import"}, import_remove},
        {{"import.commit", "{skip_bad_rows}", "Apply the import to the workspace"}, import_commit},
        {{"import.cancel", "{}", "Drop the import; the workspace stays as it is"}, import_cancel},
        {{"export.workspace", "{}", "Download the workspace as one JSON file"}, export_workspace},
        {{"export.csv", "{entity}", "Download one entity as a CSV file"}, export_csv},
    };
    return entries;
}

}  // namespace

const char* view_key(ViewId v) { return kViewKeys[int(v)]; }

bool parse_view(const std::string& key, ViewId& out) {
    for (int i = 0; i < kViewCount; ++i)
        if (key == kViewKeys[i]) { out = ViewId(i); return true; }
    return false;
}

CommandResult run_command(AppState& app, const std::string& name, const json& args) {
    for (const Entry& e : registry())
        if (name == e.info.name) return e.handler(app, args);
    return fail("unknown command \"" + name + "\"");
}

void post_command(AppState& app, std::string name, json args) {
    app.pending.push_back({std::move(name), std::move(args)});
}

void apply_pending_commands(AppState& app) {
    // Swap first: a command may post more commands, which then run after the next frame.
    std::vector<PendingCommand> queue;
    queue.swap(app.pending);
    for (const PendingCommand& c : queue) {
        const CommandResult r = run_command(app, c.name, c.args);
        if (!r.ok) app.last_error = r.error;
    }
}

const std::vector<CommandInfo>& command_list() {
    static const std::vector<CommandInfo> list = [] {
        std::vector<CommandInfo> out;
        for (const Entry& e : registry()) out.push_back(e.info);
        return out;
    }();
    return list;
}

}  // namespace retain
