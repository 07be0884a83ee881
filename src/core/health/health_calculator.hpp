// The health score calculator: a hypothetical customer's raw values through the very engine real accounts
// go through (score_health and explain_health over a one-row input table), so "what would this customer
// score?" never has a second formula. The Health view's Calculator tab and `health.calculate` use it.
#pragma once
#include <array>

#include "core/health/health_explain.hpp"

namespace retain {

struct CalculatorInput {
    std::array<double, kHealthInputCount> raw{};  // by HealthInput, in the measure's units (measure_catalogue.hpp)
    InputMask present = 0;                         // which raw values are known; the rest are missing
    size_t key_features = 5;                       // for "3 of 5 key features used"
};

HealthExplanation calculate_health(const Scorecard& scorecard, const CalculatorInput& input);

// A real account's inputs as a starting point (its missing inputs stay missing).
CalculatorInput calculator_input_of(const HealthInputs& inputs, AccountIx account, size_t key_features);

}  // namespace retain
