// The app's state: the workspace (the one source of truth), what is derived from it, and the UI state
// of the views. Views read it and post commands (src/app/commands.hpp); only commands change it.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/account_query.hpp"
#include "core/analysis.hpp"
#include "core/analysis_job.hpp"
#include "app/health_state.hpp"
#include "app/journey_state.hpp"
#include "app/playbooks_state.hpp"
#include "app/program_state.hpp"
#include "app/renewals_state.hpp"
#include "app/revenue_state.hpp"
#include "app/undo.hpp"
#include "app/team_state.hpp"
#include "app/voice_state.hpp"
#include "app/storage_state.hpp"
#include "core/workspace.hpp"
#include "io/import_plan.hpp"

namespace retain {

enum class ViewId : uint8_t { overview, accounts, health, revenue, playbooks, renewals, journey, team, voice, program, data };
constexpr int kViewCount = 11;

enum class ThemeMode : uint8_t { system, dark, light };

// What the app asks of its platform (browser or native stand-in). Each may be empty.
struct PlatformHooks {
    // Start loading the embedded demo workspace; the platform later runs "workspace.open" with it.
    std::function<void()> request_demo;
    // Offer a file to the user (the browser's download); nothing leaves the machine otherwise.
    std::function<void(const std::string& filename, const std::string& mime, const std::string& data)> download;
    // Fetch a file by URL (http or https); the platform later runs "data.open" with its bytes or
    // "data.failed" with the reason, and reports progress in AppState::loading_progress.
    std::function<void(const std::string& url)> fetch_url;
    // Open the browser's file picker (several files); each chosen file arrives through "data.open".
    std::function<void()> pick_files;
    // Browser storage (web/retain_storage.js); each answers later through app/storage_events.hpp.
    // Writes one new version atomically, unless the stored head is no longer `expected_head`: the snapshot's
    // parts (one stored record each, all in one transaction), keeping the last `keep` versions. The parts
    // stay alive and unchanged until the answer arrives, so the platform may read each when it stores it.
    std::function<void(const std::vector<std::string>& parts, const std::string& header_json, int64_t expected_head, int keep)>
        storage_save;
    // Reads a version (0: the newest) for `purpose` ("restore", "latest", "remote"): the answer says which.
    std::function<void(int64_t version, const std::string& purpose)> storage_load;
    std::function<void()> storage_clear;                 // deletes every stored version
    std::function<void(int64_t version)> storage_export_raw;  // downloads a record's bytes as stored
};

// Files dropped, picked or fetched for import, and the plan made of them: shown in the Data view until
// the user imports or cancels. The workspace changes only on "import.commit".
struct ImportSession {
    std::vector<ImportSource> sources;
    ImportMode mode = ImportMode::merge;
    ImportPlan plan;  // the last complete plan; stale while `planner` makes the next one
    // The plan being made in slices (app/import_job.hpp), and the workspace revision it reads: a
    // change of the workspace or of the sources starts it again.
    std::shared_ptr<ImportPlanner> planner;
    uint64_t planned_revision = 0;
    bool skip_bad_rows = false;
    char preset_name[96] = {};  // the "save as preset" field of the mapping editor
    bool active() const { return !sources.empty(); }
    bool planning() const { return bool(planner); }
};

struct PendingCommand {
    std::string name;
    nlohmann::json args;
};

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};

struct AccountsTableState {
    AccountQuery query;
    AccountSortKeys keys;                 // rebuilt when the workspace changes
    std::vector<AccountIx> rows;          // filtered and sorted account indices
    uint64_t built_revision = UINT64_MAX;  // workspace revision `rows` was built from
    uint64_t keys_revision = UINT64_MAX;   // workspace revision `keys` were built for, when built apart (derived_state.cpp)
    bool dirty = true;                    // query changed since rows were built
    char filter_text[256] = {};           // the search box's buffer
    int first_visible_row = 0;
    bool focus_filter = false;            // Ctrl+F asks for keyboard focus on the search box
    bool scroll_to_top = false;
    bool header_sort_synced = false;      // the table header has taken the query's sort once
};

struct ExportJob;  // app/export_job.hpp

// The last file an export handed to the browser (the automation API reports it).
struct ExportDone {
    std::string filename;
    size_t bytes = 0;
};

