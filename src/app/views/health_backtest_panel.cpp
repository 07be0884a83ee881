// The Health view's Backtest tab: the score checked against the churn that followed past dates, for a
// horizon of 30, 90 or 180 days — ROC AUC, precision and recall of red, churn rate per color, a lift
// chart — and weights a logistic regression proposes, with the AUC they would have had. The proposal is
// applied only by the "Apply proposed weights" button (health.apply_proposal). Formulas: docs/metrics.md,
// "Health score: backtest" and "Health score: proposed weights".
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/charts.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

const char* const kAucHelp =
    "ROC AUC (risk = 100 - score, positive = churned, scored samples): the probability that a random churned sample "
    "has a higher risk than a random other one, ties counting 1/2. 0.5 is chance (docs/metrics.md, \"Health score: "
    "backtest\").";
const char* const kPrecisionHelp =
    "Precision of red = churned red samples / red samples (docs/metrics.md, \"Health score: backtest\").";
const char* const kRecallHelp =
    "Recall of red = churned red samples / churned samples (docs/metrics.md, \"Health score: backtest\").";
const char* const kChurnHelp =
    "Churn rate = churned / scored samples. A sample is an account that was a customer on a sample date (end - "
    "horizon - 28k, k = 0..11), scored by the computed color; its outcome is what happened in the horizon that "
    "followed: churned, else contracted, else renewed, else stayed (docs/metrics.md, \"Health score: backtest\").";
const char* const kLiftHelp =
    "Lift chart: scored samples sorted by risk, riskiest first, cut into ten equal groups; per group the churn rate, "
    "lift = group churn rate / overall churn rate, and cumulative recall = share of all churned samples in this and "
    "the riskier groups (docs/metrics.md, \"Health score: backtest\").";
const char* const kProposalHelp =
    "A logistic regression of churned on the counted measures' scores / 100, fitted on accounts whose index is not a "
    "multiple of 5; a measure's proposed weight is max(0, -coefficient) normalised to 100. The AUCs are shown over all "
    "samples and over the held-out accounts only. Nothing changes until you apply it (docs/metrics.md, \"Health "
    "score: proposed weights\").";

// A ratio as text, "—" when it has no value.
std::string ratio_text(double v, const char* format) {
    if (!std::isfinite(v)) return "\xE2\x80\x94";
    char buf[32];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}
std::string percent_text(double v) { return std::isfinite(v) ? ratio_text(v * 100, "%.1f%%") : ratio_text(v, ""); }

std::string lift_text(double v, bool, const void*) { return ratio_text(v, "%.2fx"); }

void draw_controls(AppState& app) {
    HealthViewState& h = app.health_view;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Horizon");
    for (int days : {30, 90, 180}) {
        ImGui::SameLine();
        char label[16];
        std::snprintf(label, sizeof label, "%d days", days);
        if (ImGui::RadioButton(label, h.horizon == days)) h.horizon = days;  // a choice in the form, not state
    }
    ImGui::SameLine(0, em());
    if (ImGui::Button(backtest_running(h) ? ICON_BOLT "  Restart backtest" : ICON_BOLT "  Run backtest"))
        post_command(app, "health.run_backtest", {{"horizon", h.horizon}});
    if (backtest_running(h)) {
        ImGui::SameLine();
        char label[48];
        const char* what = h.backtest_job ? "Collecting samples" : h.has_report ? "Re-evaluating" : "Evaluating";
        std::snprintf(label, sizeof label, "%s: %.0f%%", what, backtest_progress(h) * 100);
        ImGui::ProgressBar(float(backtest_progress(h)), ImVec2(em() * 16, 0), label);
    }
    ImGui::SameLine();
    help_marker(kChurnHelp);
}

