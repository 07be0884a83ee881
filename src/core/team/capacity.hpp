// Team capacity (docs/metrics.md "Team capacity"): each CSM's book against their capacity, each
// engagement model's load against the recommended ratio, the headcount the accounts need, and the
// first-CS-hire signal. Pure: computed with the analysis from the segmentation and health.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/money.hpp"
#include "core/segments/segment_assign.hpp"
#include "core/team/team_settings.hpp"

namespace retain {

struct Workspace;
struct HealthScores;

struct CsmBook {
    int32_t csm = 0;  // index into Workspace::csms
    int32_t accounts = 0;  // active accounts owned
    Money arr;
    std::array<int32_t, kEngagementModelCount> by_model{};
    std::array<int32_t, 4> health_mix{};  // none, red, yellow, green (the shown color)
    int32_t tasks_due = -1;               // open tasks due on the book's accounts; -1 = not known
    // The CSM's own capacity when set, else what the ratios give for this book's mix (capacity_set
    // false): accounts / sum over accounts of 1 / high ratio of its model.
    int32_t capacity = 0;
    bool capacity_set = false;
    double load = 0;  // accounts / capacity; 0 when capacity is 0
    bool over() const { return capacity > 0 && accounts > capacity; }
};

struct ModelLoad {
    EngagementModel model = EngagementModel::tech_touch;
    RatioRange ratio;
    int32_t accounts = 0;        // active accounts of the model
    int32_t owned = 0;           // of them, with a CSM on the team
    int32_t csms = 0;            // CSMs with at least one such account
    double fte_at_high = 0;      // accounts / ratio.high: CSMs needed at the most accounts per CSM
    double fte_at_low = 0;       // accounts / ratio.low
    double actual_per_csm = 0;   // owned / csms; 0 without CSMs
};

struct Headcount {
    double fte_at_high = 0;  // sum over models of accounts / high ratio
    double fte_at_low = 0;   // sum over models of accounts / low ratio
    int32_t needed = 0;      // ceil(fte_at_high): the fewest CSMs the ratios allow
    int32_t comfortable = 0; // ceil(fte_at_low)
    int32_t team = 0;        // CSMs in the workspace
    int32_t gap() const { return needed - team; }  // > 0: hire
};

struct HireSignal {
    bool reached = false;   // ARR >= threshold or active customers >= threshold
    bool has_team = false;  // the workspace already has CSMs
    Money arr, arr_threshold;
    int32_t customers = 0, customers_threshold = 0;
    std::string reason;  // "Hire the first CSM: ARR $1.2M has reached $1M."
};

struct TeamCapacity {
    std::vector<CsmBook> books;  // one per CSM, in Workspace::csms order
    std::array<ModelLoad, kEngagementModelCount> models{};
    int32_t unowned = 0;        // active accounts with no CSM
    int32_t unknown_owner = 0;  // active accounts whose owner is not a CSM of the workspace
    Headcount headcount;
    HireSignal hire;
    std::vector<int32_t> owner;  // per account: index into Workspace::csms, -1 none (owner_indices)
};

// `arr` and `health` parallel to ws.accounts; `tasks_due` too, or empty when tasks are not known (the
// playbooks' task inbox fills it).
TeamCapacity compute_capacity(const Workspace& ws, const TeamSettings& settings, const Segmentation& seg,
                              const std::vector<Money>& arr, const HealthScores& health,
                              const std::vector<int32_t>& tasks_due);

HireSignal first_hire_signal(const TeamSettings& settings, Money arr, int32_t customers, bool has_team,
                             const std::string& currency);

// The CSM index per account (-1: no owner or not on the team), for capacity and the suggestions.
std::vector<int32_t> owner_indices(const Workspace& ws);

}  // namespace retain
