// Segment rules and team settings as JSON (team_config_json.hpp), read with the checked reader the
// health settings use (json_object_reader.hpp).
#include "io/team_config_json.hpp"

#include <nlohmann/json.hpp>

#include "io/json_object_reader.hpp"

namespace retain {
namespace {

using Json = nlohmann::json;
using json_read::Reader;

constexpr int64_t kBoundLimit = int64_t(1) << 52;  // exact in a double, so the page's JSON keeps it

Json condition_to_json(const SegmentCondition& c) {
    Json j{{"field", to_string(c.field)}};
    if (c.field == ConditionField::custom) j["key"] = c.key;
    if (c.has_min) j["min"] = c.min;
    if (c.has_max) j["max"] = c.max;
    if (!c.any_of.empty()) j["any_of"] = c.any_of;
    return j;
}

bool read_condition(Reader& r, const Json& j, const std::string& where, SegmentCondition& out) {
    if (!r.object(j, where, {"field", "key", "min", "max", "any_of"})) return false;
    SegmentCondition c;
    if (!j.contains("field")) return r.fail(Reader::at(where, "field"), "missing");
    if (!r.choice(j, "field", where, c.field) || !r.text(j, "key", where, c.key)) return false;
    c.has_min = j.contains("min");
    c.has_max = j.contains("max");
    if (!r.whole(j, "min", where, -kBoundLimit, kBoundLimit, c.min) || !r.whole(j, "max", where, -kBoundLimit, kBoundLimit, c.max))
        return false;
    if (const auto list = j.find("any_of"); list != j.end()) {
        const std::string at = Reader::at(where, "any_of");
        if (!list->is_array()) return r.fail(at, std::string("expected a list of texts, got ") + list->type_name());
        for (const Json& v : *list) {
            if (!v.is_string()) return r.fail(at, std::string("expected text, got ") + v.type_name());
            c.any_of.push_back(v.get<std::string>());
        }
    }
    out = std::move(c);
    return true;
}

}  // namespace

Json segment_rule_to_json(const SegmentRule& rule, bool fallback) {
    Json j{{"name", rule.name}, {"segment", rule.segment}, {"model", to_string(rule.model)}};
    if (!fallback) {
        Json when = Json::array();
        for (const SegmentCondition& c : rule.conditions) when.push_back(condition_to_json(c));
        j["when"] = when;
    }
    return j;
}

bool segment_rule_from_json(const Json& j, const std::string& where, bool fallback, SegmentRule& out, std::string& error) {
    Reader r{error};
    if (!r.object(j, where, {"name", "segment", "model", "when"})) return false;
    SegmentRule rule;
    if (!r.text(j, "name", where, rule.name) || !r.text(j, "segment", where, rule.segment) ||
        !r.choice(j, "model", where, rule.model))
        return false;
    if (!j.contains("model")) return r.fail(Reader::at(where, "model"), "missing (high_touch, low_touch, tech_touch or hybrid)");
    if (const auto when = j.find("when"); when != j.end()) {
        const std::string at = Reader::at(where, "when");
        if (!when->is_array()) return r.fail(at, std::string("expected a list of conditions, got ") + when->type_name());
        rule.conditions.resize(when->size());
        for (size_t i = 0; i < when->size(); ++i)
            if (!read_condition(r, (*when)[i], at + "[" + std::to_string(i) + "]", rule.conditions[i])) return false;
    }
    const std::string problem = segment_rule_problem(rule, fallback);
    if (!problem.empty()) return r.fail(where, problem);
    out = std::move(rule);
    return true;
}

Json segment_rules_to_json(const SegmentRules& rules) {
    Json list = Json::array();
    for (const SegmentRule& rule : rules.rules) list.push_back(segment_rule_to_json(rule));
    return {{"rules", list}, {"fallback", segment_rule_to_json(rules.fallback, true)}};
}

bool segment_rules_from_json(const Json& j, const std::string& where, SegmentRules& out, std::string& error) {
    Reader r{error};
    if (!r.object(j, where, {"rules", "fallback"})) return false;
    SegmentRules rules;
    const auto list = j.find("rules");
    const std::string at = Reader::at(where, "rules");
    if (list == j.end()) return r.fail(at, "missing");
    if (!list->is_array()) return r.fail(at, std::string("expected a list of rules, got ") + list->type_name());
    if (list->size() > 1000) return r.fail(at, "at most 1,000 rules");
    rules.rules.resize(list->size());
    for (size_t i = 0; i < list->size(); ++i)
        if (!segment_rule_from_json((*list)[i], at + "[" + std::to_string(i) + "]", false, rules.rules[i], error)) return false;
    const auto fallback = j.find("fallback");
    if (fallback == j.end()) return r.fail(Reader::at(where, "fallback"), "missing");
    if (!segment_rule_from_json(*fallback, Reader::at(where, "fallback"), true, rules.fallback, error)) return false;
    out = std::move(rules);
    return true;
}

Json team_settings_to_json(const TeamSettings& s) {
    Json ratios = Json::object();
    for (int m = 0; m < kEngagementModelCount; ++m)
        ratios[to_string(EngagementModel(m))] = {{"low", s.ratios[size_t(m)].low}, {"high", s.ratios[size_t(m)].high}};
    return {{"ratios", ratios}, {"first_hire_arr", s.first_hire_arr.minor}, {"first_hire_customers", s.first_hire_customers},
            {"open_tasks_per_owner", s.open_tasks_per_owner}};
}

bool team_settings_from_json(const Json& j, const std::string& where, TeamSettings& out, std::string& error) {
    Reader r{error};
    if (!r.object(j, where, {"ratios", "first_hire_arr", "first_hire_customers", "open_tasks_per_owner"}))
        return false;
    TeamSettings s;
    if (const auto ratios = j.find("ratios"); ratios != j.end()) {
        const std::string at = Reader::at(where, "ratios");
        if (!r.object(*ratios, at, {"high_touch", "low_touch", "tech_touch", "hybrid"})) return false;
        for (int m = 0; m < kEngagementModelCount; ++m) {
            const char* key = to_string(EngagementModel(m));
            const auto it = ratios->find(key);
            if (it == ratios->end()) continue;
            const std::string at_model = Reader::at(at, key);
            int64_t low = s.ratios[size_t(m)].low, high = s.ratios[size_t(m)].high;
            if (!r.object(*it, at_model, {"low", "high"}) || !r.whole(*it, "low", at_model, 1, 100000, low) ||
                !r.whole(*it, "high", at_model, 1, 100000, high))
                return false;
            s.ratios[size_t(m)] = {int32_t(low), int32_t(high)};
        }
    }
    int64_t arr = s.first_hire_arr.minor, customers = s.first_hire_customers, task_limit = s.open_tasks_per_owner;
    if (!r.whole(j, "first_hire_arr", where, 1, kBoundLimit, arr) ||
        !r.whole(j, "first_hire_customers", where, 1, 100000000, customers) ||
        !r.whole(j, "open_tasks_per_owner", where, 0, kMaxOpenTasksPerOwner, task_limit))
        return false;
    s.open_tasks_per_owner = int32_t(task_limit);
    s.first_hire_arr = Money(arr);
    s.first_hire_customers = int32_t(customers);
    const std::string problem = team_settings_problem(s);
    if (!problem.empty()) return r.fail(where, problem);
    out = s;
    return true;
}

}  // namespace retain
