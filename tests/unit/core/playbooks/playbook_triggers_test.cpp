// Every trigger kind on crafted accounts, at its edge: the day or the count at which it starts to fire
// and the one just before (docs/playbooks.md "Triggers").
#include <doctest/doctest.h>

#include "playbook_fixture.hpp"

using namespace retain;
using namespace retain::test;

TEST_CASE("health color fires on exactly the shown color") {
    PlaybookFixture f;
    const AccountIx red = f.add("red");
    const AccountIx yellow = f.add("yellow");
    f.analysis.health.color[red] = HealthColor::red;
    f.analysis.health.color[yellow] = HealthColor::yellow;
    Trigger t = make_trigger(TriggerKind::health_color);
    t.color = HealthColor::red;
    CHECK(f.fires(t, red));
    CHECK_FALSE(f.fires(t, yellow));
}

TEST_CASE("score drop fires at a fall of exactly the given points over the window") {
    PlaybookFixture f;
    const AccountIx fell15 = f.add("fell15");
    const AccountIx fell14 = f.add("fell14");
    const AccountIx unscored = f.add("unscored");
    f.analysis.health.score[fell15] = 55.0f;
    f.analysis.health.score[fell14] = 56.0f;
    f.analysis.health.score[unscored] = std::numeric_limits<float>::quiet_NaN();
    Trigger t = make_trigger(TriggerKind::score_drop, 28);
    t.points = 15;
    Playbook p = PlaybookFixture::playbook(t);
    PlaybookContext ctx = f.context();
    ctx.past_scores = {{28, {70.0f, 70.0f, 70.0f}}};
    CHECK(playbook_matches(f.ws, ctx, p, fell15));
    CHECK_FALSE(playbook_matches(f.ws, ctx, p, fell14));
    CHECK_FALSE(playbook_matches(f.ws, ctx, p, unscored));
}

TEST_CASE("score drop reads the past scores the context computes for enabled playbooks") {
    PlaybookFixture f;
    f.add("a");
    Trigger t = make_trigger(TriggerKind::score_drop, 28);
    f.ws.playbooks = {PlaybookFixture::playbook(t)};
    const PlaybookContext ctx = f.context();
    REQUIRE(ctx.past_scores.size() == 1);
    CHECK(ctx.past_scores[0].first == 28);
    CHECK(ctx.past_scores[0].second.size() == 1);
}

TEST_CASE("usage drop: the last 30 days' mean against the 30 before, at 40%") {
    PlaybookFixture f;
    const AccountIx down40 = f.add("down40");
    const AccountIx down30 = f.add("down30");
    const AccountIx no_recent = f.add("no_recent");
    for (AccountIx a : {down40, down30, no_recent}) {
        f.usage(a, 50, 10);  // prior window (60, 30] days ago: mean 10
        f.usage(a, 40, 10);
    }
    f.usage(down40, 20, 6);  // 6 <= 10 x 0.6
    f.usage(down40, 5, 6);
    f.usage(down30, 20, 7);  // 7 > 6
    Trigger t = make_trigger(TriggerKind::usage_drop, 30);
    t.percent = 40;
    CHECK(f.fires(t, down40));
    CHECK_FALSE(f.fires(t, down30));
    CHECK_FALSE(f.fires(t, no_recent));  // no samples is missing data, not a drop
}

TEST_CASE("renewal within N days includes day N and today, not overdue renewals") {
    PlaybookFixture f;
    const AccountIx at90 = f.add("at90");
    const AccountIx at91 = f.add("at91");
    const AccountIx today = f.add("today");
    const AccountIx overdue = f.add("overdue");
    f.account(at90).renewal_date = kAsOf.plus_days(90);
    f.account(at91).renewal_date = kAsOf.plus_days(91);
    f.account(today).renewal_date = kAsOf;
    f.account(overdue).renewal_date = kAsOf.plus_days(-1);
    const Trigger t = make_trigger(TriggerKind::renewal_within, 90);
    CHECK(f.fires(t, at90));
    CHECK_FALSE(f.fires(t, at91));
    CHECK(f.fires(t, today));
    CHECK_FALSE(f.fires(t, overdue));
}

