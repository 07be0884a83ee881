// Milestones: which are shown by the data (activation, first value, stakeholder alignment) and which are
// only recorded, per docs/metrics.md "Customer journey: milestones".
#include <doctest/doctest.h>

#include "core/journey/milestone_evidence.hpp"
#include "journey_test_helpers.hpp"

using namespace retain;
using namespace retain::journey_test;

namespace {

Contact contact(const char* name, bool champion, bool sponsor, Date first) {
    Contact c;
    c.account = 0;
    c.name = name;
    c.champion = champion;
    c.executive_sponsor = sponsor;
    c.first_engaged = first;
    return c;
}

}  // namespace

TEST_CASE("activation is the first usage sample with active users, on or before the as-of date") {
    Workspace ws = one_account();
    UsageSample s;
    s.account = 0;
    s.date = d(2026, 1, 5);
    s.active_users = 0;
    ws.usage.push_back(s);
    s.date = d(2026, 1, 12);
    s.active_users = 3;
    ws.usage.push_back(s);
    s.date = d(2026, 1, 19);
    ws.usage.push_back(s);

    const AccountMilestones early = account_milestones(ws, 0, d(2026, 1, 10));
    CHECK_FALSE(early.milestones[size_t(Milestone::activation)].achieved());  // the only sample by then had no active user
    const AccountMilestones later = account_milestones(ws, 0, d(2026, 2, 1));
    const MilestoneState& after = later.milestones[size_t(Milestone::activation)];
    CHECK(after.evidenced);
    CHECK(after.evidence_date == d(2026, 1, 12));
    CHECK(after.mark == nullptr);
}

TEST_CASE("first value comes from Account::first_value; a date after the as-of date does not count yet") {
    Workspace ws = one_account();
    ws.accounts[0].first_value = d(2026, 2, 20);
    CHECK_FALSE(account_milestones(ws, 0, d(2026, 2, 19)).milestones[size_t(Milestone::first_value)].achieved());
    const AccountMilestones m = account_milestones(ws, 0, d(2026, 3, 1));
    CHECK(m.milestones[size_t(Milestone::first_value)].evidence_date == d(2026, 2, 20));
    CHECK(m.achieved == 1);
    CHECK(m.onboarding_done == 1);
}

TEST_CASE("stakeholder alignment needs a current champion and a current executive sponsor") {
    Workspace ws = one_account();
    ws.contacts.push_back(contact("Cam", true, false, d(2026, 1, 2)));
    ws.contacts.push_back(contact("Sue", false, true, d(2026, 1, 20)));
    ws.contacts[1].left_company = true;
    CHECK_FALSE(account_milestones(ws, 0, d(2026, 3, 1)).milestones[size_t(Milestone::stakeholder_alignment)].achieved());
    ws.contacts.push_back(contact("Sam", false, true, d(2026, 2, 3)));
    const AccountMilestones aligned = account_milestones(ws, 0, d(2026, 3, 1));
    const MilestoneState& s = aligned.milestones[size_t(Milestone::stakeholder_alignment)];
    CHECK(s.evidenced);
    CHECK(s.evidence_date == d(2026, 2, 3));  // the later of the two first_engaged dates
    // Without a first_engaged date the alignment still shows, undated.
    ws.contacts[0].first_engaged = Date{};
    const AccountMilestones undated_all = account_milestones(ws, 0, d(2026, 3, 1));
    const MilestoneState& undated = undated_all.milestones[size_t(Milestone::stakeholder_alignment)];
    CHECK(undated.achieved());
    CHECK_FALSE(undated.evidence_date.ok());
}

TEST_CASE("kickoff, adoption depth and measurable outcome are only ever recorded; records and data combine") {
    Workspace ws = one_account();
    ws.accounts[0].first_value = d(2026, 2, 20);
    CHECK_FALSE(milestone_has_evidence(Milestone::kickoff));
    CHECK_FALSE(milestone_has_evidence(Milestone::adoption_depth));
    CHECK_FALSE(milestone_has_evidence(Milestone::measurable_outcome));
    CHECK(milestone_has_evidence(Milestone::first_value));
    AccountJourney& j = journey_entry(ws.journey, "A");
    j.milestones[size_t(Milestone::kickoff)] = {d(2026, 1, 4), "Ana", "kickoff call"};
    j.milestones[size_t(Milestone::first_value)] = {d(2026, 2, 10), "Ana", "first dashboard live"};
    const AccountMilestones m = account_milestones(ws, 0, d(2026, 3, 1));
    const MilestoneState& fv = m.milestones[size_t(Milestone::first_value)];
    CHECK(fv.evidenced);
    REQUIRE(fv.mark != nullptr);
    CHECK(fv.mark->by == "Ana");
    CHECK(fv.date() == d(2026, 2, 10));  // the earlier of the recorded and the evidenced date
    CHECK(m.achieved == 2);
    CHECK(m.onboarding_done == 2);
    CHECK(milestone_stage(Milestone::measurable_outcome) == LifecycleStage::value_realization);
}
