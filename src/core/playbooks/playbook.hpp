// Playbooks and the tasks they create (docs/playbooks.md).
//
// A playbook is the guides' "standardized response to a predictable customer moment": a trigger (a rule
// over one account's state as of a date), optional filters (segment, lifecycle stage), a goal, steps a
// CSM carries out (each with an owner role, a due offset and template text) and a success measure that
// says whether the play worked. Running the enabled playbooks (playbook_engine.hpp) turns every match
// into one task per step; tasks are stored in the workspace and worked in the task inbox.
//
// Plain data with to_string / parse_enum, so the workspace file stores it as it is
// (io/playbooks_json.hpp). Parameters are whole numbers: days, points, percent, counts.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/health/scorecard.hpp"

namespace retain {

enum class TriggerKind : uint8_t {
    health_color,        // the shown health color is `color`
    score_drop,          // score fell by >= `points` over the last `days` days
    usage_drop,          // mean active users of the last `days` days <= (100 - `percent`)% of the `days` before
    renewal_within,      // renewal date within the next `days` days
    champion_left,       // a champion contact left the company, last engaged within `days` days (or undated)
    new_executive,       // an executive sponsor contact first engaged within the last `days` days
    nps_detractor,       // latest NPS response within `days` days scored <= 6
    critical_tickets,    // open high or urgent tickets >= `count`
    onboarding_stalled,  // no first value `days` or more days after contract start
    expansion_signal,    // active users (latest usage sample) >= `percent`% of seats
    new_customer,        // contract started within the last `days` days
    no_usage,            // no active user in the last `days` days (customer for longer than that)
    adoption_level,      // active users / seats in [`percent`%, `max_percent`%) (latest sample within `days`)
    qbr_due,             // no QBR touchpoint in the last `days` days
    churned,             // churned within the last `days` days (the one trigger over churned accounts)
};
constexpr int kTriggerKindCount = 15;
// LifecycleStage has this many values (workspace.hpp, which includes this header).
constexpr int kLifecycleStageCountForPlaybooks = 6;

// Which parameters a trigger kind reads (bit per field of Trigger), for the file, the editor and docs.
enum TriggerParam : uint8_t { p_color = 1, p_days = 2, p_points = 4, p_percent = 8, p_count = 16, p_max_percent = 32 };
uint8_t trigger_params(TriggerKind kind);

struct Trigger {
    TriggerKind kind = TriggerKind::health_color;
    HealthColor color = HealthColor::red;
    int32_t days = 30;
    int32_t points = 15;
    int32_t percent = 40;
    int32_t count = 1;
    int32_t max_percent = 100;
};

// Who does a step. The task goes to the account's CSM (Account::owner) whatever the role; the role
// says who the CSM brings in, and a task can be reassigned.
enum class OwnerRole : uint8_t { csm, onboarding, support, account_manager, cs_leader, product };
constexpr int kOwnerRoleCount = 6;

enum class StepKind : uint8_t { email, call, checklist };

struct PlaybookStep {
    std::string title;
    OwnerRole role = OwnerRole::csm;
    int32_t due_days = 0;  // due this many days after the task is created
    StepKind kind = StepKind::checklist;
    std::string text;      // the email script, call agenda or checklist
};

enum class SuccessKind : uint8_t {
    none,            // no measure (a post-mortem learns; it does not recover)
    health_green,    // shown health color green within `days`
    score_at_least,  // health score >= `score` within `days`
    usage_recovered, // the usage_drop rule no longer holds (recent mean back above the threshold)
    renewed,         // the renewal date moved past the one the play started from, still a customer
    first_value,     // a first-value date is recorded
    retained,        // still a customer `days` after the play started
    expanded,        // MRR now above the MRR of the month the play started, within `days`
};
constexpr int kSuccessKindCount = 8;

struct SuccessMeasure {
    SuccessKind kind = SuccessKind::health_green;
    int32_t days = 60;
    int32_t score = 70;
};

struct Playbook {
    std::string id;        // stable: "pb-risk-save", or "pb-user-<n>" for the team's own
    std::string name;
    bool enabled = true;
    std::string category;  // "Onboarding", "Adoption", "Risk", "Renewal", "Expansion", "Relationship", "Review"
    Trigger trigger;
    std::string segment;   // "" = every segment; else Account::segment must equal it
    int32_t stage = -1;    // -1 = every stage; else a LifecycleStage
    int32_t cooldown_days = 90;  // after a play's tasks are created, the same account is not enrolled again for this long
    std::string goal;
    std::vector<PlaybookStep> steps;
    SuccessMeasure success;
};

enum class TaskStatus : uint8_t { open, done, snoozed, skipped };

struct Task {
    std::string id;          // task_id(): account, playbook, step and created date, so reruns name it the same
    std::string account;     // Account::id
    std::string playbook;    // Playbook::id
    int32_t step = 0;        // index into the playbook's steps when the task was made
    std::string title;
    std::string owner;       // CSM id; "" = unassigned
    OwnerRole role = OwnerRole::csm;
    Date created;
    Date due;
    int32_t priority = 0;    // task_priority(): 20-100, higher first (docs/metrics.md "Task priority")
    TaskStatus status = TaskStatus::open;
    Date snoozed_until;      // while status is snoozed
    std::string outcome;     // the CSM's note
    Date completed;          // done or skipped on
};

// The built-in library (playbook_library.cpp): what the guides describe, enabled, in a fixed order.
std::vector<Playbook> builtin_playbooks();

// "T-<account>-<playbook>-<step>-<yyyymmdd>": deterministic, so the same run gives the same ids.
std::string task_id(const std::string& account, const std::string& playbook, int32_t step, Date created);

// "" when the playbook can run, else what to fix ("a playbook needs a name", "step 2: due days ...").
std::string playbook_problem(const Playbook& p);
// One sentence describing the trigger with its parameters ("Health color is Red").
std::string describe_trigger(const Trigger& t);
std::string describe_success(const SuccessMeasure& s);

// A task counts as open work (inbox, tiles) when open, or snoozed and the snooze has ended by `as_of`.
bool task_is_active(const Task& t, Date as_of);
// Active and due before as_of.
bool task_is_overdue(const Task& t, Date as_of);
// Active and due from as_of through as_of + 6 (the next seven days, today included).
bool task_is_due_this_week(const Task& t, Date as_of);

// The counts of the Overview tile and the inbox header (docs/metrics.md "Tasks due"); owner: one CSM's
// tasks only, or everyone's when null.
struct TaskCounts {
    int32_t active = 0, overdue = 0, due_this_week = 0, done = 0;
    int32_t due() const { return overdue + due_this_week; }  // the "Tasks due" tile
};
TaskCounts count_tasks(const std::vector<Task>& tasks, Date as_of, const std::string* owner = nullptr);

const char* to_string(TriggerKind k);
const char* trigger_label(TriggerKind k);  // "Health color", "Score drop", ...
const char* to_string(OwnerRole r);
const char* owner_role_label(OwnerRole r);
const char* to_string(StepKind k);
const char* step_kind_label(StepKind k);   // "Email script", "Call agenda", "Checklist"
const char* to_string(SuccessKind k);
const char* success_label(SuccessKind k);
const char* to_string(TaskStatus s);
bool parse_enum(const std::string& text, TriggerKind& out);
bool parse_enum(const std::string& text, OwnerRole& out);
bool parse_enum(const std::string& text, StepKind& out);
bool parse_enum(const std::string& text, SuccessKind& out);
bool parse_enum(const std::string& text, TaskStatus& out);

}  // namespace retain
