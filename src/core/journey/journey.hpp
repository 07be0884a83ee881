// The customer journey as the CSMs record it (docs/metrics.md "Customer journey"): the milestones of the
// guides (kickoff, activation, first value, adoption depth, stakeholder alignment, measurable outcome),
// each recorded with a date and who recorded it, and when each account entered its current lifecycle
// stage (Account::stage), so accounts stuck in a stage can be found. Entries name accounts by id, like
// tasks and renewal outcomes, so they survive a re-import that reorders the accounts.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace retain {

enum class Milestone : uint8_t { kickoff, activation, first_value, adoption_depth, stakeholder_alignment, measurable_outcome };
constexpr int kMilestoneCount = 6;

// One milestone as recorded by a CSM; an empty date = not recorded.
struct MilestoneMark {
    Date date;
    std::string by;    // who recorded it (a CSM's name or id)
    std::string note;  // what showed it: "workflow live in the EU team"
    bool recorded() const { return date.ok(); }
};

struct AccountJourney {
    std::string account;  // Account::id
    Date stage_since;     // when the account entered its current stage; empty = not recorded
    std::array<MilestoneMark, kMilestoneCount> milestones;
};

// Days an account may stay in a stage before it counts as stuck; 0 = never stuck (advocacy, by default).
struct JourneySettings {
    std::array<int32_t, 6> stuck_days = {90, 120, 180, 90, 120, 0};
    bool operator==(const JourneySettings& o) const { return stuck_days == o.stuck_days; }
};

struct JourneyData {
    JourneySettings settings;
    std::vector<AccountJourney> accounts;  // at most one entry per account id
    bool empty() const { return accounts.empty() && settings == JourneySettings{}; }
};

const char* to_string(Milestone m);
const char* milestone_label(Milestone m);        // "Stakeholder alignment"
const char* milestone_definition(Milestone m);   // what it means, for tooltips (from the guides)
bool parse_enum(const std::string& text, Milestone& out);

// The entry of an account id, or nullptr.
const AccountJourney* find_journey(const JourneyData& j, const std::string& account);
// The entry of an account id, added when there is none.
AccountJourney& journey_entry(JourneyData& j, const std::string& account);

}  // namespace retain
