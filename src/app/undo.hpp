// Undo and redo for every change to the workspace (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y, the Edit menu and the
// "edit.undo" / "edit.redo" commands).
//
// Commands are the only way the workspace changes, so undo lives around them: each command that can
// change the workspace names the parts it changes (undo_scope.cpp); run_command copies those parts
// before it runs and keeps the copy when the workspace did change. Undo swaps the copy back in and the
// parts it displaces become the redo entry, so each direction is one swap of whole tables, never a
// replay of commands. Copies of big tables (an import of a million usage rows) are large: the history
// keeps entries within a memory budget, always at least the latest.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/workspace.hpp"

namespace retain {

// The parts of a Workspace an undo entry can hold, as bits.
enum WorkspacePart : uint32_t {
    kPartSettings = 1u << 0,        // settings (name, currency, as-of)
    kPartCsms = 1u << 1,
    kPartAccounts = 1u << 2,        // accounts (and their id index, rebuilt on restore)
    kPartContacts = 1u << 3,
    kPartRevenue = 1u << 4,         // subscriptions and MRR snapshots
    kPartUsage = 1u << 5,           // usage samples and the key-feature names
    kPartTickets = 1u << 6,
    kPartSurveys = 1u << 7,
    kPartTouchpoints = 1u << 8,
    kPartPresets = 1u << 9,         // saved mapping presets
    kPartScorecard = 1u << 10,
    kPartOverrides = 1u << 11,      // health overrides
    kPartMetricSettings = 1u << 12,
    kPartSegmentRules = 1u << 13,
    kPartTeamSettings = 1u << 14,   // ratios and first-hire thresholds
    kPartPlaybooks = 1u << 15,
    kPartTasks = 1u << 16,
    kPartRenewalOutcomes = 1u << 17,  // recorded renewal outcomes
    kPartFeedback = 1u << 18,       // voice of the customer: feedback items
    kPartNotes = 1u << 19,          // account notes
    kPartProgram = 1u << 20,          // the CS program: charter, steps ticked, launch plan
    kPartJourney = 1u << 21,        // recorded milestones, stage dates and stuck thresholds
    kPartSuccessPlans = 1u << 22,
    kPartHandoffs = 1u << 23,
};
using WorkspaceParts = uint32_t;
constexpr WorkspaceParts kPartsData = kPartSettings | kPartCsms | kPartAccounts | kPartContacts | kPartRevenue |
                                      kPartUsage | kPartTickets | kPartSurveys | kPartTouchpoints;
constexpr WorkspaceParts kAllParts = (kPartHandoffs << 1) - 1;

// Copies `parts` of `from` into `to` (other members of `to` are left as they are; its account index is
// not rebuilt: a saved copy is only ever swapped back).
void copy_parts(const Workspace& from, Workspace& to, WorkspaceParts parts);
// Exchanges `parts` between two workspaces (O(1) per table) and rebuilds `a`'s account index.
void swap_parts(Workspace& a, Workspace& b, WorkspaceParts parts);
// Roughly the memory `parts` of `ws` take (rows × row size plus text), for the history's budget.
size_t parts_bytes(const Workspace& ws, WorkspaceParts parts);

struct UndoEntry {
    std::string label;    // what the change was: the command's description, for the Edit menu
    WorkspaceParts parts = 0;
    Workspace saved;      // only `parts` are meaningful
    size_t bytes = 0;
};

struct UndoHistory {
    std::vector<UndoEntry> undo;  // oldest first
    std::vector<UndoEntry> redo;  // the most recently undone last
    size_t budget_bytes = size_t(192) << 20;
    size_t max_entries = 100;
    int depth = 0;  // commands running inside run_command (only the outermost records a step)

    bool can_undo() const { return !undo.empty(); }
    bool can_redo() const { return !redo.empty(); }
    // Keeps `entry` as the newest undo step; a new change clears the redo steps. Oldest steps go first
    // when the history is over its budget, never the newest one.
    void record(UndoEntry entry);
    void clear() { undo.clear(); redo.clear(); }
};

// The parts a command may change; 0 for commands that change only what is shown (navigation, sorting,
// filters, the import being prepared). Unknown names give 0 and are caught by a test that every
// registered command is classified (known_command_scope).
WorkspaceParts undo_scope(const std::string& command);
bool known_command_scope(const std::string& command);

}  // namespace retain
