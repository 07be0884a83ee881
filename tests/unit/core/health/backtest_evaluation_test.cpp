// The backtest's evaluation and weights proposal in steps (core/health/backtest_evaluation.hpp): the
// same figures as the one-call functions, and a progress that only moves forward.
#include <doctest/doctest.h>

#include "core/demo_generator.hpp"
#include "core/health/backtest_evaluation.hpp"
#include "step_job.hpp"

using namespace retain;

using test::run_in_steps;

TEST_CASE("the evaluation in steps gives the report and proposal of evaluate_backtest and propose_weights") {
    const Workspace ws = generate_demo();
    const BacktestSamples samples = collect_backtest_samples(ws, ws.settings.as_of);
    const Scorecard scorecard = default_scorecard();
    BacktestEvaluationJob job(samples, scorecard);
    const int steps = run_in_steps(job);
    CHECK(steps > 6);  // scoring, ranking, one step per Newton iteration, ...

    const BacktestReport whole = evaluate_backtest(samples, scorecard);
    const BacktestReport& r = job.report();
    CHECK(r.samples == whole.samples);
    CHECK(r.churned == whole.churned);
    CHECK(r.auc == doctest::Approx(whole.auc));
    CHECK(r.red.true_positives == whole.red.true_positives);
    REQUIRE(r.lift.size() == whole.lift.size());
    for (size_t b = 0; b < r.lift.size(); ++b) CHECK(r.lift[b].positives == whole.lift[b].positives);
    for (size_t c = 0; c < 4; ++c) CHECK(r.by_color[c].churned == whole.by_color[c].churned);

    const WeightProposal once = propose_weights(samples, scorecard);
    const WeightProposal& p = job.proposal();
    REQUIRE(once.ok);
    REQUIRE(p.ok);
    CHECK(p.model.iterations == once.model.iterations);
    REQUIRE(p.measures.size() == once.measures.size());
    for (size_t m = 0; m < p.measures.size(); ++m) CHECK(p.measures[m].proposed_share == once.measures[m].proposed_share);
    CHECK(p.auc_current == doctest::Approx(once.auc_current));
    CHECK(p.auc_proposed == doctest::Approx(once.auc_proposed));
    CHECK(p.holdout_auc_current == doctest::Approx(once.holdout_auc_current));
    CHECK(p.holdout_auc_proposed == doctest::Approx(once.holdout_auc_proposed));
    CHECK(p.holdout_samples == once.holdout_samples);
}

TEST_CASE("a scorecard the fit cannot use still gets its report, and the proposal says why") {
    const Workspace ws = generate_demo(DemoOptions{60});
    const BacktestSamples samples = collect_backtest_samples(ws, ws.settings.as_of);
    Scorecard none = default_scorecard();
    for (Measure& m : none.measures) m.weight = 0;
    BacktestEvaluationJob job(samples, none);
    run_in_steps(job);
    CHECK(job.report().samples == int32_t(samples.size()));
    CHECK_FALSE(job.proposal().ok);
    CHECK(job.proposal().note == propose_weights(samples, none).note);
    CHECK_FALSE(job.proposal().note.empty());
}
