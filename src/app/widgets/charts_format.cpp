// The charts' pure parts: value formats, month labels, nice ticks, waterfall bars. No ImGui calls, so
// they are tested with plain numbers.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/widgets/charts.hpp"
#include "core/money.hpp"

namespace retain {
namespace {

// Rounding leaves -0.0 and 1e-17 around zero; both must print as "0".
double tidy(double v) { return std::fabs(v) < 1e-9 ? 0.0 : v; }

bool is_integral(double v) { return std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 9e15; }

std::string printf_text(const char* fmt, double v) {
    char buf[48];
    std::snprintf(buf, sizeof buf, fmt, v);
    return buf;
}

// "12.5K", "20K", "3.1M": one decimal, dropped when it is zero.
std::string compact(double v, double unit, const char* suffix) {
    const double scaled = std::round(v / unit * 10.0) / 10.0;
    std::string text = printf_text(is_integral(scaled) ? "%.0f" : "%.1f", scaled);
    return text + suffix;
}

std::string plain_number(double v, bool exact, const void*) {
    v = tidy(v);
    if (is_integral(v)) return format_count(int64_t(std::llround(v)));
    return printf_text(exact ? "%.2f" : "%.3g", v);
}

std::string count_text(double v, bool exact, const void*) {
    v = tidy(v);
    const double a = std::fabs(v);
    if (!exact && a >= 1e6) return compact(v, 1e6, "M");
    if (!exact && a >= 1e4) return compact(v, 1e3, "K");
    if (is_integral(v)) return format_count(int64_t(std::llround(v)));
    return printf_text(exact ? "%.2f" : "%.1f", v);
}

std::string percent_text(double v, bool exact, const void*) {
    // Rounded half away from zero like format_money_short; printf alone would round 12.5 to even ("12%").
    const double pct = tidy(v * 100.0);
    const double tenths = tidy(std::round(pct * 10.0) / 10.0);
    if (exact) return printf_text("%.1f%%", tenths);
    // Short is whole percents ("97%", what a heatmap cell has room for); below 10% a fraction matters
    // ("2.5%" on a churn axis), so it keeps one decimal there.
    const bool whole = std::fabs(pct) >= 10 || std::fabs(pct - std::round(pct)) < 0.05;
    return whole ? printf_text("%.0f%%", tidy(std::round(pct))) : printf_text("%.1f%%", tenths);
}

std::string money_text(double v, bool exact, const void* user) {
    const std::string& currency = *static_cast<const std::string*>(user);
    const Money m(std::llround(tidy(v)));
    return exact ? format_money(m, currency) : format_money_short(m, currency);
}

}  // namespace

std::string ValueFormat::operator()(double value, bool exact) const {
    return fn ? fn(value, exact, user) : plain_number(value, exact, nullptr);
}

ValueFormat number_format() { return {plain_number, nullptr}; }
ValueFormat count_format() { return {count_text, nullptr}; }
ValueFormat percent_format() { return {percent_text, nullptr}; }
ValueFormat money_format(const std::string& currency) { return {money_text, &currency}; }

void MonthLabels::build(Month first, int count) {
    static const char* const kNames[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    text.clear();
    ptrs.clear();
    for (int i = 0; i < count; ++i) {
        const Month m = first.plus(i);
        char buf[16];
        std::snprintf(buf, sizeof buf, "%s %02d", kNames[m.month() - 1], ((m.year() % 100) + 100) % 100);
        text.emplace_back(buf);
    }
    // Pointers only after every string is in place: emplace_back may move the strings.
    for (const std::string& t : text) ptrs.push_back(t.c_str());
}

Ticks nice_ticks(double lo, double hi, int target_count) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0, hi = 1;
    if (lo > hi) std::swap(lo, hi);
    if (hi == lo) {
        // One value: give it room either side (or 0..1 for zero) so it sits inside the axis.
        const double pad = lo == 0 ? 1.0 : std::fabs(lo) * 0.1;
        hi = lo + pad;
        lo = lo == 0 ? 0 : lo - pad;
    }
    const int target = std::max(1, target_count);
    const double raw = (hi - lo) / target;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    // The tolerance keeps 2.0000000000000004 (log/pow round-off) at 2 rather than jumping to 5.
    const double nice = norm <= 1 + 1e-9 ? 1 : norm <= 2 + 1e-9 ? 2 : norm <= 5 + 1e-9 ? 5 : 10;
    Ticks t;
    t.step = nice * magnitude;
    t.first = std::floor(lo / t.step + 1e-9) * t.step;
    const double last = std::ceil(hi / t.step - 1e-9) * t.step;
    t.count = int(std::llround((last - t.first) / t.step)) + 1;
    return t;
}

double waterfall_bars(double start, const WaterfallStep* steps, int count, WaterfallBar* out) {
    double total = std::isfinite(start) ? start : 0.0;
    out[0] = {std::min(0.0, total), std::max(0.0, total)};
    for (int i = 0; i < count; ++i) {
        const double d = std::isfinite(steps[i].delta) ? steps[i].delta : 0.0;
        out[i + 1] = {std::min(total, total + d), std::max(total, total + d)};
        total += d;
    }
    out[count + 1] = {std::min(0.0, total), std::max(0.0, total)};
    return total;
}

}  // namespace retain
