// Segment rules: an ordered list that places every account in a segment with an engagement model
// (docs/metrics.md "Segments and engagement models"). The first rule whose conditions all hold places
// the account; an account no rule matches falls to the fallback rule. Stored in the workspace under
// "segment_rules" (docs/workspace-format.md); the default set follows the guides: Enterprise
// (ARR >= $100k or seats >= 500) high-touch, Mid-market (ARR $15k-$100k) low-touch, SMB tech-touch.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace retain {

// How much human attention a segment gets (the guides' engagement models).
enum class EngagementModel : uint8_t { high_touch, low_touch, tech_touch, hybrid };
constexpr int kEngagementModelCount = 4;

// What a model means in practice: who covers the account and which motions it runs.
struct EngagementModelInfo {
    const char* key;       // "high_touch"
    const char* label;     // "High-touch"
    const char* coverage;  // "Named CSM"
    const char* motions;   // "QBRs, custom success plan, executive alignment"
};
const EngagementModelInfo& model_info(EngagementModel m);
const char* to_string(EngagementModel m);
bool parse_enum(const std::string& text, EngagementModel& out);

// The account field a condition reads.
enum class ConditionField : uint8_t { arr, seats, industry, stage, tag, custom, crm_segment };
constexpr int kConditionFieldCount = 7;
const char* to_string(ConditionField f);
bool parse_enum(const std::string& text, ConditionField& out);
bool is_numeric(ConditionField f);  // arr, seats (custom is numeric when it has a range)

// One condition. Numeric ones hold when min <= value < max (either bound optional; ARR in minor units,
// from the account's current MRR x 12). Text ones hold when the field equals one of `any_of`
// (case-insensitive; for tags, when the account has one of them). A custom field (key = its name)
// is numeric when a bound is set (a text that is not a number then fails), else text.
struct SegmentCondition {
    ConditionField field = ConditionField::arr;
    std::string key;  // custom field name
    bool has_min = false, has_max = false;
    int64_t min = 0, max = 0;
    std::vector<std::string> any_of;

    bool numeric() const { return has_min || has_max; }
};

struct SegmentRule {
    std::string name;     // "Enterprise by ARR"
    std::string segment;  // "Enterprise"
    EngagementModel model = EngagementModel::tech_touch;
    std::vector<SegmentCondition> conditions;  // all must hold; the fallback's are empty
};

struct SegmentRules {
    std::vector<SegmentRule> rules;  // in order: the first match wins
    SegmentRule fallback;            // places the rest
};

SegmentRules default_segment_rules();

// "" when the rules can place accounts, else what is wrong ("rule 2 (Mid-market): condition 1: ARR
// needs a lower or an upper bound"). Commands refuse rules with a problem.
std::string segment_rules_problem(const SegmentRules& rules);
std::string segment_rule_problem(const SegmentRule& rule, bool fallback);

// A condition as a person reads it: "ARR from $15,000 to under $100,000", "industry is Healthcare or Retail".
std::string describe_condition(const SegmentCondition& c, const std::string& currency);

bool operator==(const SegmentCondition& a, const SegmentCondition& b);
bool operator==(const SegmentRule& a, const SegmentRule& b);
bool operator==(const SegmentRules& a, const SegmentRules& b);

}  // namespace retain
