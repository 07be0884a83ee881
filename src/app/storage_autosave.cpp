// Autosave and the status line: when to save (io/save_schedule.hpp), what a save hands the platform (the
// workspace's snapshot moved, not copied, plus its record header), and how the state reads in words.
#include <chrono>

#include "app/storage.hpp"
#include "io/keep_versions.hpp"
#include "io/workspace_snapshot.hpp"

namespace retain {
namespace {

bool saving_allowed(const StorageState& s) { return s.mode == StorageMode::ready; }

// Rows the snapshot writes: what serializing costs is proportional to it.
double workspace_rows(const Workspace& ws) {
    return double(ws.accounts.size() + ws.csms.size() + ws.contacts.size() + ws.subscriptions.size() + ws.mrr.size() +
                  ws.usage.size() + ws.tickets.size() + ws.surveys.size() + ws.touchpoints.size() + 1);
}

}  // namespace

bool storage_save_now(AppState& app, std::string& why) {
    StorageState& s = app.storage;
    if (!app.hooks.storage_save) {
        why = "this platform has no browser storage";
        return false;
    }
    if (!saving_allowed(s)) {
        why = s.problem.empty() ? std::string("saving is off (") + storage_mode_key(s.mode) + ")" : s.problem;
        return false;
    }
    if (s.schedule.in_flight) {
        why = "a save is under way";
        return false;
    }
    // Serializing is the costly part and must happen here, in C++; the platform receives the parts by move.
    const auto started = std::chrono::steady_clock::now();
    std::vector<std::string> parts = save_workspace_snapshot_parts(app.ws);
    const StoredRecordHeader header = make_parts_header(parts, app.ws.settings.name, app.ws.accounts.size());
    std::vector<uint64_t> stored;
    for (const StoredVersion& v : s.versions) stored.push_back(v.header.bytes);
    const KeepPlan plan = plan_kept_versions(stored, header.bytes, s.usage_bytes, s.quota_bytes, kKeptVersions);
    s.kept_limit = plan.keep;
    s.dropped_for_space = plan.dropped_early;
    save_started(s.schedule, app.revision);
    app.hooks.storage_save(std::move(parts), record_header_json(header).dump(), s.head, plan.keep);
    s.last_save_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    s.save_ms_per_row = s.last_save_ms / workspace_rows(app.ws);
    return true;
}

double predicted_save_ms(const AppState& app) { return app.storage.save_ms_per_row * workspace_rows(app.ws); }

void storage_tick(AppState& app, double now_ms, bool urgent) {
    StorageState& s = app.storage;
    // The workspace the page opens with (the stored one, ?data= files, the demo) is not written back until
    // it changes: opening must never add a version.
    if (!s.startup_settled) {
        mark_clean(s.schedule, app.revision);
        if (s.mode != StorageMode::starting && !app.loading) s.startup_settled = true;
        return;
    }
    if (app.revision != s.schedule.seen_revision) s.schedule.delay_ms = autosave_delay_ms(predicted_save_ms(app));
    note_revision(s.schedule, app.revision, now_ms);
    if (!saving_allowed(s)) return;
    // After a failed save the same revision is not retried by itself (a full disk stays full); the next
    // change, leaving the page, or "Save now" try again.
    if (s.save_failed && s.failed_revision == app.revision && !urgent) return;
    if (!save_due(s.schedule, app.revision, now_ms, urgent)) return;
    std::string why;
    storage_save_now(app, why);
}

bool storage_has_unsaved(const AppState& app) {
    return has_unsaved_changes(app.storage.schedule, app.revision) || app.storage.from_address;
}

const char* storage_mode_key(StorageMode mode) {
    switch (mode) {
        case StorageMode::starting: return "starting";
        case StorageMode::unavailable: return "unavailable";
        case StorageMode::ready: return "ready";
        case StorageMode::read_only: return "read_only";
        case StorageMode::damaged: return "damaged";
        case StorageMode::conflict: return "conflict";
    }
    return "starting";
}

std::string storage_status_text(const AppState& app) {
    const StorageState& s = app.storage;
    switch (s.mode) {
        case StorageMode::starting: return "Opening storage...";
        case StorageMode::unavailable: return "Not saved: " + s.problem;
        case StorageMode::read_only: return "Read-only: " + s.problem;
        case StorageMode::damaged: return "Not saved: the stored workspace is damaged";
        case StorageMode::conflict: return "Not saved: another tab saved a newer version";
        case StorageMode::ready: break;
    }
    if (s.schedule.in_flight) return "Saving...";
    if (s.save_failed) return "Not saved: " + s.problem;
    if (storage_has_unsaved(app)) {
        if (s.from_address) return "Not saved yet (opened from the page address)";
        if (s.schedule.delay_ms > 10'000)  // a large workspace: say when it will be saved
            return "Unsaved changes (large workspace: saved after " + std::to_string(int(s.schedule.delay_ms / 1000)) +
                   " s without changes, when the page is hidden, or with Save now)";
        return "Unsaved changes";
    }
    if (s.head == 0) return "Not saved yet (nothing changed)";
    return "Saved" + (s.last_saved_text.empty() ? std::string() : " " + s.last_saved_text);
}

std::string storage_space_note(const StorageState& s) {
    if (s.dropped_for_space <= 0) return {};
    return "Space is short: the last save kept " + std::to_string(s.kept_limit) + (s.kept_limit == 1 ? " version" : " versions") +
           " instead of " + std::to_string(kKeptVersions) + " (the " +
           (s.dropped_for_space == 1 ? std::string("oldest was") : std::to_string(s.dropped_for_space) + " oldest were") +
           " deleted early to make room).";
}

nlohmann::json storage_automation_state(const AppState& app) {
    const StorageState& s = app.storage;
    nlohmann::json versions = nlohmann::json::array();
    for (const StoredVersion& v : s.versions)
        versions.push_back({{"id", v.id}, {"saved_at", v.saved_at_ms}, {"name", v.header.name},
                            {"accounts", v.header.accounts}, {"bytes", v.header.bytes},
                            {"format_version", v.header.format_version}});
    return {
        {"mode", storage_mode_key(s.mode)},
        {"status", storage_status_text(app)},
        {"saving", s.schedule.in_flight},
        {"unsaved", storage_has_unsaved(app)},
        {"head", s.head},
        {"remote_head", s.remote_head},
        {"damaged_version", s.damaged_version},
        {"versions", versions},
        {"problem", s.problem},
        {"save_failed", s.save_failed},
        {"quota_exceeded", s.quota_exceeded},
        {"persisted", s.persisted < 0 ? nlohmann::json(nullptr) : nlohmann::json(s.persisted == 1)},
        {"usage_bytes", s.usage_bytes},
        {"quota_bytes", s.quota_bytes},
        {"last_saved", s.last_saved_text},
        {"last_save_ms", s.last_save_ms},
        {"last_load_ms", s.last_load_ms},
        {"autosave_delay_ms", s.schedule.delay_ms},
        {"kept_limit", s.kept_limit},
        {"dropped_for_space", s.dropped_for_space},
        {"space_note", storage_space_note(s)},
    };
}

}  // namespace retain