void draw_tiles(const AppState& app) {
    const HealthViewState& h = app.health_view;
    const BacktestReport& r = h.report;
    if (!ImGui::BeginTable("backtest_tiles", 4, ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableNextColumn();
    std::string auc_detail = "0.5 is chance";
    if (std::isfinite(h.previous_auc))
        auc_detail = "was " + ratio_text(h.previous_auc, "%.3f") + " before the last scorecard edit";
    metric_tile("ROC AUC", ratio_text(r.auc, "%.3f"), kAucHelp, auc_detail);
    ImGui::TableNextColumn();
    metric_tile("Precision of red", percent_text(r.red.precision), kPrecisionHelp,
                format_count(r.red.true_positives) + " of " + format_count(r.red.flagged) + " red samples churned");
    ImGui::TableNextColumn();
    metric_tile("Recall of red", percent_text(r.red.recall), kRecallHelp,
                format_count(r.red.true_positives) + " of " + format_count(r.red.positives) + " churned were red");
    ImGui::TableNextColumn();
    metric_tile("Churn rate", percent_text(r.churn_rate), kChurnHelp,
                format_count(r.churned) + " churned of " + format_count(r.scored) + " scored samples");
    ImGui::EndTable();
}

void draw_by_color(const AppState& app) {
    const BacktestReport& r = app.health_view.report;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("by_color", 6, flags)) return;
    for (const char* h : {"Color at the sample date", "Samples", "Churned", "Churn rate", "Contracted", "Renewed"})
        ImGui::TableSetupColumn(h);
    ImGui::TableHeadersRow();
    for (HealthColor c : {HealthColor::red, HealthColor::yellow, HealthColor::green, HealthColor::none}) {
        const ColorOutcomes& o = r.by_color[size_t(c)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        health_color_badge(c);
        ImGui::TableNextColumn();
        text_right(format_count(o.samples));
        ImGui::TableNextColumn();
        text_right(format_count(o.churned));
        ImGui::TableNextColumn();
        text_right(percent_text(o.churn_rate));
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Churn rate per color = churned / samples of that color (docs/metrics.md, \"Health "
                              "score: backtest\").");
        ImGui::TableNextColumn();
        text_right(format_count(o.contracted));
        ImGui::TableNextColumn();
        text_right(format_count(o.renewed));
    }
    ImGui::EndTable();
}

void draw_lift(const AppState& app) {
    static const char* const kDeciles[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};
    const std::vector<LiftBucket>& lift = app.health_view.report.lift;
    const int n = std::min(int(lift.size()), 10);
    if (n == 0) return;
    double lifts[10], rates[10], recall[10];  // on the stack: no allocation per frame
    for (int i = 0; i < n; ++i) {
        lifts[i] = lift[size_t(i)].lift;
        rates[i] = lift[size_t(i)].rate;
        recall[i] = lift[size_t(i)].cumulative_recall;
    }
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Lift by risk decile");
    ImGui::PopFont();
    ImGui::SameLine();
    help_marker(kLiftHelp);
    if (!ImGui::BeginTable("lift_charts", 2, ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableNextColumn();
    StackedBarSettings bars;
    bars.format = ValueFormat{lift_text, nullptr};
    bars.x_title = "Risk decile (1 = riskiest tenth)";
    bars.y_title = "Lift (x overall churn rate)";
    bars.legend = false;
    const ChartSeries lift_series{"Lift", lifts, n, ImGui::ColorConvertFloat4ToU32(palette().bad)};
    stacked_bar_chart("##lift", ImVec2(0, em() * 12), bars, kDeciles, n, &lift_series, 1);
    ImGui::TableNextColumn();
    LineChartSettings line;
    line.format = percent_format();
    line.x_title = "Risk decile (1 = riskiest tenth)";
    line.y_title = "Share of churn";
    const ChartSeries lines[] = {{"Cumulative recall", recall, n}, {"Churn rate in the decile", rates, n}};
    line_chart("##recall", ImVec2(0, em() * 12), line, kDeciles, n, lines, 2);
    ImGui::EndTable();
}

void draw_proposal(AppState& app) {
    const WeightProposal& p = app.health_view.proposal;
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Proposed weights");
    ImGui::PopFont();
    ImGui::SameLine();
    help_marker(kProposalHelp);
    if (!p.ok) {
        muted_text("No proposal: " + p.note);
        return;
    }
    const Palette& pal = palette();
    const bool better = p.holdout_auc_proposed > p.holdout_auc_current;
    ImGui::Text("ROC AUC over all samples: %s now, %s proposed.   Held-out accounts: %s now, %s proposed.",
                ratio_text(p.auc_current, "%.3f").c_str(), ratio_text(p.auc_proposed, "%.3f").c_str(),
                ratio_text(p.holdout_auc_current, "%.3f").c_str(), ratio_text(p.holdout_auc_proposed, "%.3f").c_str());
    ImGui::TextColored(better ? pal.good : pal.text_muted, "%s",
                       better ? "The proposal ranks churn better on accounts it was not fitted on."
                              : "The proposal does not beat the current weights on the held-out accounts.");
    if (!p.note.empty()) muted_text(p.note);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("proposal", 5, flags)) {
        for (const char* h : {"Measure", "Group", "Share now", "Proposed share", "Churn log-odds per 100 points"})
            ImGui::TableSetupColumn(h);
        ImGui::TableHeadersRow();
        for (const ProposedWeight& w : p.measures) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(w.label.c_str());
            ImGui::TableNextColumn();
            ImGui::TextColored(pal.text_muted, "%s", group_label(w.group));
            ImGui::TableNextColumn();
            text_right(percent_text(w.current_share));
            ImGui::TableNextColumn();
            text_right(percent_text(w.proposed_share));
            ImGui::TableNextColumn();
            text_right(ratio_text(w.coefficient, "%+.2f"));
        }
        ImGui::EndTable();
    }
    if (ImGui::Button(ICON_CHECK "  Apply proposed weights")) post_command(app, "health.apply_proposal");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Replaces the measure and group weights with the proposal; the backtest then re-evaluates.");
}

}  // namespace

void draw_health_backtest_panel(AppState& app) {
    const HealthViewState& h = app.health_view;
    draw_controls(app);
    if (!h.backtest_note.empty()) ImGui::TextColored(palette().warn, ICON_INFO " %s", h.backtest_note.c_str());
    if (!h.has_report) {
        if (!backtest_running(h))
            muted_text("Run the backtest to score every account as of past dates and compare with what happened in "
                       "the horizon that followed: does red predict churn?");
        return;
    }
    ImGui::BeginChild("backtest_report", ImVec2(0, 0), false);
    ImGui::TextColored(palette().text_muted, "%d-day horizon, %s samples on %d dates up to %s.", h.run_horizon,
                       format_count(h.report.samples).c_str(), int(h.samples.dates.size()),
                       h.samples.dates.empty() ? "" : format_iso(h.samples.dates.back()).c_str());
    draw_tiles(app);
    ImGui::Spacing();
    draw_by_color(app);
    ImGui::Spacing();
    draw_lift(app);
    ImGui::Spacing();
    draw_proposal(app);
    ImGui::EndChild();
}

}  // namespace retain
