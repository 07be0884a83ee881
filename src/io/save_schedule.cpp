#include "io/save_schedule.hpp"

#include <algorithm>

namespace retain {

double autosave_delay_ms(double predicted_blocking_ms) {
    return std::min(kMaxSaveDelayMs, std::max(kSaveDelayMs, kSaveCostFactor * predicted_blocking_ms));
}

void note_revision(SaveSchedule& s, uint64_t revision, double now_ms) {
    if (revision == s.seen_revision) return;
    s.seen_revision = revision;
    s.changed_at_ms = now_ms;  // the delay restarts with every change: a burst saves once
}

bool has_unsaved_changes(const SaveSchedule& s, uint64_t revision) { return revision != s.saved_revision; }

bool save_due(const SaveSchedule& s, uint64_t revision, double now_ms, bool urgent) {
    if (s.in_flight || !has_unsaved_changes(s, revision)) return false;
    if (urgent) return true;
    // A revision not yet noticed has just changed: its delay starts now.
    if (revision != s.seen_revision) return false;
    return now_ms - s.changed_at_ms >= s.delay_ms;
}

void save_started(SaveSchedule& s, uint64_t revision) {
    s.in_flight = true;
    s.in_flight_revision = revision;
}

void save_finished(SaveSchedule& s, bool ok) {
    if (!s.in_flight) return;
    s.in_flight = false;
    if (ok) s.saved_revision = s.in_flight_revision;
}

void mark_clean(SaveSchedule& s, uint64_t revision) {
    s.saved_revision = revision;
    s.seen_revision = revision;
    s.in_flight = false;
}

}  // namespace retain
