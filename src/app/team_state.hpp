// The Segments & Team view's state: what the rule editor edits, the bulk-reassign choice, and the
// account panel's cached "why" (keyed by revision and account, so drawing computes nothing). Owned by
// AppState; commands (team_commands.cpp) change the workspace, the views only these buffers.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/segments/segment_assign.hpp"

namespace retain {

struct AppState;

struct TeamViewState {
    int selected_rule = -1;   // the rule open in the editor; -1 the fallback
    uint64_t editor_revision = UINT64_MAX;  // revision the editor buffers were filled from
    char rule_name[96] = {};
    char rule_segment[96] = {};
    int rule_model = 0;
    int new_field = 0;        // the "add condition" row
    char new_key[64] = {};
    char new_values[256] = {};  // text values, comma-separated
    double new_min = 0, new_max = 0;
    bool new_has_min = true, new_has_max = false;

    // The settings' edit buffers, refilled from the workspace when its revision changes.
    uint64_t settings_revision = UINT64_MAX;
    std::array<int, kEngagementModelCount> ratio_low{}, ratio_high{};
    double hire_arr = 0;  // whole currency units
    int hire_customers = 0;
    int task_limit = 0;  // open tasks per owner
    std::vector<int> capacity;  // per CSM

    int tab = 0;                // 0 segments, 1 team
    int tab_request_frames = 0; // a tab chosen by team.show is pressed on the tab bar for a few frames
    // Last drawn buttons, device pixels, for tests and automation that click like a user.
    float apply_rect[4] = {};   // "Apply all moves": x, y, w, h
    float add_rule_rect[4] = {};  // "+ Add rule"
    int reassign_segment = -1;  // Segmentation group to move, -1 none
    int reassign_from = -1;     // CSM index, -1 any owner
    int reassign_to = -1;       // CSM index, -1 unassign

    AccountIx placement_account = UINT32_MAX;
    uint64_t placement_revision = UINT64_MAX;
    Placement placement;
};

// The account's placement, explained; cached until the account or the workspace revision changes.
const Placement& account_placement(AppState& app, AccountIx ix);

// The team's numbers for window.retain.state().team: segments, books, headcount, hire signal, moves.
nlohmann::json team_automation_state(const AppState& app);

}  // namespace retain
