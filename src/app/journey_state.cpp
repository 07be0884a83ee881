// The Journey overview cache and its figures for state() (journey_state.hpp).
#include "app/app_state.hpp"

namespace retain {

const JourneyOverview& journey_overview_of(AppState& app) {
    refresh_derived(app);
    JourneyViewState& v = app.journey_view;
    if (v.built_revision != app.revision || v.built_as_of != app.analysis.as_of) {
        v.overview = journey_overview(app.ws, app.analysis);
        v.built_revision = app.revision;
        v.built_as_of = app.analysis.as_of;
        v.listed_stage = -2;
    }
    if (v.listed_stage != v.stage) {
        v.listed.clear();
        for (size_t r = 0; r < v.overview.rows.size(); ++r)
            if (v.stage < 0 || int(app.ws.accounts[v.overview.rows[r].account].stage) == v.stage) v.listed.push_back(r);
        v.listed_stage = v.stage;
    }
    return v.overview;
}

nlohmann::json journey_automation_state(const AppState& app) {
    using json = nlohmann::json;
    // state() is read-only: the figures are computed when the cache is not current, except over big
    // workspaces (automation polls state() every few frames; a pass over 100,000 accounts each time would
    // be felt): there the cached figures are reported with current = false until the view is drawn.
    const JourneyViewState& v = app.journey_view;
    bool current = v.built_revision == app.revision && v.built_as_of == app.analysis.as_of;
    JourneyOverview fresh;
    const bool compute = !current && app.analysed_revision == app.revision && app.ws.accounts.size() <= 20000;
    if (compute) {
        fresh = journey_overview(app.ws, app.analysis);
        current = true;
    }
    const JourneyOverview& o = compute ? fresh : v.overview;
    json funnel = json::array();
    for (int s = 0; s < kLifecycleStageCount; ++s) {
        const StageFunnelRow& f = o.funnel[size_t(s)];
        funnel.push_back({{"stage", to_string(LifecycleStage(s))}, {"accounts", f.accounts}, {"arr", f.arr.minor},
                          {"reached", f.reached}, {"conversion", f.conversion ? json(*f.conversion) : json(nullptr)},
                          {"stuck", f.stuck}});
    }
    const float scale = app.pixel_scale > 0 ? app.pixel_scale : 1.0f;
    auto rect = [&](const float (&r)[4]) {  // CSS pixels, as the page's mouse uses them
        return json{{"x", r[0] / scale}, {"y", r[1] / scale}, {"w", r[2] / scale}, {"h", r[3] / scale}};
    };
    int32_t first_value = 0;
    json onboarding = json::array();  // the first 20 accounts in onboarding: who needs attention first
    for (const AccountJourneyRow& r : o.rows) {
        const bool reached = r.milestones.milestones[size_t(Milestone::first_value)].achieved();
        first_value += reached ? 1 : 0;
        if (app.ws.accounts[r.account].stage == LifecycleStage::onboarding && onboarding.size() < 20)
            onboarding.push_back({{"id", app.ws.accounts[r.account].id}, {"first_value", reached},
                                  {"milestones", r.milestones.achieved}, {"handoff_flag", r.handoff_flag}});
    }
    return {{"current", current},
            {"stage", v.stage < 0 ? json("all") : json(to_string(LifecycleStage(v.stage)))},
            {"active", o.active},
            {"funnel", funnel},
            {"stuck", o.stuck.size()},
            {"handoff_flags", o.handoff_flags.size()},
            {"first_value_reached", first_value},
            {"onboarding_accounts", onboarding},
            {"success_plans", app.ws.success_plans.size()},
            {"handoffs", app.ws.handoffs.size()},
            {"touchpoints", app.ws.touchpoints.size()},
            {"log_button", rect(v.log_button)},
            {"first_value_button", rect(v.first_value_button)}};
}

}  // namespace retain
