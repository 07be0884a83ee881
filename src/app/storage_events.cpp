// The platform's answers about browser storage (storage.hpp, storage_event). Each leaves the app in a
// state the user can act on: a damaged or newer record never replaces the workspace silently, a failed
// save keeps the workspace in memory as it is, and another tab's newer save is followed only when this
// tab has nothing unsaved.
#include <limits>
#include <utility>

#include "app/stopwatch.hpp"
#include "app/commands.hpp"
#include "app/storage.hpp"
#include "io/workspace_json.hpp"
#include "io/workspace_snapshot.hpp"

namespace retain {
namespace {

using json = nlohmann::json;

int64_t whole(const json& e, const char* key) {
    const auto it = e.find(key);
    return it != e.end() && it->is_number_integer() ? it->get<int64_t>() : 0;
}

std::string text(const json& e, const char* key) {
    const auto it = e.find(key);
    return it != e.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A record stored in parts: the lengths of the parts the page found, in order (web/retain_storage.js).
std::vector<uint64_t> part_lengths(const json& e) {
    std::vector<uint64_t> out;
    const auto it = e.find("part_bytes");
    if (it == e.end() || !it->is_array()) return out;
    for (const json& n : *it) out.push_back(n.is_number_unsigned() ? n.get<uint64_t>() : UINT64_MAX);
    return out;
}

void take_versions(StorageState& s, const json& e) {
    if (e.contains("versions")) s.versions = parse_versions(e["versions"]);
}

std::string version_words(const StorageState& s, int64_t id) {
    for (const StoredVersion& v : s.versions)
        if (v.id == id && !v.saved_at_text.empty()) return "version " + std::to_string(id) + " (saved " + v.saved_at_text + ")";
    return "version " + std::to_string(id);
}

// The first workspace: nothing stored (or storage unusable) opens ?data= files or the demo as before.
void open_default(AppState& app) {
    if (app.storage.from_address) return;  // the page address's files are already on their way
    run_command(app, "workspace.load_demo", json::object());
}

void opened_from_storage(AppState& app, Workspace ws, int64_t version, const std::string& purpose) {
    StorageState& s = app.storage;
    replace_workspace(app, std::move(ws), "storage");
    mark_clean(s.schedule, app.revision);
    s.head = version;
    s.from_address = false;
    s.save_failed = false;
    for (const StoredVersion& v : s.versions)
        if (v.id == version) s.last_saved_text = v.saved_at_text;
    if (purpose == "remote") app.notice = "Another tab saved a newer version; it is open here now (" + version_words(s, version) + ").";
    if (purpose == "latest") app.notice = "Opened the newest saved version (" + version_words(s, version) + ").";
}

}  // namespace

// Not in the anonymous namespace: StorageState holds a RecordLoad.

// What the record holds, checked and read: the verdict, and the workspace unless it is damaged.
struct ReadRecord {
    RecordCheck check{RecordVerdict::damaged, ""};
    Workspace ws;
    std::string error;  // why the workspace did not read (a newer record may still be named)
};

// The checks and the reading of a record as steps (RecordChecker, SnapshotReader): a 35 MB snapshot
// held the page for ~0.4 s read in one call; on a page that works between frames it goes in slices.
struct RecordLoad {
    json event;
    std::string_view data;
    std::shared_ptr<const void> owner;  // keeps `data` alive
    StoredRecordHeader header;
    std::unique_ptr<RecordChecker> checker;
    std::unique_ptr<SnapshotReader> reader;
    ReadRecord read;
    double ms = 0;  // the steps' time so far
};

namespace {

void apply_record(AppState& app, const json& e, ReadRecord read);

// One step; true when the record is read (or found damaged) and ready to apply.
bool step_record(RecordLoad& load) {
    if (load.checker) {
        if (!load.checker->step()) return false;
        load.read.check = load.checker->result();
        load.checker.reset();
        if (load.read.check.verdict == RecordVerdict::damaged) return true;
        WorkspaceReadOptions options;
        options.accept_newer = load.read.check.verdict == RecordVerdict::newer;
        if (load.header.encoding == kSnapshotEncoding) {
            load.reader = std::make_unique<SnapshotReader>(load.data, options);
            return false;
        }
        load_record_workspace(load.header, load.data, load.read.ws, load.read.error, options);  // JSON: one piece
    } else if (load.reader) {
        load.reader->step();
        if (!load.reader->done()) return false;
        load.reader->finish(load.read.ws, load.read.error);
        load.reader.reset();
    }
    if (!load.read.error.empty() && load.read.check.verdict == RecordVerdict::ok)
        load.read.check = {RecordVerdict::damaged, "its workspace does not read: " + load.read.error};
    return true;
}

// A record arrived: at start-up, for a restore, or the newest after another tab saved.
void on_record(AppState& app, const json& e, std::string_view data, std::shared_ptr<const void> owner) {
    StorageState& s = app.storage;
    const std::string purpose = text(e, "purpose");
    const int64_t version = whole(e, "version");
    take_versions(s, e);
    s.record_load.reset();  // a newer answer replaces one still being read
    if (purpose == "open" && version == 0) {  // nothing stored yet: the first visit
        s.mode = StorageMode::ready;
        s.head = 0;
        open_default(app);
        return;
    }
    auto load = std::make_shared<RecordLoad>();
    load->event = e;
    load->read.check.message = text(e, "problem");  // set by the page when the record has no bytes at all
    if (load->read.check.message.empty()) {
        if (!e.contains("header")) load->read.check.message = "the record has no header";
        else if (parse_record_header(e["header"], load->header, load->read.check.message)) {
            // Read between frames on a page that works there, so the bytes must outlive this call: the
            // page's buffer is handed over (`owner`), other callers' bytes are copied.
            load->data = data;
            load->owner = std::move(owner);
            if (app.work_between_frames && !load->owner) {
                auto copy = std::make_shared<std::string>(data);
                load->data = *copy;
                load->owner = std::move(copy);
            }
            load->checker = std::make_unique<RecordChecker>(load->header, load->data, part_lengths(e));
        }
    }
    if (!load->checker) {  // damaged before any byte is read
        apply_record(app, e, std::move(load->read));
        return;
    }
    s.record_load = std::move(load);
    if (!app.work_between_frames) storage_advance_load(app, std::numeric_limits<double>::infinity());
}

void apply_record(AppState& app, const json& e, ReadRecord read) {
    StorageState& s = app.storage;
    const std::string purpose = text(e, "purpose");
    const int64_t version = whole(e, "version");
    const int64_t head = whole(e, "head");
    RecordCheck& check = read.check;
    Workspace& ws = read.ws;
    const std::string& error = read.error;
    const std::string what = version_words(s, version);
    if (check.verdict == RecordVerdict::damaged) {
        if (purpose == "open") {
            // The app starts anyway, on an empty workspace unless ?data= brought one; nothing is saved
            // over the stored versions until the user restores one or starts over.
            s.mode = StorageMode::damaged;
            s.head = head;
            s.damaged_version = version;
            s.problem = "The stored workspace, " + what + ", is damaged: " + check.message + ".";
            if (!s.from_address) {
                Workspace empty;
                empty.settings.name = "Empty workspace";
                replace_workspace(app, std::move(empty), "");
            }
            return;
        }
        app.last_error = "Could not open " + what + ": it is damaged: " + check.message + ". Nothing was changed.";
        return;
    }
    if (check.verdict == RecordVerdict::newer) {
        // Saving would write this build's format over data it cannot read: the workspace opens read-only.
        s.mode = StorageMode::read_only;
        s.head = head;
        s.problem = "The stored workspace was " + check.message + ". It is open read-only and nothing is "
                    "saved, so the newer data stays safe; use the newer Retain to change it.";
        if (error.empty()) {
            if (purpose != "open" || !s.from_address) opened_from_storage(app, std::move(ws), version, purpose);
        } else {
            s.problem += " This build cannot show it (" + error + "); export the stored data to keep it.";
        }
        s.mode = StorageMode::read_only;
        return;
    }
    if (purpose == "open") {
        s.mode = StorageMode::ready;
        if (s.from_address) {
            s.head = head;  // the stored workspace stays as it is; saving the opened one adds a version
            return;
        }
        opened_from_storage(app, std::move(ws), version, purpose);
        return;
    }
    if (purpose == "restore") {
        // The restored content becomes the newest version (the damaged or unwanted ones stay listed until
        // they age out), written on top of what storage holds now.
        s.mode = StorageMode::ready;
        s.head = head;
        replace_workspace(app, std::move(ws), "storage");
        s.from_address = false;
        s.save_failed = false;
        std::string why;
        if (storage_save_now(app, why)) app.notice = "Restored " + what + "; it is being saved as the newest version.";
        else app.last_error = "Restored " + what + ", but it could not be saved: " + why;
        return;
    }
    // "latest" (the user chose theirs) or "remote" (a quiet follow): this tab now shows the newest save.
    s.mode = StorageMode::ready;
    s.remote_head = 0;
    opened_from_storage(app, std::move(ws), version, purpose);
}

// The platform is done with the saved parts, either way.
void release_parts(StorageState& s) {
    std::vector<std::string>().swap(s.save_parts);
    s.part_sums.clear();
}

void on_saved(AppState& app, const json& e) {
    StorageState& s = app.storage;
    save_finished(s.schedule, true);
    release_parts(s);
    s.head = whole(e, "version");
    take_versions(s, e);
    s.last_saved_text = text(e, "saved_at_text");
    s.save_failed = false;
    s.quota_exceeded = false;
    s.problem.clear();
    s.from_address = false;
    s.damaged_version = 0;
}

void on_save_failed(AppState& app, const json& e) {
    StorageState& s = app.storage;
    const uint64_t revision = s.schedule.in_flight_revision;
    save_finished(s.schedule, false);
    release_parts(s);
    const std::string kind = text(e, "kind");
    if (kind == "conflict") {
        // Another tab saved since this one last opened or saved: never overwrite it silently.
        s.mode = StorageMode::conflict;
        s.remote_head = whole(e, "head");
        take_versions(s, e);
        return;
    }
    s.save_failed = true;
    s.failed_revision = revision;
    s.quota_exceeded = kind == "quota";
    s.problem = s.quota_exceeded
                    ? "this browser's storage for Retain is full. The workspace is still open here, unchanged: "
                      "export it to keep a copy, or free space (Start over deletes the stored versions)"
                    : "saving failed (" + text(e, "message") + "). The workspace is still open here, unchanged: "
                      "export it to keep a copy";
}

void on_remote_saved(AppState& app, const json& e) {
    StorageState& s = app.storage;
    const int64_t version = whole(e, "version");
    if (version <= s.head || s.mode == StorageMode::starting || s.mode == StorageMode::unavailable) return;
    if (s.mode == StorageMode::read_only || s.mode == StorageMode::damaged) {
        s.remote_head = version;  // shown in the banner; the user decides from there
        return;
    }
    if (storage_has_unsaved(app) || s.schedule.in_flight) {
        s.mode = StorageMode::conflict;
        s.remote_head = version;
        return;
    }
    if (app.hooks.storage_load) app.hooks.storage_load(0, "remote");
}

}  // namespace

bool storage_loading(const AppState& app) { return app.storage.record_load != nullptr; }

double storage_load_progress(const AppState& app) {
    const RecordLoad* load = app.storage.record_load.get();
    if (!load) return 1.0;
    // The checksums are quick beside the reading: a tenth of the bar.
    if (load->checker) return 0.1 * load->checker->progress();
    return load->reader ? 0.1 + 0.9 * load->reader->progress() : 1.0;
}

void storage_advance_load(AppState& app, double budget_ms) {
    StorageState& s = app.storage;
    if (!s.record_load) return;
    const std::shared_ptr<RecordLoad> load = s.record_load;  // apply_record may start another
    const Stopwatch started;
    bool ready = false;
    do ready = step_record(*load);
    while (!ready && started.ms() < budget_ms);
    load->ms += started.ms();
    if (!ready) return;
    s.record_load.reset();
    s.last_load_ms = load->ms;
    apply_record(app, load->event, std::move(load->read));
}

void storage_event(AppState& app, const json& e, std::string_view data, std::shared_ptr<const void> owner) {
    StorageState& s = app.storage;
    const std::string event = text(e, "event");
    if (event == "record") on_record(app, e, data, std::move(owner));
    else if (event == "unavailable") {
        s.mode = StorageMode::unavailable;
        s.problem = "this browser gives Retain no storage (" + text(e, "message") + "); export the workspace to keep it";
        open_default(app);
    } else if (event == "saved") on_saved(app, e);
    else if (event == "save_failed") on_save_failed(app, e);
    else if (event == "remote_saved") on_remote_saved(app, e);
    else if (event == "load_failed") app.last_error = "Could not read the stored workspace: " + text(e, "message");
    else if (event == "estimate") {
        if (e.contains("persisted") && e["persisted"].is_boolean()) s.persisted = e["persisted"].get<bool>() ? 1 : 0;
        if (e.contains("usage") && e["usage"].is_number()) s.usage_bytes = e["usage"].get<double>();
        if (e.contains("quota") && e["quota"].is_number()) s.quota_bytes = e["quota"].get<double>();
    } else if (event == "cleared") {
        if (e.contains("ok") && e["ok"].is_boolean() && !e["ok"].get<bool>()) {
            app.last_error = "Could not clear the stored data: " + text(e, "message");
            return;
        }
        // A fresh start, as on a first visit: the demo, not saved until it changes.
        StorageState fresh;
        fresh.persisted = s.persisted;
        fresh.usage_bytes = s.usage_bytes;
        fresh.quota_bytes = s.quota_bytes;
        fresh.mode = StorageMode::ready;
        s = std::move(fresh);
        app.notice = "The stored workspace and its versions were deleted.";
        open_default(app);
    }
}

}  // namespace retain
