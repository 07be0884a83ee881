// The Program view's UI state: its tab, the charter's edit buffers (loaded from the workspace when it
// changes, committed through program.set_charter when a field loses focus), the launch start field, the
// cached evidence of each step and the Reports section's choices. Owned by AppState.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/program/program_guide.hpp"

namespace retain {

struct AppState;

enum class ProgramTab : uint8_t { steps, charter, launch, reports };
constexpr size_t kCharterTextMax = 4000;  // bytes per charter answer: a one-pager, not a novel

struct ProgramViewState {
    ProgramTab tab = ProgramTab::steps;
    int tab_request_frames = 0;  // a command picked the tab: the tab bar selects it for these frames
    std::array<std::array<char, kCharterTextMax + 1>, kCharterFieldCount> charter{};
    uint64_t charter_revision = UINT64_MAX;  // workspace revision the buffers were loaded from
    char launch_start[16] = {};
    uint64_t launch_revision = UINT64_MAX;  // workspace revision launch_start was loaded from
    std::array<std::vector<std::string>, kProgramStepCount> evidence;
    uint64_t evidence_revision = UINT64_MAX;
    bool evidence_backtest = false;
    int report_account = -1;   // index into the workspace's accounts, -1 = none picked
    int report_format = 0;     // 0 HTML, 1 Markdown
    char account_filter[64] = {};
    std::string last_report;   // the file name of the last report downloaded
    // Last drawn rectangles (x, y, w, h in device pixels) so tests and automation can click them.
    float first_step_checkbox[4] = {};
    float qbr_button[4] = {};
};

// The "program" part of window.retain.state() (program_commands.cpp): {tab, steps_completed, steps_done,
// charter_answered, launch_start, launch_phase, launch_day, launch_done, last_report, qbr_button{x,y,w,h}}
// (the account panel's button, in CSS pixels; zero while no panel is open).
nlohmann::json program_automation_state(const AppState& app);

}  // namespace retain
