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

LogisticModel fit_logistic(const std::vector<double>& x, size_t k, const std::vector<uint8_t>& y, double l2,
                           int32_t max_iterations) {
    LogisticModel model;
    model.coefficients.assign(k, 0.0);
    const size_t n = y.size();
    if (n == 0 || x.size() < n * k) return model;
    const size_t m = k + 1;  // parameter 0 is the intercept
    std::vector<double> beta(m, 0.0), gradient(m), hessian(m * m), row(m);
    for (model.iterations = 1; model.iterations <= max_iterations; ++model.iterations) {
        std::fill(gradient.begin(), gradient.end(), 0.0);
        std::fill(hessian.begin(), hessian.end(), 0.0);
        for (size_t i = 0; i < n; ++i) {
            row[0] = 1.0;
            for (size_t j = 0; j < k; ++j) row[j + 1] = x[i * k + j];
            double z = 0;
            for (size_t j = 0; j < m; ++j) z += beta[j] * row[j];
            const double p = sigmoid(z);
            const double w = p * (1 - p);
            const double residual = (y[i] ? 1.0 : 0.0) - p;
            for (size_t a = 0; a < m; ++a) {
                gradient[a] += residual * row[a];
                for (size_t b = a; b < m; ++b) hessian[a * m + b] += w * row[a] * row[b];
            }
        }
        for (size_t a = 0; a < m; ++a)
            for (size_t b = 0; b < a; ++b) hessian[a * m + b] = hessian[b * m + a];
        for (size_t j = 1; j < m; ++j) {  // the L2 penalty, not on the intercept
            gradient[j] -= l2 * beta[j];
            hessian[j * m + j] += l2;
        }
        // Newton step: beta += H^-1 g (g is the gradient of the log-likelihood, H its negated Hessian).
        if (!solve(hessian, gradient, m)) break;
        double largest = 0;
        for (size_t j = 0; j < m; ++j) {
            beta[j] += gradient[j];
            largest = std::max(largest, std::fabs(gradient[j]));
        }
        if (largest < 1e-8) {
            model.converged = true;
            break;
        }
    }
    model.iterations = std::min(model.iterations, max_iterations);
    model.intercept = beta[0];
    for (size_t j = 0; j < k; ++j) model.coefficients[j] = beta[j + 1];
    return model;
}

}  // namespace retain
