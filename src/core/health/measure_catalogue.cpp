// Default schemes: chosen so that a healthy account of the guides' kind scores green and the churn
// signals the guides list (usage drops, champion leaves, escalations pile up, detractor NPS) score red.
// The reasoning for each cut-off is in docs/metrics.md next to the measure's definition.
#include "core/health/measure_catalogue.hpp"

#include "core/enum_names.hpp"

namespace retain {
namespace {

constexpr Direction kUp = Direction::higher_is_better;
constexpr Direction kDown = Direction::lower_is_better;

constexpr MeasureInfo kCatalogue[kHealthInputCount] = {
    {HealthInput::active_user_ratio, "active_user_ratio", "Active users / seats", MeasureGroup::usage,
     linear_scheme(kUp, 0.2, 0.8), 3, true},
    {HealthInput::login_frequency, "login_frequency", "Logins per active user", MeasureGroup::usage,
     linear_scheme(kUp, 1, 4), 1, true},
    {HealthInput::feature_breadth, "feature_breadth", "Key features used", MeasureGroup::usage,
     linear_scheme(kUp, 0.2, 0.8), 1, true},
    {HealthInput::usage_trend, "usage_trend", "Usage trend (30 days)", MeasureGroup::usage,
     linear_scheme(kUp, -0.5, 0.0), 3, true},
    {HealthInput::days_since_touchpoint, "days_since_touchpoint", "Days since last touchpoint",
     MeasureGroup::engagement, band_scheme(kDown, 60, 30), 2, true},
    {HealthInput::outreach_response, "outreach_response", "Response to outreach", MeasureGroup::engagement,
     linear_scheme(kUp, 0.4, 1.0), 2, true},
    {HealthInput::training_attendance, "training_attendance", "Training attendance", MeasureGroup::engagement,
     linear_scheme(kUp, 0.5, 1.0), 1, true},
    {HealthInput::open_high_priority_tickets, "open_high_priority_tickets", "Open high-priority tickets",
     MeasureGroup::support, band_scheme(kDown, 1, 0), 2, true},
    {HealthInput::ticket_trend, "ticket_trend", "Ticket trend", MeasureGroup::support,
     linear_scheme(kDown, 1, 3), 1, true},
    {HealthInput::ticket_satisfaction, "ticket_satisfaction", "Ticket satisfaction", MeasureGroup::support,
     linear_scheme(kUp, 0.5, 0.95), 1, true},
    {HealthInput::nps, "nps", "Latest NPS", MeasureGroup::sentiment, band_scheme(kUp, 7, 9), 2, true},
    {HealthInput::csat, "csat", "CSAT (180 days)", MeasureGroup::sentiment, linear_scheme(kUp, 2, 4.5), 1, true},
    {HealthInput::ces, "ces", "CES (180 days)", MeasureGroup::sentiment, linear_scheme(kUp, 3, 6), 1, true},
    {HealthInput::champion, "champion", "Champion", MeasureGroup::relationship,
     linear_scheme(kUp, kChampionLeft, kChampionEngaged), 3, true},
    {HealthInput::executive_sponsor, "executive_sponsor", "Executive sponsor", MeasureGroup::relationship,
     band_scheme(kUp, 1, 1), 1, true},
    {HealthInput::days_to_renewal, "days_to_renewal", "Days to renewal", MeasureGroup::commercial,
     band_scheme(kUp, 30, 90), 1, false},
    {HealthInput::contraction_90d, "contraction_90d", "MRR contraction (90 days)", MeasureGroup::commercial,
     linear_scheme(kDown, 0, 0.3), 1, false},
};

const char* const kGroupNames[] = {"usage", "engagement", "support", "sentiment", "relationship", "commercial"};
const char* const kGroupLabels[] = {"Usage", "Engagement", "Support", "Sentiment", "Relationship", "Commercial"};

}  // namespace

const MeasureInfo& measure_info(HealthInput in) { return kCatalogue[int(in)]; }

bool find_health_input(const std::string& id, HealthInput& out) {
    for (const MeasureInfo& m : kCatalogue)
        if (id == m.id) { out = m.input; return true; }
    return false;
}

const char* to_string(MeasureGroup g) { return kGroupNames[int(g)]; }
const char* group_label(MeasureGroup g) { return kGroupLabels[int(g)]; }
bool parse_enum(const std::string& text, MeasureGroup& out) { return parse_enum_name(kGroupNames, text, out); }

}  // namespace retain
