// Autosave and the status line: when to save (io/save_schedule.hpp), what a save hands the platform (the
// workspace's snapshot moved, not copied, plus its record header), and how the state reads in words.
#include <algorithm>
#include <limits>

#include "app/background_work.hpp"
#include "app/stopwatch.hpp"
#include "app/storage.hpp"
#include "io/keep_versions.hpp"
#include "io/workspace_snapshot.hpp"

namespace retain {
namespace {

// A save predicted to take at most this long is written in one go; a longer one a slice a frame, in the
// frame's share of work (background_work.hpp), which keeps the page drawing (issue 9: never blocked much
// more than ~100 ms).
constexpr double kWholeSaveMs = 40.0;

bool saving_allowed(const StorageState& s) { return s.mode == StorageMode::ready; }

// Rows the snapshot writes: what serializing costs is proportional to it.
double workspace_rows(const Workspace& ws) {
    return double(ws.accounts.size() + ws.csms.size() + ws.contacts.size() + ws.subscriptions.size() + ws.mrr.size() +
                  ws.usage.size() + ws.tickets.size() + ws.surveys.size() + ws.touchpoints.size() + 1);
}

// The snapshot is written and checksummed: hand its parts to the platform with the record header. They
// stay in save_parts until the answer (storage_events.cpp lets go of them).
void hand_over(AppState& app) {
    StorageState& s = app.storage;
    const Stopwatch started;
    const StoredRecordHeader header = make_parts_header(s.part_sums, app.ws.settings.name, app.ws.accounts.size());
    std::vector<uint64_t> stored;
    for (const StoredVersion& v : s.versions) stored.push_back(v.header.bytes);
    const KeepPlan plan = plan_kept_versions(stored, header.bytes, s.usage_bytes, s.quota_bytes, kKeptVersions);
    s.kept_limit = plan.keep;
    s.dropped_for_space = plan.dropped_early;
    save_started(s.schedule, s.writer_revision);
    app.hooks.storage_save(s.save_parts, record_header_json(header).dump(), s.head, plan.keep);
    s.last_handover_ms = started.ms();
}

void drop_save(StorageState& s) {
    s.writer.reset();
    s.summing = false;
    std::vector<std::string>().swap(s.save_parts);
    s.part_sums.clear();
}

// One slice of the save under way, about budget_ms long (all the rest when budget_ms < 0): writing the
// snapshot, then the CRC-32 of its parts, then handing them over. A step is some thousands of values or one
// 4 MiB part, so a slice overruns its budget by a few ms at most.
void save_slice(AppState& app, double budget_ms) {
    StorageState& s = app.storage;
    if (!s.writer && !s.summing) return;
    // A change while the snapshot is being written makes it out of date (the newer one is saved later);
    // once written, it is a complete revision and is stored even if the workspace has moved on.
    if (!saving_allowed(s) || (s.writer && s.writer_revision != app.revision)) {
        drop_save(s);
        return;
    }
    const Stopwatch started;
    const auto within_budget = [&] { return budget_ms < 0 || started.ms() < budget_ms; };
    if (s.writer) {
        constexpr size_t kValuesPerStep = 16'384;
        bool done = false;
        do done = s.writer->step(budget_ms < 0 ? std::numeric_limits<size_t>::max() : kValuesPerStep);
        while (!done && within_budget());
        if (done) {
            const bool stale = s.writer->stale();  // a table changed size under it: the bytes are no use
            s.save_parts = s.writer->take_parts();
            s.writer.reset();
            s.part_sums.clear();
            s.summing = !stale;
            if (stale) std::vector<std::string>().swap(s.save_parts);
        }
    }
    while (s.summing && s.part_sums.size() < s.save_parts.size() && within_budget()) {
        const std::string& part = s.save_parts[s.part_sums.size()];
        s.part_sums.push_back({part.size(), crc32(part)});
    }
    const bool complete = s.summing && s.part_sums.size() == s.save_parts.size();
    if (complete) {
        s.summing = false;
        hand_over(app);
    }
    const double ms = started.ms();
    add_frame_work(app, ms);
    s.writer_ms += ms;
    s.longest_slice_ms = std::max(s.longest_slice_ms, ms);
    if (complete) {
        s.last_save_ms = s.writer_ms;
        s.save_ms_per_row = s.last_save_ms / workspace_rows(app.ws);
    }
}

// A slice in this frame's share of work, unless the page runs the save between frames
// (storage_advance_save, background_work.hpp).
void frame_slice(AppState& app) {
    if (!app.work_between_frames) save_slice(app, frame_work_left_ms(app));
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
    if (s.summing || (s.writer && s.writer_revision == app.revision)) return true;  // under way already
    // Serializing is the costly part and happens here, in C++. A workspace that writes within a frame's
    // share is written at once; a bigger one a slice a frame (storage_tick), so the page keeps drawing.
    s.writer = std::make_shared<SnapshotWriter>(app.ws);
    s.writer_revision = app.revision;
    s.writer_ms = 0;
    s.longest_slice_ms = -1;
    if (predicted_save_ms(app) <= kWholeSaveMs) save_slice(app, -1.0);  // a small save at once
    else frame_slice(app);
    return true;
}

void storage_advance_save(AppState& app) { save_slice(app, frame_work_left_ms(app)); }

double storage_write_progress(const AppState& app) {
    const StorageState& s = app.storage;
    if (s.writer) return 0.9 * s.writer->progress();  // writing is most of the work, checksums the rest
    if (s.summing) return 0.9 + 0.1 * double(s.part_sums.size()) / double(std::max<size_t>(1, s.save_parts.size()));
    return -1.0;
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
    // A save under way: the rest now, or its next slice.
    if (urgent) save_slice(app, -1.0);
    else frame_slice(app);
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
    if (s.writing()) return "Saving... " + std::to_string(int(storage_write_progress(app) * 100)) + "%";
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
        {"saving", s.schedule.in_flight || s.writing()},
        {"writing", s.writing()},
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
        {"longest_slice_ms", s.longest_slice_ms},
        {"handover_ms", s.last_handover_ms},
        {"last_load_ms", s.last_load_ms},
        {"autosave_delay_ms", s.schedule.delay_ms},
        {"kept_limit", s.kept_limit},
        {"dropped_for_space", s.dropped_for_space},
        {"space_note", storage_space_note(s)},
    };
}

}  // namespace retain
