// Storage commands: save now, restore a kept version, follow another tab or keep this one's changes,
// export what is stored as it is, and start over. The answers arrive as storage events (storage_events.cpp).
#include "app/command_support.hpp"
#include "app/storage.hpp"

namespace retain::commands {
namespace {

CommandResult save_now(AppState& app, const json&) {
    std::string why;
    if (!storage_has_unsaved(app) && app.storage.mode == StorageMode::ready && !app.storage.save_failed) {
        CommandResult r;
        r.data = {{"started", false}, {"reason", "nothing to save: storage holds this workspace"}};
        return r;
    }
    if (!storage_save_now(app, why)) return fail("storage.save_now: " + why);
    CommandResult r;
    r.data = {{"started", true}};
    return r;
}

bool kept(const AppState& app, int64_t id) {
    for (const StoredVersion& v : app.storage.versions)
        if (v.id == id) return true;
    return false;
}

CommandResult restore(AppState& app, const json& args) {
    size_t version = 0;
    if (!get_index(args, "version", version) || version == 0)
        return fail("storage.restore: expected {version: the id of a kept version}");
    if (!kept(app, int64_t(version))) return fail("storage.restore: version " + std::to_string(version) + " is not kept");
    if (!app.hooks.storage_load) return fail("storage.restore: this platform has no browser storage");
    const StorageMode mode = app.storage.mode;
    if (mode == StorageMode::read_only || mode == StorageMode::unavailable || mode == StorageMode::starting)
        return fail("storage.restore: " + (app.storage.problem.empty() ? std::string("storage is not ready") : app.storage.problem));
    app.hooks.storage_load(int64_t(version), "restore");
    return {};
}

CommandResult load_latest(AppState& app, const json&) {
    if (!app.hooks.storage_load) return fail("storage.load_latest: this platform has no browser storage");
    if (app.storage.mode == StorageMode::starting || app.storage.mode == StorageMode::unavailable)
        return fail("storage.load_latest: storage is not ready");
    app.hooks.storage_load(0, "latest");
    return {};
}

// Conflict resolved for this tab: its workspace is saved as the newest version, on top of the other tab's
// (which stays in the versions list).
CommandResult keep_mine(AppState& app, const json&) {
    StorageState& s = app.storage;
    if (s.mode != StorageMode::conflict) return fail("storage.keep_mine: there is no conflict with another tab");
    s.mode = StorageMode::ready;
    s.head = s.remote_head;
    s.remote_head = 0;
    std::string why;
    if (!storage_save_now(app, why)) return fail("storage.keep_mine: " + why);
    return {};
}

CommandResult export_raw(AppState& app, const json& args) {
    size_t version = 0;
    if (!get_index(args, "version", version)) {
        const StorageState& s = app.storage;
        version = size_t(s.damaged_version ? s.damaged_version : s.head);
    }
    if (version == 0) return fail("storage.export_raw: nothing is stored");
    if (!app.hooks.storage_export_raw) return fail("storage.export_raw: this platform has no browser storage");
    app.hooks.storage_export_raw(int64_t(version));
    return {};
}

// "Start over": every stored version is deleted. The UI asks first; automation says {confirm: true}.
CommandResult clear(AppState& app, const json& args) {
    if (!get_bool(args, "confirm", false))
        return fail("storage.clear: deletes every stored version; pass {confirm: true} to do it");
    if (!app.hooks.storage_clear) return fail("storage.clear: this platform has no browser storage");
    if (app.storage.mode == StorageMode::starting) return fail("storage.clear: storage is not ready");
    app.hooks.storage_clear();
    return {};
}

}  // namespace

void add_storage_commands(std::vector<Entry>& out) {
    out.push_back({{"storage.save_now", "{}", "Save the workspace to browser storage now"}, save_now});
    out.push_back({{"storage.restore", "{version}", "Open a kept version and save it as the newest"}, restore});
    out.push_back({{"storage.load_latest", "{}", "Open the newest saved version (another tab's)"}, load_latest});
    out.push_back({{"storage.keep_mine", "{}", "Save this tab's workspace over another tab's newer save"}, keep_mine});
    out.push_back({{"storage.export_raw", "{version}", "Download a stored record's bytes as they are"}, export_raw});
    out.push_back({{"storage.clear", "{confirm: true}", "Start over: delete every stored version"}, clear});
}

}  // namespace retain::commands
