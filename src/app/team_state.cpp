// The Segments & Team state's derived parts (team_state.hpp): the account panel's cached placement and
// the team's numbers for the automation API.
#include "app/team_state.hpp"

#include "app/app_state.hpp"

namespace retain {

const Placement& account_placement(AppState& app, AccountIx ix) {
    TeamViewState& t = app.team_view;
    if (t.placement_account != ix || t.placement_revision != app.revision) {
        const Money arr = ix < app.analysis.accounts.size() ? app.analysis.accounts[ix].arr : Money();
        t.placement = explain_placement(app.ws, app.ws.segment_rules, ix, arr);
        t.placement_account = ix;
        t.placement_revision = app.revision;
    }
    return t.placement;
}

nlohmann::json team_automation_state(const AppState& app) {
    using json = nlohmann::json;
    const Analysis& a = app.analysis;
    const TeamCapacity& team = a.team;
    json segments = json::array();
    for (const SegmentGroup& g : a.segmentation.groups)
        segments.push_back({{"segment", g.segment}, {"model", to_string(g.model)}, {"accounts", g.active_accounts},
                            {"arr", g.arr.minor}});
    // state() is read many times a second by tests: lists are capped (a 100k-account workspace has
    // thousands of CSMs and moves), the counts are whole.
    constexpr size_t kListed = 50;
    json books = json::array();
    for (const CsmBook& b : team.books) {
        if (books.size() == kListed) break;
        books.push_back({{"csm", app.ws.csms[size_t(b.csm)].id}, {"accounts", b.accounts}, {"capacity", b.capacity},
                         {"capacity_set", b.capacity_set}, {"over", b.over()}, {"arr", b.arr.minor}});
    }
    json moves = json::array();
    for (const SuggestedMove& m : a.rebalance.moves) {
        if (moves.size() == kListed) break;
        moves.push_back({{"account", app.ws.accounts[m.account].id}, {"from", app.ws.csms[size_t(m.from)].id},
                         {"to", app.ws.csms[size_t(m.to)].id}});
    }
    return {{"rules", app.ws.segment_rules.rules.size()},
            {"segments", segments},
            {"books", books},
            {"headcount", {{"needed", team.headcount.needed}, {"comfortable", team.headcount.comfortable},
                           {"team", team.headcount.team}}},
            {"hire", {{"reached", team.hire.reached}, {"reason", team.hire.reason}}},
            {"csms", team.books.size()},
            {"suggestions", moves},
            {"suggestion_count", a.rebalance.moves.size()},
            {"overload", {{"before", a.rebalance.overload_before}, {"after", a.rebalance.overload_after}}},
            {"tab", app.team_view.tab == 0 ? "segments" : "team"},
            {"apply_rect", app.team_view.apply_rect},
            {"add_rule_rect", app.team_view.add_rule_rect}};
}

}  // namespace retain
