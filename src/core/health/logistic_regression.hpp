// Logistic regression by Newton's method (iteratively reweighted least squares), for proposing health
// weights from the backtest: P(churn | x) = 1 / (1 + exp(-(b0 + b . x))). Small k (one column per
// measure), any n; an optional L2 penalty keeps the fit finite when a measure separates perfectly.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace retain {

struct LogisticModel {
    double intercept = 0;
    std::vector<double> coefficients;  // one per column
    int32_t iterations = 0;
    bool converged = false;  // the largest Newton step fell below 1e-8
};

// x: row-major, n rows x k columns (n = y.size()). Minimises the negative log-likelihood
// + l2 / 2 x |b|^2 (the intercept is not penalised).
LogisticModel fit_logistic(const std::vector<double>& x, size_t k, const std::vector<uint8_t>& y,
                           double l2 = 0, int32_t max_iterations = 50);

double predict_logistic(const LogisticModel& model, const double* row);  // probability 0-1

}  // namespace retain
