#include "core/health/logistic_regression.hpp"

#include <algorithm>
#include <cmath>

namespace retain {
namespace {

double sigmoid(double z) { return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z)); }

// Solves a x = b in place (a: m x m row-major) by Gaussian elimination with partial pivoting; false
// when the matrix is singular.
bool solve(std::vector<double>& a, std::vector<double>& b, size_t m) {
    for (size_t col = 0; col < m; ++col) {
        size_t pivot = col;
        for (size_t r = col + 1; r < m; ++r)
            if (std::fabs(a[r * m + col]) > std::fabs(a[pivot * m + col])) pivot = r;
        if (std::fabs(a[pivot * m + col]) < 1e-12) return false;
        if (pivot != col) {
            for (size_t c = 0; c < m; ++c) std::swap(a[col * m + c], a[pivot * m + c]);
            std::swap(b[col], b[pivot]);
        }
        for (size_t r = col + 1; r < m; ++r) {
            const double f = a[r * m + col] / a[col * m + col];
            if (f == 0) continue;
            for (size_t c = col; c < m; ++c) a[r * m + c] -= f * a[col * m + c];
            b[r] -= f * b[col];
        }
    }
    for (size_t r = m; r-- > 0;) {
        double s = b[r];
        for (size_t c = r + 1; c < m; ++c) s -= a[r * m + c] * b[c];
        b[r] = s / a[r * m + r];
    }
    return true;
}

}  // namespace

double predict_logistic(const LogisticModel& model, const double* row) {
    double z = model.intercept;
    for (size_t j = 0; j < model.coefficients.size(); ++j) z += model.coefficients[j] * row[j];
    return sigmoid(z);
}

LogisticFitter::LogisticFitter(const std::vector<double>& x, size_t k, const std::vector<uint8_t>& y, double l2,
                               int32_t max_iterations)
    : x_(x), y_(y), k_(k), l2_(l2), max_iterations_(max_iterations) {
    model_.coefficients.assign(k, 0.0);
    const size_t m = k + 1;  // parameter 0 is the intercept
    beta_.assign(m, 0.0);
    gradient_.resize(m);
    hessian_.resize(m * m);
    row_.resize(m);
    done_ = y.empty() || x.size() < y.size() * k || max_iterations <= 0;
}

void LogisticFitter::step() {
    if (done_) return;
    const size_t k = k_, m = k + 1, n = y_.size();
    std::vector<double>& gradient = gradient_;
    std::vector<double>& hessian = hessian_;
    std::vector<double>& beta = beta_;
    std::vector<double>& row = row_;
    ++model_.iterations;
    std::fill(gradient.begin(), gradient.end(), 0.0);
    std::fill(hessian.begin(), hessian.end(), 0.0);
    for (size_t i = 0; i < n; ++i) {
        row[0] = 1.0;
        for (size_t j = 0; j < k; ++j) row[j + 1] = x_[i * k + j];
        double z = 0;
        for (size_t j = 0; j < m; ++j) z += beta[j] * row[j];
        const double p = sigmoid(z);
        const double w = p * (1 - p);
        const double residual = (y_[i] ? 1.0 : 0.0) - p;
        for (size_t a = 0; a < m; ++a) {
            gradient[a] += residual * row[a];
            for (size_t b = a; b < m; ++b) hessian[a * m + b] += w * row[a] * row[b];
        }
    }
    for (size_t a = 0; a < m; ++a)
        for (size_t b = 0; b < a; ++b) hessian[a * m + b] = hessian[b * m + a];
    for (size_t j = 1; j < m; ++j) {  // the L2 penalty, not on the intercept
        gradient[j] -= l2_ * beta[j];
        hessian[j * m + j] += l2_;
    }
    // Newton step: beta += H^-1 g (g is the gradient of the log-likelihood, H its negated Hessian).
    if (!solve(hessian, gradient, m)) {
        done_ = true;
        return;
    }
    double largest = 0;
    for (size_t j = 0; j < m; ++j) {
        beta[j] += gradient[j];
        largest = std::max(largest, std::fabs(gradient[j]));
    }
    model_.intercept = beta[0];
    for (size_t j = 0; j < k; ++j) model_.coefficients[j] = beta[j + 1];
    if (largest < 1e-8) model_.converged = true;
    done_ = model_.converged || model_.iterations >= max_iterations_;
}

LogisticModel fit_logistic(const std::vector<double>& x, size_t k, const std::vector<uint8_t>& y, double l2,
                           int32_t max_iterations) {
    LogisticFitter fit(x, k, y, l2, max_iterations);
    while (!fit.done()) fit.step();
    return fit.model();
}

}  // namespace retain
