// Running playbooks: every enabled playbook's trigger over every account as of a date, turned into
// tasks (one per step), and the success measure of finished plays (docs/playbooks.md, docs/metrics.md
// "Task priority" and "Playbook success").
//
// - Idempotent: a step is skipped for an account while a task of the same account, playbook and step is
//   open or snoozed, or was created less than the playbook's cooldown ago; a second run on the same
//   workspace therefore creates nothing.
// - Bounded: no owner gets more open tasks than TeamSettings::open_tasks_per_owner; the plays of highest
//   priority are made first and the rest are held back (counted in the run) for a later run.
// - Pure: the engine reads the workspace and a context built once from the analysis; it returns the new
//   tasks and never changes the workspace (the caller appends them: a command, or the CLI).
// - Fast: the context holds per-account row offsets of each dated table, so every trigger reads only its
//   account's rows (newest first, stopping at its window); the run visits each account once and tries
//   every playbook on it while its record is in cache (docs/performance.md, "Playbooks").
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

#include "core/analysis.hpp"
#include "core/health/health_history.hpp"
#include "core/playbooks/playbook.hpp"

namespace retain {

// Usage samples older than this many days before the as-of date do not count as "the latest" for the
// seat-based triggers (expansion signal): an account whose usage stopped being imported is not full.
constexpr int32_t kLatestUsageDays = 90;

struct PlaybookContext {
    Date as_of;
    const HealthScores* health = nullptr;          // as of as_of (Analysis::health)
    const std::vector<AccountFacts>* facts = nullptr;  // MRR and ARR per account (Analysis::accounts)
    // Scores `days` days before as_of, one column per score-drop window the enabled playbooks use.
    std::vector<std::pair<int32_t, std::vector<float>>> past_scores;
    // Row offsets: rows of account a in table T are [T_begin[a], T_begin[a + 1]) (tables are sorted).
    std::vector<uint32_t> usage_begin, ticket_begin, survey_begin, touchpoint_begin, contact_begin, mrr_begin;
    // ARR at the 50th, 75th and 90th percentile of paying accounts (task_priority).
    std::array<Money, 3> arr_cuts{};
};

// Builds the context: row offsets, ARR cuts, and the past scores of the score-drop triggers of enabled
// playbooks. Those come from `history` (the weekly health history) when it holds the date; otherwise
// they are computed — the one costly part of a run (a health computation per distinct window).
PlaybookContext make_playbook_context(const Workspace& ws, const Analysis& analysis,
                                      const HealthHistory* history = nullptr);

// Whether the playbook's filters and trigger hold for the account as of ctx.as_of. The second form takes
// whether the account is a customer on that date, worked out once for every playbook (the run's loop).
bool playbook_matches(const Workspace& ws, const PlaybookContext& ctx, const Playbook& p, AccountIx a);
bool playbook_matches(const Workspace& ws, const PlaybookContext& ctx, const Playbook& p, AccountIx a, bool active);

// Task priority (docs/metrics.md "Task priority"): health points (red 50, yellow 30, not scored 20,
// green 10) + ARR points (top 10% of paying accounts 50, top 25% 35, top 50% 20, else 10): 20-100.
int32_t task_priority(HealthColor color, Money arr, const std::array<Money, 3>& arr_cuts);
const char* priority_label(int32_t priority);  // "Urgent" >= 80, "High" >= 60, "Normal" >= 40, else "Low"

struct PlaybookRun {
    std::vector<Task> created;               // new tasks, by account then playbook then step
    std::vector<int32_t> tasks_per_playbook; // parallel to Workspace::playbooks
    std::vector<int32_t> accounts_per_playbook;  // accounts that matched (whether or not a task was new)
    // Steps not made because their owner's inbox is at TeamSettings::open_tasks_per_owner: a later run
    // makes them once tasks are done (the limit counts open and snoozed tasks).
    std::vector<int32_t> held_back_per_playbook;
    int32_t held_back = 0;
    std::vector<std::string> owners_at_limit;  // sorted; "" = the unassigned pool
};

PlaybookRun run_playbooks(const Workspace& ws, const PlaybookContext& ctx);

enum class PlayOutcome : uint8_t { no_measure, in_progress, met, not_met };
const char* outcome_label(PlayOutcome o);  // "No measure", "In progress", "Met", "Not met"

// One play: the tasks one run made for one account and playbook (same created date).
struct PlayStatus {
    std::string account, playbook;
    Date started;
    int32_t tasks = 0, finished = 0;  // finished: done or skipped
    bool complete() const { return tasks > 0 && finished == tasks; }
    PlayOutcome outcome = PlayOutcome::in_progress;
};

// The success measure of a play started on `started`, read as of ctx.as_of: met when it holds now; not
// met when its window (started + days) has ended without it holding; else in progress.
PlayOutcome evaluate_success(const Workspace& ws, const PlaybookContext& ctx, const Playbook& p, AccountIx a,
                             Date started);

// Every play in the workspace's tasks, in task order of first appearance, each with its outcome
// (plays of a playbook or account no longer in the workspace are left out).
std::vector<PlayStatus> play_statuses(const Workspace& ws, const PlaybookContext& ctx);

}  // namespace retain
