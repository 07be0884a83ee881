#include "core/team/team_settings.hpp"

namespace retain {

std::string team_settings_problem(const TeamSettings& s) {
    for (int m = 0; m < kEngagementModelCount; ++m) {
        const RatioRange r = s.ratios[size_t(m)];
        const std::string label = model_info(EngagementModel(m)).label;
        if (r.low < 1) return label + ": accounts per CSM must be 1 or more";
        if (r.high < r.low) return label + ": the most accounts per CSM cannot be below the comfortable number";
        if (r.high > 100000) return label + ": at most 100,000 accounts per CSM";
    }
    if (s.first_hire_arr.minor <= 0) return "the first-hire ARR threshold must be above zero";
    if (s.first_hire_customers < 1) return "the first-hire customer threshold must be 1 or more";
    if (s.open_tasks_per_owner < 0 || s.open_tasks_per_owner > kMaxOpenTasksPerOwner)
        return "open tasks per owner must be from 0 (no limit) to " + std::to_string(kMaxOpenTasksPerOwner);
    return {};
}

}  // namespace retain
