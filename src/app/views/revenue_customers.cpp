// The Customers tab: NPS with its promoters, passives and detractors, CSAT, CES, adoption, time to value
// (median and distribution) and the health distribution, for the range and breakdown picked
// (docs/metrics.md, "Customer metrics").
#include <cmath>
#include <string>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/charts.hpp"
#include "app/widgets/widgets.hpp"
#include "core/metrics/metric_formulas.hpp"

namespace retain {
namespace {

// A tile whose tooltip quotes the formula, and says why when there is no value.
void figure_tile(MetricId id, const std::string& value, const std::string& detail, const char* why_none) {
    std::string tooltip = metric_formula(id);
    if (value == kNoValueText && why_none) tooltip += std::string(".\nNo value: ") + why_none + ".";
    metric_tile(metric_label(id), value, tooltip.c_str(), detail);
}

std::string days_text(std::optional<double> days) {
    return days ? format_number(days, std::fabs(*days - std::round(*days)) < 1e-9 ? 0 : 1) + " days" : std::string(kNoValueText);
}

}  // namespace

void draw_customer_metrics(AppState& app) {
    const RevenueViewState& v = app.revenue_view;
    const SurveySummary& s = v.report.surveys;
    const AdoptionSummary& ad = v.report.adoption;
    const TimeToValueSummary& ttv = v.report.time_to_value;
    const Palette& p = palette();

    const int columns = ImGui::GetContentRegionAvail().x >= em() * 44 ? 3 : 2;
    if (ImGui::BeginTable("customer_tiles", columns, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextColumn();
        figure_tile(MetricId::nps, format_number(s.nps.nps(), 0),
                    format_count(s.nps.responses()) + " responses", "no NPS responses in the range");
        ImGui::TableNextColumn();
        figure_tile(MetricId::csat, format_rate(s.csat.csat()), format_count(s.csat.responses) + " responses",
                    "no CSAT responses in the range");
        ImGui::TableNextColumn();
        figure_tile(MetricId::ces, format_number(s.ces.average(), 2), format_count(s.ces.responses) + " responses",
                    "no CES responses in the range");
        ImGui::TableNextColumn();
        figure_tile(MetricId::seat_utilisation, format_rate(ad.seat_utilisation()),
                    format_count(ad.active_users) + " of " + format_count(ad.seats) + " seats, " +
                        format_count(ad.no_usage_data) + " without usage data",
                    "no customer with usage data and seats in the last 28 days of the range");
        ImGui::TableNextColumn();
        figure_tile(MetricId::feature_adoption, format_rate(ad.feature_adoption()),
                    format_count(ad.key_features) + " key features, " + format_count(ad.with_usage) + " accounts with usage",
                    "no key features named, or no usage data in the last 28 days of the range");
        ImGui::TableNextColumn();
        figure_tile(MetricId::time_to_value, days_text(ttv.median_days),
                    "median; mean " + days_text(ttv.mean_days()) + ", " + format_count(ttv.unknown) + " unknown",
                    "no account that started in the range has a first-value date");
        ImGui::EndTable();
    }

    ImGui::Spacing();
    if (!ImGui::BeginTable("customer_charts", columns, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX))
        return;
    ImGui::TableNextColumn();
    heading("NPS responses");
    const DistributionBucket nps[3] = {{"Promoters (9-10)", double(s.nps.promoters), u32(p.good)},
                                       {"Passives (7-8)", double(s.nps.passives), u32(p.warn)},
                                       {"Detractors (0-6)", double(s.nps.detractors), u32(p.bad)}};
    distribution_bars("nps_mix", ImVec2(0, 0), DistributionSettings{}, nps, 3);

    ImGui::TableNextColumn();
    heading("Time to value");
    static const char* const kBuckets[kTtvBucketCount] = {"0-7 days", "8-14", "15-30", "31-60", "61-90", "91-180", "over 180"};
    DistributionBucket buckets[kTtvBucketCount];
    for (int i = 0; i < kTtvBucketCount; ++i) buckets[i] = {kBuckets[i], double(ttv.buckets[size_t(i)])};
    distribution_bars("ttv", ImVec2(0, 0), DistributionSettings{}, buckets, kTtvBucketCount);

    ImGui::TableNextColumn();
    heading("Health distribution");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", metric_formula(MetricId::health_distribution));
    const HealthDistribution& h = v.health;
    const DistributionBucket health[4] = {{"Green", double(h.count(kHealthGreen)), u32(p.good)},
                                          {"Yellow", double(h.count(kHealthYellow)), u32(p.warn)},
                                          {"Red", double(h.count(kHealthRed)), u32(p.bad)},
                                          {"No score", double(h.count(kHealthNone)), u32(p.text_muted)}};
    const ChartHit hit = distribution_bars("health_mix", ImVec2(0, 0), DistributionSettings{}, health, 4);
    if (hit.clicked && hit.hovered >= 0 && hit.hovered < 4) {
        static const char* const kColors[4] = {"green", "yellow", "red", "none"};
        post_command(app, "health.filter", {{"color", kColors[hit.hovered]}});
        post_command(app, "health.show", {{"tab", "accounts"}});
        post_command(app, "navigate", {{"view", "health"}});
    }
    ImGui::EndTable();
}

}  // namespace retain
