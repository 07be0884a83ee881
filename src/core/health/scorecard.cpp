#include "core/health/scorecard.hpp"

#include "core/enum_names.hpp"

namespace retain {
namespace {
const char* const kColorNames[] = {"none", "red", "yellow", "green"};
const char* const kColorLabels[] = {"Not scored", "Red", "Yellow", "Green"};

Measure from_catalogue(const MeasureInfo& info) {
    Measure m;
    m.id = info.id;
    m.group = info.group;
    m.label = info.label;
    m.scheme = info.scheme;
    m.weight = info.weight;
    m.enabled = info.enabled;
    return m;
}
}  // namespace

Scorecard default_scorecard() {
    Scorecard s;
    for (int i = 0; i < kHealthInputCount; ++i) s.measures.push_back(from_catalogue(measure_info(HealthInput(i))));
    // Usage and sentiment lead (the guides' first churn signal is falling usage); support and
    // engagement are noisier; commercial measures describe timing more than health, so they start off.
    s.group_weights[int(MeasureGroup::usage)] = 30;
    s.group_weights[int(MeasureGroup::engagement)] = 15;
    s.group_weights[int(MeasureGroup::support)] = 15;
    s.group_weights[int(MeasureGroup::sentiment)] = 20;
    s.group_weights[int(MeasureGroup::relationship)] = 20;
    s.group_weights[int(MeasureGroup::commercial)] = 10;
    return s;
}

bool add_measure(Scorecard& scorecard, const std::string& id) {
    HealthInput in;
    if (!find_health_input(id, in) || find_measure(scorecard, id)) return false;
    Measure m = from_catalogue(measure_info(in));
    m.enabled = true;  // added on purpose, so it counts
    scorecard.measures.push_back(std::move(m));
    return true;
}

bool remove_measure(Scorecard& scorecard, const std::string& id) {
    for (size_t i = 0; i < scorecard.measures.size(); ++i) {
        if (scorecard.measures[i].id != id) continue;
        scorecard.measures.erase(scorecard.measures.begin() + std::ptrdiff_t(i));
        return true;
    }
    return false;
}

Measure* find_measure(Scorecard& scorecard, const std::string& id) {
    for (Measure& m : scorecard.measures)
        if (m.id == id) return &m;
    return nullptr;
}

const Measure* find_measure(const Scorecard& scorecard, const std::string& id) {
    for (const Measure& m : scorecard.measures)
        if (m.id == id) return &m;
    return nullptr;
}

std::string scorecard_problem(const Scorecard& s) {
    InputMask seen = 0;
    bool counted = false;
    for (const Measure& m : s.measures) {
        HealthInput in;
        if (!find_health_input(m.id, in)) return "unknown measure \"" + m.id + "\"";
        if (seen & input_bit(in)) return "measure \"" + m.id + "\" is listed twice";
        seen |= input_bit(in);
        if (!(m.weight >= 0)) return "measure \"" + m.id + "\": the weight must be 0 or more";
        const std::string scheme = scheme_problem(m.scheme);
        if (!scheme.empty()) return "measure \"" + m.id + "\": " + scheme;
        counted = counted || (m.enabled && m.weight > 0 && s.group_weights[int(m.group)] > 0);
    }
    for (double w : s.group_weights)
        if (!(w >= 0)) return "group weights must be 0 or more";
    if (!(s.thresholds.red_below <= s.thresholds.green_from)) return "the red threshold must not exceed the green one";
    if (!counted) return "no measure counts: enable one with a weight above 0 in a group weighted above 0";
    return "";
}

HealthColor color_for(double score, const ColorThresholds& t) {
    return score < t.red_below ? HealthColor::red : score >= t.green_from ? HealthColor::green : HealthColor::yellow;
}

bool override_applies(const HealthOverride& o, Date as_of) {
    if (!o.expires.ok() || o.color == HealthColor::none) return false;
    return (!o.created.ok() || o.created <= as_of) && as_of < o.expires;
}

std::string override_problem(const HealthOverride& o) {
    if (o.account_id.empty()) return "an override needs an account";
    if (o.color == HealthColor::none) return "an override needs a color";
    if (o.reason.empty()) return "an override needs a reason";
    if (!o.expires.ok()) return "an override needs an expiry date";
    if (o.created.ok() && o.expires <= o.created) return "the expiry date must come after the day it is set";
    return "";
}

const char* to_string(HealthColor c) { return kColorNames[int(c)]; }
const char* color_label(HealthColor c) { return kColorLabels[int(c)]; }
bool parse_enum(const std::string& text, HealthColor& out) { return parse_enum_name(kColorNames, text, out); }

}  // namespace retain
