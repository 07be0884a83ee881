// The analysis in steps (core/analysis_job.hpp): the health inputs computed in slices from the series
// the analysis lends them equal those computed in one call with a series of their own, and the
// progress only moves forward.
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "core/analysis_job.hpp"
#include "core/demo_generator.hpp"
#include "step_job.hpp"

using namespace retain;

namespace {

// Runs the job, checking each step has an activity to show.
int run(AnalysisJob& job) {
    return test::run_in_steps(job, [](const AnalysisJob& j) { CHECK(std::strlen(j.activity()) > 0); });
}

void check_same_inputs(const HealthInputs& a, const HealthInputs& b) {
    REQUIRE(a.rows == b.rows);
    CHECK(a.present == b.present);
    CHECK(a.active == b.active);
    for (size_t i = 0; i < kHealthInputCount; ++i)
        for (size_t r = 0; r < a.rows; ++r)
            if (a.present[r] & input_bit(HealthInput(i))) CHECK(a.values[i][r] == b.values[i][r]);
}

}  // namespace

TEST_CASE("the analysis in steps lends its revenue series to the health inputs and gets it back") {
    const Workspace ws = generate_demo();
    AnalysisJob job(ws, Date::from_ymd(2030, 1, 1));
    run(job);
    const Analysis a = job.take();
    CHECK(a.as_of == ws.settings.as_of);  // the workspace's own date wins over today
    const MrrSeries series = build_mrr_series(ws, a.as_of);
    CHECK(a.mrr.first == series.first);
    CHECK(a.mrr.cells == series.cells);
    check_same_inputs(a.health_inputs, compute_health_inputs(ws, a.as_of));
    CHECK(a.active_accounts + a.churned_accounts == int32_t(ws.accounts.size()));
}

TEST_CASE("a large book's health inputs come in slices that add up to the whole") {
    // 20,000 accounts, each with one usage sample: three slices of health inputs.
    Workspace ws;
    ws.settings.as_of = Date::from_ymd(2026, 6, 30);
    for (int i = 0; i < 20000; ++i) {
        Account acc;
        acc.id = "A" + std::to_string(i);
        acc.seats = 10;
        ws.accounts.push_back(acc);
        UsageSample u;
        u.account = AccountIx(i);
        u.date = Date::from_ymd(2026, 6, 1 + i % 28);
        u.active_users = i % 11;
        ws.usage.push_back(u);
    }
    ws.sort_rows();
    ws.reindex();
    AnalysisJob job(ws, Date::from_ymd(2030, 1, 1));
    CHECK(run(job) >= 9);  // six stages and three slices
    const Analysis a = job.take();
    check_same_inputs(a.health_inputs, compute_health_inputs(ws, a.as_of));
    CHECK(a.health.score.size() == ws.accounts.size());
}
