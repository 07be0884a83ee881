// The Playbooks & Tasks view's state: the inbox filter and its cached rows, the library's editor draft,
// the last run's summary and the plays' outcomes. Owned by AppState; only commands
// (playbook_commands.cpp, task_commands.cpp) change it, except the editor draft ImGui edits in place
// (it reaches the workspace only through "playbooks.update").
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/playbooks/playbook_engine.hpp"

namespace retain {

struct AppState;

enum class PlaybooksTab : uint8_t { inbox, library, plays };
enum class InboxDue : uint8_t { all, overdue, this_week };
enum class InboxSort : uint8_t { priority, due };

struct InboxFilter {
    bool team = true;        // everyone's tasks; false: only `csm`'s ("mine")
    std::string csm;         // the CSM whose tasks "mine" shows
    InboxDue due = InboxDue::all;
    InboxSort sort = InboxSort::priority;
    bool show_closed = false;  // also done, skipped and still-snoozed tasks
    std::string playbook;      // only this playbook's tasks; "" = every playbook
};

struct PlaybooksViewState {
    PlaybooksTab tab = PlaybooksTab::inbox;
    int tab_request_frames = 0;  // frames in which the tab bar is told to show `tab` (set by a command)

    InboxFilter filter;
    std::vector<uint32_t> rows;        // indices into Workspace::tasks, filtered and sorted
    TaskCounts counts;                 // of the filter's scope (team or the CSM)
    uint64_t built_revision = UINT64_MAX;
    bool dirty = true;
    std::string open_task;             // the task whose template is shown
    char outcome[512] = {};            // the open task's outcome note field
    char snooze_until[16] = {};        // YYYY-MM-DD
    int reassign_to = -1;              // index into Workspace::csms

    // The library: the playbook being edited (a draft; saved through playbooks.update).
    std::string editing;               // playbook id; "" = none
    Playbook draft;
    bool draft_loaded = false;
    std::string last_run;              // "Run now" summary: "12 tasks created for 9 accounts"
    int32_t last_run_created = -1;
    // Last drawn rects (x, y, w, h in device pixels) of "Run now" and the open task's "Complete", for
    // automation and tests that click them like a user.
    float run_button[4] = {};
    float complete_button[4] = {};

    // Plays and their success measure, as of the analysis date.
    std::vector<PlayStatus> plays;
    uint64_t plays_revision = UINT64_MAX;
};

// Rebuilds the inbox rows and the plays when the workspace or the filter changed (playbooks_cache.cpp).
void refresh_playbooks_cache(AppState& app);

// The "playbooks" part of window.retain.state() (playbook_commands.cpp).
nlohmann::json playbooks_automation_state(const AppState& app);

const char* to_string(PlaybooksTab t);
bool parse_enum(const std::string& text, PlaybooksTab& out);

}  // namespace retain
