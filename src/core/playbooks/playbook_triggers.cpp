// Triggers and filters (playbook_engine.hpp): one function per trigger kind, each reading only the
// account's own rows through the context's offsets. Definitions: docs/playbooks.md "Triggers".
#include <cmath>

#include "core/health/health_inputs.hpp"
#include "core/playbooks/playbook_engine.hpp"

namespace retain {
namespace {

struct Rows {
    uint32_t begin, end;
};
Rows rows(const std::vector<uint32_t>& begin, AccountIx a) { return {begin[a], begin[size_t(a) + 1]}; }

// The latest usage sample dated on or before as_of and within `days` of it, or nullptr.
const UsageSample* latest_usage(const Workspace& ws, const PlaybookContext& ctx, AccountIx a, int32_t days) {
    const Rows r = rows(ctx.usage_begin, a);
    for (uint32_t i = r.end; i > r.begin; --i) {
        const UsageSample& s = ws.usage[i - 1];
        if (s.date > ctx.as_of) continue;
        return ctx.as_of - s.date < days ? &s : nullptr;
    }
    return nullptr;
}

// Sum and count of active users of the samples dated in (from, to].
struct Mean {
    int64_t sum = 0, n = 0;
};
// Rows are sorted by date within the account: scan back from the newest and stop before the window.
Mean active_users_in(const Workspace& ws, const PlaybookContext& ctx, AccountIx a, Date from, Date to) {
    Mean m;
    const Rows r = rows(ctx.usage_begin, a);
    for (uint32_t i = r.end; i > r.begin; --i) {
        const UsageSample& s = ws.usage[i - 1];
        if (s.date <= from) break;
        if (s.date <= to) {
            m.sum += s.active_users;
            ++m.n;
        }
    }
    return m;
}

bool health_color(const PlaybookContext& ctx, const Trigger& t, AccountIx a) {
    return ctx.health && a < ctx.health->color.size() && ctx.health->color[a] == t.color;
}

bool score_drop(const PlaybookContext& ctx, const Trigger& t, AccountIx a) {
    if (!ctx.health || a >= ctx.health->score.size()) return false;
    const float now = ctx.health->score[a];
    for (const auto& [days, scores] : ctx.past_scores)
        if (days == t.days && a < scores.size())
            return std::isfinite(now) && std::isfinite(scores[a]) && double(scores[a]) - double(now) >= t.points;
    return false;
}

// Mean active users of the last `days` days at most (100 - percent)% of the mean of the `days` before.
bool usage_drop(const Workspace& ws, const PlaybookContext& ctx, const Trigger& t, AccountIx a) {
    const Date mid = ctx.as_of.plus_days(-t.days);
    const Mean recent = active_users_in(ws, ctx, a, mid, ctx.as_of);
    const Mean prior = active_users_in(ws, ctx, a, mid.plus_days(-t.days), mid);
    if (recent.n == 0 || prior.n == 0 || prior.sum == 0) return false;  // no data is not a drop
    // recent/rn <= prior/pn * (100 - percent)/100, in integers.
    return recent.sum * prior.n * 100 <= prior.sum * recent.n * int64_t(100 - t.percent);
}

bool renewal_within(const Account& acc, const PlaybookContext& ctx, const Trigger& t) {
    if (!acc.renewal_date.ok()) return false;
    const int32_t left = acc.renewal_date - ctx.as_of;
    return left >= 0 && left <= t.days;
}

bool champion_left(const Workspace& ws, const PlaybookContext& ctx, const Trigger& t, AccountIx a) {
    const Rows r = rows(ctx.contact_begin, a);
    for (uint32_t i = r.begin; i < r.end; ++i) {
        const Contact& c = ws.contacts[i];
        if (!c.champion || !c.left_company) continue;
        // A leaver's last engagement dates the leave; without one the leave is undated and counts.
        if (!c.last_engaged.ok() || (c.last_engaged <= ctx.as_of && ctx.as_of - c.last_engaged < t.days)) return true;
    }
    return false;
}

bool new_executive(const Workspace& ws, const PlaybookContext& ctx, const Trigger& t, AccountIx a) {
    const Rows r = rows(ctx.contact_begin, a);
    for (uint32_t i = r.begin; i < r.end; ++i) {
        const Contact& c = ws.contacts[i];
        if (c.executive_sponsor && !c.left_company && c.first_engaged.ok() && c.first_engaged <= ctx.as_of &&
            ctx.as_of - c.first_engaged < t.days)
            return true;
    }
    return false;
}

bool nps_detractor(const Workspace& ws, const PlaybookContext& ctx, const Trigger& t, AccountIx a) {
    const Rows r = rows(ctx.survey_begin, a);
    for (uint32_t i = r.end; i > r.begin; --i) {  // newest first
        const SurveyResponse& s = ws.surveys[i - 1];
        if (s.kind != SurveyKind::nps || s.date > ctx.as_of) continue;
        return ctx.as_of - s.date < t.days && s.score <= 6;
    }
    return false;
}

bool critical_tickets(const Workspace& ws, const PlaybookContext& ctx, const Trigger& t, AccountIx a) {
    const Rows r = rows(ctx.ticket_begin, a);
    int32_t open = 0;
    for (uint32_t i = r.begin; i < r.end; ++i) {
        const Ticket& k = ws.tickets[i];
        const bool critical = k.priority == TicketPriority::high || k.priority == TicketPriority::urgent;
        const bool open_then = k.opened <= ctx.as_of && (k.closed.ok() ? k.closed > ctx.as_of
                                                                        : k.status == TicketStatus::open ||
                                                                              k.status == TicketStatus::pending);
        if (critical && open_then) ++open;
    }
    return open >= t.count;
}

bool onboarding_stalled(const Account& acc, const PlaybookContext& ctx, const Trigger& t) {
    if (!acc.contract_start.ok()) return false;
    const bool reached = acc.first_value.ok() && acc.first_value <= ctx.as_of;
    return !reached && ctx.as_of - acc.contract_start >= t.days;
}

bool seats_used_at_least(const Account& acc, const UsageSample* s, int32_t percent) {
    return s && acc.seats > 0 && int64_t(s->active_users) * 100 >= int64_t(percent) * acc.seats;
}

bool customer_for_at_least(const Account& acc, const PlaybookContext& ctx, int32_t days) {
    return !acc.contract_start.ok() || ctx.as_of - acc.contract_start >= days;
}

bool no_usage(const Workspace& ws, const PlaybookContext& ctx, const Trigger& t, AccountIx a) {
    if (ws.usage.empty() || !customer_for_at_least(ws.accounts[a], ctx, t.days)) return false;  // nothing loaded
    const Rows r = rows(ctx.usage_begin, a);
    const Date from = ctx.as_of.plus_days(-t.days);
    for (uint32_t i = r.end; i > r.begin; --i) {  // newest first, until before the window
        const UsageSample& s = ws.usage[i - 1];
        if (s.date <= from) break;
        if (s.date <= ctx.as_of && s.active_users > 0) return false;
    }
    return true;
}

bool adoption_level(const Workspace& ws, const PlaybookContext& ctx, const Trigger& t, AccountIx a) {
    const Account& acc = ws.accounts[a];
    const UsageSample* s = latest_usage(ws, ctx, a, t.days);
    return seats_used_at_least(acc, s, t.percent) && !seats_used_at_least(acc, s, t.max_percent);
}

bool qbr_due(const Workspace& ws, const PlaybookContext& ctx, const Trigger& t, AccountIx a) {
    if (!customer_for_at_least(ws.accounts[a], ctx, t.days)) return false;
    const Rows r = rows(ctx.touchpoint_begin, a);
    for (uint32_t i = r.end; i > r.begin; --i) {  // newest first, until before the window
        const Touchpoint& p = ws.touchpoints[i - 1];
        if (p.date <= ctx.as_of && ctx.as_of - p.date >= t.days) break;
        if (p.kind == TouchpointKind::qbr && p.date <= ctx.as_of) return false;
    }
    return true;
}

bool churned(const Account& acc, const PlaybookContext& ctx, const Trigger& t) {
    return acc.status == AccountStatus::churned && acc.churn_date.ok() && acc.churn_date <= ctx.as_of &&
           ctx.as_of - acc.churn_date < t.days;
}

}  // namespace

bool playbook_matches(const Workspace& ws, const PlaybookContext& ctx, const Playbook& p, AccountIx a) {
    return playbook_matches(ws, ctx, p, a, account_active_on(ws.accounts[a], ctx.as_of));
}

bool playbook_matches(const Workspace& ws, const PlaybookContext& ctx, const Playbook& p, AccountIx a, bool active) {
    const Account& acc = ws.accounts[a];
    const Trigger& t = p.trigger;
    // Only the churn trigger looks at former customers; every other play is for paying customers.
    if (t.kind == TriggerKind::churned) {
        if (!churned(acc, ctx, t)) return false;
    } else if (!active) {
        return false;
    }
    if (!p.segment.empty() && acc.segment != p.segment) return false;
    if (p.stage >= 0 && int(acc.stage) != p.stage) return false;
    switch (t.kind) {
        case TriggerKind::health_color: return health_color(ctx, t, a);
        case TriggerKind::score_drop: return score_drop(ctx, t, a);
        case TriggerKind::usage_drop: return usage_drop(ws, ctx, t, a);
        case TriggerKind::renewal_within: return renewal_within(acc, ctx, t);
        case TriggerKind::champion_left: return champion_left(ws, ctx, t, a);
        case TriggerKind::new_executive: return new_executive(ws, ctx, t, a);
        case TriggerKind::nps_detractor: return nps_detractor(ws, ctx, t, a);
        case TriggerKind::critical_tickets: return critical_tickets(ws, ctx, t, a);
        case TriggerKind::onboarding_stalled: return onboarding_stalled(acc, ctx, t);
        case TriggerKind::expansion_signal:
            return seats_used_at_least(acc, latest_usage(ws, ctx, a, kLatestUsageDays), t.percent);
        case TriggerKind::new_customer:
            return acc.contract_start.ok() && acc.contract_start <= ctx.as_of && ctx.as_of - acc.contract_start < t.days;
        case TriggerKind::no_usage: return no_usage(ws, ctx, t, a);
        case TriggerKind::adoption_level: return adoption_level(ws, ctx, t, a);
        case TriggerKind::qbr_due: return qbr_due(ws, ctx, t, a);
        case TriggerKind::churned: return true;  // checked above
    }
    return false;
}

}  // namespace retain
