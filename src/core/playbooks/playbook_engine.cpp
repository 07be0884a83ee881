// The playbook run (playbook_engine.hpp): the context, the priority rule and the idempotent task making.
#include "core/playbooks/playbook_engine.hpp"

#include <algorithm>
#include <unordered_map>

namespace retain {
namespace {

// begin[a] = first row of account a, for a table sorted by account (size accounts + 1).
template <typename Row>
std::vector<uint32_t> row_offsets(const std::vector<Row>& rows, size_t accounts) {
    std::vector<uint32_t> begin(accounts + 1, 0);
    for (const Row& r : rows)
        if (r.account < accounts) ++begin[size_t(r.account) + 1];
    for (size_t a = 0; a < accounts; ++a) begin[a + 1] += begin[a];
    return begin;
}

// The 50th, 75th and 90th percentile ARR of accounts with ARR (nearest rank, rounding down).
std::array<Money, 3> arr_percentiles(const std::vector<AccountFacts>& facts) {
    std::vector<int64_t> arr;
    arr.reserve(facts.size());
    for (const AccountFacts& f : facts)
        if (f.arr.minor > 0) arr.push_back(f.arr.minor);
    std::array<Money, 3> cuts{};
    if (arr.empty()) return cuts;
    const double shares[3] = {0.50, 0.75, 0.90};
    for (size_t i = 0; i < 3; ++i) {
        const size_t k = std::min(arr.size() - 1, size_t(shares[i] * double(arr.size())));
        std::nth_element(arr.begin(), arr.begin() + std::ptrdiff_t(k), arr.end());
        cuts[i] = Money(arr[k]);
    }
    return cuts;
}

// A (playbook, account, step) key for the set of steps already covered.
uint64_t step_key(size_t playbook, AccountIx account, int32_t step) {
    return (uint64_t(playbook) << 40) | (uint64_t(account) << 8) | uint64_t(step & 0xFF);
}

// The history's scores of the week dated exactly `date`, when it has that week and every account.
bool scores_from_history(const HealthHistory* history, size_t accounts, Date date, std::vector<float>& out) {
    if (!history || history->accounts != accounts) return false;
    for (size_t w = 0; w < history->weeks(); ++w) {
        if (history->dates[w] != date) continue;
        out.resize(accounts);
        for (size_t a = 0; a < accounts; ++a) out[a] = history->score(AccountIx(a), w);
        return true;
    }
    return false;
}

}  // namespace

PlaybookContext make_playbook_context(const Workspace& ws, const Analysis& analysis, const HealthHistory* history) {
    PlaybookContext ctx;
    ctx.as_of = analysis.as_of;
    ctx.health = &analysis.health;
    ctx.facts = &analysis.accounts;
    const size_t n = ws.accounts.size();
    ctx.usage_begin = row_offsets(ws.usage, n);
    ctx.ticket_begin = row_offsets(ws.tickets, n);
    ctx.survey_begin = row_offsets(ws.surveys, n);
    ctx.touchpoint_begin = row_offsets(ws.touchpoints, n);
    ctx.contact_begin = row_offsets(ws.contacts, n);
    ctx.mrr_begin = row_offsets(ws.mrr, n);
    ctx.arr_cuts = arr_percentiles(analysis.accounts);
    for (const Playbook& p : ws.playbooks) {
        if (!p.enabled || p.trigger.kind != TriggerKind::score_drop || !ctx.as_of.ok()) continue;
        const int32_t days = p.trigger.days;
        if (std::any_of(ctx.past_scores.begin(), ctx.past_scores.end(), [&](const auto& s) { return s.first == days; }))
            continue;
        std::vector<float> scores;
        if (!scores_from_history(history, n, ctx.as_of.plus_days(-days), scores)) {
            const HealthInputs inputs = compute_health_inputs(ws, ctx.as_of.plus_days(-days));
            scores = score_health(ws, inputs, ws.scorecard, ws.health_overrides).score;
        }
        ctx.past_scores.emplace_back(days, std::move(scores));
    }
    return ctx;
}

int32_t task_priority(HealthColor color, Money arr, const std::array<Money, 3>& arr_cuts) {
    int32_t health = 20;  // not scored
    if (color == HealthColor::red) health = 50;
    else if (color == HealthColor::yellow) health = 30;
    else if (color == HealthColor::green) health = 10;
    int32_t value = 10;
    if (arr.minor > 0 && arr >= arr_cuts[2]) value = 50;
    else if (arr.minor > 0 && arr >= arr_cuts[1]) value = 35;
    else if (arr.minor > 0 && arr >= arr_cuts[0]) value = 20;
    return health + value;
}

const char* priority_label(int32_t priority) {
    if (priority >= 80) return "Urgent";
    if (priority >= 60) return "High";
    if (priority >= 40) return "Normal";
    return "Low";
}

namespace {

// One play a run would start: an account matched by a playbook, with steps not yet covered.
struct Candidate {
    AccountIx account;
    uint32_t playbook;
    uint32_t owner;     // index into the run's owner list
    int32_t steps;      // uncovered steps
    int32_t priority;   // task_priority(), the same for every step of the play
    bool take = false;
};

// The limit on open tasks per owner (TeamSettings::open_tasks_per_owner): plays are taken by priority,
// highest first (ties in account order), while the owner's inbox has room for all their steps; the rest
// are held back for a later run. A play is never split: its steps are one piece of work.
void apply_owner_limit(std::vector<Candidate>& plays, std::vector<int32_t> open_per_owner, int32_t limit,
                       PlaybookRun& run, const std::vector<std::string>& owners) {
    if (limit <= 0) {
        for (Candidate& c : plays) c.take = true;
        return;
    }
    // Priorities are small integers (20-100): a counting sort keeps account order within a priority.
    constexpr int32_t kMaxPriority = 128;
    auto bucket = [](int32_t priority) { return size_t(kMaxPriority - 1 - std::clamp(priority, 0, kMaxPriority - 1)); };
    std::vector<uint32_t> start(kMaxPriority + 1, 0);  // start[b] = first place of bucket b (0 = highest)
    for (const Candidate& c : plays) ++start[bucket(c.priority) + 1];
    for (size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
    std::vector<uint32_t> order(plays.size());
    for (uint32_t i = 0; i < plays.size(); ++i) order[start[bucket(plays[i].priority)]++] = i;
    std::vector<bool> at_limit(owners.size(), false);
    for (const uint32_t i : order) {
        Candidate& c = plays[i];
        int32_t& open = open_per_owner[c.owner];
        if (open + c.steps <= limit) {
            open += c.steps;
            c.take = true;
        } else {
            run.held_back_per_playbook[c.playbook] += c.steps;
            run.held_back += c.steps;
            at_limit[c.owner] = true;
        }
    }
    for (size_t o = 0; o < owners.size(); ++o)
        if (at_limit[o]) run.owners_at_limit.push_back(owners[o]);
    std::sort(run.owners_at_limit.begin(), run.owners_at_limit.end());
}

}  // namespace

PlaybookRun run_playbooks(const Workspace& ws, const PlaybookContext& ctx) {
    PlaybookRun run;
    run.tasks_per_playbook.assign(ws.playbooks.size(), 0);
    run.accounts_per_playbook.assign(ws.playbooks.size(), 0);
    run.held_back_per_playbook.assign(ws.playbooks.size(), 0);
    if (!ctx.as_of.ok()) return run;

    // Owners by index: the open tasks each already has count against the limit.
    std::unordered_map<std::string, uint32_t> owner_ix;
    std::vector<std::string> owners;
    std::vector<int32_t> open_per_owner;
    auto owner_of = [&](const std::string& owner) {
        const auto [it, added] = owner_ix.emplace(owner, uint32_t(owners.size()));
        if (added) {
            owners.push_back(owner);
            open_per_owner.push_back(0);
        }
        return it->second;
    };

    // Steps already covered: an open or snoozed task, or one created within the playbook's cooldown.
    // Tasks come in runs of one account and playbook, so the last lookups are kept.
    std::unordered_map<std::string, size_t> playbook_ix;
    for (size_t i = 0; i < ws.playbooks.size(); ++i) playbook_ix.emplace(ws.playbooks[i].id, i);
    std::vector<uint64_t> covered;  // sorted once, then binary-searched: no node per task
    const std::string* last_account = nullptr;
    const std::string* last_playbook = nullptr;
    const std::string* last_owner = nullptr;
    uint32_t owner = 0;
    AccountIx a = kNoAccount;
    size_t pb = SIZE_MAX;
    for (const Task& t : ws.tasks) {
        const bool pending = t.status == TaskStatus::open || t.status == TaskStatus::snoozed;
        if (pending) {
            if (!last_owner || *last_owner != t.owner) owner = owner_of(t.owner);
            last_owner = &t.owner;
            ++open_per_owner[owner];
        }
        if (!last_account || *last_account != t.account) a = ws.find_account(t.account);
        if (!last_playbook || *last_playbook != t.playbook) {
            const auto p = playbook_ix.find(t.playbook);
            pb = p == playbook_ix.end() ? SIZE_MAX : p->second;
        }
        last_account = &t.account;
        last_playbook = &t.playbook;
        if (pb == SIZE_MAX || a == kNoAccount) continue;
        // At least one day: a task made today has the id a rerun today would give.
        const bool recent = t.created.ok() && ctx.as_of - t.created < std::max(1, ws.playbooks[pb].cooldown_days);
        if (pending || recent) covered.push_back(step_key(pb, a, t.step));
    }
    std::sort(covered.begin(), covered.end());

    std::vector<size_t> runnable;
    for (size_t pi = 0; pi < ws.playbooks.size(); ++pi)
        if (ws.playbooks[pi].enabled && playbook_problem(ws.playbooks[pi]).empty()) runnable.push_back(pi);
    // Account by account, every playbook: the account's record and rows are read while in cache. Plays
    // are collected first (no text is made for a play the owner limit holds back).
    std::vector<Candidate> plays;
    for (AccountIx ai = 0; ai < ws.accounts.size(); ++ai) {
        const Account& acc = ws.accounts[ai];
        const bool active = account_active_on(acc, ctx.as_of);
        uint32_t acc_owner = UINT32_MAX;
        for (size_t pi : runnable) {
            const Playbook& p = ws.playbooks[pi];
            if (!playbook_matches(ws, ctx, p, ai, active)) continue;
            ++run.accounts_per_playbook[pi];
            int32_t steps = 0;
            for (int32_t s = 0; s < int32_t(p.steps.size()); ++s)
                if (!std::binary_search(covered.begin(), covered.end(), step_key(pi, ai, s))) ++steps;
            if (steps == 0) continue;
            if (acc_owner == UINT32_MAX) acc_owner = owner_of(acc.owner);
            const HealthColor color = ctx.health && ai < ctx.health->color.size() ? ctx.health->color[ai] : HealthColor::none;
            const Money arr = ctx.facts && ai < ctx.facts->size() ? (*ctx.facts)[ai].arr : Money();
            plays.push_back({ai, uint32_t(pi), acc_owner, steps, task_priority(color, arr, ctx.arr_cuts)});
        }
    }
    apply_owner_limit(plays, open_per_owner, ws.team_settings.open_tasks_per_owner, run, owners);

    for (const Candidate& c : plays) {
        if (!c.take) continue;
        const Account& acc = ws.accounts[c.account];
        const Playbook& p = ws.playbooks[c.playbook];
        for (int32_t s = 0; s < int32_t(p.steps.size()); ++s) {
            if (std::binary_search(covered.begin(), covered.end(), step_key(c.playbook, c.account, s))) continue;
            const PlaybookStep& step = p.steps[size_t(s)];
            Task t;
            t.id = task_id(acc.id, p.id, s, ctx.as_of);
            t.account = acc.id;
            t.playbook = p.id;
            t.step = s;
            t.title = step.title;
            t.owner = acc.owner;
            t.role = step.role;
            t.created = ctx.as_of;
            t.due = ctx.as_of.plus_days(step.due_days);
            t.priority = c.priority;
            run.created.push_back(std::move(t));
            ++run.tasks_per_playbook[c.playbook];
        }
    }
    return run;
}

}  // namespace retain
