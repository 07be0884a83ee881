// Figures as text for the Overview and Revenue views: rates as percentages, changes in points, and "—"
// wherever a figure has no value (docs/metrics.md: never 0, never NaN).
#include <cmath>
#include <cstdio>

#include "app/views/views.hpp"

namespace retain {

const char* const kNoValueText = "\xE2\x80\x94";  // "—"

std::string format_rate(std::optional<double> ratio, int decimals) {
    if (!ratio || !std::isfinite(*ratio)) return kNoValueText;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f%%", decimals, *ratio * 100.0);
    return buf;
}

std::string format_number(std::optional<double> value, int decimals) {
    if (!value || !std::isfinite(*value)) return kNoValueText;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, *value);
    return buf;
}

std::string format_points_change(std::optional<double> now, std::optional<double> before) {
    if (!now || !before) return {};
    const double points = (*now - *before) * 100.0;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.1f pts", std::fabs(points) < 0.05 ? 0.0 : points);
    return buf;
}

std::string format_money_change(Money now, Money before, const std::string& currency) {
    const Money delta = now - before;
    std::string text = (delta.minor >= 0 ? "+" : "") + format_money_short(delta, currency);
    if (before.minor > 0) {
        char buf[32];
        std::snprintf(buf, sizeof buf, " (%+.0f%%)", 100.0 * double(delta.minor) / double(before.minor));
        text += buf;
    }
    return text;
}

std::string format_count_change(int64_t now, int64_t before) {
    return (now >= before ? "+" : "") + format_count(now - before);
}

}  // namespace retain
