// Raw health inputs (core/health/health_inputs.hpp) on a hand-built account, as of 2026-06-30.
#include <doctest/doctest.h>

#include "core/health/health_inputs.hpp"
#include "core/health/touchpoint_response.hpp"
#include "health_test_helpers.hpp"

using namespace retain;
using namespace retain::health_test;

namespace {

const Date kInputsDay = ymd(2026, 6, 30);

UsageSample usage(Date d, int32_t active, int32_t logins, std::array<int32_t, kMaxKeyFeatures> features = {}) {
    UsageSample s;
    s.account = 0;
    s.date = d;
    s.active_users = active;
    s.logins = logins;
    s.feature_uses = features;
    return s;
}

Ticket ticket(Date opened, Date closed, TicketPriority p, TicketStatus st, TicketSatisfaction sat) {
    Ticket t;
    t.account = 0;
    t.opened = opened;
    t.closed = closed;
    t.priority = p;
    t.status = st;
    t.satisfaction = sat;
    return t;
}

Contact contact(bool champion, bool sponsor, bool left, Date last_engaged) {
    Contact c;
    c.account = 0;
    c.champion = champion;
    c.executive_sponsor = sponsor;
    c.left_company = left;
    c.last_engaged = last_engaged;
    return c;
}

// Account A0 has a full story; A1 has no rows at all.
Workspace story() {
    Workspace ws = accounts(2);
    ws.accounts[0].seats = 10;
    ws.accounts[0].contract_start = ymd(2025, 1, 1);
    ws.accounts[0].renewal_date = ymd(2027, 1, 1);
    ws.key_features = {"Dashboards", "Reports", "Integrations", "Alerts"};
    // (May 1, May 31]: 8 active users a week; (May 31, Jun 30]: 4 a week, 12 logins each, features 0 and 2.
    for (int day : {5, 12, 19, 26}) ws.usage.push_back(usage(ymd(2026, 5, day), 8, 30));
    for (int day : {2, 9, 16, 23}) ws.usage.push_back(usage(ymd(2026, 6, day), 4, 12, {5, 0, day == 9 ? 3 : 0}));
    ws.usage.push_back(usage(ymd(2026, 7, 7), 100, 900));  // after the day: never read
    ws.touchpoints = {
        {0, ymd(2026, 1, 10), TouchpointKind::training, "completed", "C1"},
        {0, ymd(2026, 1, 20), TouchpointKind::training, "No-show", "C1"},
        {0, ymd(2026, 3, 1), TouchpointKind::call, "left voicemail", "C1"},  // before the 90 days
        {0, ymd(2026, 4, 15), TouchpointKind::email, "sent", "C1"},         // unknown: left out
        {0, ymd(2026, 5, 10), TouchpointKind::email, "no response", "C1"},
        {0, ymd(2026, 6, 20), TouchpointKind::call, "Positive", "C1"},
    };
    ws.tickets = {
        ticket(ymd(2026, 3, 15), ymd(2026, 3, 16), TicketPriority::low, TicketStatus::closed, TicketSatisfaction::good),
        ticket(ymd(2026, 4, 15), ymd(2026, 4, 20), TicketPriority::normal, TicketStatus::closed, TicketSatisfaction::bad),
        ticket(ymd(2026, 6, 10), ymd(2026, 6, 12), TicketPriority::urgent, TicketStatus::closed, TicketSatisfaction::good),
        ticket(ymd(2026, 6, 25), Date{}, TicketPriority::high, TicketStatus::open, TicketSatisfaction::none),
    };
    ws.surveys = {
        {0, ymd(2025, 11, 1), SurveyKind::ces, 6, ""},   // older than 180 days: CES missing
        {0, ymd(2026, 3, 10), SurveyKind::nps, 6, ""},   // the latest NPS day: mean of 6 and 8
        {0, ymd(2026, 3, 10), SurveyKind::nps, 8, ""},
        {0, ymd(2026, 5, 1), SurveyKind::csat, 2, ""},
        {0, ymd(2026, 6, 1), SurveyKind::csat, 4, ""},
    };
    ws.contacts = {contact(true, false, true, ymd(2026, 5, 1)), contact(false, true, false, ymd(2026, 6, 1))};
    ws.mrr = {{0, Month::from_ym(2026, 3), Money(100000)}, {0, Month::from_ym(2026, 6), Money(70000)}};
    return ws;
}

}  // namespace

TEST_CASE("usage inputs: active users per seat, logins per active user, key features, 30-day trend") {
    const HealthInputs in = compute_health_inputs(story(), kInputsDay);
    CHECK(in.value(HealthInput::active_user_ratio, 0) == doctest::Approx(0.4));  // mean 4 / 10 seats
    CHECK(in.value(HealthInput::login_frequency, 0) == doctest::Approx(3));      // 48 logins / 16 user-weeks
    CHECK(in.value(HealthInput::feature_breadth, 0) == doctest::Approx(0.5));    // 2 of 4 features
    CHECK(in.value(HealthInput::usage_trend, 0) == doctest::Approx(-0.5));       // 4 / 8 - 1
}

