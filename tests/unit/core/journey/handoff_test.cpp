// The handoff checklist: nine items, each done when filled in; complete when all are.
#include <doctest/doctest.h>

#include "core/workspace.hpp"

using namespace retain;

TEST_CASE("a handoff is complete only with all nine items; blank text does not count") {
    Handoff h;
    CHECK(check_handoff(h).count == 0);
    CHECK(handoff_state(nullptr) == HandoffState::missing);
    h.sold = "Pro, 40 seats";
    h.goals = "Weekly reporting off spreadsheets";
    h.success_criteria = "Leadership review on dashboards by day 60";
    h.champion = "Cam";
    h.executive_sponsor = "Sue";
    h.promises = "none";
    h.risks = "   ";  // blank: not done
    h.technical = "Snowflake, SSO";
    h.expected_ttv_days = 0;
    HandoffCheck c = check_handoff(h);
    CHECK(c.count == 7);
    CHECK_FALSE(c.done[6]);  // known risks
    CHECK_FALSE(c.done[8]);  // expected time to first value
    CHECK(handoff_state(&h) == HandoffState::incomplete);
    h.risks = "IT review pending";
    h.expected_ttv_days = 30;
    c = check_handoff(h);
    CHECK(c.count == kHandoffItemCount);
    CHECK(c.complete());
    CHECK(handoff_state(&h) == HandoffState::complete);
    CHECK(std::string(handoff_item_label(8)) == "Expected time to first value");
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
