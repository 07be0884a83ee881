#include "core/journey/journey.hpp"

#include "core/enum_names.hpp"

namespace retain {
namespace {
const char* const kMilestoneNames[] = {"kickoff", "activation", "first_value", "adoption_depth", "stakeholder_alignment",
                                       "measurable_outcome"};
const char* const kMilestoneLabels[] = {"Kickoff", "Activation", "First value", "Adoption depth", "Stakeholder alignment",
                                        "Measurable outcome"};
// After the guides (shared/guides 002: journey map, onboarding structure).
const char* const kMilestoneDefinitions[] = {
    "Kickoff held: outcomes, roles and timeline agreed with the customer. Recorded by the CSM.",
    "The customer's users are active: the first usage sample with active users above 0 (from the data), or "
    "recorded by the CSM.",
    "The product proved itself for the customer's use case: the account's first-value date (from the data), or "
    "recorded by the CSM.",
    "Consistent use built into the customer's workflows (second use case, team trained). Recorded by the CSM.",
    "A current champion and a current executive sponsor among the contacts (from the data), or recorded by the "
    "CSM.",
    "A measurable business outcome or ROI documented with the customer. Recorded by the CSM.",
};
}  // namespace

const char* to_string(Milestone m) { return kMilestoneNames[size_t(m)]; }
const char* milestone_label(Milestone m) { return kMilestoneLabels[size_t(m)]; }
const char* milestone_definition(Milestone m) { return kMilestoneDefinitions[size_t(m)]; }
bool parse_enum(const std::string& text, Milestone& out) { return parse_enum_name(kMilestoneNames, text, out); }

const AccountJourney* find_journey(const JourneyData& j, const std::string& account) {
    for (const AccountJourney& e : j.accounts)
        if (e.account == account) return &e;
    return nullptr;
}

AccountJourney& journey_entry(JourneyData& j, const std::string& account) {
    for (AccountJourney& e : j.accounts)
        if (e.account == account) return e;
    j.accounts.push_back(AccountJourney{});
    j.accounts.back().account = account;
    return j.accounts.back();
}

}  // namespace retain
