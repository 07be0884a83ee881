#include "core/journey/journey_demo.hpp"

#include <algorithm>

#include "core/journey/plan_schedule.hpp"

namespace retain {
namespace {

// splitmix64's finaliser over the id's bytes: a stable number per (account, purpose).
uint64_t hash(const std::string& id, uint64_t seed, uint64_t purpose) {
    uint64_t x = seed ^ (purpose * 0x9E3779B97F4A7C15ull);
    for (unsigned char ch : id) {
        x ^= ch;
        x *= 0xBF58476D1CE4E5B9ull;
        x ^= x >> 31;
    }
    x ^= x >> 30;
    x *= 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}
int32_t roll(const std::string& id, uint64_t seed, uint64_t purpose, int32_t n) {
    return int32_t(hash(id, seed, purpose) % uint64_t(n));
}

const char* const kGoals[] = {
    "Replace the weekly spreadsheet reporting with live dashboards for the leadership team",
    "Cut the time to answer ad-hoc data questions from days to hours",
    "Give every regional manager a self-serve view of their pipeline",
    "Consolidate three BI tools into one and retire the legacy licences",
};
const char* const kCriteria[] = {
    "Leadership review runs on Retain dashboards by day 60; 80% of managers log in weekly",
    "Median time to answer a data request under 4 hours by day 90",
    "All regions on the shared pipeline view; the old exports switched off",
};
const char* const kTechnical[] = {
    "Snowflake warehouse; SSO through Okta; 2 integrations in scope (Salesforce, HubSpot)",
    "Postgres read replica; CSV uploads for finance; no SSO",
    "BigQuery; API access for the data team; EU data residency",
};
// The milestone between kickoff and go-live that the sale agreed on.
const char* const kAgreedMilestones[] = {"data connected", "pilot team live", "first dashboards reviewed",
                                          "SSO and user import done"};
const char* const kRisks[] = {"Data team stretched until Q1; IT security review pending", "none known",
                              "Champion is new in role; budget owner not yet met"};
const char* const kPromises[] = {"Custom onboarding workshop for 3 teams", "none",
                                 "Salesforce connector live within 30 days"};

std::string contact_name(const Workspace& ws, AccountIx ix, bool sponsor) {
    const auto [b, e] = rows_of(ws.contacts, ix);
    for (size_t i = b; i < e; ++i) {
        const Contact& c = ws.contacts[i];
        if (!c.left_company && (sponsor ? c.executive_sponsor : c.champion)) return c.name;
    }
    return {};
}

// When the account entered its stage, mirroring the generator's stage rule: onboarding at the contract
// start, adoption 45 days in, renewal 90 days before the renewal date, value realization after the
// previous renewal (or 150 days in). Expansion and advocacy are left without a date.
Date stage_since(const Account& a) {
    switch (a.stage) {
        case LifecycleStage::onboarding: return a.contract_start;
        case LifecycleStage::adoption: return a.contract_start.plus_days(45);
        case LifecycleStage::renewal: return a.renewal_date.plus_days(-90);
        case LifecycleStage::value_realization:
            return std::max(a.contract_start.plus_days(150), a.renewal_date.plus_days(-365));
        case LifecycleStage::expansion:
        case LifecycleStage::advocacy: break;
    }
    return {};
}

Handoff demo_handoff(const Workspace& ws, AccountIx ix, uint64_t seed) {
    const Account& a = ws.accounts[ix];
    Handoff h;
    h.account = a.id;
    h.sold = a.plan + " plan, " + std::to_string(a.seats) + " seats, annual contract";
    h.goals = kGoals[roll(a.id, seed, 11, 4)];
    h.success_criteria = kCriteria[roll(a.id, seed, 12, 3)];
    h.champion = contact_name(ws, ix, false);
    h.executive_sponsor = contact_name(ws, ix, true);
    h.promises = kPromises[roll(a.id, seed, 13, 3)];
    h.risks = kRisks[roll(a.id, seed, 14, 3)];
    h.technical = kTechnical[roll(a.id, seed, 15, 3)];
    h.expected_ttv_days = a.segment == "Enterprise" ? 60 : a.segment == "Mid-market" ? 30 : 14;
    // The agreed timeline: kickoff in the first week, the agreed milestone halfway to go-live, go-live when
    // first value is expected, the first QBR at day 90.
    const Date start = a.contract_start;
    h.timeline = "Kickoff " + format_iso(start.plus_days(5)) + "; " + kAgreedMilestones[roll(a.id, seed, 18, 4)] +
                 " by " + format_iso(start.plus_days(h.expected_ttv_days / 2 + 5)) + "; go-live " +
                 format_iso(start.plus_days(h.expected_ttv_days)) + "; first QBR " + format_iso(start.plus_days(90));
    h.sales_owner = "AE " + std::string(1, char('A' + roll(a.id, seed, 16, 5)));
    h.date = a.contract_start.plus_days(-2);
    // One handoff in three arrives incomplete, the way rushed handoffs do: no promises, risks or timing.
    if (roll(a.id, seed, 17, 3) == 0) {
        h.promises.clear();
        h.risks.clear();
        h.timeline.clear();
        h.expected_ttv_days = 0;
    }
    return h;
}

}  // namespace

void add_demo_journey(Workspace& ws, uint64_t seed, Date end) {
    for (AccountIx ix = 0; ix < ws.accounts.size(); ++ix) {
        const Account& a = ws.accounts[ix];
        if (a.status != AccountStatus::active || !a.contract_start.ok()) continue;
        const int32_t age = end - a.contract_start;
        const Date since = stage_since(a);
        const bool recent = age <= 365;
        if (!since.ok() && !recent) continue;
        AccountJourney j;
        j.account = a.id;
        if (since.ok() && since <= end) j.stage_since = since;
        const std::string by = a.owner.empty() ? std::string("Pooled CS") : a.owner;
        if (recent) {  // the team started keeping milestones in Retain a year ago
            j.milestones[size_t(Milestone::kickoff)] = {a.contract_start.plus_days(3 + roll(a.id, seed, 1, 7)), by,
                                                        "Kickoff call: outcomes and timeline agreed"};
            if (age > 90 && roll(a.id, seed, 2, 3) != 0)
                j.milestones[size_t(Milestone::adoption_depth)] = {a.contract_start.plus_days(80 + roll(a.id, seed, 3, 20)), by,
                                                                   "Second team onboarded"};
            if (age > 200 && a.first_value.ok() && roll(a.id, seed, 4, 2) == 0)
                j.milestones[size_t(Milestone::measurable_outcome)] = {a.contract_start.plus_days(180 + roll(a.id, seed, 5, 20)),
                                                                       by, "Reporting time down 60% (customer's numbers)"};
        }
        for (MilestoneMark& m : j.milestones)
            if (m.date.ok() && m.date > end) m = MilestoneMark{};
        // plan_start's rule, without looking the entry up again among thousands.
        const MilestoneMark& kickoff = j.milestones[size_t(Milestone::kickoff)];
        const Date start = kickoff.recorded() ? kickoff.date : a.contract_start;
        ws.journey.accounts.push_back(std::move(j));
        // Handoffs for the accounts of the last six months, three in four of them recorded.
        if (age <= 180 && roll(a.id, seed, 6, 4) != 0) {
            ws.handoffs.push_back(demo_handoff(ws, ix, seed));
            // A success plan for those of the last four months.
            if (age <= 120) {
                const PlanTemplate kind = a.segment == "Enterprise" ? PlanTemplate::custom : PlanTemplate::standard;
                SuccessPlan p = plan_from_template(kind, a, by, &ws.handoffs.back(), a.contract_start.plus_days(5));
                for (PlanItem& item : p.items) {
                    const Date target = item_target(start, item);
                    const bool first = &item == &p.items.front();
                    if (first && a.first_value.ok() && a.first_value <= end) {
                        item.status = PlanItemStatus::done;
                        item.done = a.first_value;
                    } else if (target.ok() && target <= end.plus_days(30)) {
                        item.status = PlanItemStatus::in_progress;
                    }
                }
                ws.success_plans.push_back(std::move(p));
            }
        }
    }
}

}  // namespace retain
