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

// The fit one Newton iteration a step (each is a pass over the rows: at 200,000 rows a step is a few ms,
// the fit a hundred or more), so the app can run it between frames. x and y must outlive the fitter.
class LogisticFitter {
public:
    LogisticFitter(const std::vector<double>& x, size_t k, const std::vector<uint8_t>& y, double l2 = 0,
                   int32_t max_iterations = 50);
    void step();                       // one Newton iteration
    bool done() const { return done_; }
    int32_t max_iterations() const { return max_iterations_; }
    const LogisticModel& model() const { return model_; }  // the coefficients so far; the fit once done

private:
    const std::vector<double>& x_;
    const std::vector<uint8_t>& y_;
    size_t k_;
    double l2_;
    int32_t max_iterations_;
    bool done_ = false;
    std::vector<double> beta_, gradient_, hessian_, row_;
    LogisticModel model_;
};

// x: row-major, n rows x k columns (n = y.size()). Minimises the negative log-likelihood
// + l2 / 2 x |b|^2 (the intercept is not penalised). Runs a LogisticFitter to the end.
LogisticModel fit_logistic(const std::vector<double>& x, size_t k, const std::vector<uint8_t>& y,
                           double l2 = 0, int32_t max_iterations = 50);

double predict_logistic(const LogisticModel& model, const double* row);  // probability 0-1

}  // namespace retain
