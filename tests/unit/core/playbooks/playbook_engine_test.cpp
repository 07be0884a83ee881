// The run (core/playbooks/playbook_engine.hpp): tasks made from matches, idempotence over repeated runs,
// the cooldown, priority from health and ARR, and the success measure of finished plays.
#include <doctest/doctest.h>

#include <algorithm>

#include "playbook_fixture.hpp"

using namespace retain;
using namespace retain::test;

namespace {

Playbook red_play() {
    Trigger t = make_trigger(TriggerKind::health_color);
    t.color = HealthColor::red;
    Playbook p = PlaybookFixture::playbook(t, "pb-red");
    p.cooldown_days = 30;
    p.success = SuccessMeasure{SuccessKind::health_green, 60, 70};
    return p;
}

// Runs and appends the new tasks, as the command and the CLI do.
size_t run_and_add(PlaybookFixture& f) {
    const PlaybookContext ctx = f.context();
    PlaybookRun r = run_playbooks(f.ws, ctx);
    f.ws.tasks.insert(f.ws.tasks.end(), r.created.begin(), r.created.end());
    return r.created.size();
}

}  // namespace

TEST_CASE("a match makes one task per step with owner, dates, priority and a deterministic id") {
    PlaybookFixture f;
    const AccountIx a = f.add("ACC-1");
    f.add("ACC-2");  // green: no match
    f.analysis.health.color[a] = HealthColor::red;
    f.ws.playbooks = {red_play()};
    const PlaybookContext ctx = f.context();
    const PlaybookRun r = run_playbooks(f.ws, ctx);
    REQUIRE(r.created.size() == 2);
    CHECK(r.tasks_per_playbook == std::vector<int32_t>{2});
    CHECK(r.accounts_per_playbook == std::vector<int32_t>{1});
    const Task& t = r.created[1];
    CHECK(t.id == "T-ACC-1-pb-red-1-20260630");
    CHECK(t.account == "ACC-1");
    CHECK(t.step == 1);
    CHECK(t.title == "Second");
    CHECK(t.owner == "CSM-1");
    CHECK(t.role == OwnerRole::support);
    CHECK(t.created == kAsOf);
    CHECK(t.due == Date::from_ymd(2026, 7, 7));  // 7 days after
    CHECK(t.status == TaskStatus::open);
    // Red (50) and both accounts' ARR equal, so at the 90th percentile (50): 100.
    CHECK(t.priority == 100);
}

TEST_CASE("a second run creates nothing; a finished step stays covered through the cooldown") {
    PlaybookFixture f;
    const AccountIx a = f.add("ACC-1");
    f.analysis.health.color[a] = HealthColor::red;
    f.ws.playbooks = {red_play()};
    CHECK(run_and_add(f) == 2);
    CHECK(run_and_add(f) == 0);
    CHECK(run_and_add(f) == 0);
    CHECK(f.ws.tasks.size() == 2);

    // Done today: the same day and the rest of the 30-day cooldown make nothing new.
    f.ws.tasks[0].status = TaskStatus::done;
    CHECK(run_and_add(f) == 0);
    f.ws.settings.as_of = f.analysis.as_of = kAsOf.plus_days(29);
    CHECK(run_and_add(f) == 0);
    // Day 30: the done step is due again; the open one is still covered.
    f.ws.settings.as_of = f.analysis.as_of = kAsOf.plus_days(30);
    CHECK(run_and_add(f) == 1);
    CHECK(f.ws.tasks.back().step == 0);
    CHECK(f.ws.tasks.back().id == "T-ACC-1-pb-red-0-20260730");
}

