// The Cohorts tab: retention by start month, as logo or revenue retention (a toggle posting
// revenue.set_cohorts). Rows are the months customers started paying, columns the months since.
#include <algorithm>

#include "app/commands.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/charts.hpp"
#include "app/widgets/widgets.hpp"
#include "core/metrics/metric_formulas.hpp"

namespace retain {

void draw_cohort_heatmap(AppState& app) {
    const RevenueViewState& v = app.revenue_view;
    const CohortHeatmap& h = v.report.cohorts;
    const MetricId id = v.cohort_revenue ? MetricId::cohort_revenue_retention : MetricId::cohort_logo_retention;

    if (ImGui::RadioButton("Logo retention", !v.cohort_revenue)) post_command(app, "revenue.set_cohorts", {{"show", "logo"}});
    ImGui::SameLine();
    if (ImGui::RadioButton("Revenue retention", v.cohort_revenue))
        post_command(app, "revenue.set_cohorts", {{"show", "revenue"}});
    ImGui::SameLine();
    help_marker(metric_formula(id));

    if (h.cohorts == 0 || h.ages == 0) {
        muted_text("No cohort starts in this range: no account started paying in its months.");
        return;
    }
    const RevenueSeries& s = v.series;
    HeatmapSettings settings;
    settings.format = percent_format();
    settings.row_title = "Cohort";
    settings.col_title = "Months since start";
    // Revenue retention can exceed 100% (expansion): the scale runs to 120% so those cells stand out.
    settings.high = v.cohort_revenue ? 1.2 : 1.0;
    const float height = std::min(em() * 34, em() * (4.5f + 1.6f * float(h.cohorts)));
    const ChartHit hit = heatmap("cohorts", ImVec2(0, height), settings,
                                 v.cohort_revenue ? s.cohort_revenue.data() : s.cohort_logo.data(), h.cohorts, h.ages,
                                 s.cohort_rows.data(), s.cohort_cols.data());
    if (hit.hovered_series >= 0 && hit.hovered_series < h.cohorts) {
        const int32_t row = hit.hovered_series;
        ImGui::BeginTooltip();
        ImGui::Text("Cohort of %s: %s customers, %s MRR at the start", format_iso(h.first_cohort.plus(row)).c_str(),
                    format_count(h.size[size_t(row)]).c_str(),
                    format_money(Money(h.start_mrr[size_t(row)]), app.ws.settings.currency).c_str());
        ImGui::TextUnformatted(metric_formula(id));
        ImGui::EndTooltip();
    }
    if (h.started_before_history > 0)
        muted_text(format_count(h.started_before_history) +
                   " customers started before the data's first month and are left out (their start month is unknown).");
}

}  // namespace retain
