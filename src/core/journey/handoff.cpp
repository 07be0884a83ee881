#include "core/journey/handoff.hpp"

#include "core/workspace.hpp"

namespace retain {
namespace {

const char* const kItemLabels[kHandoffItemCount] = {
    "What was sold",      "Goals and desired outcomes", "Success criteria",
    "Champion",           "Executive sponsor",          "Promises made",
    "Known risks",        "Technical context and scope", "Timeline and milestones",
    "Expected time to first value",
};

bool filled(const std::string& s) { return s.find_first_not_of(" \t\r\n") != std::string::npos; }

}  // namespace

const Handoff* find_handoff(const std::vector<Handoff>& handoffs, const std::string& account) {
    for (const Handoff& h : handoffs)
        if (h.account == account) return &h;
    return nullptr;
}

const char* handoff_item_label(int item) { return kItemLabels[size_t(item)]; }

HandoffCheck check_handoff(const Handoff& h) {
    HandoffCheck c;
    const bool items[kHandoffItemCount] = {filled(h.sold),     filled(h.goals),     filled(h.success_criteria),
                                           filled(h.champion), filled(h.executive_sponsor), filled(h.promises),
                                           filled(h.risks),    filled(h.technical), filled(h.timeline),
                                           h.expected_ttv_days > 0};
    for (int i = 0; i < kHandoffItemCount; ++i) {
        c.done[size_t(i)] = items[i];
        c.count += items[i] ? 1 : 0;
    }
    return c;
}

HandoffState handoff_state(const Handoff* h) {
    if (!h) return HandoffState::missing;
    return check_handoff(*h).complete() ? HandoffState::complete : HandoffState::incomplete;
}

bool handoff_flagged(const Account& a, HandoffState s) {
    return a.status == AccountStatus::active && a.stage == LifecycleStage::onboarding && s != HandoffState::complete;
}

}  // namespace retain