TEST_CASE("engagement inputs: days since the last touchpoint, answered outreach, attended trainings") {
    const HealthInputs in = compute_health_inputs(story(), kInputsDay);
    CHECK(in.value(HealthInput::days_since_touchpoint, 0) == 10);
    CHECK(in.value(HealthInput::outreach_response, 0) == doctest::Approx(0.5));    // positive vs no response
    CHECK(in.value(HealthInput::training_attendance, 0) == doctest::Approx(0.5));  // completed vs no-show
}

TEST_CASE("support inputs: open high-priority tickets, the ticket trend, rated satisfaction") {
    const HealthInputs in = compute_health_inputs(story(), kInputsDay);
    CHECK(in.value(HealthInput::open_high_priority_tickets, 0) == 1);  // the urgent one is closed
    // 2 tickets in June against 2 in the 90 days before (2 / 3 a month, floored at 1): 2 / 1.
    CHECK(in.value(HealthInput::ticket_trend, 0) == doctest::Approx(2));
    CHECK(in.value(HealthInput::ticket_satisfaction, 0) == doctest::Approx(2.0 / 3.0));
}

TEST_CASE("sentiment inputs: the latest NPS day's mean, CSAT and CES means over 180 days") {
    const HealthInputs in = compute_health_inputs(story(), kInputsDay);
    CHECK(in.value(HealthInput::nps, 0) == doctest::Approx(7));
    CHECK(in.value(HealthInput::csat, 0) == doctest::Approx(3));
    CHECK_FALSE(in.has(0, HealthInput::ces));
}

TEST_CASE("relationship inputs: a champion who left is a state of its own, read as of the date") {
    const Workspace ws = story();
    const HealthInputs now = compute_health_inputs(ws, kInputsDay);
    CHECK(now.value(HealthInput::champion, 0) == kChampionLeft);
    CHECK(now.value(HealthInput::executive_sponsor, 0) == 1);
    // On 2026-04-15 the champion (last engaged 2026-05-01) was still there and engaged.
    const HealthInputs before = compute_health_inputs(ws, ymd(2026, 4, 15));
    CHECK(before.value(HealthInput::champion, 0) == kChampionEngaged);
}

TEST_CASE("commercial inputs: days to the renewal and MRR lost over the last three complete months") {
    const HealthInputs in = compute_health_inputs(story(), kInputsDay);
    CHECK(in.value(HealthInput::days_to_renewal, 0) == 185);  // 2026-06-30 -> 2027-01-01
    CHECK(in.value(HealthInput::contraction_90d, 0) == doctest::Approx(0.3));  // June 700 vs March 1,000
    // A year earlier the renewal was 2026-01-01: 185 days after 2025-06-30.
    const HealthInputs year_before = compute_health_inputs(story(), ymd(2025, 6, 30));
    CHECK(year_before.value(HealthInput::days_to_renewal, 0) == 185);
}

TEST_CASE("an account without rows has its measures missing, except counts that are truly zero") {
    const HealthInputs in = compute_health_inputs(story(), kInputsDay);
    for (HealthInput m : {HealthInput::active_user_ratio, HealthInput::usage_trend, HealthInput::days_since_touchpoint,
                          HealthInput::nps, HealthInput::champion, HealthInput::ticket_satisfaction})
        CHECK_FALSE(in.has(1, m));
    // The workspace has a ticket table, so "no ticket" is a real zero.
    CHECK(in.has(1, HealthInput::open_high_priority_tickets));
    CHECK(in.value(HealthInput::open_high_priority_tickets, 1) == 0);
    // Without any ticket table (support tool not loaded), support measures are missing for everyone.
    Workspace no_tickets = story();
    no_tickets.tickets.clear();
    CHECK_FALSE(compute_health_inputs(no_tickets, kInputsDay).has(1, HealthInput::open_high_priority_tickets));
}

TEST_CASE("an account is scored only while it is a customer") {
    Workspace ws = story();
    ws.accounts[1].status = AccountStatus::churned;
    ws.accounts[1].churn_date = ymd(2026, 6, 1);
    CHECK(compute_health_inputs(ws, kInputsDay).active[1] == 0);
    CHECK(compute_health_inputs(ws, ymd(2026, 5, 31)).active[1] == 1);
    CHECK(compute_health_inputs(ws, ymd(2024, 12, 31)).active[0] == 0);  // before the contract started
}

TEST_CASE("a touchpoint's outcome text says whether the customer responded") {
    CHECK(classify_outcome("positive") == TouchpointResponse::responded);
    CHECK(classify_outcome("Escalation") == TouchpointResponse::responded);
    CHECK(classify_outcome("no response") == TouchpointResponse::no_response);
    CHECK(classify_outcome("Called twice, NO ANSWER.") == TouchpointResponse::no_response);
    CHECK(classify_outcome("no-show") == TouchpointResponse::no_response);
    CHECK(classify_outcome("  sent ") == TouchpointResponse::unknown);
    CHECK(classify_outcome("") == TouchpointResponse::unknown);
}
