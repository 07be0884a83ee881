// Workspace commands: open a workspace, the demo, a generated one, an empty one; and data arriving from
// a URL or a file (sniffed: a workspace opens, an export goes into the import, anything else is refused
// with a message).
#include <cctype>
#include <utility>

#include "app/command_support.hpp"
#include "core/demo_generator.hpp"
#include "io/data_sniff.hpp"
#include "io/workspace_json.hpp"

namespace retain::commands {
namespace {

CommandResult open_workspace(AppState& app, const json& args) {
    std::string text, source = "file", name;
    if (!get_string(args, "text", text)) return fail("workspace.open: expected {text: workspace JSON}");
    get_string(args, "source", source);
    get_string(args, "name", name);  // the file or the address, so the message says which one is bad
    Workspace ws;
    std::string error;
    if (!load_workspace_json(text, ws, error)) {
        app.loading = false;
        app.last_error = "Could not open " + (source == "demo" ? std::string("the demo workspace") : name.empty() ? source : name) +
                         ": " + error;
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

// says what they are. The workspace is untouched unless the open succeeds.
CommandResult open_data(AppState& app, const json& args) {
    std::string bytes, name = "the file", source = "file";
    if (!get_string(args, "text", bytes)) return fail("data.open: expected {text, name, source}");
    get_string(args, "name", name);
    get_string(args, "source", source);
    return open_data_bytes(app, std::move(bytes), name, source);
}

CommandResult data_failed(AppState& app, const json& args) {
    std::string message = "the download failed";
    get_string(args, "message", message);
    app.loading = false;
    app.last_error = message;
    return {};
}

}  // namespace

CommandResult open_data_bytes(AppState& app, std::string bytes, const std::string& name, const std::string& source) {
    const DataKind kind = sniff_data(bytes);
    if (kind == DataKind::workspace_json)  // as its own command, for its undo step (undo_scope.cpp)
        return run_command(app, "workspace.open", {{"text", std::move(bytes)}, {"source", source}, {"name", name}});
    app.loading = false;
    if (kind == DataKind::text || kind == DataKind::other_json)
        return add_import_file(app, name, std::move(bytes));
    app.last_error = describe_unusable(kind, name);
    return fail(app.last_error);
}

void add_workspace_commands(std::vector<Entry>& out) {
    out.push_back({{"workspace.open", "{text, source, name}", "Open a workspace from its JSON text"}, open_workspace});
    out.push_back({{"workspace.load_demo", "{}", "Load the embedded demo workspace"}, load_demo});
    out.push_back({{"workspace.generate_demo", "{accounts, seed}", "Generate a demo workspace of any size"}, generate_demo_workspace});
    out.push_back({{"workspace.clear", "{}", "Start an empty workspace"}, clear_workspace});
    out.push_back({{"data.fetch", "{url}", "Load a workspace or an export from an http(s) address"}, fetch_data});
    out.push_back({{"data.open", "{text, name, source}", "Open data that arrived from a URL or a file"}, open_data});
    out.push_back({{"data.failed", "{message}", "Report that a download failed"}, data_failed});
}

}  // namespace retain::commands
