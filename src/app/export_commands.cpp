// Export commands: the workspace as JSON and each entity as CSV, offered as downloads.
#include <cctype>

#include "app/command_support.hpp"
#include "app/export_job.hpp"
#include "io/entity_csv_export.hpp"

namespace retain::commands {

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

namespace {

// The file is ready at once for a small workspace ({filename, bytes}); a large one is made a slice a frame
// ({filename, pending: true}; the state's `export` shows its progress and `last_export` the result).
CommandResult started(AppState& app, const std::string& entity, const std::string& filename) {
    if (!app.hooks.download) return fail("export: this platform cannot download files");
    CommandResult r;
    if (start_export(app, entity, filename)) r.data = {{"filename", filename}, {"bytes", app.last_export.bytes}};
    else r.data = {{"filename", filename}, {"pending", true}, {"progress", export_progress(app)}};
    return r;
}

CommandResult export_workspace(AppState& app, const json&) {
    return started(app, "", file_stem(app.ws.settings.name) + ".retain.json");
}

CommandResult export_csv(AppState& app, const json& args) {
    std::string entity;
    ExportEntity e;
    if (!get_string(args, "entity", entity) || !parse_enum(entity, e))
        return fail("export.csv: expected {entity: accounts, csms, contacts, subscriptions, mrr, usage, tickets, "
                    "surveys or touchpoints}");
    return started(app, entity, file_stem(app.ws.settings.name) + "-" + entity + ".csv");
}

CommandResult export_cancel(AppState& app, const json&) {
    const bool was = export_running(app);
    cancel_export(app);
    CommandResult r;
    r.data = {{"cancelled", was}};
    return r;
}

// Only http(s) addresses, or addresses relative to the page (resolved by the browser), are fetched:

}  // namespace

void add_export_commands(std::vector<Entry>& out) {
    out.push_back({{"export.workspace", "{}", "Download the workspace as one JSON file"}, export_workspace});
    out.push_back({{"export.csv", "{entity}", "Download one entity as a CSV file"}, export_csv});
    out.push_back({{"export.cancel", "{}", "Stop the export under way"}, export_cancel});
}

}  // namespace retain::commands
