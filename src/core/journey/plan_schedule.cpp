#include "core/journey/plan_schedule.hpp"

#include <algorithm>

namespace retain {
namespace {

const char* const kPeriodLabels[] = {"No items", "On track", "Behind", "Done"};

PlanItem item(int32_t day, const char* goal, const char* milestone, const char* owner, const char* proof) {
    PlanItem i;
    i.day = day;
    i.goal = goal;
    i.milestone = milestone;
    i.owner = owner;
    i.proof = proof;
    return i;
}

// The guides' template (shared/guides 002, "a 30-60-90 day Success Plan"): first value by day 30,
// adoption by day 60, a measurable outcome by day 90. The custom plan adds the executive touches a named
// CSM runs; the standard plan leans on group training and pooled check-ins.
std::vector<PlanItem> template_items(PlanTemplate kind) {
    if (kind == PlanTemplate::custom)
        return {item(30, "Get to first value", "Kickoff with the executive sponsor; setup + first workflow live",
                     "Onboarding + customer", "Key action completed weekly"),
                item(60, "Build adoption", "Expand to a second use case; role-based training for the team", "CSM",
                     "Active users up; fewer \"how do I\" tickets"),
                item(90, "Show measurable outcome", "Report the ROI metric; executive sponsor review", "CSM + sponsor",
                     "Documented outcome + renewal confidence")};
    return {item(30, "Get to first value", "Guided setup + first workflow live", "Customer (pooled CSM checks in)",
                 "Key action completed weekly"),
            item(60, "Build adoption", "Group training attended; second use case started", "Pooled CSM",
                 "Active users up"),
            item(90, "Show measurable outcome", "Outcome check-in; usage review", "Pooled CSM", "Outcome documented")};
}

}  // namespace

Date plan_start(const Workspace& ws, AccountIx ix) {
    const Account& a = ws.accounts[ix];
    if (const AccountJourney* j = find_journey(ws.journey, a.id)) {
        const MilestoneMark& kickoff = j->milestones[size_t(Milestone::kickoff)];
        if (kickoff.recorded()) return kickoff.date;
    }
    return a.contract_start;
}

const char* period_status_label(PeriodStatus s) { return kPeriodLabels[size_t(s)]; }

int plan_period(int32_t day) { return day <= 30 ? 0 : day <= 60 ? 1 : 2; }

PlanProgress plan_progress(const SuccessPlan& plan, Date start, Date as_of) {
    PlanProgress p;
    std::array<int32_t, kPlanPeriodCount> items{}, done{}, behind{};
    for (const PlanItem& i : plan.items) {
        const size_t period = size_t(plan_period(i.day));
        ++p.items;
        ++items[period];
        if (i.status == PlanItemStatus::done) {
            ++p.done;
            ++done[period];
            continue;
        }
        const Date target = item_target(start, i);
        const bool late = target.ok() && as_of.ok() && target < as_of;
        if (late) ++p.overdue;
        if (late || i.status == PlanItemStatus::blocked) ++behind[period];
    }
    if (p.items > 0) p.share = double(p.done) / double(p.items);
    for (size_t k = 0; k < size_t(kPlanPeriodCount); ++k)
        p.periods[k] = items[k] == 0        ? PeriodStatus::empty
                       : done[k] == items[k] ? PeriodStatus::done
                       : behind[k] > 0       ? PeriodStatus::behind
                                             : PeriodStatus::on_track;
    return p;
}

PlanTemplate template_for(EngagementModel model) {
    return model == EngagementModel::high_touch ? PlanTemplate::custom : PlanTemplate::standard;
}

SuccessPlan plan_from_template(PlanTemplate kind, const Account& account, const std::string& owner,
                               const Handoff* handoff, Date created) {
    SuccessPlan p;
    p.account = account.id;
    p.kind = kind;
    p.owner = owner;
    p.created = created;
    p.items = template_items(kind);
    if (handoff) {
        p.outcomes = handoff->goals;
        p.success_criteria = handoff->success_criteria;
        if (handoff->expected_ttv_days > 0) {
            // Sales set the expectation of first value: the first item is due then, not at day 30.
            p.items.front().day = std::clamp(handoff->expected_ttv_days, 1, 90);
            p.items.front().proof += " (first value expected within " + std::to_string(handoff->expected_ttv_days) +
                                     " days, per the handoff)";
        }
    }
    std::stable_sort(p.items.begin(), p.items.end(), [](const PlanItem& a, const PlanItem& b) { return a.day < b.day; });
    return p;
}

}  // namespace retain
