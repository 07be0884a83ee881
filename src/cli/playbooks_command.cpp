// retain playbooks run WS.json [--as-of YYYY-MM-DD] [--out WS2.json] [--json]: runs the workspace's
// enabled playbooks (the built-in library unless the file has its own) as the page's "Run now" does,
// and prints the tasks it creates. With --out, writes the workspace with those tasks added, so a second
// run on that file creates none. The date is --as-of, else the workspace's as-of date, else today.
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "core/playbooks/playbook_engine.hpp"
#include "io/playbooks_json.hpp"
#include "io/workspace_json.hpp"
#include "io/workspace_snapshot.hpp"

namespace retain::cli {
namespace {

void print_text(const PlaybookRun& run, Date as_of, int32_t limit) {
    const std::vector<Task>& tasks = run.created;
    std::printf("%zu tasks created as of %s\n", tasks.size(), format_iso(as_of).c_str());
    if (run.held_back > 0)
        std::printf("%d tasks held back: %zu owners at the limit of %d open tasks (team_settings.open_tasks_per_owner)\n",
                    run.held_back, run.owners_at_limit.size(), limit);
    for (const Task& t : tasks)
        std::printf("%s\t%s\tdue %s\tpriority %d\t%s\n", t.account.c_str(), t.playbook.c_str(),
                    format_iso(t.due).c_str(), t.priority, t.title.c_str());
}

}  // namespace

int run_playbooks(const std::vector<std::string>& args) {
    if (args.empty() || args[0] != "run") return bad_input("playbooks", "usage: retain playbooks run WS.json [--as-of YYYY-MM-DD] [--out WS2.json] [--json]");
    std::vector<Option> options;
    std::string error;
    if (!parse_options({args.begin() + 1, args.end()}, {"--json"}, options, error)) return bad_input("playbooks", error);
    std::string path, out;
    Date as_of;
    bool json_out = false;
    for (const Option& o : options) {
        if (o.name.empty()) {
            if (!path.empty()) return bad_input("playbooks", "expected one workspace file, got \"" + path + "\" and \"" + o.value + "\"");
            path = o.value;
        } else if (o.name == "--as-of") {
            if (!parse_iso_date(o.value, as_of)) return bad_input("playbooks", "--as-of: expected YYYY-MM-DD, got \"" + o.value + "\"");
        } else if (o.name == "--out") {
            out = o.value;
        } else if (o.name == "--json") {
            json_out = true;
        } else {
            return bad_input("playbooks", "unknown option " + o.name + " (see retain --help)");
        }
    }
    if (path.empty()) return bad_input("playbooks", "usage: retain playbooks run WS.json [--as-of YYYY-MM-DD] [--out WS2.json] [--json]");
    std::string text;
    if (!read_input(path, text, error)) return bad_input("playbooks", "cannot read " + error);
    Workspace ws;
    if (!load_workspace_file_bytes(text, ws, error)) return bad_input("playbooks", path + ": " + error);

    // --as-of reads the workspace at that date; the file keeps its own as-of date.
    const Date saved_as_of = ws.settings.as_of;
    if (as_of.ok()) ws.settings.as_of = as_of;
    const Analysis analysis = analyse(ws, utc_today());
    const PlaybookContext ctx = make_playbook_context(ws, analysis);
    PlaybookRun run = run_playbooks(ws, ctx);
    ws.settings.as_of = saved_as_of;

    if (json_out) {
        nlohmann::json tasks = nlohmann::json::array();
        for (const Task& t : run.created) tasks.push_back(task_to_json(t));
        const nlohmann::json doc{{"as_of", format_iso(ctx.as_of)}, {"created", run.created.size()},
                                 {"held_back", run.held_back}, {"owners_at_limit", run.owners_at_limit}, {"tasks", tasks}};
        std::printf("%s\n", doc.dump(2).c_str());
    } else {
        print_text(run, ctx.as_of, ws.team_settings.open_tasks_per_owner);
    }
    if (!out.empty()) {
        ws.tasks.insert(ws.tasks.end(), run.created.begin(), run.created.end());
        if (!write_output(out, save_workspace_json(ws), error)) {
            std::fprintf(stderr, "retain playbooks: %s\n", error.c_str());
            return kExitFailure;
        }
    }
    return kExitOk;
}

}  // namespace retain::cli