TEST_CASE("champion left: a champion who left, last engaged within the window") {
    PlaybookFixture f;
    const AccountIx recent = f.add("recent");
    const AccountIx old = f.add("old");
    const AccountIx not_champion = f.add("not_champion");
    auto contact = [&](AccountIx a, bool champion, int32_t ago) {
        Contact c;
        c.account = a;
        c.id = "c" + std::to_string(f.ws.contacts.size());
        c.champion = champion;
        c.left_company = true;
        c.last_engaged = days_ago(ago);
        f.ws.contacts.push_back(c);
    };
    contact(recent, true, 89);
    contact(old, true, 90);
    contact(not_champion, false, 5);
    const Trigger t = make_trigger(TriggerKind::champion_left, 90);
    CHECK(f.fires(t, recent));
    CHECK_FALSE(f.fires(t, old));
    CHECK_FALSE(f.fires(t, not_champion));
}

TEST_CASE("new executive: a sponsor first engaged within the window, still at the company") {
    PlaybookFixture f;
    const AccountIx fresh = f.add("fresh");
    const AccountIx settled = f.add("settled");
    const AccountIx gone = f.add("gone");
    auto sponsor = [&](AccountIx a, int32_t first_ago, bool left) {
        Contact c;
        c.account = a;
        c.id = "s" + std::to_string(f.ws.contacts.size());
        c.executive_sponsor = true;
        c.left_company = left;
        c.first_engaged = days_ago(first_ago);
        f.ws.contacts.push_back(c);
    };
    sponsor(fresh, 44, false);
    sponsor(settled, 45, false);
    sponsor(gone, 10, true);
    const Trigger t = make_trigger(TriggerKind::new_executive, 45);
    CHECK(f.fires(t, fresh));
    CHECK_FALSE(f.fires(t, settled));
    CHECK_FALSE(f.fires(t, gone));
}

TEST_CASE("NPS detractor: the latest NPS answer, within the window, 6 or lower") {
    PlaybookFixture f;
    const AccountIx six = f.add("six");
    const AccountIx seven = f.add("seven");
    const AccountIx recovered = f.add("recovered");
    const AccountIx stale = f.add("stale");
    f.ws.surveys = {{six, days_ago(29), SurveyKind::nps, 6, ""},
                    {seven, days_ago(3), SurveyKind::nps, 7, ""},
                    {recovered, days_ago(20), SurveyKind::nps, 2, ""},
                    {recovered, days_ago(4), SurveyKind::nps, 9, ""},
                    {recovered, days_ago(1), SurveyKind::csat, 1, ""},  // not an NPS answer
                    {stale, days_ago(30), SurveyKind::nps, 0, ""}};
    const Trigger t = make_trigger(TriggerKind::nps_detractor, 30);
    CHECK(f.fires(t, six));
    CHECK_FALSE(f.fires(t, seven));
    CHECK_FALSE(f.fires(t, recovered));
    CHECK_FALSE(f.fires(t, stale));
}

TEST_CASE("critical tickets: open high or urgent tickets reach the count") {
    PlaybookFixture f;
    const AccountIx two = f.add("two");
    const AccountIx one = f.add("one");
    auto ticket = [&](AccountIx a, TicketPriority p, TicketStatus s, Date closed = Date()) {
        Ticket k;
        k.account = a;
        k.id = "k" + std::to_string(f.ws.tickets.size());
        k.opened = days_ago(10);
        k.closed = closed;
        k.priority = p;
        k.status = s;
        f.ws.tickets.push_back(k);
    };
    ticket(two, TicketPriority::urgent, TicketStatus::open);
    ticket(two, TicketPriority::high, TicketStatus::solved, kAsOf.plus_days(3));  // closed after the as-of date: open then
    ticket(one, TicketPriority::high, TicketStatus::pending);
    ticket(one, TicketPriority::normal, TicketStatus::open);
    ticket(one, TicketPriority::urgent, TicketStatus::solved, days_ago(1));
    Trigger t = make_trigger(TriggerKind::critical_tickets);
    t.count = 2;
    CHECK(f.fires(t, two));
    CHECK_FALSE(f.fires(t, one));
}

