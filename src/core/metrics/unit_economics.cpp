#include "core/metrics/unit_economics.hpp"

#include <algorithm>
#include <cmath>

namespace retain {

std::optional<Money> lifetime_value(std::optional<double> arpa_minor, std::optional<double> monthly_logo_churn_rate,
                                    int32_t gross_margin_pct) {
    if (!arpa_minor || !monthly_logo_churn_rate || *monthly_logo_churn_rate <= 0) return std::nullopt;
    const double margin = double(std::clamp(gross_margin_pct, 0, 100)) / 100.0;
    return Money(std::llround(*arpa_minor * margin / *monthly_logo_churn_rate));
}

std::optional<double> quick_ratio(const MovementSums& moves) {
    return ratio_of(double(moves.gained().minor), double(moves.lost().minor));
}

}  // namespace retain