TEST_CASE("the owner limit: highest priority plays first, whole plays only, the rest held back for later") {
    PlaybookFixture f;
    f.ws.playbooks = {red_play()};  // two steps per play
    f.ws.team_settings.open_tasks_per_owner = 5;
    // CSM-1 has six red accounts; the two with the most ARR come last in account order.
    for (int i = 0; i < 6; ++i) {
        const AccountIx a = f.add("ACC-" + std::to_string(i));
        f.analysis.health.color[a] = HealthColor::red;
        f.analysis.accounts[a].arr = Money(i >= 4 ? 9000000 : 100000);
    }
    // CSM-2 has one: its own inbox, untouched by CSM-1's limit.
    const AccountIx other = f.add("ACC-X");
    f.account(other).owner = "CSM-2";
    f.analysis.health.color[other] = HealthColor::red;
    // An open task of CSM-1 from elsewhere counts against the limit.
    Task old;
    old.id = "T-manual";
    old.account = "ACC-0";
    old.playbook = "pb-gone";
    old.owner = "CSM-1";
    old.created = kAsOf.plus_days(-3);
    f.ws.tasks.push_back(old);

    const PlaybookContext ctx = f.context();
    const PlaybookRun r = run_playbooks(f.ws, ctx);
    // CSM-1: 1 open + room for 4 = two plays of two steps: the two richest accounts (priority 100 vs 60).
    std::vector<std::string> made;
    for (const Task& t : r.created)
        if (t.owner == "CSM-1") made.push_back(t.account);
    CHECK(made == std::vector<std::string>{"ACC-4", "ACC-4", "ACC-5", "ACC-5"});
    CHECK(std::count_if(r.created.begin(), r.created.end(), [](const Task& t) { return t.owner == "CSM-2"; }) == 2);
    CHECK(r.held_back == 8);  // four plays of two steps
    CHECK(r.held_back_per_playbook == std::vector<int32_t>{8});
    CHECK(r.owners_at_limit == std::vector<std::string>{"CSM-1"});
    // Task order stays account, playbook, step.
    CHECK(r.created.front().account == "ACC-4");
    CHECK(r.created.back().account == "ACC-X");

    // Done tasks free room: the next run makes the next plays, still by priority then account order.
    f.ws.tasks.insert(f.ws.tasks.end(), r.created.begin(), r.created.end());
    for (Task& t : f.ws.tasks)
        if (t.owner == "CSM-1") t.status = TaskStatus::done;
    const PlaybookRun next = run_playbooks(f.ws, f.context());
    std::vector<std::string> then;
    for (const Task& t : next.created) then.push_back(t.account);
    CHECK(then == std::vector<std::string>{"ACC-0", "ACC-0", "ACC-1", "ACC-1"});
    CHECK(next.held_back == 4);

    // A limit of 0 is no limit.
    f.ws.team_settings.open_tasks_per_owner = 0;
    const PlaybookRun all = run_playbooks(f.ws, f.context());
    CHECK(all.created.size() == 8);
    CHECK(all.held_back == 0);
    CHECK(all.owners_at_limit.empty());
}

TEST_CASE("the owner limit never splits a play: a smaller play of lower priority may fit instead") {
    PlaybookFixture f;
    Playbook big = red_play();
    big.steps.push_back(PlaybookStep{"Third", OwnerRole::csm, 9, StepKind::email, "Hello"});  // three steps
    Trigger any = make_trigger(TriggerKind::health_color);
    any.color = HealthColor::green;
    Playbook small = PlaybookFixture::playbook(any, "pb-green");
    small.steps.resize(1);
    f.ws.playbooks = {big, small};
    f.ws.team_settings.open_tasks_per_owner = 2;
    const AccountIx red = f.add("ACC-R");
    f.analysis.health.color[red] = HealthColor::red;
    f.add("ACC-G");
    const PlaybookRun r = run_playbooks(f.ws, f.context());
    REQUIRE(r.created.size() == 1);
    CHECK(r.created[0].account == "ACC-G");
    CHECK(r.held_back == 3);
    CHECK(r.held_back_per_playbook == std::vector<int32_t>{3, 0});
}

