// The QBR pack's figures (account_review.hpp).
#include "core/program/account_review.hpp"

#include <algorithm>
#include <cmath>

#include "core/metrics/renewal_windows.hpp"

namespace retain {
namespace {

void add_risks(const Workspace& ws, const Scorecard& scorecard, AccountReview& r) {
    const Account& a = ws.accounts[r.account];
    if (r.health.color == HealthColor::red || r.health.color == HealthColor::yellow)
        r.risks.push_back(std::string("Health is ") + color_label(r.health.color) + ": " + r.health.why);
    for (const MeasureExplanation& m : r.health.measures)
        if (m.has_value && color_for(m.score, scorecard.thresholds) == HealthColor::red)
            r.risks.push_back(m.label + " is red: " + m.text);
    int32_t critical = 0;
    const auto [tb, te] = rows_of(ws.tickets, r.account);
    for (size_t i = tb; i < te; ++i) {
        const Ticket& t = ws.tickets[i];
        const bool open = t.status == TicketStatus::open || t.status == TicketStatus::pending;
        if (open && (t.priority == TicketPriority::urgent || t.priority == TicketPriority::high)) ++critical;
    }
    if (critical > 0)
        r.risks.push_back(std::to_string(critical) + (critical == 1 ? " open high or urgent support ticket" : " open high or urgent support tickets"));
    const auto [cb, ce] = rows_of(ws.contacts, r.account);
    for (size_t i = cb; i < ce; ++i) {
        const Contact& c = ws.contacts[i];
        if (c.champion && c.left_company) r.risks.push_back("Champion left the company: " + c.name);
        else if (c.executive_sponsor && c.left_company) r.risks.push_back("Executive sponsor left the company: " + c.name);
    }
    if (r.next_renewal && *r.next_renewal - r.as_of <= kRenewalSoonDays)
        r.risks.push_back("Renewal in " + std::to_string(*r.next_renewal - r.as_of) + " days (" + format_iso(*r.next_renewal) + ")");
    if (a.status == AccountStatus::churned) r.risks.insert(r.risks.begin(), "Churned on " + format_iso(a.churn_date));
}

}  // namespace

AccountReview review_account(const Workspace& ws, const Analysis& an, AccountIx account) {
    AccountReview r;
    r.account = account;
    r.as_of = an.as_of;
    const Account& a = ws.accounts[account];
    r.arr = an.accounts[account].arr;
    const Month now = Month::of(an.as_of);
    r.arr_year_ago = an.mrr.at(account, now.plus(-kReviewMonths)) * 12;
    r.next_renewal = renewal_between(a, an.as_of, an.as_of.plus_days(kReviewRenewalSearchDays));
    AccountSubset one;
    one.accounts.push_back(account);
    r.retention = trailing_12_retention(an.mrr, one, now);
    if (a.contract_start.ok() && a.first_value.ok() && a.first_value >= a.contract_start)
        r.days_to_first_value = a.first_value - a.contract_start;
    r.health = explain_health(ws, an.health_inputs, ws.scorecard, an.health, ws.health_overrides, account);
    r.usage = monthly_active_users(ws, account, MonthRange::trailing(now, kReviewMonths));
    r.goals = account_goals(ws, account, an.as_of);
    for (size_t i = 0; i < ws.tasks.size(); ++i) {
        const Task& t = ws.tasks[i];
        if (t.account != a.id) continue;
        if (t.status == TaskStatus::done) ++r.completed_tasks;
        if (task_is_active(t, an.as_of)) r.open_tasks.push_back(i);
    }
    std::stable_sort(r.open_tasks.begin(), r.open_tasks.end(),
                     [&](size_t x, size_t y) { return ws.tasks[x].due < ws.tasks[y].due; });
    add_risks(ws, ws.scorecard, r);
    return r;
}

}  // namespace retain
