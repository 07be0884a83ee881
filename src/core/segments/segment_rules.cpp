// Segment rules: the default set, validation and the text a person reads (segment_rules.hpp).
#include "core/segments/segment_rules.hpp"

#include "core/enum_names.hpp"
#include "core/money.hpp"
#include "core/workspace.hpp"

namespace retain {
namespace {

const char* const kModelKeys[kEngagementModelCount] = {"high_touch", "low_touch", "tech_touch", "hybrid"};
const char* const kFieldKeys[kConditionFieldCount] = {"arr", "seats", "industry", "stage", "tag", "custom",
                                                      "crm_segment"};
const char* const kFieldLabels[kConditionFieldCount] = {"ARR", "seats", "industry", "lifecycle stage", "tag",
                                                        "custom field", "CRM segment"};

// The motions per model, as the guides describe them.
const EngagementModelInfo kModels[kEngagementModelCount] = {
    {"high_touch", "High-touch", "Named CSM", "QBRs, custom success plan, executive alignment, regular calls"},
    {"low_touch", "Low-touch", "Pooled CSMs", "Scheduled check-ins, group training, structured playbooks"},
    {"tech_touch", "Tech-touch", "Digital, no named CSM",
     "Automated lifecycle emails, in-app guidance, webinars, self-serve resources"},
    {"hybrid", "Hybrid", "Named CSM at key moments",
     "Digital programs day to day, a CSM for onboarding, renewals and risk"},
};

SegmentCondition arr_band(int64_t min_dollars, int64_t max_dollars) {
    SegmentCondition c;
    c.field = ConditionField::arr;
    c.has_min = min_dollars > 0;
    c.min = min_dollars * 100;
    c.has_max = max_dollars > 0;
    c.max = max_dollars * 100;
    return c;
}

std::string bound_text(ConditionField f, int64_t v, const std::string& currency) {
    return f == ConditionField::arr ? format_money(Money(v), currency) : format_count(v);
}

}  // namespace

const EngagementModelInfo& model_info(EngagementModel m) { return kModels[int(m) % kEngagementModelCount]; }
const char* to_string(EngagementModel m) { return kModelKeys[int(m) % kEngagementModelCount]; }
bool parse_enum(const std::string& text, EngagementModel& out) { return parse_enum_name(kModelKeys, text, out); }
const char* to_string(ConditionField f) { return kFieldKeys[int(f) % kConditionFieldCount]; }
bool parse_enum(const std::string& text, ConditionField& out) { return parse_enum_name(kFieldKeys, text, out); }
bool is_numeric(ConditionField f) { return f == ConditionField::arr || f == ConditionField::seats; }

SegmentRules default_segment_rules() {
    SegmentRules r;
    SegmentCondition seats;
    seats.field = ConditionField::seats;
    seats.has_min = true;
    seats.min = 500;
    // The guides' Enterprise is "ARR >= $100k or seats >= 500": two rules, as conditions are all-of.
    r.rules.push_back({"Enterprise by ARR", "Enterprise", EngagementModel::high_touch, {arr_band(100000, 0)}});
    r.rules.push_back({"Enterprise by seats", "Enterprise", EngagementModel::high_touch, {seats}});
    r.rules.push_back({"Mid-market", "Mid-market", EngagementModel::low_touch, {arr_band(15000, 100000)}});
    r.fallback = {"Everyone else", "SMB", EngagementModel::tech_touch, {}};
    return r;
}

std::string segment_rule_problem(const SegmentRule& rule, bool fallback) {
    if (rule.name.empty()) return "a rule needs a name";
    if (rule.segment.empty()) return "a rule needs a segment name";
    if (fallback) return rule.conditions.empty() ? "" : "the fallback rule places every other account: it has no conditions";
    if (rule.conditions.empty()) return "a rule needs at least one condition (the fallback places everyone else)";
    for (size_t i = 0; i < rule.conditions.size(); ++i) {
        const SegmentCondition& c = rule.conditions[i];
        const std::string where = "condition " + std::to_string(i + 1) + ": ";
        const char* label = kFieldLabels[int(c.field) % kConditionFieldCount];
        if (c.field == ConditionField::custom && c.key.empty()) return where + "a custom field condition needs the field's name";
        if (is_numeric(c.field) && !c.numeric()) return where + label + " needs a lower or an upper bound";
        if (c.numeric() && !c.any_of.empty()) return where + "either bounds or a list of values, not both";
        if (c.numeric() && !is_numeric(c.field) && c.field != ConditionField::custom)
            return where + label + " is compared with a list of values, not bounds";
        if (c.has_min && c.has_max && c.min >= c.max) return where + "the lower bound must be below the upper bound";
        if (c.has_min && c.min < 0) return where + "a bound cannot be negative";
        if (!c.numeric()) {
            if (c.any_of.empty()) return where + label + " needs at least one value";
            for (const std::string& v : c.any_of) {
                if (v.empty()) return where + "an empty value";
                LifecycleStage stage;
                if (c.field == ConditionField::stage && !parse_enum(v, stage))
                    return where + "\"" + v + "\" is not a lifecycle stage (onboarding, adoption, value_realization, "
                                          "renewal, expansion, advocacy)";
            }
        }
    }
    return {};
}

std::string segment_rules_problem(const SegmentRules& rules) {
    for (size_t i = 0; i < rules.rules.size(); ++i) {
        const std::string p = segment_rule_problem(rules.rules[i], false);
        if (!p.empty()) return "rule " + std::to_string(i + 1) + " (" + rules.rules[i].name + "): " + p;
    }
    const std::string p = segment_rule_problem(rules.fallback, true);
    return p.empty() ? p : "the fallback rule: " + p;
}

std::string describe_condition(const SegmentCondition& c, const std::string& currency) {
    std::string s = c.field == ConditionField::custom ? c.key : kFieldLabels[int(c.field) % kConditionFieldCount];
    if (c.numeric()) {
        if (c.has_min && c.has_max)
            return s + " from " + bound_text(c.field, c.min, currency) + " to under " + bound_text(c.field, c.max, currency);
        if (c.has_min) return s + " at least " + bound_text(c.field, c.min, currency);
        return s + " under " + bound_text(c.field, c.max, currency);
    }
    s += c.field == ConditionField::tag ? " includes " : " is ";
    for (size_t i = 0; i < c.any_of.size(); ++i) s += (i ? " or " : "") + c.any_of[i];
    return s;
}

bool operator==(const SegmentCondition& a, const SegmentCondition& b) {
    return a.field == b.field && a.key == b.key && a.has_min == b.has_min && a.has_max == b.has_max &&
           (!a.has_min || a.min == b.min) && (!a.has_max || a.max == b.max) && a.any_of == b.any_of;
}
bool operator==(const SegmentRule& a, const SegmentRule& b) {
    return a.name == b.name && a.segment == b.segment && a.model == b.model && a.conditions == b.conditions;
}
bool operator==(const SegmentRules& a, const SegmentRules& b) { return a.rules == b.rules && a.fallback == b.fallback; }

}  // namespace retain