TEST_CASE("disabled and invalid playbooks do not run; a snoozed task still covers its step") {
    PlaybookFixture f;
    const AccountIx a = f.add("ACC-1");
    f.analysis.health.color[a] = HealthColor::red;
    Playbook off = red_play();
    off.enabled = false;
    Playbook broken = red_play();
    broken.id = "pb-broken";
    broken.steps.clear();
    f.ws.playbooks = {off, broken};
    CHECK(run_and_add(f) == 0);
    f.ws.playbooks = {red_play()};
    CHECK(run_and_add(f) == 2);
    f.ws.tasks[0].status = TaskStatus::snoozed;
    f.ws.tasks[0].snoozed_until = kAsOf.plus_days(200);
    f.ws.settings.as_of = f.analysis.as_of = kAsOf.plus_days(100);
    CHECK(run_and_add(f) == 0);  // past the cooldown, an open and a snoozed task still cover their steps
    f.ws.tasks[1].status = TaskStatus::skipped;
    CHECK(run_and_add(f) == 1);  // a skipped step past the cooldown is made again
}

TEST_CASE("task priority: health points plus ARR points by percentile") {
    const std::array<Money, 3> cuts{Money(1000), Money(5000), Money(20000)};
    CHECK(task_priority(HealthColor::red, Money(20000), cuts) == 100);
    CHECK(task_priority(HealthColor::red, Money(19999), cuts) == 85);
    CHECK(task_priority(HealthColor::yellow, Money(1000), cuts) == 50);
    CHECK(task_priority(HealthColor::none, Money(999), cuts) == 30);
    CHECK(task_priority(HealthColor::green, Money(0), cuts) == 20);
    CHECK(std::string(priority_label(80)) == "Urgent");
    CHECK(std::string(priority_label(79)) == "High");
    CHECK(std::string(priority_label(40)) == "Normal");
    CHECK(std::string(priority_label(39)) == "Low");
}

TEST_CASE("success: met when the measure holds, not met after its window, in progress before") {
    PlaybookFixture f;
    const AccountIx a = f.add("ACC-1");
    const Playbook p = red_play();  // green within 60 days
    f.analysis.health.color[a] = HealthColor::red;
    PlaybookContext ctx = f.context();
    CHECK(evaluate_success(f.ws, ctx, p, a, days_ago(60)) == PlayOutcome::in_progress);
    CHECK(evaluate_success(f.ws, ctx, p, a, days_ago(61)) == PlayOutcome::not_met);
    f.analysis.health.color[a] = HealthColor::green;
    ctx = f.context();
    CHECK(evaluate_success(f.ws, ctx, p, a, days_ago(10)) == PlayOutcome::met);
    Playbook none = p;
    none.success.kind = SuccessKind::none;
    CHECK(evaluate_success(f.ws, ctx, none, a, days_ago(10)) == PlayOutcome::no_measure);
    f.account(a).status = AccountStatus::churned;
    f.account(a).churn_date = days_ago(1);
    CHECK(evaluate_success(f.ws, ctx, p, a, days_ago(10)) == PlayOutcome::not_met);  // a churn ends the play
}

TEST_CASE("success measures read first value, renewal, retention, usage and MRR") {
    PlaybookFixture f;
    const AccountIx a = f.add("ACC-1");
    Playbook p = red_play();
    auto outcome = [&](SuccessKind k, int32_t days, int32_t started_ago) {
        p.success = SuccessMeasure{k, days, 70};
        const PlaybookContext ctx = f.context();
        return evaluate_success(f.ws, ctx, p, a, days_ago(started_ago));
    };
    CHECK(outcome(SuccessKind::first_value, 30, 10) == PlayOutcome::met);
    f.account(a).first_value = Date();
    CHECK(outcome(SuccessKind::first_value, 30, 10) == PlayOutcome::in_progress);
    // Renewal 180 days out: more than 180 after a play started 1 day ago.
    CHECK(outcome(SuccessKind::renewed, 120, 1) == PlayOutcome::met);
    CHECK(outcome(SuccessKind::renewed, 120, 0) == PlayOutcome::in_progress);
    CHECK(outcome(SuccessKind::retained, 90, 90) == PlayOutcome::met);
    CHECK(outcome(SuccessKind::retained, 90, 89) == PlayOutcome::in_progress);
    // Usage: 10 in the 30 days before the play's 30-day window (65 to 35 days ago for a play started 5 days
    // ago), 8 in the last 30 days = 80%: recovered; 7 is not.
    f.usage(a, 50, 10);
    f.usage(a, 10, 8);
    CHECK(outcome(SuccessKind::usage_recovered, 45, 5) == PlayOutcome::met);
    f.ws.usage.back().active_users = 7;
    CHECK(outcome(SuccessKind::usage_recovered, 45, 5) == PlayOutcome::in_progress);
    // MRR now 1,000.00 (facts) against the start month's snapshot.
    f.ws.mrr = {{a, Month::of(days_ago(40)), Money(90000)}};
    CHECK(outcome(SuccessKind::expanded, 90, 40) == PlayOutcome::met);
    f.ws.mrr = {{a, Month::of(days_ago(40)), Money(100000)}};
    CHECK(outcome(SuccessKind::expanded, 90, 40) == PlayOutcome::in_progress);
}

