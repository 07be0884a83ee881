// The stage funnel (accounts, ARR, reached, conversion), stuck accounts and handoff flags, per
// docs/metrics.md "Customer journey", on a hand-made book.
#include <doctest/doctest.h>

#include "core/journey/journey_overview.hpp"
#include "journey_test_helpers.hpp"

using namespace retain;
using namespace retain::journey_test;

namespace {

// Six accounts: 2 onboarding (ARR 10k, 20k), 1 adoption (30k), 2 value realization (40k, 50k),
// 1 churned in adoption (left out). As of 2026-06-01.
struct JourneyBook {
    Workspace ws;
    Analysis analysis;
};

JourneyBook book() {
    JourneyBook b;
    const LifecycleStage stages[] = {LifecycleStage::onboarding, LifecycleStage::onboarding, LifecycleStage::adoption,
                                     LifecycleStage::value_realization, LifecycleStage::value_realization,
                                     LifecycleStage::adoption};
    const int64_t arr[] = {10000, 20000, 30000, 40000, 50000, 60000};
    for (int i = 0; i < 6; ++i) {
        Account a;
        a.id = "A" + std::to_string(i);
        a.stage = stages[i];
        a.contract_start = d(2026, 1, 1);
        if (i == 5) a.status = AccountStatus::churned;
        b.ws.accounts.push_back(a);
        AccountFacts f;
        f.arr = Money(arr[i] * 100);
        b.analysis.accounts.push_back(f);
    }
    b.ws.reindex();
    b.analysis.as_of = d(2026, 6, 1);
    return b;
}

}  // namespace

TEST_CASE("the funnel counts active accounts and their ARR per stage, and converts reached over reached") {
    const JourneyBook b = book();
    const JourneyOverview o = journey_overview(b.ws, b.analysis);
    CHECK(o.active == 5);
    const auto& f = o.funnel;
    CHECK(f[size_t(LifecycleStage::onboarding)].accounts == 2);
    CHECK(f[size_t(LifecycleStage::onboarding)].arr == Money(3000000));
    CHECK(f[size_t(LifecycleStage::adoption)].accounts == 1);  // the churned one is not counted
    CHECK(f[size_t(LifecycleStage::value_realization)].arr == Money(9000000));
    CHECK(f[size_t(LifecycleStage::onboarding)].reached == 5);
    CHECK(f[size_t(LifecycleStage::adoption)].reached == 3);
    CHECK(f[size_t(LifecycleStage::value_realization)].reached == 2);
    CHECK(f[size_t(LifecycleStage::renewal)].reached == 0);
    CHECK(*f[size_t(LifecycleStage::onboarding)].conversion == doctest::Approx(0.6));   // 3 / 5
    CHECK(*f[size_t(LifecycleStage::adoption)].conversion == doctest::Approx(2.0 / 3.0));
    CHECK(*f[size_t(LifecycleStage::value_realization)].conversion == doctest::Approx(0.0));
    CHECK_FALSE(f[size_t(LifecycleStage::renewal)].conversion.has_value());  // nobody reached it
    CHECK_FALSE(f[size_t(LifecycleStage::advocacy)].conversion.has_value());  // the last stage
}

TEST_CASE("accounts stuck in a stage: over its threshold, from the recorded date or the onboarding start") {
    JourneyBook b = book();
    // Onboarding since the contract start, 151 days by 2026-06-01: over the default 90.
    // A2 in adoption since 2026-03-01 (92 days): under 120. A3 in value realization recorded since
    // 2025-11-01 (212 days): over 180. A4 has no stage date: never counted stuck outside onboarding.
    journey_entry(b.ws.journey, "A2").stage_since = d(2026, 3, 1);
    journey_entry(b.ws.journey, "A3").stage_since = d(2025, 11, 1);
    JourneyOverview o = journey_overview(b.ws, b.analysis);
    CHECK(o.rows[0].days_in_stage == 151);
    CHECK_FALSE(o.rows[0].since_recorded);
    CHECK(o.rows[2].days_in_stage == 92);
    CHECK(o.rows[4].days_in_stage == -1);
    REQUIRE(o.stuck.size() == 3);
    CHECK(o.rows[o.stuck[0]].account == 3);  // the longest in its stage first
    CHECK(o.funnel[size_t(LifecycleStage::onboarding)].stuck == 2);
    CHECK(o.funnel[size_t(LifecycleStage::value_realization)].stuck == 1);
    // A threshold of 0 means never stuck.
    b.ws.journey.settings.stuck_days[size_t(LifecycleStage::onboarding)] = 0;
    o = journey_overview(b.ws, b.analysis);
    CHECK(o.stuck.size() == 1);
    CHECK(stuck_in_stage(b.ws.journey.settings, LifecycleStage::value_realization, 181));
    CHECK_FALSE(stuck_in_stage(b.ws.journey.settings, LifecycleStage::value_realization, 180));
}

TEST_CASE("onboarding accounts without a complete handoff are flagged; other stages are not") {
    JourneyBook b = book();
    Handoff h;
    h.account = "A0";
    h.sold = "Pro, 20 seats";
    b.ws.handoffs.push_back(h);  // incomplete
    Handoff none;
    none.account = "A2";  // adoption: not flagged whatever its handoff
    b.ws.handoffs.push_back(none);
    JourneyOverview o = journey_overview(b.ws, b.analysis);
    REQUIRE(o.handoff_flags.size() == 2);  // A0 incomplete, A1 missing
    CHECK(o.rows[o.handoff_flags[0]].handoff == HandoffState::incomplete);
    CHECK(o.rows[o.handoff_flags[1]].handoff == HandoffState::missing);
    Handoff& full = b.ws.handoffs[0];
    full.goals = full.success_criteria = full.champion = full.executive_sponsor = "x";
    full.promises = full.risks = full.technical = "none";
    full.expected_ttv_days = 30;
    o = journey_overview(b.ws, b.analysis);
    REQUIRE(o.handoff_flags.size() == 2);  // 9 of 10: no timeline and milestones yet
    full.timeline = "Go-live in 30 days";
    o = journey_overview(b.ws, b.analysis);
    REQUIRE(o.handoff_flags.size() == 1);
    CHECK(o.rows[o.handoff_flags[0]].account == 1);
}