struct AppState {
    Workspace ws;
    UndoHistory undo;       // steps of the commands that changed ws (undo.hpp)
    uint64_t revision = 0;  // bumped by every command that changes ws (and only those: autosave follows it)
    // Bumped together with `revision` by commands that change only the scorecard or overrides (health) or
    // only the metric settings: refresh_derived then rescores instead of analysing everything again.
    uint64_t health_revision = 0;
    uint64_t settings_revision = 0;
    uint64_t team_revision = 0;  // segment rules or team settings only: segments and capacity are redone
    uint64_t playbooks_revision = 0;  // playbooks or tasks only: nothing to reanalyse
    uint64_t voice_revision = 0;      // feedback or notes only: nothing to reanalyse (voice_state.hpp)
    Analysis analysis;
    // The analysis of `revision` under way between frames (derived_state.cpp); null when none is.
    std::unique_ptr<AnalysisJob> analysis_job;
    uint64_t analysis_job_revision = UINT64_MAX;
    double analysis_first_slice_ms = 8.0;  // a small book's analysis ends within it: no progress screen
    int analysis_sort_keys_built = 0;      // after the job: the accounts table's sort keys, a part a step
    uint64_t analysed_revision = UINT64_MAX;
    uint64_t analysed_health_revision = 0;
    uint64_t analysed_settings_revision = 0;
    uint64_t analysed_team_revision = 0;
    uint64_t analysed_playbooks_revision = 0;
    uint64_t analysed_voice_revision = 0;
    Date today;             // the real current date, given by the platform
    std::string loaded_from;  // "demo", "generated", "file", "" (nothing loaded)

    ViewId view = ViewId::overview;
    ThemeMode theme_mode = ThemeMode::system;
    bool system_prefers_dark = true;
    bool style_dirty = true;   // theme changed: the platform re-applies the style
    float pixel_scale = 1.0f;  // device pixels per CSS pixel

    AccountIx selected = kNoAccount;  // the account whose detail panel is open
    AccountsTableState accounts_table;
    ImportSession import;
    StorageState storage;
    HealthViewState health_view;
    RevenueViewState revenue_view;
    TeamViewState team_view;
    PlaybooksViewState playbooks_view;
    RenewalsViewState renewals_view;
    VoiceViewState voice_view;
    ProgramViewState program_view;
    JourneyViewState journey_view;

    // A download being made in slices (app/export_job.hpp); shared_ptr so this header need not
    // know the writers.
    std::shared_ptr<ExportJob> export_job;
    ExportDone last_export;

    std::string last_error;
    std::string notice;
    bool loading = false;
    bool working = false;  // background work under way (background_work.hpp): keep drawing frames
    std::string loading_message;
    float loading_progress = -1.0f;  // 0..1 while a download's size is known; < 0 unknown
    char url_text[1024] = {};        // the Data view's "load from URL" field
    bool show_about = false;
    bool show_shortcuts = false;
    // An item of a list is open for editing (widgets/item_edit.hpp): set while it is drawn, read and reset
    // by the shortcuts at the start of the next frame, so that Escape cancels the edit and only that.
    bool item_edit_drawn = false;

    std::array<Rect, kViewCount> nav_rects{};  // last drawn nav items, device pixels (for automation)
    uint64_t frame = 0;
    double frame_ms = 0;       // the last frame, drawing and background work (set by the platform)
    double background_ms = 0;  // the work (not drawing) in the last drawn frame (background_work.hpp)
    double frame_work_ms = 0;  // the work done so far in this frame
    bool work_between_frames = false;  // the platform runs the work between frames (background_work.hpp)
    double work_slice_ms = -1;         // >= 0 while it does: the slice's budget
    // The longest one job's share of a slice between frames took, by job: what held the page (state("work")).
    struct LongestWork {
        double storage_load = 0, analysis = 0, import_plan = 0, export_file = 0, health = 0, save = 0;
    } longest_work;

    std::vector<PendingCommand> pending;
    PlatformHooks hooks;
};

bool theme_is_dark(const AppState& app);

// Recomputes the analysis and the accounts table when their inputs changed; cheap when nothing did.
// An analysis under way between frames is finished at once: whatever reads the analysis after this
// call reads that of the current revision (derived_state.cpp).
void refresh_derived(AppState& app);

// For the page that runs work between frames: what refresh_derived does, except that a whole new
// analysis (a load, an import; 0.25 s at 100,000 accounts) starts as a job and gets only a first short
// slice here; the work between frames does the rest (step_analysis), and the frame shows its progress
// instead of the views meanwhile.
void begin_refresh_derived(AppState& app);
// Runs the analysis under way for about budget_ms (at least one step); installs it when done.
void step_analysis(AppState& app, double budget_ms);
// An analysis of the current revision is under way: the views wait for it.
bool analysis_pending(const AppState& app);
double analysis_progress(const AppState& app);
const char* analysis_activity(const AppState& app);

// Replaces the workspace (a load, a generation, a clear): resets selection and derived state.
void replace_workspace(AppState& app, Workspace ws, std::string loaded_from);

}  // namespace retain
