// retain capacity WS.json [--today YYYY-MM-DD] [--json]: the Segments & Team view's numbers — segments,
// CSM books against capacity, the ratios and each model's load, headcount needed, the first-CS-hire
// signal and the suggested rebalancing moves (docs/metrics.md "Team capacity"). The same analysis as the
// page: the workspace's as-of date, else --today, else today (UTC).
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "core/analysis.hpp"

namespace retain::cli {
namespace {

using json = nlohmann::json;

json capacity_json(const Workspace& ws, const Analysis& a) {
    const TeamCapacity& t = a.team;
    json segments = json::array();
    for (const SegmentGroup& g : a.segmentation.groups)
        segments.push_back({{"segment", g.segment}, {"model", to_string(g.model)}, {"accounts", g.active_accounts},
                            {"with_csm", g.owned_accounts}, {"arr", g.arr.minor}});
    json models = json::array();
    for (const ModelLoad& m : t.models)
        models.push_back({{"model", to_string(m.model)}, {"ratio", {{"low", m.ratio.low}, {"high", m.ratio.high}}},
                          {"accounts", m.accounts}, {"with_csm", m.owned}, {"csms", m.csms},
                          {"actual_per_csm", m.actual_per_csm}, {"csms_needed_at_high", m.fte_at_high},
                          {"csms_needed_at_low", m.fte_at_low}});
    json books = json::array();
    for (const CsmBook& b : t.books) {
        json by_model = json::object();
        for (int m = 0; m < kEngagementModelCount; ++m) by_model[to_string(EngagementModel(m))] = b.by_model[size_t(m)];
        const Csm& csm = ws.csms[size_t(b.csm)];
        books.push_back({{"csm", csm.id}, {"name", csm.name}, {"accounts", b.accounts}, {"capacity", b.capacity},
                         {"capacity_set", b.capacity_set}, {"load", b.load}, {"over", b.over()}, {"arr", b.arr.minor},
                         {"health", {{"red", b.health_mix[1]}, {"yellow", b.health_mix[2]}, {"green", b.health_mix[3]},
                                     {"none", b.health_mix[0]}}},
                         {"tasks_due", b.tasks_due < 0 ? json(nullptr) : json(b.tasks_due)},
                         {"by_model", by_model}});
    }
    json moves = json::array();
    for (const SuggestedMove& m : a.rebalance.moves)
        moves.push_back({{"account", ws.accounts[m.account].id}, {"name", ws.accounts[m.account].name},
                         {"arr", a.accounts[m.account].arr.minor}, {"from", ws.csms[size_t(m.from)].id},
                         {"to", ws.csms[size_t(m.to)].id}});
    const Headcount& h = t.headcount;
    const HireSignal& hire = t.hire;
    return {{"as_of", format_iso(a.as_of)},
            {"currency", ws.settings.currency},
            {"segments", segments},
            {"models", models},
            {"books", books},
            {"unassigned_accounts", t.unowned},
            {"accounts_with_unknown_owner", t.unknown_owner},
            {"headcount", {{"needed", h.needed}, {"comfortable", h.comfortable}, {"team", h.team}, {"gap", h.gap()},
                           {"fte_at_high", h.fte_at_high}, {"fte_at_low", h.fte_at_low}}},
            {"first_hire", {{"reached", hire.reached}, {"has_team", hire.has_team}, {"arr", hire.arr.minor},
                            {"arr_threshold", hire.arr_threshold.minor}, {"customers", hire.customers},
                            {"customers_threshold", hire.customers_threshold}, {"reason", hire.reason}}},
            {"suggestions", {{"overload_before", a.rebalance.overload_before},
                             {"overload_after", a.rebalance.overload_after}, {"moves", moves}}}};
}

void print_table(const Workspace& ws, const Analysis& a) {
    const std::string& cur = ws.settings.currency;
    const TeamCapacity& t = a.team;
    std::printf("Segments (as of %s)\n", format_iso(a.as_of).c_str());
    for (const SegmentGroup& g : a.segmentation.groups)
        std::printf("  %-20s %-11s %8s accounts %8s with a CSM %16s ARR\n", g.segment.c_str(), model_info(g.model).label,
                    format_count(g.active_accounts).c_str(), format_count(g.owned_accounts).c_str(),
                    format_money(g.arr, cur).c_str());
    std::printf("\nModels        per CSM    accounts  with CSM  CSMs  actual/CSM  CSMs needed\n");
    for (const ModelLoad& m : t.models)
        std::printf("  %-11s %4d-%-5d %9s %9s %5d %11.1f  %.1f-%.1f\n", model_info(m.model).label, m.ratio.low, m.ratio.high,
                    format_count(m.accounts).c_str(), format_count(m.owned).c_str(), m.csms, m.actual_per_csm,
                    m.fte_at_high, m.fte_at_low);
    std::printf("\nCSM books     accounts  capacity  load  ARR\n");
    for (const CsmBook& b : t.books)
        std::printf("  %-24s %6d %6d%s %5.0f%%  %s%s\n", ws.csms[size_t(b.csm)].name.c_str(), b.accounts, b.capacity,
                    b.capacity_set ? " " : "*", b.load * 100, format_money(b.arr, cur).c_str(), b.over() ? "  OVER" : "");
    if (!t.books.empty()) std::printf("  (* capacity from the ratios; the CSM has none set)\n");
    std::printf("\nUnassigned active accounts: %s\n", format_count(t.unowned).c_str());
    std::printf("Headcount needed: %d (comfortable %d); the team has %d\n", t.headcount.needed, t.headcount.comfortable,
                t.headcount.team);
    std::printf("First CS hire: %s\n", t.hire.reason.c_str());
    std::printf("Suggested moves: %zu (overload %d -> %d)\n", a.rebalance.moves.size(), a.rebalance.overload_before,
                a.rebalance.overload_after);
    for (const SuggestedMove& m : a.rebalance.moves)
        std::printf("  %-28s %s -> %s\n", ws.accounts[m.account].name.c_str(), ws.csms[size_t(m.from)].name.c_str(),
                    ws.csms[size_t(m.to)].name.c_str());
}

}  // namespace

int run_capacity(const std::vector<std::string>& args) {
    std::vector<Option> options;
    std::string error;
    if (!parse_options(args, {"--json"}, options, error)) return bad_input("capacity", error);
    std::string path;
    bool as_json = false;
    Date today;
    for (const Option& o : options) {
        if (o.name.empty()) {
            if (!path.empty()) return bad_input("capacity", "expected one workspace file, got \"" + path + "\" and \"" + o.value + "\"");
            path = o.value;
        } else if (o.name == "--json") {
            as_json = true;
        } else if (o.name == "--today") {
            if (!parse_iso_date(o.value, today)) return bad_input("capacity", "--today: expected YYYY-MM-DD, got \"" + o.value + "\"");
        } else {
            return bad_input("capacity", "unknown option " + o.name + " (see retain --help)");
        }
    }
    if (path.empty()) return bad_input("capacity", "usage: retain capacity WS.json [--today YYYY-MM-DD] [--json]");
    Workspace ws;
    int exit_code = kExitOk;
    if (!load_workspace_file("capacity", path, ws, exit_code)) return exit_code;
    const Analysis analysis = analyse(ws, today_or(today));
    if (as_json) {
        std::printf("%s\n", capacity_json(ws, analysis).dump(2, ' ', false, json::error_handler_t::replace).c_str());
    } else {
        print_table(ws, analysis);
    }
    return kExitOk;
}

}  // namespace retain::cli
