// When the page writes the workspace to browser storage: kSaveDelayMs after the last change, so a burst of
// edits (typing a weight, a bulk change) is one save; at once when the page is being hidden or closed;
// never while a save is in flight (the next one waits for it), and never twice for the same revision.
// Pure bookkeeping over the workspace revision (AppState::revision) and a clock the platform gives.
#pragma once
#include <cstdint>

namespace retain {

constexpr double kSaveDelayMs = 1000.0;
// A large workspace takes seconds to serialize (~1 µs per row in wasm; 100,000 generated accounts are 11 M
// rows, docs/performance.md). It is written a slice a frame, so the page keeps drawing, but a change during
// the write starts it over. So the wait after the last change grows with what a save costs: at least
// kSaveDelayMs, else kSaveCostFactor times the predicted serializing time, at most kMaxSaveDelayMs. A small
// workspace saves a second after a change; a huge one when the user pauses for half a minute.
constexpr double kSaveCostFactor = 4.0;
constexpr double kMaxSaveDelayMs = 300'000.0;
double autosave_delay_ms(double predicted_blocking_ms);

struct SaveSchedule {
    uint64_t saved_revision = 0;  // the revision that storage holds (saved, or opened from it)
    uint64_t seen_revision = 0;   // the newest revision noticed, and when it was first noticed
    double changed_at_ms = 0;
    bool in_flight = false;       // a save was handed to the platform and has not answered
    uint64_t in_flight_revision = 0;
    double delay_ms = kSaveDelayMs;  // autosave_delay_ms of the workspace as it is now
};

// Call every frame (cheap): notes a new revision and the time of the change.
void note_revision(SaveSchedule& s, uint64_t revision, double now_ms);
bool has_unsaved_changes(const SaveSchedule& s, uint64_t revision);
// True when a save should start now: there are unsaved changes, none is in flight, and either the last
// change is delay_ms old or `urgent` (the page is being hidden, or the user asked).
bool save_due(const SaveSchedule& s, uint64_t revision, double now_ms, bool urgent);
void save_started(SaveSchedule& s, uint64_t revision);
// The platform's answer. On success the revision that was written counts as saved; on failure nothing
// does, and the changes stay unsaved.
void save_finished(SaveSchedule& s, bool ok);
// The workspace now equals what storage holds (opened from it, or a revision that must not be saved).
void mark_clean(SaveSchedule& s, uint64_t revision);

}  // namespace retain
