#include "core/journey/milestone_evidence.hpp"

#include <algorithm>

namespace retain {
namespace {

void activation(const Workspace& ws, AccountIx ix, Date as_of, MilestoneState& out) {
    const auto [b, e] = rows_of(ws.usage, ix);
    for (size_t i = b; i < e; ++i) {  // sorted by date: the first active sample is the activation
        const UsageSample& u = ws.usage[i];
        if (as_of.ok() && u.date > as_of) break;
        if (u.active_users > 0) {
            out.evidenced = true;
            out.evidence_date = u.date;
            return;
        }
    }
}

void stakeholders(const Workspace& ws, AccountIx ix, MilestoneState& out) {
    const Contact* champion = nullptr;
    const Contact* sponsor = nullptr;
    const auto [b, e] = rows_of(ws.contacts, ix);
    for (size_t i = b; i < e; ++i) {
        const Contact& c = ws.contacts[i];
        if (c.left_company) continue;
        if (c.champion && !champion) champion = &c;
        if (c.executive_sponsor && !sponsor) sponsor = &c;
    }
    if (!champion || !sponsor) return;
    out.evidenced = true;
    if (champion->first_engaged.ok() && sponsor->first_engaged.ok())
        out.evidence_date = std::max(champion->first_engaged, sponsor->first_engaged);
}

}  // namespace

Date MilestoneState::date() const {
    const Date recorded = mark && mark->recorded() ? mark->date : Date{};
    if (recorded.ok() && evidence_date.ok()) return std::min(recorded, evidence_date);
    return recorded.ok() ? recorded : evidence_date;
}

bool milestone_has_evidence(Milestone m) {
    return m == Milestone::activation || m == Milestone::first_value || m == Milestone::stakeholder_alignment;
}

LifecycleStage milestone_stage(Milestone m) {
    switch (m) {
        case Milestone::kickoff:
        case Milestone::activation:
        case Milestone::first_value: return LifecycleStage::onboarding;
        case Milestone::adoption_depth:
        case Milestone::stakeholder_alignment: return LifecycleStage::adoption;
        case Milestone::measurable_outcome: break;
    }
    return LifecycleStage::value_realization;
}

AccountMilestones account_milestones(const Workspace& ws, AccountIx ix, Date as_of) {
    return account_milestones(ws, ix, as_of, find_journey(ws.journey, ws.accounts[ix].id));
}

AccountMilestones account_milestones(const Workspace& ws, AccountIx ix, Date as_of, const AccountJourney* entry) {
    AccountMilestones out;
    const Account& a = ws.accounts[ix];
    if (entry)
        for (int m = 0; m < kMilestoneCount; ++m) out.milestones[size_t(m)].mark = &entry->milestones[size_t(m)];
    activation(ws, ix, as_of, out.milestones[size_t(Milestone::activation)]);
    MilestoneState& first_value = out.milestones[size_t(Milestone::first_value)];
    if (a.first_value.ok() && (!as_of.ok() || a.first_value <= as_of)) {
        first_value.evidenced = true;
        first_value.evidence_date = a.first_value;
    }
    stakeholders(ws, ix, out.milestones[size_t(Milestone::stakeholder_alignment)]);
    for (int m = 0; m < kMilestoneCount; ++m) {
        if (!out.milestones[size_t(m)].achieved()) continue;
        ++out.achieved;
        if (milestone_stage(Milestone(m)) == LifecycleStage::onboarding) ++out.onboarding_done;
    }
    return out;
}

}  // namespace retain
