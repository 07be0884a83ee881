// The health scorecard a team edits: which measures count, how each is scored, how much each weighs,
// where red / yellow / green start, and the CSMs' overrides of single accounts.
//
// Plain data (strings, numbers, enums with to_string / parse_enum) so the lead can store it in the
// workspace file as it is; measures are named by their stable catalogue id (measure_catalogue.hpp).
// The arithmetic is in health_score.hpp and docs/metrics.md ("Health score").
#pragma once
#include <array>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/health/measure_catalogue.hpp"

namespace retain {

// none = not scored (not a customer on the date, or no data for any measure).
enum class HealthColor : uint8_t { none, red, yellow, green };

struct Measure {
    std::string id;      // catalogue id, e.g. "active_user_ratio"
    MeasureGroup group = MeasureGroup::usage;
    std::string label;   // shown in the UI; the catalogue's label unless the team renamed it
    Scheme scheme;
    double weight = 1;   // relative to the other measures of its group; 0 = not counted
    bool enabled = true;
};

struct ColorThresholds {
    double red_below = 50;   // score < red_below -> red
    double green_from = 75;  // score >= green_from -> green; in between -> yellow
};

struct Scorecard {
    std::vector<Measure> measures;
    std::array<double, kMeasureGroupCount> group_weights{};  // by MeasureGroup; 0 = group not counted
    ColorThresholds thresholds;
};

// A CSM's judgement over the computed color: "green, because the new sponsor signed the expansion".
// It applies from `created` (empty: from any date) up to the day before `expires`; an override without
// an expiry date never applies, so no override outlives the reason it was made for.
struct HealthOverride {
    std::string account_id;  // Account::id
    HealthColor color = HealthColor::yellow;
    std::string reason;
    std::string author;      // CSM id or name
    Date created;
    Date expires;            // first day it no longer applies
};

// The starter scorecard: every catalogue measure listed, the guides' five inputs (usage, engagement,
// support, sentiment, relationship) counted, commercial measures listed but switched off.
Scorecard default_scorecard();

// Adds a catalogue measure with its default scheme and weight; false when the id is unknown or the
// measure is already on the scorecard.
bool add_measure(Scorecard& scorecard, const std::string& id);
bool remove_measure(Scorecard& scorecard, const std::string& id);
Measure* find_measure(Scorecard& scorecard, const std::string& id);
const Measure* find_measure(const Scorecard& scorecard, const std::string& id);

// "" when the scorecard can score, else the first problem in words (unknown id, duplicate, negative
// weight, a scheme that cannot score, thresholds out of order, nothing counted).
std::string scorecard_problem(const Scorecard& scorecard);

HealthColor color_for(double score, const ColorThresholds& thresholds);  // score must be a number
bool override_applies(const HealthOverride& o, Date as_of);
// "" when the override can be saved, else what is missing (reason, expiry, a color).
std::string override_problem(const HealthOverride& o);

const char* to_string(HealthColor c);     // "none", "red", "yellow", "green"
const char* color_label(HealthColor c);   // "Not scored", "Red", "Yellow", "Green"
bool parse_enum(const std::string& text, HealthColor& out);

}  // namespace retain
