// The autosave schedule: one save per burst of changes, kSaveDelayMs after the last one; at once when urgent;
// never two at a time; a failed save leaves the changes unsaved.
#include <doctest/doctest.h>

#include "io/save_schedule.hpp"

using namespace retain;

TEST_CASE("nothing is due without changes") {
    SaveSchedule s;
    mark_clean(s, 4);
    note_revision(s, 4, 0);
    CHECK_FALSE(has_unsaved_changes(s, 4));
    CHECK_FALSE(save_due(s, 4, 10'000, false));
    CHECK_FALSE(save_due(s, 4, 10'000, true));
}

TEST_CASE("a change is saved 1 s after it, and each further change restarts the wait") {
    SaveSchedule s;
    mark_clean(s, 1);
    note_revision(s, 2, 100);
    CHECK(has_unsaved_changes(s, 2));
    CHECK_FALSE(save_due(s, 2, 1099, false));
    CHECK(save_due(s, 2, 1100, false));
    note_revision(s, 3, 1050);  // another edit before the save started
    CHECK_FALSE(save_due(s, 3, 1100, false));
    CHECK_FALSE(save_due(s, 3, 2049, false));
    CHECK(save_due(s, 3, 2050, false));
}

TEST_CASE("a revision not yet noted is not due until its own delay passed") {
    SaveSchedule s;
    mark_clean(s, 1);
    note_revision(s, 2, 0);
    CHECK_FALSE(save_due(s, 3, 5'000, false));
    CHECK(save_due(s, 3, 5'000, true));
}

TEST_CASE("urgent saves start at once, but never while one is in flight") {
    SaveSchedule s;
    mark_clean(s, 1);
    note_revision(s, 2, 0);
    CHECK(save_due(s, 2, 10, true));
    save_started(s, 2);
    note_revision(s, 3, 20);
    CHECK_FALSE(save_due(s, 3, 5'000, true));
    save_finished(s, true);
    CHECK(s.saved_revision == 2);  // what was written, not the newer revision
    CHECK(has_unsaved_changes(s, 3));
    CHECK(save_due(s, 3, 5'000, false));
}

TEST_CASE("a failed save leaves the changes unsaved") {
    SaveSchedule s;
    mark_clean(s, 1);
    note_revision(s, 2, 0);
    save_started(s, 2);
    save_finished(s, false);
    CHECK(s.saved_revision == 1);
    CHECK(has_unsaved_changes(s, 2));
    CHECK_FALSE(s.in_flight);
}

TEST_CASE("an answer after the workspace was replaced from storage changes nothing") {
    SaveSchedule s;
    mark_clean(s, 1);
    note_revision(s, 2, 0);
    save_started(s, 2);
    mark_clean(s, 9);  // another tab's version was opened meanwhile
    save_finished(s, true);
    CHECK(s.saved_revision == 9);
    CHECK_FALSE(has_unsaved_changes(s, 9));
}

TEST_CASE("the wait grows with what a save would cost: 1 s for small workspaces, at most 5 minutes") {
    CHECK(autosave_delay_ms(0) == 1000.0);
    CHECK(autosave_delay_ms(200) == 1000.0);     // 4 x 200 ms = 0.8 s: still the 1 s floor
    CHECK(autosave_delay_ms(1000) == 4000.0);    // 4 x 1 s
    CHECK(autosave_delay_ms(100'000) == 300'000.0);  // capped
    SaveSchedule s;
    mark_clean(s, 1);
    s.delay_ms = autosave_delay_ms(1000);
    note_revision(s, 2, 0);
    CHECK_FALSE(save_due(s, 2, 3'999, false));
    CHECK(save_due(s, 2, 4'000, false));
    CHECK(save_due(s, 2, 10, true));  // urgent ignores the wait
}