TEST_CASE("plays group a run's tasks and are finished when every task is done or skipped") {
    PlaybookFixture f;
    const AccountIx a = f.add("ACC-1");
    f.analysis.health.color[a] = HealthColor::red;
    f.ws.playbooks = {red_play()};
    run_and_add(f);
    PlaybookContext ctx = f.context();
    std::vector<PlayStatus> plays = play_statuses(f.ws, ctx);
    REQUIRE(plays.size() == 1);
    CHECK(plays[0].tasks == 2);
    CHECK_FALSE(plays[0].complete());
    f.ws.tasks[0].status = TaskStatus::done;
    f.ws.tasks[1].status = TaskStatus::skipped;
    f.analysis.health.color[a] = HealthColor::green;
    ctx = f.context();
    plays = play_statuses(f.ws, ctx);
    CHECK(plays[0].complete());
    CHECK(plays[0].outcome == PlayOutcome::met);
}

TEST_CASE("task counts: overdue, due this week, open includes snoozes that ended") {
    std::vector<Task> tasks(5);
    tasks[0].due = days_ago(1);                 // overdue
    tasks[1].due = kAsOf.plus_days(6);          // due this week (last day)
    tasks[2].due = kAsOf.plus_days(7);          // open, later
    tasks[3].due = days_ago(3);                 // snoozed until tomorrow: not counted
    tasks[3].status = TaskStatus::snoozed;
    tasks[3].snoozed_until = kAsOf.plus_days(1);
    tasks[4].due = days_ago(3);
    tasks[4].status = TaskStatus::done;
    tasks[2].owner = "CSM-2";
    const TaskCounts c = count_tasks(tasks, kAsOf);
    CHECK(c.active == 3);
    CHECK(c.overdue == 1);
    CHECK(c.due_this_week == 1);
    CHECK(c.due() == 2);
    CHECK(c.done == 1);
    const std::string csm2 = "CSM-2";
    CHECK(count_tasks(tasks, kAsOf, &csm2).active == 1);
    // The snooze ends: the task is open (and overdue) again.
    CHECK(count_tasks(tasks, kAsOf.plus_days(1)).overdue == 2);
}

TEST_CASE("the built-in library is valid, covers the guides' plays and uses unique ids") {
    const std::vector<Playbook> library = builtin_playbooks();
    CHECK(library.size() >= 17);
    std::vector<std::string> ids;
    for (const Playbook& p : library) {
        CHECK_MESSAGE(playbook_problem(p).empty(), p.id, ": ", playbook_problem(p));
        for (const PlaybookStep& s : p.steps) CHECK_MESSAGE(s.text.size() > 80, p.id, " step ", s.title);
        ids.push_back(p.id);
    }
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
    for (const char* id : {"pb-onboarding", "pb-activation", "pb-adoption-none", "pb-adoption-low", "pb-adoption-high",
                           "pb-risk-save", "pb-renewal-120", "pb-renewal-90", "pb-renewal-60", "pb-expansion",
                           "pb-executive-change", "pb-champion-left", "pb-qbr", "pb-churn-postmortem"})
        CHECK_MESSAGE(std::binary_search(ids.begin(), ids.end(), std::string(id)), id);
}
