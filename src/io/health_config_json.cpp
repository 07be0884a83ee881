// Health and metric settings as JSON (health_config_json.hpp). A small reader with a path for every
// message, like the preset reader: these objects are few and small, so an nlohmann tree is fine here.
#include "io/health_config_json.hpp"

#include <cmath>
#include <initializer_list>
#include <nlohmann/json.hpp>

#include "io/json_date.hpp"
#include "io/json_object_reader.hpp"

namespace retain {
namespace {

using Json = nlohmann::json;

using json_read::Reader;

Json scheme_to_json(const Scheme& s) {
    Json j{{"kind", to_string(s.kind)}, {"direction", to_string(s.direction)}};
    if (s.kind == SchemeKind::linear) {
        j["low"] = s.low;
        j["high"] = s.high;
    } else {
        j["yellow_at"] = s.yellow_at;
        j["green_at"] = s.green_at;
        j["red_score"] = s.red_score;
        j["yellow_score"] = s.yellow_score;
        j["green_score"] = s.green_score;
    }
    return j;
}

bool read_scheme(Reader& r, const Json& j, const std::string& where, Scheme& out) {
    if (!r.object(j, where, {"kind", "direction", "low", "high", "yellow_at", "green_at", "red_score", "yellow_score",
                             "green_score"}))
        return false;
    Scheme s;
    if (!r.choice(j, "kind", where, s.kind) || !r.choice(j, "direction", where, s.direction) ||
        !r.number(j, "low", where, s.low) || !r.number(j, "high", where, s.high) ||
        !r.number(j, "yellow_at", where, s.yellow_at) || !r.number(j, "green_at", where, s.green_at) ||
        !r.number(j, "red_score", where, s.red_score) || !r.number(j, "yellow_score", where, s.yellow_score) ||
        !r.number(j, "green_score", where, s.green_score))
        return false;
    const std::string problem = scheme_problem(s);
    if (!problem.empty()) return r.fail(where, problem);
    out = s;
    return true;
}

bool read_measure(Reader& r, const Json& j, const std::string& where, Measure& out) {
    if (!r.object(j, where, {"id", "group", "label", "weight", "enabled", "scheme"})) return false;
    Measure m;
    if (!r.text(j, "id", where, m.id) || !r.choice(j, "group", where, m.group) || !r.text(j, "label", where, m.label) ||
        !r.number(j, "weight", where, m.weight) || !r.flag(j, "enabled", where, m.enabled))
        return false;
    HealthInput input{};
    if (!find_health_input(m.id, input)) return r.fail(Reader::at(where, "id"), "unknown measure \"" + m.id + "\"");
    const auto scheme = j.find("scheme");
    if (scheme == j.end()) return r.fail(Reader::at(where, "scheme"), "missing");
    if (!read_scheme(r, *scheme, Reader::at(where, "scheme"), m.scheme)) return false;
    out = std::move(m);
    return true;
}

}  // namespace

Json scorecard_to_json(const Scorecard& sc) {
    Json groups = Json::object();
    for (int g = 0; g < kMeasureGroupCount; ++g) groups[to_string(MeasureGroup(g))] = sc.group_weights[size_t(g)];
    Json measures = Json::array();
    for (const Measure& m : sc.measures)
        measures.push_back({{"id", m.id}, {"group", to_string(m.group)}, {"label", m.label}, {"weight", m.weight},
                            {"enabled", m.enabled}, {"scheme", scheme_to_json(m.scheme)}});
    return {{"thresholds", {{"red_below", sc.thresholds.red_below}, {"green_from", sc.thresholds.green_from}}},
            {"group_weights", groups},
            {"measures", measures}};
}

bool scorecard_from_json(const Json& j, const std::string& where, Scorecard& out, std::string& error) {
    Reader r{error};
    if (!r.object(j, where, {"thresholds", "group_weights", "measures"})) return false;
    Scorecard sc;
    if (const auto t = j.find("thresholds"); t != j.end()) {
        const std::string at = Reader::at(where, "thresholds");
        if (!r.object(*t, at, {"red_below", "green_from"}) || !r.number(*t, "red_below", at, sc.thresholds.red_below) ||
            !r.number(*t, "green_from", at, sc.thresholds.green_from))
            return false;
    }
    if (const auto g = j.find("group_weights"); g != j.end()) {
        const std::string at = Reader::at(where, "group_weights");
        if (!r.object(*g, at, {"usage", "engagement", "support", "sentiment", "relationship", "commercial"})) return false;
        for (int k = 0; k < kMeasureGroupCount; ++k)
            if (!r.number(*g, to_string(MeasureGroup(k)), at, sc.group_weights[size_t(k)])) return false;
    }
    const auto measures = j.find("measures");
    const std::string at = Reader::at(where, "measures");
    if (measures == j.end()) return r.fail(at, "missing");
    if (!measures->is_array()) return r.fail(at, std::string("expected a list, got ") + measures->type_name());
    sc.measures.resize(measures->size());
    for (size_t i = 0; i < measures->size(); ++i)
        if (!read_measure(r, (*measures)[i], at + "[" + std::to_string(i) + "]", sc.measures[i])) return false;
    const std::string problem = scorecard_problem(sc);
    if (!problem.empty()) return r.fail(where, problem);
    out = std::move(sc);
    return true;
}

Json health_override_to_json(const HealthOverride& o) {
    return {{"account", o.account_id}, {"color", to_string(o.color)}, {"reason", o.reason}, {"author", o.author},
            {"created", date_or_null(o.created)},
            {"expires", date_or_null(o.expires)}};
}

bool health_override_from_json(const Json& j, const std::string& where, HealthOverride& out, std::string& error) {
    Reader r{error};
    if (!r.object(j, where, {"account", "color", "reason", "author", "created", "expires"})) return false;
    HealthOverride o;
    if (!r.text(j, "account", where, o.account_id) || !r.choice(j, "color", where, o.color) ||
        !r.text(j, "reason", where, o.reason) || !r.text(j, "author", where, o.author) ||
        !r.date(j, "created", where, o.created) || !r.date(j, "expires", where, o.expires))
        return false;
    if (o.account_id.empty()) return r.fail(Reader::at(where, "account"), "an override names its account");
    const std::string problem = override_problem(o);
    if (!problem.empty()) return r.fail(where, problem);
    out = std::move(o);
    return true;
}

Json metric_settings_to_json(const MetricSettings& s) {
    return {{"gross_margin_pct", s.gross_margin_pct},
            {"cs_team_cost_per_year", s.cs_team_cost_per_year.minor},
            {"baseline_annual_churn_bp", s.baseline_annual_churn_bp}};
}

bool metric_settings_from_json(const Json& j, const std::string& where, MetricSettings& out, std::string& error) {
    Reader r{error};
    if (!r.object(j, where, {"gross_margin_pct", "cs_team_cost_per_year", "baseline_annual_churn_bp"})) return false;
    MetricSettings s;
    int64_t margin = s.gross_margin_pct, cost = s.cs_team_cost_per_year.minor, churn = s.baseline_annual_churn_bp;
    if (!r.whole(j, "gross_margin_pct", where, 0, 100, margin) ||
        !r.whole(j, "cs_team_cost_per_year", where, 0, int64_t(1) << 50, cost) ||
        !r.whole(j, "baseline_annual_churn_bp", where, 0, 10000, churn))
        return false;
    s.gross_margin_pct = int32_t(margin);
    s.cs_team_cost_per_year = Money(cost);
    s.baseline_annual_churn_bp = int32_t(churn);
    out = s;
    return true;
}

}  // namespace retain
