// Team capacity (capacity.hpp); formulas in docs/metrics.md "Team capacity".
#include "core/team/capacity.hpp"

#include <cmath>
#include <unordered_map>

#include "core/health/health_score.hpp"
#include "core/workspace.hpp"

namespace retain {

std::vector<int32_t> owner_indices(const Workspace& ws) {
    std::unordered_map<std::string, int32_t> by_id;
    for (size_t c = 0; c < ws.csms.size(); ++c) by_id.emplace(ws.csms[c].id, int32_t(c));
    std::vector<int32_t> out(ws.accounts.size(), -1);
    for (size_t i = 0; i < ws.accounts.size(); ++i) {
        const auto it = by_id.find(ws.accounts[i].owner);
        if (it != by_id.end()) out[i] = it->second;
    }
    return out;
}

HireSignal first_hire_signal(const TeamSettings& settings, Money arr, int32_t customers, bool has_team,
                             const std::string& currency) {
    HireSignal h;
    h.arr = arr;
    h.arr_threshold = settings.first_hire_arr;
    h.customers = customers;
    h.customers_threshold = settings.first_hire_customers;
    h.has_team = has_team;
    const bool by_arr = arr >= settings.first_hire_arr;
    const bool by_customers = customers >= settings.first_hire_customers;
    h.reached = by_arr || by_customers;
    const std::string arr_part = "ARR " + format_money_short(arr, currency) + (by_arr ? " has reached " : " is below ") +
                                 format_money_short(settings.first_hire_arr, currency);
    const std::string customer_part = format_count(customers) + " active customers " +
                                      (by_customers ? "have reached " : "are below ") +
                                      format_count(settings.first_hire_customers);
    if (!h.reached)
        h.reason = "Not yet: " + arr_part + " and " + customer_part + "; the founders can run CS until one is reached.";
    else if (!has_team)
        h.reason = "Hire the first CSM: " + (by_arr ? arr_part : customer_part) + ".";
    else
        h.reason = "Past the first-hire point (" + (by_arr ? arr_part : customer_part) +
                   "); the team has CSMs: size it by the headcount needed.";
    return h;
}

TeamCapacity compute_capacity(const Workspace& ws, const TeamSettings& settings, const Segmentation& seg,
                              const std::vector<Money>& arr, const HealthScores& health,
                              const std::vector<int32_t>& tasks_due) {
    TeamCapacity t;
    t.books.resize(ws.csms.size());
    std::vector<double> fte(ws.csms.size(), 0.0);  // sum of 1 / high ratio over each book's accounts
    for (size_t c = 0; c < ws.csms.size(); ++c) {
        t.books[c].csm = int32_t(c);
        if (!tasks_due.empty()) t.books[c].tasks_due = 0;
    }
    for (int m = 0; m < kEngagementModelCount; ++m) {
        t.models[size_t(m)].model = EngagementModel(m);
        t.models[size_t(m)].ratio = settings.ratios[size_t(m)];
    }
    t.owner = owner_indices(ws);
    const std::vector<int32_t>& owner = t.owner;
    std::vector<std::array<bool, kEngagementModelCount>> serves(ws.csms.size(), {false, false, false, false});
    int32_t customers = 0;
    Money total_arr;
    for (AccountIx i = 0; i < AccountIx(ws.accounts.size()); ++i) {
        const Account& acc = ws.accounts[i];
        if (acc.status == AccountStatus::churned) continue;
        const Money a = i < arr.size() ? arr[i] : Money();
        ++customers;
        total_arr += a;
        const size_t m = size_t(i < seg.group.size() ? seg.model_of(i) : EngagementModel::tech_touch);
        ModelLoad& ml = t.models[m];
        ++ml.accounts;
        const int32_t c = owner[i];
        if (c < 0) {
            ++(acc.owner.empty() ? t.unowned : t.unknown_owner);
            continue;
        }
        ++ml.owned;
        serves[size_t(c)][m] = true;
        CsmBook& b = t.books[size_t(c)];
        ++b.accounts;
        b.arr += a;
        ++b.by_model[m];
        const HealthColor color = i < health.color.size() ? health.color[i] : HealthColor::none;
        ++b.health_mix[size_t(color)];
        if (!tasks_due.empty() && i < tasks_due.size()) b.tasks_due += tasks_due[i];
        fte[size_t(c)] += 1.0 / double(settings.ratios[m].high);
    }
    for (size_t c = 0; c < ws.csms.size(); ++c) {
        CsmBook& b = t.books[c];
        b.capacity_set = ws.csms[c].capacity > 0;
        // Without a set capacity: as many accounts of this mix as one CSM carries at the high ratios.
        b.capacity = b.capacity_set ? ws.csms[c].capacity : (fte[c] > 0 ? int32_t(std::floor(b.accounts / fte[c] + 1e-9)) : 0);
        b.load = b.capacity > 0 ? double(b.accounts) / double(b.capacity) : 0.0;
        for (int m = 0; m < kEngagementModelCount; ++m) t.models[size_t(m)].csms += serves[c][size_t(m)] ? 1 : 0;
    }
    Headcount& h = t.headcount;
    for (ModelLoad& ml : t.models) {
        ml.fte_at_high = double(ml.accounts) / double(std::max(1, ml.ratio.high));
        ml.fte_at_low = double(ml.accounts) / double(std::max(1, ml.ratio.low));
        ml.actual_per_csm = ml.csms > 0 ? double(ml.owned) / double(ml.csms) : 0.0;
        h.fte_at_high += ml.fte_at_high;
        h.fte_at_low += ml.fte_at_low;
    }
    // The small epsilon keeps 3.0000000001 (a sum of thirds) from asking for a fourth CSM.
    h.needed = int32_t(std::ceil(h.fte_at_high - 1e-9));
    h.comfortable = int32_t(std::ceil(h.fte_at_low - 1e-9));
    h.team = int32_t(ws.csms.size());
    t.hire = first_hire_signal(settings, total_arr, customers, !ws.csms.empty(), ws.settings.currency);
    return t;
}

}  // namespace retain
