// Export commands: the workspace as JSON and each entity as CSV, offered as downloads.
#include <cctype>

#include "app/command_support.hpp"
#include "io/entity_csv_export.hpp"
#include "io/workspace_json.hpp"

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

}  // namespace

void add_export_commands(std::vector<Entry>& out) {
    out.push_back({{"export.workspace", "{}", "Download the workspace as one JSON file"}, export_workspace});
    out.push_back({{"export.csv", "{entity}", "Download one entity as a CSV file"}, export_csv});
}

}  // namespace retain::commands
