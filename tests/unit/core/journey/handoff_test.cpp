// The handoff checklist: ten items, each done when filled in; complete when all are.
#include <doctest/doctest.h>

#include "core/workspace.hpp"

using namespace retain;

namespace {

// A handoff with every item filled in.
Handoff complete_handoff() {
    Handoff h;
    h.sold = "Pro, 40 seats";
    h.goals = "Weekly reporting off spreadsheets";
    h.success_criteria = "Leadership review on dashboards by day 60";
    h.champion = "Cam";
    h.executive_sponsor = "Sue";
    h.promises = "none";
    h.risks = "IT review pending";
    h.technical = "Snowflake, SSO";
    h.timeline = "Kickoff 2026-01-06; data connected by 2026-01-20; go-live 2026-02-01";
    h.expected_ttv_days = 30;
    return h;
}

}  // namespace

TEST_CASE("a handoff is complete only with all ten items; blank text does not count") {
    CHECK(check_handoff(Handoff{}).count == 0);
    CHECK(handoff_state(nullptr) == HandoffState::missing);
    Handoff h = complete_handoff();
    h.risks = "   ";  // blank: not done
    h.expected_ttv_days = 0;
    HandoffCheck c = check_handoff(h);
    CHECK(c.count == 8);
    CHECK_FALSE(c.done[6]);  // known risks
    CHECK_FALSE(c.done[9]);  // expected time to first value
    CHECK(handoff_state(&h) == HandoffState::incomplete);
    h.risks = "IT review pending";
    h.expected_ttv_days = 30;
    c = check_handoff(h);
    CHECK(c.count == kHandoffItemCount);
    CHECK(c.complete());
    CHECK(handoff_state(&h) == HandoffState::complete);
    CHECK(std::string(handoff_item_label(9)) == "Expected time to first value");
}

TEST_CASE("the timeline and milestones are a checklist item of their own: without them a handoff is 9 of 10") {
    Handoff h = complete_handoff();
    h.timeline.clear();
    CHECK(kHandoffItemCount == 10);
    CHECK(std::string(handoff_item_label(8)) == "Timeline and milestones");
    HandoffCheck c = check_handoff(h);
    CHECK(c.count == 9);
    CHECK_FALSE(c.done[8]);
    CHECK(handoff_state(&h) == HandoffState::incomplete);
    Account a;
    a.stage = LifecycleStage::onboarding;
    CHECK(handoff_flagged(a, handoff_state(&h)));  // an onboarding account stays flagged without its timeline
    h.timeline = "\n\t ";  // blank
    CHECK(check_handoff(h).count == 9);
    h.timeline = "Go-live 2026-02-01";
    c = check_handoff(h);
    CHECK(c.done[8]);
    CHECK(c.complete());
    CHECK_FALSE(handoff_flagged(a, handoff_state(&h)));
}

TEST_CASE("only active onboarding accounts are flagged for their handoff") {
    Account a;
    a.stage = LifecycleStage::onboarding;
    CHECK(handoff_flagged(a, HandoffState::missing));
    CHECK(handoff_flagged(a, HandoffState::incomplete));
    CHECK_FALSE(handoff_flagged(a, HandoffState::complete));
    a.status = AccountStatus::churned;
    CHECK_FALSE(handoff_flagged(a, HandoffState::missing));
    a.status = AccountStatus::active;
    a.stage = LifecycleStage::adoption;
    CHECK_FALSE(handoff_flagged(a, HandoffState::missing));
}
