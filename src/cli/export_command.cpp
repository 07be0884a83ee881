// retain export WS.json --entity E [--today YYYY-MM-DD]: one entity of a workspace as CSV on stdout,
// exactly the file the page downloads (io/entity_csv_export.hpp). The accounts file's current MRR is read
// at the workspace's as-of date, else at --today, else today.
#include <cstdio>
#include <ctime>

#include "cli/commands.hpp"
#include "core/analysis.hpp"
#include "io/entity_csv_export.hpp"
#include "io/workspace_json.hpp"

namespace retain::cli {

int run_export(const std::vector<std::string>& args) {
    std::vector<Option> options;
    std::string error;
    if (!parse_options(args, {}, options, error)) return bad_input("export", error);
    std::string path;
    std::string entity_name;
    Date today;
    for (const Option& o : options) {
        if (o.name.empty()) {
            if (!path.empty()) return bad_input("export", "expected one workspace file, got \"" + path + "\" and \"" + o.value + "\"");
            path = o.value;
        } else if (o.name == "--entity") {
            entity_name = o.value;
        } else if (o.name == "--today") {
            if (!parse_iso_date(o.value, today)) return bad_input("export", "--today: expected YYYY-MM-DD, got \"" + o.value + "\"");
        } else {
            return bad_input("export", "unknown option " + o.name + " (see retain --help)");
        }
    }
    if (path.empty() || entity_name.empty()) return bad_input("export", "usage: retain export WS.json --entity E");
    ExportEntity entity;
    if (!parse_enum(entity_name, entity))
        return bad_input("export", "--entity: unknown entity \"" + entity_name +
                                       "\" (accounts, csms, contacts, subscriptions, mrr, usage, tickets, surveys, touchpoints)");
    std::string text;
    if (!read_input(path, text, error)) return bad_input("export", "cannot read " + error);
    Workspace ws;
    if (!load_workspace_json(text, ws, error)) return bad_input("export", path + ": " + error);
    if (!today.ok()) today = utc_today();
    const Analysis analysis = analyse(ws, today);
    if (!write_output("-", export_entity_csv(ws, analysis, entity), error)) {
        std::fprintf(stderr, "retain export: %s\n", error.c_str());
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace retain::cli
