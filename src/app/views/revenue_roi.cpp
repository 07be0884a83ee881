// The CS ROI tab: the calculator's inputs (team cost per year, baseline annual churn, gross margin), sent
// through metrics.set_settings when an edit ends, and the ROI of the range read from the data
// (docs/metrics.md, "CS ROI"): what the team cost against the churn avoided and the expansion won.
#include <cmath>
#include <string>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/metrics/metric_formulas.hpp"

namespace retain {
namespace {

// The edit buffers follow the settings whenever they changed and nothing is being edited.
void sync_inputs(AppState& app) {
    RevenueViewState& v = app.revenue_view;
    if (v.inputs_settings == app.revision || ImGui::IsAnyItemActive()) return;
    const MetricSettings& s = app.ws.metric_settings;
    v.input_team_cost = double(s.cs_team_cost_per_year.minor) / 100.0;
    v.input_baseline_pct = double(s.baseline_annual_churn_bp) / 100.0;
    v.input_margin_pct = s.gross_margin_pct;
    v.inputs_settings = app.revision;
}

void roi_row(const char* label, const std::string& value, const char* how) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label);
    ImGui::TableNextColumn();
    text_right(value);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", how);
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::TextWrapped("%s", how);
    ImGui::PopStyleColor();
}

}  // namespace

void draw_cs_roi(AppState& app) {
    sync_inputs(app);
    RevenueViewState& v = app.revenue_view;
    const std::string& cur = app.ws.settings.currency;
    const CsRoi& roi = v.report.cs_roi;

    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Inputs");
    ImGui::PopFont();
    const float field = em() * 10;
    ImGui::SetNextItemWidth(field);
    ImGui::InputDouble("CS team cost per year", &v.input_team_cost, 0, 0, "%.0f");
    if (ImGui::IsItemDeactivatedAfterEdit())
        post_command(app, "metrics.set_settings",
                     {{"cs_team_cost_per_year", int64_t(std::llround(std::fmax(0.0, v.input_team_cost) * 100.0))}});
    ImGui::SameLine();
    help_marker("Salaries, tools and overhead of the CS team for a year, in the workspace currency. 0 = not set: no ROI.");
    ImGui::SetNextItemWidth(field);
    ImGui::InputDouble("Baseline annual churn (%)", &v.input_baseline_pct, 0, 0, "%.1f");
    if (ImGui::IsItemDeactivatedAfterEdit())
        post_command(app, "metrics.set_settings",
                     {{"baseline_annual_churn_bp", int64_t(std::llround(v.input_baseline_pct * 100.0))}});
    ImGui::SameLine();
    help_marker("The gross MRR churn expected in a year without the CS team (the rate before the team, or a "
                "benchmark): the share of the ARR at the start of a year that would be lost.");
    ImGui::SetNextItemWidth(field);
    ImGui::InputInt("Gross margin (%)", &v.input_margin_pct);
    if (ImGui::IsItemDeactivatedAfterEdit())
        post_command(app, "metrics.set_settings", {{"gross_margin_pct", v.input_margin_pct}});
    ImGui::SameLine();
    help_marker(metric_formula(MetricId::ltv));

    ImGui::Spacing();
    ImGui::PushFont(fonts().heading);
    ImGui::Text("CS ROI over %d months", roi.months);
    ImGui::PopFont();
    const std::optional<double> ratio = roi.ratio();
    ImGui::PushFont(fonts().big);
    ImGui::TextUnformatted(ratio ? format_ratio_to_one(*ratio).c_str() : kNoValueText);
    ImGui::PopFont();
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em() * 28);
        ImGui::TextUnformatted(metric_formula(MetricId::cs_roi));
        if (!ratio) ImGui::TextUnformatted("No value: the CS team cost is not set (enter it above).");
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    // Say why a figure is missing or zero rather than leave a bare "—" or "$0".
    if (!ratio) muted_text("Enter the CS team cost per year above to see the ROI.");
    if (roi.start_arr.minor == 0)
        muted_text("The period begins with the data's first month: there is no start ARR to apply the baseline to, so "
                   "churn avoided is 0. Pick a shorter period to compare with the baseline.");
    if (!ImGui::BeginTable("roi", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("Amount", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("How", ImGuiTableColumnFlags_WidthStretch, 3.2f);
    ImGui::TableHeadersRow();
    roi_row("Start ARR", format_money(roi.start_arr, cur), "12 × MRR the month before the period");
    roi_row("Expected loss", format_money(roi.expected_loss, cur), "start ARR × baseline annual churn × months ÷ 12");
    roi_row("Actual loss", format_money(roi.actual_loss, cur), "12 × the churn and contraction MRR of the period");
    roi_row("Churn avoided", format_money(roi.churn_avoided, cur),
            "expected loss − actual loss (negative when churn ran above the baseline)");
    roi_row("Expansion revenue", format_money(roi.expansion, cur), "12 × the expansion MRR of the period");
    roi_row("Team cost", format_money(roi.team_cost, cur), "team cost per year × months ÷ 12");
    ImGui::EndTable();
}

}  // namespace retain
