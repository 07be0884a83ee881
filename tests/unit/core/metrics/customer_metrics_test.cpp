// Customer metrics: NPS, CSAT, CES (survey_metrics.hpp), adoption (adoption.hpp), time to value
// (time_to_value.hpp) and health distribution (health_distribution.hpp).
#include <doctest/doctest.h>

#include "core/metrics/adoption.hpp"
#include "core/metrics/health_distribution.hpp"
#include "core/metrics/survey_metrics.hpp"
#include "core/metrics/time_to_value.hpp"
#include "metrics_test_support.hpp"

using namespace retain;
using namespace retain::test;

namespace {

SurveyResponse response(AccountIx a, Date d, SurveyKind kind, int score) {
    SurveyResponse r;
    r.account = a;
    r.date = d;
    r.kind = kind;
    r.score = int8_t(score);
    return r;
}

UsageSample sample(AccountIx a, Date d, int32_t active, std::array<int32_t, kMaxKeyFeatures> uses) {
    UsageSample s;
    s.account = a;
    s.date = d;
    s.active_users = active;
    s.feature_uses = uses;
    return s;
}

}  // namespace

TEST_CASE("NPS is percent promoters minus percent detractors, with the counts") {
    Book b = make_book(ym(2026, 1), {{1}, {1}});
    const MonthRange q1{ym(2026, 1), ym(2026, 3)};
    // Account 0: 5 promoters and a detractor before the period (not counted); account 1: 3 passives,
    // 2 detractors and a score outside 0-10.
    b.ws.surveys = {response(0, ymd(2025, 12, 31), SurveyKind::nps, 0)};
    for (int score : {9, 10, 9, 10, 9}) b.ws.surveys.push_back(response(0, ymd(2026, 2, 1), SurveyKind::nps, score));
    for (int score : {7, 8, 7, 0, 6, 11}) b.ws.surveys.push_back(response(1, ymd(2026, 3, 31), SurveyKind::nps, score));
    const SurveySummary s = survey_summary(b.ws, index_account_rows(b.ws), all_accounts(b.ws), q1);
    CHECK(s.nps.promoters == 5);
    CHECK(s.nps.passives == 3);
    CHECK(s.nps.detractors == 2);
    CHECK(s.nps.invalid == 1);
    CHECK(s.nps.responses() == 10);
    REQUIRE(s.nps.nps().has_value());
    CHECK(*s.nps.nps() == doctest::Approx(30.0));  // 50% − 20%
}

TEST_CASE("CSAT is the share of 4-5 scores and CES the average effort score") {
    Book b = make_book(ym(2026, 1), {{1}});
    for (int score : {5, 4, 3, 2, 4}) b.ws.surveys.push_back(response(0, ymd(2026, 1, 10), SurveyKind::csat, score));
    for (int score : {7, 5, 3}) b.ws.surveys.push_back(response(0, ymd(2026, 1, 12), SurveyKind::ces, score));
    b.ws.surveys.push_back(response(0, ymd(2026, 1, 13), SurveyKind::ces, 0));  // outside 1-7
    const SurveySummary s = survey_summary(b.ws, index_account_rows(b.ws), all_accounts(b.ws), {ym(2026, 1), ym(2026, 1)});
    CHECK(s.csat.responses == 5);
    CHECK(s.csat.satisfied == 3);
    CHECK(*s.csat.csat() == doctest::Approx(0.6));
    CHECK(s.ces.responses == 3);
    CHECK(s.ces.invalid == 1);
    CHECK(*s.ces.average() == doctest::Approx(5.0));
}

TEST_CASE("survey metrics without responses have no value") {
    Book b = make_book(ym(2026, 1), {{1}});
    const SurveySummary s = survey_summary(b.ws, index_account_rows(b.ws), all_accounts(b.ws), {ym(2026, 1), ym(2026, 1)});
    CHECK_FALSE(s.nps.nps().has_value());
    CHECK_FALSE(s.csat.csat().has_value());
    CHECK_FALSE(s.ces.average().has_value());
}

TEST_CASE("adoption: active users over seats and the share of key features in use") {
    // April 2026 as of the 30th: the usage window is 3..30 April.
    Book b = make_book(ym(2026, 4), {{10}, {10}, {10}, {10}, {0}});
    Workspace& ws = b.ws;
    ws.key_features = {"Dashboards", "Reports", "API"};
    ws.accounts[0].seats = 10;
    ws.accounts[1].seats = 20;
    ws.accounts[2].seats = 0;  // no seats recorded
    ws.accounts[3].seats = 5;  // no usage at all
    ws.accounts[4].seats = 8;  // not paying in April
    ws.usage = {
        sample(0, ymd(2026, 3, 20), 10, {5, 5, 5}),  // before the window
        sample(0, ymd(2026, 4, 10), 4, {3, 0, 0}),
        sample(0, ymd(2026, 4, 24), 6, {2, 1, 0}),   // latest: 6 active users
        sample(1, ymd(2026, 4, 20), 10, {0, 0, 4}),
        sample(2, ymd(2026, 4, 21), 3, {1, 0, 0}),
        sample(4, ymd(2026, 4, 21), 8, {1, 1, 1}),
    };
    const AdoptionSummary a =
        adoption_summary(ws, index_account_rows(ws), b.series, all_accounts(ws), {ym(2026, 4), ym(2026, 4)}, ymd(2026, 4, 30));
    CHECK(a.from == ymd(2026, 4, 3));
    CHECK(a.to == ymd(2026, 4, 30));
    CHECK(a.customers == 4);
    CHECK(a.with_usage == 3);
    CHECK(a.no_usage_data == 1);
    CHECK(a.no_seats == 1);
    CHECK(a.active_users == 16);
    CHECK(a.seats == 30);
    CHECK(*a.seat_utilisation() == doctest::Approx(16.0 / 30.0));
    // Features in use: A0 uses Dashboards and Reports, A1 the API, A2 Dashboards: 4 of 3 × 3.
    CHECK(*a.feature_adoption() == doctest::Approx(4.0 / 9.0));
    CHECK(*a.feature_share(0) == doctest::Approx(2.0 / 3.0));
    CHECK(*a.feature_share(2) == doctest::Approx(1.0 / 3.0));
    CHECK_FALSE(a.feature_share(3).has_value());
}