TEST_CASE("onboarding stalled: no first value N days or more after the contract start") {
    PlaybookFixture f;
    const AccountIx at45 = f.add("at45");
    const AccountIx at44 = f.add("at44");
    const AccountIx reached = f.add("reached");
    for (AccountIx a : {at45, at44, reached}) f.account(a).first_value = Date();
    f.account(at45).contract_start = days_ago(45);
    f.account(at44).contract_start = days_ago(44);
    f.account(reached).contract_start = days_ago(100);
    f.account(reached).first_value = days_ago(50);
    const Trigger t = make_trigger(TriggerKind::onboarding_stalled, 45);
    CHECK(f.fires(t, at45));
    CHECK_FALSE(f.fires(t, at44));
    CHECK_FALSE(f.fires(t, reached));
}

TEST_CASE("expansion signal: the latest usage sample's active users at 90% of seats") {
    PlaybookFixture f;
    const AccountIx nine = f.add("nine");
    const AccountIx eight = f.add("eight");
    const AccountIx no_seats = f.add("no_seats");
    const AccountIx stale = f.add("stale");
    f.usage(nine, 40, 3);
    f.usage(nine, 5, 9);
    f.usage(eight, 40, 10);  // the latest counts, not the best
    f.usage(eight, 5, 8);
    f.account(no_seats).seats = 0;
    f.usage(no_seats, 5, 9);
    f.usage(stale, kLatestUsageDays, 10);  // too old to count
    Trigger t = make_trigger(TriggerKind::expansion_signal);
    t.percent = 90;
    CHECK(f.fires(t, nine));
    CHECK_FALSE(f.fires(t, eight));
    CHECK_FALSE(f.fires(t, no_seats));
    CHECK_FALSE(f.fires(t, stale));
}

TEST_CASE("new customer: contract started within the last N days") {
    PlaybookFixture f;
    const AccountIx at29 = f.add("at29");
    const AccountIx at30 = f.add("at30");
    f.account(at29).contract_start = days_ago(29);
    f.account(at30).contract_start = days_ago(30);
    const Trigger t = make_trigger(TriggerKind::new_customer, 30);
    CHECK(f.fires(t, at29));
    CHECK_FALSE(f.fires(t, at30));
}

TEST_CASE("no usage: no active user in the window, for customers older than the window") {
    PlaybookFixture f;
    const AccountIx last30 = f.add("last30");
    const AccountIx last29 = f.add("last29");
    const AccountIx zero = f.add("zero");
    const AccountIx young = f.add("young");
    f.usage(last30, 30, 5);
    f.usage(last29, 29, 5);
    f.usage(zero, 3, 0);
    f.account(young).contract_start = days_ago(20);
    const Trigger t = make_trigger(TriggerKind::no_usage, 30);
    CHECK(f.fires(t, last30));
    CHECK_FALSE(f.fires(t, last29));
    CHECK(f.fires(t, zero));
    CHECK_FALSE(f.fires(t, young));
}

TEST_CASE("no usage never fires on a workspace without usage data") {
    PlaybookFixture f;
    const AccountIx a = f.add("a");
    CHECK_FALSE(f.fires(make_trigger(TriggerKind::no_usage, 30), a));
}

