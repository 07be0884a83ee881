#include "core/journey/journey_overview.hpp"

#include <algorithm>
#include <unordered_map>

namespace retain {

// journey.hpp cannot include workspace.hpp (the workspace holds the journey), so it sizes the thresholds
// by hand: one per lifecycle stage.
static_assert(std::tuple_size<decltype(JourneySettings::stuck_days)>::value == size_t(kLifecycleStageCount));

bool stuck_in_stage(const JourneySettings& settings, LifecycleStage stage, int32_t days_in_stage) {
    const int32_t limit = settings.stuck_days[size_t(stage)];
    return limit > 0 && days_in_stage > limit;
}

JourneyOverview journey_overview(const Workspace& ws, const Analysis& analysis) {
    JourneyOverview o;
    o.as_of = analysis.as_of;
    // Entries by account id, looked up once each (journey, plans and handoffs are lists by id).
    std::unordered_map<std::string, const AccountJourney*> journeys;
    for (const AccountJourney& j : ws.journey.accounts) journeys.emplace(j.account, &j);
    std::unordered_map<std::string, const Handoff*> handoffs;
    for (const Handoff& h : ws.handoffs) handoffs.emplace(h.account, &h);
    std::unordered_map<std::string, bool> plans;
    for (const SuccessPlan& p : ws.success_plans) plans.emplace(p.account, true);

    for (AccountIx ix = 0; ix < ws.accounts.size(); ++ix) {
        const Account& a = ws.accounts[ix];
        if (a.status != AccountStatus::active) continue;
        AccountJourneyRow r;
        r.account = ix;
        const auto j = journeys.find(a.id);
        const AccountJourney* entry = j == journeys.end() ? nullptr : j->second;
        r.milestones = account_milestones(ws, ix, o.as_of, entry);
        r.since_recorded = entry && entry->stage_since.ok();
        // Onboarding begins at the contract start, so that is its date when none was recorded; the other
        // stages have no such anchor and without a recorded date are never counted stuck.
        r.stage_since = r.since_recorded                            ? entry->stage_since
                        : a.stage == LifecycleStage::onboarding ? a.contract_start
                                                                  : Date{};
        if (r.stage_since.ok() && o.as_of.ok()) r.days_in_stage = std::max(0, o.as_of - r.stage_since);
        r.stuck = r.days_in_stage >= 0 && stuck_in_stage(ws.journey.settings, a.stage, r.days_in_stage);
        const auto h = handoffs.find(a.id);
        r.handoff = handoff_state(h == handoffs.end() ? nullptr : h->second);
        r.handoff_flag = handoff_flagged(a, r.handoff);
        r.has_plan = plans.count(a.id) > 0;

        StageFunnelRow& f = o.funnel[size_t(a.stage)];
        ++f.accounts;
        if (ix < analysis.accounts.size()) f.arr += analysis.accounts[ix].arr;
        if (r.stuck) ++f.stuck;
        if (r.stuck) o.stuck.push_back(o.rows.size());
        if (r.handoff_flag) o.handoff_flags.push_back(o.rows.size());
        o.rows.push_back(std::move(r));
        ++o.active;
    }
    int32_t reached = 0;
    for (size_t s = o.funnel.size(); s-- > 0;) {
        reached += o.funnel[s].accounts;
        o.funnel[s].reached = reached;
    }
    for (size_t s = 0; s + 1 < o.funnel.size(); ++s)
        if (o.funnel[s].reached > 0) o.funnel[s].conversion = double(o.funnel[s + 1].reached) / double(o.funnel[s].reached);
    // Longest in stage first; workspace order breaks ties, so the list is stable.
    std::stable_sort(o.stuck.begin(), o.stuck.end(),
                     [&](size_t x, size_t y) { return o.rows[x].days_in_stage > o.rows[y].days_in_stage; });
    return o;
}

}  // namespace retain