TEST_CASE("adoption without usage data has no value") {
    Book b = make_book(ym(2026, 4), {{10}});
    b.ws.key_features = {"Dashboards"};
    b.ws.accounts[0].seats = 5;
    const AdoptionSummary a = adoption_summary(b.ws, index_account_rows(b.ws), b.series, all_accounts(b.ws),
                                               {ym(2026, 4), ym(2026, 4)}, ymd(2026, 4, 30));
    CHECK(a.customers == 1);
    CHECK(a.no_usage_data == 1);
    CHECK_FALSE(a.seat_utilisation().has_value());
    CHECK_FALSE(a.feature_adoption().has_value());
}

TEST_CASE("time to value: median, mean and distribution; unknown first-value dates counted apart") {
    Book b = make_book(ym(2026, 1), {{0}, {0}, {0}, {0}, {0}, {0}, {0}});
    Workspace& ws = b.ws;
    ws.accounts[0].contract_start = ymd(2026, 1, 1);
    ws.accounts[0].first_value = ymd(2026, 1, 11);  // 10 days
    ws.accounts[1].contract_start = ymd(2026, 2, 1);
    ws.accounts[1].first_value = ymd(2026, 3, 3);   // 30 days (February 2026 has 28)
    ws.accounts[2].contract_start = ymd(2026, 3, 1);
    ws.accounts[2].first_value = ymd(2026, 3, 21);  // 20 days
    ws.accounts[3].contract_start = ymd(2026, 4, 1);
    ws.accounts[3].first_value = ymd(2026, 7, 10);  // 100 days
    ws.accounts[4].contract_start = ymd(2026, 5, 1);  // no first-value date: unknown, not 0
    ws.accounts[5].contract_start = ymd(2026, 5, 10);
    ws.accounts[5].first_value = ymd(2026, 5, 1);   // before the start: invalid
    ws.accounts[6].contract_start = ymd(2025, 12, 1);  // started before the range
    ws.accounts[6].first_value = ymd(2025, 12, 2);

    const MonthRange h1{ym(2026, 1), ym(2026, 6)};
    const TimeToValueSummary t = time_to_value(ws, all_accounts(ws), h1);
    CHECK(t.started == 6);
    CHECK(t.reached == 4);
    CHECK(t.unknown == 1);
    CHECK(t.invalid == 1);
    REQUIRE(t.median_days.has_value());
    CHECK(*t.median_days == doctest::Approx(25.0));  // 10, 20, 30, 100: (20 + 30) / 2
    CHECK(*t.mean_days() == doctest::Approx(40.0));  // 160 / 4
    CHECK(t.buckets[1] == 1);  // 8-14: 10
    CHECK(t.buckets[2] == 2);  // 15-30: 20 and 30
    CHECK(t.buckets[5] == 1);  // 91-180: 100
    CHECK(t.buckets[0] + t.buckets[3] + t.buckets[4] + t.buckets[6] == 0);

    AccountFilter first_three;
    first_three.kind = AccountFilter::Kind::list;
    first_three.list = {2, 0, 1};
    const TimeToValueSummary odd = time_to_value(ws, select_accounts(ws, first_three), h1);
    CHECK(*odd.median_days == doctest::Approx(20.0));  // 10, 20, 30
}

TEST_CASE("time to value with no first-value dates has no median") {
    Book b = make_book(ym(2026, 1), {{0}});
    b.ws.accounts[0].contract_start = ymd(2026, 1, 5);
    const TimeToValueSummary t = time_to_value(b.ws, all_accounts(b.ws), {ym(2026, 1), ym(2026, 1)});
    CHECK(t.started == 1);
    CHECK(t.unknown == 1);
    CHECK_FALSE(t.median_days.has_value());
    CHECK_FALSE(t.mean_days().has_value());
}

TEST_CASE("TTV buckets end on days 7, 14, 30, 60, 90 and 180") {
    CHECK(ttv_bucket(0) == 0);
    CHECK(ttv_bucket(7) == 0);
    CHECK(ttv_bucket(8) == 1);
    CHECK(ttv_bucket(30) == 2);
    CHECK(ttv_bucket(180) == 5);
    CHECK(ttv_bucket(181) == 6);
}

TEST_CASE("health distribution counts each colour and shares of the scored accounts") {
    Book b = make_book(ym(2026, 1), {{0}, {0}, {0}, {0}, {0}, {0}});
    const std::vector<uint8_t> colors = {3, 3, 1, 2, 0, 9};  // 9 is not a colour: no score
    const HealthDistribution d = health_distribution(colors, all_accounts(b.ws));
    CHECK(d.count(kHealthGreen) == 2);
    CHECK(d.count(kHealthRed) == 1);
    CHECK(d.count(kHealthYellow) == 1);
    CHECK(d.count(kHealthNone) == 2);
    CHECK(d.scored() == 4);
    CHECK(*d.share(kHealthGreen) == doctest::Approx(0.5));
    const HealthDistribution none = health_distribution({}, all_accounts(b.ws));
    CHECK(none.count(kHealthNone) == 6);
    CHECK_FALSE(none.share(kHealthGreen).has_value());
}
