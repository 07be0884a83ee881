// Runs a job that works in steps (analysis_job.hpp, backtest_evaluation.hpp) to its end, checking what
// every such job promises a progress bar: progress only moves forward and ends at 1.
#pragma once
#include <doctest/doctest.h>

namespace retain::test {

// Returns the steps taken; before_each(job) is called before every step.
template <typename Job, typename BeforeEach = void (*)(const Job&)>
int run_in_steps(Job& job, BeforeEach before_each = [](const Job&) {}) {
    double last = 0;
    int steps = 0;
    while (!job.done()) {
        before_each(job);
        job.step();
        ++steps;
        CHECK(job.progress() >= last);
        last = job.progress();
    }
    CHECK(job.progress() == doctest::Approx(1.0));
    return steps;
}

}  // namespace retain::test
