// Whether a play worked (playbook_engine.hpp, docs/metrics.md "Playbook success"): the success measure
// read as of the context's date, and the plays gathered from the workspace's tasks.
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

#include "core/health/health_inputs.hpp"
#include "core/playbooks/playbook_engine.hpp"

namespace retain {
namespace {

// Window of the usage-recovered measure: the last 30 days against the 30 days before the play's
// trigger window (the level before the drop); "recovered" is back to 80% of it with an active user.
constexpr int32_t kRecoveryWindowDays = 30;
constexpr int64_t kRecoveredPercent = 80;

bool usage_recovered(const Workspace& ws, const PlaybookContext& ctx, AccountIx a, Date started) {
    int64_t recent_sum = 0, recent_n = 0, base_sum = 0, base_n = 0;
    bool any_active = false;
    const Date recent_from = ctx.as_of.plus_days(-kRecoveryWindowDays);
    const Date base_to = started.plus_days(-kRecoveryWindowDays);
    const Date base_from = base_to.plus_days(-kRecoveryWindowDays);
    for (uint32_t i = ctx.usage_begin[a]; i < ctx.usage_begin[size_t(a) + 1]; ++i) {
        const UsageSample& s = ws.usage[i];
        if (s.date > recent_from && s.date <= ctx.as_of) {
            recent_sum += s.active_users;
            ++recent_n;
            any_active = any_active || s.active_users > 0;
        }
        if (s.date > base_from && s.date <= base_to) {
            base_sum += s.active_users;
            ++base_n;
        }
    }
    if (!any_active) return false;
    if (base_n == 0 || base_sum == 0) return true;  // nothing before to compare with: any use is recovery
    return recent_sum * base_n * 100 >= base_sum * recent_n * kRecoveredPercent;
}

// MRR of the month the play started, from the MRR table; none = 0.
Money mrr_in(const Workspace& ws, const PlaybookContext& ctx, AccountIx a, Month month) {
    for (uint32_t i = ctx.mrr_begin[a]; i < ctx.mrr_begin[size_t(a) + 1]; ++i)
        if (ws.mrr[i].month == month) return ws.mrr[i].mrr;
    return Money();
}

// A renewal inside any renewal playbook's window (at most a year out) that has moved on by a year lies
// more than this many days after the play started.
constexpr int32_t kRenewedAfterDays = 180;

bool holds(const Workspace& ws, const PlaybookContext& ctx, const SuccessMeasure& m, AccountIx a, Date started) {
    const Account& acc = ws.accounts[a];
    const bool active = account_active_on(acc, ctx.as_of);
    switch (m.kind) {
        case SuccessKind::none: return false;
        case SuccessKind::health_green:
            return active && ctx.health && a < ctx.health->color.size() && ctx.health->color[a] == HealthColor::green;
        case SuccessKind::score_at_least:
            return active && ctx.health && a < ctx.health->score.size() && std::isfinite(ctx.health->score[a]) &&
                   ctx.health->score[a] >= float(m.score);
        case SuccessKind::usage_recovered: return active && usage_recovered(ws, ctx, a, started);
        case SuccessKind::renewed:
            return active && acc.renewal_date.ok() && acc.renewal_date - started > kRenewedAfterDays;
        case SuccessKind::first_value: return acc.first_value.ok() && acc.first_value <= ctx.as_of;
        case SuccessKind::retained: return active && ctx.as_of - started >= m.days;
        case SuccessKind::expanded:
            return active && ctx.facts && a < ctx.facts->size() &&
                   (*ctx.facts)[a].mrr > mrr_in(ws, ctx, a, Month::of(started));
    }
    return false;
}

}  // namespace

const char* outcome_label(PlayOutcome o) {
    switch (o) {
        case PlayOutcome::no_measure: return "No measure";
        case PlayOutcome::in_progress: return "In progress";
        case PlayOutcome::met: return "Met";
        case PlayOutcome::not_met: return "Not met";
    }
    return "";
}

PlayOutcome evaluate_success(const Workspace& ws, const PlaybookContext& ctx, const Playbook& p, AccountIx a,
                             Date started) {
    const SuccessMeasure& m = p.success;
    if (m.kind == SuccessKind::none) return PlayOutcome::no_measure;
    if (a >= ws.accounts.size() || !started.ok() || !ctx.as_of.ok()) return PlayOutcome::in_progress;
    if (holds(ws, ctx, m, a, started)) return PlayOutcome::met;
    // A churn ends every window: the play can no longer succeed.
    const bool gone = !account_active_on(ws.accounts[a], ctx.as_of);
    return gone || ctx.as_of - started > m.days ? PlayOutcome::not_met : PlayOutcome::in_progress;
}

std::vector<PlayStatus> play_statuses(const Workspace& ws, const PlaybookContext& ctx) {
    std::unordered_map<std::string, size_t> playbook_ix;
    for (size_t i = 0; i < ws.playbooks.size(); ++i) playbook_ix.emplace(ws.playbooks[i].id, i);
    std::vector<PlayStatus> plays;
    std::map<std::tuple<std::string, std::string, int32_t>, size_t> index;  // (account, playbook, day) -> play
    for (const Task& t : ws.tasks) {
        if (!playbook_ix.count(t.playbook) || ws.find_account(t.account) == kNoAccount) continue;
        const auto key = std::make_tuple(t.account, t.playbook, t.created.ok() ? t.created.days() : 0);
        auto [it, added] = index.emplace(key, plays.size());
        if (added) {
            PlayStatus p;
            p.account = t.account;
            p.playbook = t.playbook;
            p.started = t.created;
            plays.push_back(std::move(p));
        }
        PlayStatus& p = plays[it->second];
        ++p.tasks;
        if (t.status == TaskStatus::done || t.status == TaskStatus::skipped) ++p.finished;
    }
    for (PlayStatus& p : plays)
        p.outcome = evaluate_success(ws, ctx, ws.playbooks[playbook_ix[p.playbook]], ws.find_account(p.account), p.started);
    return plays;
}

}  // namespace retain
