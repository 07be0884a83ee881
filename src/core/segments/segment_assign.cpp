// Segment placement (segment_assign.hpp). Rules are few and values short: the per-account loop
// compares in place; only each rule's group is worked out once, before it.
#include "core/segments/segment_assign.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "core/workspace.hpp"

namespace retain {
namespace {

bool iequal(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
}

bool any_equal(const std::vector<std::string>& values, const std::string& text) {
    for (const std::string& v : values)
        if (iequal(v, text)) return true;
    return false;
}

// The custom field's text, or null when the account has none (custom is sorted by key).
const std::string* custom_value(const Account& acc, const std::string& key) {
    const auto it = std::lower_bound(acc.custom.begin(), acc.custom.end(), key,
                                     [](const std::pair<std::string, std::string>& kv, const std::string& k) { return kv.first < k; });
    return it != acc.custom.end() && it->first == key ? &it->second : nullptr;
}

bool parse_number(const std::string& text, double& out) {
    if (text.empty()) return false;
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return end == text.c_str() + text.size();
}

bool in_range(const SegmentCondition& c, double v) {
    return (!c.has_min || v >= double(c.min)) && (!c.has_max || v < double(c.max));
}

bool holds(const SegmentCondition& c, const Account& acc, Money arr) {
    switch (c.field) {
        case ConditionField::arr: return c.numeric() && in_range(c, double(arr.minor));
        case ConditionField::seats: return c.numeric() && in_range(c, double(acc.seats));
        case ConditionField::industry: return any_equal(c.any_of, acc.industry);
        case ConditionField::stage: return any_equal(c.any_of, to_string(acc.stage));
        case ConditionField::crm_segment: return any_equal(c.any_of, acc.segment);
        case ConditionField::tag:
            for (const std::string& t : acc.tags)
                if (any_equal(c.any_of, t)) return true;
            return false;
        case ConditionField::custom: {
            const std::string* v = custom_value(acc, c.key);
            if (!v) return false;
            double number = 0;
            if (c.numeric()) return parse_number(*v, number) && in_range(c, number);
            return any_equal(c.any_of, *v);
        }
    }
    return false;
}

bool rule_holds(const SegmentRule& r, const Account& acc, Money arr) {
    if (r.conditions.empty()) return false;  // only the fallback places without conditions
    for (const SegmentCondition& c : r.conditions)
        if (!holds(c, acc, arr)) return false;
    return true;
}

// The account's own value of the condition's field, for the "why".
std::string value_text(const SegmentCondition& c, const Account& acc, Money arr, const std::string& currency) {
    switch (c.field) {
        case ConditionField::arr: return "ARR " + format_money(arr, currency);
        case ConditionField::seats: return format_count(acc.seats) + " seats";
        case ConditionField::industry: return "industry " + (acc.industry.empty() ? std::string("not set") : acc.industry);
        case ConditionField::stage: return std::string("stage ") + to_string(acc.stage);
        case ConditionField::crm_segment: return "CRM segment " + (acc.segment.empty() ? std::string("not set") : acc.segment);
        case ConditionField::tag: {
            std::string s = "tags ";
            for (size_t i = 0; i < acc.tags.size(); ++i) s += (i ? ", " : "") + acc.tags[i];
            return acc.tags.empty() ? "no tags" : s;
        }
        case ConditionField::custom: {
            const std::string* v = custom_value(acc, c.key);
            return c.key + " " + (v ? *v : std::string("not set"));
        }
    }
    return {};
}

std::string why_text(const SegmentCondition& c, const Account& acc, Money arr, const std::string& currency) {
    return value_text(c, acc, arr, currency) + " (" + describe_condition(c, currency) + ")";
}

}  // namespace

Segmentation assign_segments(const Workspace& ws, const SegmentRules& rules, const std::vector<Money>& arr_of) {
    Segmentation s;
    const size_t n = ws.accounts.size();
    s.rule.assign(n, kFallbackRule);
    s.group.assign(n, 0);
    s.rule_accounts.assign(rules.rules.size() + 1, 0);
    // Each rule's group: one per (segment, model), in rule order, the fallback's last.
    std::vector<uint16_t> rule_group(rules.rules.size() + 1);
    auto group_of = [&](const SegmentRule& r) {
        for (size_t g = 0; g < s.groups.size(); ++g)
            if (s.groups[g].segment == r.segment && s.groups[g].model == r.model) return uint16_t(g);
        s.groups.push_back({r.segment, r.model, 0, 0, Money()});
        return uint16_t(s.groups.size() - 1);
    };
    for (size_t r = 0; r < rules.rules.size(); ++r) rule_group[r] = group_of(rules.rules[r]);
    rule_group.back() = group_of(rules.fallback);

    for (AccountIx i = 0; i < AccountIx(n); ++i) {
        const Account& acc = ws.accounts[i];
        const Money arr = i < arr_of.size() ? arr_of[i] : Money();
        size_t r = 0;
        while (r < rules.rules.size() && !rule_holds(rules.rules[r], acc, arr)) ++r;
        s.rule[i] = r < rules.rules.size() ? int16_t(r) : kFallbackRule;
        s.group[i] = rule_group[r];
        if (acc.status == AccountStatus::churned) continue;
        SegmentGroup& g = s.groups[rule_group[r]];
        ++g.active_accounts;
        g.owned_accounts += acc.owner.empty() ? 0 : 1;
        g.arr += arr;
        ++s.rule_accounts[r];
    }
    return s;
}

Placement explain_placement(const Workspace& ws, const SegmentRules& rules, AccountIx ix, Money arr) {
    Placement p;
    if (ix >= ws.accounts.size()) return p;
    const Account& acc = ws.accounts[ix];
    const std::string& currency = ws.settings.currency;
    for (size_t r = 0; r < rules.rules.size(); ++r) {
        const SegmentRule& rule = rules.rules[r];
        if (rule_holds(rule, acc, arr)) {
            p.rule = int16_t(r);
            p.rule_name = rule.name;
            p.segment = rule.segment;
            p.model = rule.model;
            for (const SegmentCondition& c : rule.conditions) p.matched.push_back(why_text(c, acc, arr, currency));
            return p;
        }
        for (const SegmentCondition& c : rule.conditions)
            if (!holds(c, acc, arr)) {
                p.missed.push_back(rule.name + ": " + why_text(c, acc, arr, currency));
                break;
            }
    }
    p.rule_name = rules.fallback.name;
    p.segment = rules.fallback.segment;
    p.model = rules.fallback.model;
    return p;
}

}  // namespace retain
