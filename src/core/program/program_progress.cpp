// Program progress (program_progress.hpp; docs/metrics.md, "Program progress").
#include "core/program/program_progress.hpp"

#include <algorithm>

#include "core/money.hpp"

namespace retain {
namespace {

bool listed(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Rebuilds `ids` in the catalogue's order with `id` in or out: stored lists stay canonical, so a save
// after any sequence of ticks gives the same bytes.
template <typename Catalogue>
void set_listed(std::vector<std::string>& ids, const Catalogue& catalogue, const std::string& id, bool on) {
    std::vector<std::string> out;
    for (const auto& entry : catalogue) {
        const bool is_it = id == entry.id;
        if ((is_it && on) || (!is_it && listed(ids, entry.id))) out.push_back(entry.id);
    }
    ids = std::move(out);
}

std::string plural(int64_t n, const char* one, const char* many) {
    return format_count(n) + " " + (n == 1 ? one : many);
}

// The scorecard differs from the starter one in what it counts: thresholds, group weights, or a measure's
// presence, weight or switch. (Scheme edits are not compared: these signs are hints, not an audit.)
bool scorecard_edited(const Scorecard& s) {
    const Scorecard d = default_scorecard();
    if (s.thresholds.red_below != d.thresholds.red_below || s.thresholds.green_from != d.thresholds.green_from) return true;
    if (s.group_weights != d.group_weights || s.measures.size() != d.measures.size()) return true;
    for (size_t i = 0; i < s.measures.size(); ++i)
        if (s.measures[i].id != d.measures[i].id || s.measures[i].weight != d.measures[i].weight ||
            s.measures[i].enabled != d.measures[i].enabled)
            return true;
    return false;
}

void data_evidence(const Workspace& ws, std::vector<std::string>& out) {
    if (ws.accounts.empty()) return;
    out.push_back(plural(int64_t(ws.accounts.size()), "account loaded", "accounts loaded"));
    std::string kinds;
    auto add = [&](bool has, const char* name) {
        if (has) kinds += (kinds.empty() ? "" : ", ") + std::string(name);
    };
    add(!ws.mrr.empty() || !ws.subscriptions.empty(), "revenue");
    add(!ws.usage.empty(), "usage");
    add(!ws.tickets.empty(), "support");
    add(!ws.surveys.empty(), "surveys");
    add(!ws.touchpoints.empty(), "touchpoints");
    if (!kinds.empty()) out.push_back(kinds + " data in one place");
    if (!ws.mapping_presets.empty()) out.push_back(plural(int64_t(ws.mapping_presets.size()), "mapping preset saved", "mapping presets saved"));
}

}  // namespace

bool step_done(const Program& program, const std::string& step_id) { return listed(program.steps_done, step_id); }
bool launch_item_done(const Program& program, const std::string& item_id) { return listed(program.launch_done, item_id); }

int steps_completed(const Program& program) {
    int n = 0;
    for (const ProgramStep& s : program_steps()) n += step_done(program, s.id) ? 1 : 0;
    return n;
}

int charter_answered(const Program& program) {
    int n = 0;
    for (const std::string& text : program.charter)
        n += text.find_first_not_of(" \t\r\n") != std::string::npos ? 1 : 0;
    return n;
}

LaunchStatus launch_status(Date start, Date date) {
    LaunchStatus s;
    if (!start.ok() || !date.ok() || date < start) return s;
    s.day = (date - start) + 1;
    if (s.day > kLaunchDays) s.phase = LaunchPhase::finished;
    else s.phase = LaunchPhase(1 + (s.day - 1) / kLaunchPhaseDays);
    return s;
}

LaunchPhaseProgress launch_phase_progress(const Program& program, LaunchPhase phase) {
    LaunchPhaseProgress p;
    for (const LaunchItem& i : launch_items()) {
        if (i.phase != phase) continue;
        ++p.total;
        p.done += launch_item_done(program, i.id) ? 1 : 0;
    }
    return p;
}

std::vector<std::string> step_evidence(const Workspace& ws, const std::string& step_id, bool backtest_ran) {
    std::vector<std::string> out;
    if (step_id == "charter") {
        const int n = charter_answered(ws.program);
        if (n > 0) out.push_back(std::to_string(n) + " of " + std::to_string(kCharterFieldCount) + " charter questions answered");
    } else if (step_id == "segments") {
        if (!(ws.segment_rules == default_segment_rules())) out.push_back("segment rules edited");
    } else if (step_id == "team") {
        if (!ws.csms.empty()) out.push_back(plural(int64_t(ws.csms.size()), "CSM on the team", "CSMs on the team"));
        int64_t with_capacity = 0;
        for (const Csm& c : ws.csms) with_capacity += c.capacity > 0 ? 1 : 0;
        if (with_capacity > 0) out.push_back(plural(with_capacity, "capacity set", "capacities set"));
        if (!(ws.team_settings == TeamSettings{})) out.push_back("CSM ratios edited");
    } else if (step_id == "health") {
        if (scorecard_edited(ws.scorecard)) out.push_back("scorecard edited");
        if (!ws.health_overrides.empty())
            out.push_back(plural(int64_t(ws.health_overrides.size()), "health override", "health overrides"));
        if (backtest_ran) out.push_back("health validated by a backtest");
    } else if (step_id == "playbooks") {
        int64_t enabled = 0, done = 0;
        for (const Playbook& p : ws.playbooks) enabled += p.enabled ? 1 : 0;
        for (const Task& t : ws.tasks) done += t.status == TaskStatus::done ? 1 : 0;
        if (enabled > 0) out.push_back(plural(enabled, "playbook enabled", "playbooks enabled"));
        if (!ws.tasks.empty()) out.push_back(plural(int64_t(ws.tasks.size()), "task created", "tasks created"));
        if (done > 0) out.push_back(plural(done, "task completed", "tasks completed"));
    } else if (step_id == "platform") {
        data_evidence(ws, out);
    } else if (step_id == "metrics") {
        if (!ws.mrr.empty() || !ws.subscriptions.empty()) out.push_back("revenue history loaded: NRR and GRR are measured");
        if (ws.metric_settings.cs_team_cost_per_year.minor > 0) out.push_back("CS team cost set: CS ROI is measured");
        if (!ws.renewal_outcomes.empty())
            out.push_back(plural(int64_t(ws.renewal_outcomes.size()), "renewal outcome recorded", "renewal outcomes recorded"));
    } else if (step_id == "feedback") {
        if (!ws.surveys.empty()) out.push_back(plural(int64_t(ws.surveys.size()), "survey response", "survey responses"));
    }
    return out;
}

bool set_step_done(Program& program, const std::string& step_id, bool done) {
    if (!find_program_step(step_id)) return false;
    set_listed(program.steps_done, program_steps(), step_id, done);
    return true;
}

bool set_launch_item_done(Program& program, const std::string& item_id, bool done) {
    if (!find_launch_item(item_id)) return false;
    set_listed(program.launch_done, launch_items(), item_id, done);
    return true;
}

}  // namespace retain