TEST_CASE("adoption level: active users / seats from the lower percent to under the upper") {
    PlaybookFixture f;
    const AccountIx three = f.add("three");
    const AccountIx four = f.add("four");
    const AccountIx none = f.add("none");
    f.usage(three, 2, 3);
    f.usage(four, 2, 4);
    f.usage(none, 2, 0);
    Trigger t = make_trigger(TriggerKind::adoption_level, 30);
    t.percent = 1;
    t.max_percent = 40;
    CHECK(f.fires(t, three));
    CHECK_FALSE(f.fires(t, four));  // 40% is the upper bound, excluded
    CHECK_FALSE(f.fires(t, none));
}

TEST_CASE("QBR due: no QBR touchpoint in the last N days") {
    PlaybookFixture f;
    const AccountIx at89 = f.add("at89");
    const AccountIx at90 = f.add("at90");
    f.ws.touchpoints = {{at89, days_ago(89), TouchpointKind::qbr, "", ""},
                        {at90, days_ago(90), TouchpointKind::qbr, "", ""},
                        {at90, days_ago(2), TouchpointKind::call, "", ""}};
    const Trigger t = make_trigger(TriggerKind::qbr_due, 90);
    CHECK_FALSE(f.fires(t, at89));
    CHECK(f.fires(t, at90));
}

TEST_CASE("churned fires on recent churns only, and no other trigger looks at churned accounts") {
    PlaybookFixture f;
    const AccountIx recent = f.add("recent");
    const AccountIx old = f.add("old");
    const AccountIx active = f.add("active");
    f.account(recent).status = AccountStatus::churned;
    f.account(recent).churn_date = days_ago(29);
    f.account(old).status = AccountStatus::churned;
    f.account(old).churn_date = days_ago(30);
    const Trigger t = make_trigger(TriggerKind::churned, 30);
    CHECK(f.fires(t, recent));
    CHECK_FALSE(f.fires(t, old));
    CHECK_FALSE(f.fires(t, active));
    f.account(recent).renewal_date = kAsOf.plus_days(5);
    CHECK_FALSE(f.fires(make_trigger(TriggerKind::renewal_within, 90), recent));
}

TEST_CASE("segment and stage filters narrow a playbook") {
    PlaybookFixture f;
    const AccountIx smb = f.add("smb");
    const AccountIx ent = f.add("ent");
    f.account(ent).segment = "Enterprise";
    f.account(ent).stage = LifecycleStage::renewal;
    Playbook p = PlaybookFixture::playbook(make_trigger(TriggerKind::renewal_within, 365));
    p.segment = "Enterprise";
    PlaybookContext ctx = f.context();
    CHECK(playbook_matches(f.ws, ctx, p, ent));
    CHECK_FALSE(playbook_matches(f.ws, ctx, p, smb));
    p.stage = int32_t(LifecycleStage::adoption);
    CHECK_FALSE(playbook_matches(f.ws, ctx, p, ent));
}

TEST_CASE("score drop takes its past scores from the weekly history when it holds the date") {
    PlaybookFixture f;
    const AccountIx a = f.add("a");
    f.analysis.health.score[a] = 50.0f;
    Trigger t = make_trigger(TriggerKind::score_drop, 28);
    t.points = 15;
    f.ws.playbooks = {PlaybookFixture::playbook(t)};
    HealthHistory history;
    history.accounts = 1;
    history.dates = {days_ago(35), days_ago(28), kAsOf};
    history.scores = {90.0f, 66.0f, 50.0f};
    history.colors.assign(3, HealthColor::yellow);
    f.ws.reindex();
    const PlaybookContext ctx = make_playbook_context(f.ws, f.analysis, &history);
    REQUIRE(ctx.past_scores.size() == 1);
    CHECK(ctx.past_scores[0].second[0] == 66.0f);  // the week 28 days back, not a recomputation
    CHECK(playbook_matches(f.ws, ctx, f.ws.playbooks[0], a));  // 66 - 50 = 16 >= 15
}
