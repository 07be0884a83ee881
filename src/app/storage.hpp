// The workspace in browser storage, as the app sees it: autosave, the platform's answers, and what the
// status bar, the banner and the automation API show. The storage itself (IndexedDB, atomic saves, the
// versions kept, BroadcastChannel) is web/retain_storage.js behind PlatformHooks; the rules are in
// docs/workspace-format.md ("Browser storage").
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/app_state.hpp"

namespace retain {

// Call every frame with the platform's clock in ms (cheap when nothing changed); `urgent` when the page
// is being hidden or closed: a pending save starts at once.
void storage_tick(AppState& app, double now_ms, bool urgent);
// What a save of the current workspace is expected to hold the page, from the rows it has.
double predicted_save_ms(const AppState& app);

// Starts a save of the current workspace now, when saving is on; false (and `why`) when it cannot.
// A large workspace is written in slices (storage_advance_save, background_work.hpp), and handed to the platform when complete.
bool storage_save_now(AppState& app, std::string& why);
// The save under way goes on for what frame_work_left_ms allows (the work between frames calls this).
void storage_advance_save(AppState& app);
// How far the save being written is, 0..1; -1 when none is.
double storage_write_progress(const AppState& app);

// An answer from the platform: {"event": "record" | "unavailable" | "saved" | "save_failed" | "remote_saved"
// | "estimate" | "cleared", ...} and, for "record", the stored bytes (docs/workspace-format.md lists the keys).
// `owner`, when given, keeps the bytes alive: a record read between frames holds on to it (else the bytes
// are copied).
void storage_event(AppState& app, const nlohmann::json& event, std::string_view data,
                   std::shared_ptr<const void> owner = nullptr);
// A stored record being checked and read between frames (on a page that works between frames; at
// 100,000 accounts reading it in one call held the page ~0.4 s): its progress 0-1, and its next slice
// of about budget_ms, after which it opens as it did in one call.
bool storage_loading(const AppState& app);
double storage_load_progress(const AppState& app);
void storage_advance_load(AppState& app, double budget_ms);

// Whether the workspace has changes storage does not hold (a tab with none follows other tabs quietly).
bool storage_has_unsaved(const AppState& app);

// "Saved 14:02:31", "Saving...", "Unsaved changes", "Not saved: <why>", "Read-only: <why>".
std::string storage_status_text(const AppState& app);
const char* storage_mode_key(StorageMode mode);
// When the last save kept fewer versions than usual for lack of space, one sentence saying so; else "".
std::string storage_space_note(const StorageState& s);

nlohmann::json storage_automation_state(const AppState& app);

}  // namespace retain
