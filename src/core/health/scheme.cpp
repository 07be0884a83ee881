#include "core/health/scheme.hpp"

#include <algorithm>

#include "core/enum_names.hpp"

namespace retain {
namespace {
const char* const kSchemeKindNames[] = {"bands", "linear"};
const char* const kDirectionNames[] = {"higher_is_better", "lower_is_better"};
}  // namespace

double scheme_score(const Scheme& s, double raw) {
    const bool higher = s.direction == Direction::higher_is_better;
    if (s.kind == SchemeKind::bands) {
        const bool green = higher ? raw >= s.green_at : raw <= s.green_at;
        const bool yellow = higher ? raw >= s.yellow_at : raw <= s.yellow_at;
        return green ? s.green_score : yellow ? s.yellow_score : s.red_score;
    }
    if (!(s.high > s.low)) return (higher ? raw >= s.low : raw <= s.low) ? 100.0 : 0.0;
    const double t = std::min(1.0, std::max(0.0, (raw - s.low) / (s.high - s.low)));
    return 100.0 * (higher ? t : 1.0 - t);
}

std::string scheme_problem(const Scheme& s) {
    if (s.kind == SchemeKind::linear) return s.low < s.high ? "" : "linear range: low must be below high";
    const bool higher = s.direction == Direction::higher_is_better;
    if (higher ? s.yellow_at > s.green_at : s.yellow_at < s.green_at)
        return "bands: the yellow cut-off must come before the green one";
    for (double v : {s.red_score, s.yellow_score, s.green_score})
        if (!(v >= 0 && v <= 100)) return "bands: band scores must lie in 0-100";
    return "";
}

const char* to_string(SchemeKind k) { return kSchemeKindNames[int(k)]; }
const char* to_string(Direction d) { return kDirectionNames[int(d)]; }
bool parse_enum(const std::string& text, SchemeKind& out) { return parse_enum_name(kSchemeKindNames, text, out); }
bool parse_enum(const std::string& text, Direction& out) { return parse_enum_name(kDirectionNames, text, out); }

}  // namespace retain
