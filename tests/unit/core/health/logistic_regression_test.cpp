// Logistic regression (core/health/logistic_regression.hpp) against answers worked out by hand.
#include <doctest/doctest.h>

#include <cmath>

#include "core/health/logistic_regression.hpp"

using namespace retain;

TEST_CASE("with one binary feature the fit recovers the two groups' log-odds") {
    // x = 0: 8 of 10 churn (log-odds ln 4); x = 1: 2 of 10 churn (log-odds -ln 4). Unpenalised, the
    // maximum-likelihood fit reproduces both rates: intercept ln 4, coefficient -2 ln 4.
    std::vector<double> x;
    std::vector<uint8_t> y;
    for (int i = 0; i < 10; ++i) { x.push_back(0); y.push_back(i < 8 ? 1 : 0); }
    for (int i = 0; i < 10; ++i) { x.push_back(1); y.push_back(i < 2 ? 1 : 0); }
    const LogisticModel m = fit_logistic(x, 1, y);
    CHECK(m.converged);
    CHECK(m.intercept == doctest::Approx(std::log(4.0)).epsilon(1e-6));
    CHECK(m.coefficients[0] == doctest::Approx(-2 * std::log(4.0)).epsilon(1e-6));
    const double zero = 0, one = 1;
    CHECK(predict_logistic(m, &zero) == doctest::Approx(0.8));
    CHECK(predict_logistic(m, &one) == doctest::Approx(0.2));
}

TEST_CASE("the fit finds the feature that carries the signal and gives noise no weight") {
    // Churn falls with feature 0 (a health score: 4 of 5 churn at 0, none at 1); feature 1 takes 0 and 1
    // equally often in every (feature 0, churn) cell, so it carries no information: its coefficient is 0.
    std::vector<double> x;
    std::vector<uint8_t> y;
    const double levels[] = {0, 0.25, 0.5, 0.75, 1};
    const int churners_of_five[] = {4, 3, 2, 1, 0};
    for (int l = 0; l < 5; ++l)
        for (int noise = 0; noise < 2; ++noise)
            for (int i = 0; i < 5; ++i) {
                x.push_back(levels[l]);
                x.push_back(noise);
                y.push_back(i < churners_of_five[l] ? 1 : 0);
            }
    const LogisticModel m = fit_logistic(x, 2, y, 0.0);
    CHECK(m.converged);
    CHECK(m.coefficients[0] < -3);  // a strong protective signal
    CHECK(m.coefficients[1] == doctest::Approx(0).epsilon(1e-9).scale(1));
}

TEST_CASE("an L2 penalty keeps a perfectly separating feature finite") {
    std::vector<double> x = {0, 0, 0, 1, 1, 1};
    std::vector<uint8_t> y = {1, 1, 1, 0, 0, 0};
    const LogisticModel m = fit_logistic(x, 1, y, 1.0);
    CHECK(std::isfinite(m.coefficients[0]));
    CHECK(m.coefficients[0] < 0);
}
