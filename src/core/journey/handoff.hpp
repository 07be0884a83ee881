// The sales-to-CS handoff (docs/metrics.md "Handoff completeness"): what the guides say CS must receive
// from sales — what was sold, the customer's goals and success criteria, the stakeholders, the promises
// made, the known risks, the technical context, the agreed timeline and when first value is expected —
// one record per account.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/date.hpp"

namespace retain {
struct Account;
}

namespace retain {

struct Handoff {
    std::string account;           // Account::id
    std::string sold;              // what was sold: plan, modules, seats, commercial terms that matter
    std::string goals;             // the customer's goals and desired outcomes
    std::string success_criteria;  // how the customer will judge success
    std::string champion;          // the day-to-day champion
    std::string executive_sponsor;
    std::string promises;          // promises made during the sale ("none" when there were none)
    std::string risks;             // known risks, concerns, dependencies ("none known")
    std::string technical;         // use case, implementation scope, integrations
    std::string timeline;          // the agreed timeline: go-live date, milestones and their dates
    int32_t expected_ttv_days = 0; // expected days from contract start to first value; 0 = not given
    std::string sales_owner;       // the AE who handed over
    Date date;                     // when it was handed over
};

const Handoff* find_handoff(const std::vector<Handoff>& handoffs, const std::string& account);

// The handoff checklist: one item per thing CS must receive. An item is done when its field is filled in
// (text not blank; expected time to first value above 0 days). Complete = every item done.
constexpr int kHandoffItemCount = 10;
const char* handoff_item_label(int item);  // "What was sold", ...

struct HandoffCheck {
    std::array<bool, kHandoffItemCount> done{};
    int32_t count = 0;  // items done
    bool complete() const { return count == kHandoffItemCount; }
};
HandoffCheck check_handoff(const Handoff& h);

enum class HandoffState : uint8_t { missing, incomplete, complete };
// Needs a handoff flag: an active account in onboarding whose handoff is missing or incomplete (the new
// accounts CS is taking over now; older accounts were handed over before Retain kept handoffs).
bool handoff_flagged(const Account& a, HandoffState s);
HandoffState handoff_state(const Handoff* h);

}  // namespace retain
