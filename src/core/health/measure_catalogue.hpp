// The measures the health engine knows how to compute from a workspace, with their stable ids, groups
// and default schemes. A scorecard picks measures from this catalogue by id; docs/metrics.md
// ("Health score: measures") defines each one.
#pragma once
#include <cstdint>
#include <string>

#include "core/health/scheme.hpp"

namespace retain {

// The groups of the guides' health score inputs (usage, engagement, support, sentiment, relationship)
// plus the commercial signals of the renewal conversation.
enum class MeasureGroup : uint8_t { usage, engagement, support, sentiment, relationship, commercial };
constexpr int kMeasureGroupCount = 6;

// One raw input per measure. The order is the column order of HealthInputs and the bit order of its
// presence masks; ids (measure_info().id) are what files store, so never renumber by renaming an id.
enum class HealthInput : uint8_t {
    active_user_ratio,
    login_frequency,
    feature_breadth,
    usage_trend,
    days_since_touchpoint,
    outreach_response,
    training_attendance,
    open_high_priority_tickets,
    ticket_trend,
    ticket_satisfaction,
    nps,
    csat,
    ces,
    champion,
    executive_sponsor,
    days_to_renewal,
    contraction_90d,
};
constexpr int kHealthInputCount = 17;
using InputMask = uint32_t;  // bit i = HealthInput(i)
static_assert(kHealthInputCount <= 32, "presence masks are 32 bits");
constexpr InputMask input_bit(HealthInput in) { return InputMask(1) << int(in); }

// The champion measure's raw values (a measure of four states rather than a ratio).
constexpr double kChampionLeft = -1;      // a champion left the company and no current champion remains
constexpr double kChampionNone = 0;       // contacts on record, none marked champion
constexpr double kChampionQuiet = 1;      // a champion, not engaged in the last 90 days
constexpr double kChampionEngaged = 2;    // a champion engaged in the last 90 days

struct MeasureInfo {
    HealthInput input;
    const char* id;      // snake_case, stable: "active_user_ratio"
    const char* label;   // "Active users / seats"
    MeasureGroup group;
    Scheme scheme;       // default scheme
    double weight;       // default weight within its group
    bool enabled;        // in the starter scorecard
};

const MeasureInfo& measure_info(HealthInput in);
bool find_health_input(const std::string& id, HealthInput& out);

const char* to_string(MeasureGroup g);    // "usage"
const char* group_label(MeasureGroup g);  // "Usage"
bool parse_enum(const std::string& text, MeasureGroup& out);

}  // namespace retain
