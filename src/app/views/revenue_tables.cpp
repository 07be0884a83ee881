// The Retention tab: every retention and unit-economics figure of the period with its formula on hover
// (and why it has no value, when it has none), then the breakdown's groups side by side.
#include <algorithm>
#include <string>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/metrics/metric_formulas.hpp"

namespace retain {
namespace {

const char* const kNoStart = "no customers (or no MRR) at the start: the month before the range";

// One row: label, value right-aligned, a detail; hover on the row shows the formula and the reason for "—".
void figure_row(MetricId id, const std::string& value, const std::string& detail, const char* why_none) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(metric_label(id));
    bool hovered = ImGui::IsItemHovered();
    ImGui::TableNextColumn();
    text_right(value);
    hovered |= ImGui::IsItemHovered();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().text_muted);
    ImGui::TextUnformatted(detail.c_str());
    ImGui::PopStyleColor();
    hovered |= ImGui::IsItemHovered();
    if (hovered) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em() * 28);
        ImGui::TextUnformatted(metric_formula(id));
        if (value == kNoValueText && why_none) ImGui::TextColored(palette().text_muted, "No value: %s.", why_none);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

// A number in the breakdown table, its formula on hover.
void number_cell(const std::string& text, MetricId id) {
    ImGui::TableNextColumn();
    text_right(text);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", metric_formula(id));
}

std::string customers_text(int32_t n, const char* what) { return format_count(n) + " " + what; }

}  // namespace

void draw_retention_table(AppState& app) {
    const RevenueViewState& v = app.revenue_view;
    const MetricsReport& r = v.report;
    const std::string& cur = app.ws.settings.currency;
    const PeriodRetention& p = r.period;
    const RevenueMonth& last = r.revenue.months.back();
    const std::string start_month = format_iso(p.cohort.start), end_month = format_iso(p.cohort.end);

    if (ImGui::BeginTable("retention", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                              ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Figure", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("Inputs", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableHeadersRow();
        figure_row(MetricId::logo_churn_period, format_rate(p.cohort.logo_churn_rate()),
                   format_count(p.cohort.start_customers - p.cohort.retained_customers) + " of " +
                       customers_text(p.cohort.start_customers, "customers of ") + start_month + " gone by " + end_month,
                   kNoStart);
        figure_row(MetricId::logo_churn_rate, format_rate(p.monthly_logo_churn_rate, 2),
                   "average month: " + format_count(r.revenue.total.count(MovementKind::churn)) + " churned in the range",
                   kNoStart);
        figure_row(MetricId::gross_mrr_churn_rate, format_rate(p.gross_mrr_churn_rate),
                   format_money(r.revenue.total.of(MovementKind::churn) + r.revenue.total.of(MovementKind::contraction), cur) +
                       " churn + contraction",
                   kNoStart);
        figure_row(MetricId::net_mrr_churn_rate, format_rate(p.net_mrr_churn_rate),
                   "gains offset losses when negative", kNoStart);
        figure_row(MetricId::nrr_period, format_rate(p.cohort.nrr()),
                   format_money(p.cohort.start_mrr, cur) + " in " + start_month + " -> " + format_money(p.cohort.end_mrr, cur) +
                       " in " + end_month,
                   kNoStart);
        figure_row(MetricId::grr_period, format_rate(p.cohort.grr()),
                   "expansion left out: " + format_money(p.cohort.expansion, cur), kNoStart);
        const CohortRetention& t = r.trailing_12;
        figure_row(MetricId::nrr_trailing_12, format_rate(t.nrr()),
                   customers_text(t.start_customers, "customers of ") + format_iso(t.start) + ", read in " + format_iso(t.end),
                   "no customers 12 months before the range's last month (or the data starts later)");
        figure_row(MetricId::grr_trailing_12, format_rate(t.grr()), format_money(t.start_mrr, cur) + " at the start",
                   "no customers 12 months before the range's last month (or the data starts later)");
        figure_row(MetricId::renewal_rate, format_rate(r.renewals.rate()),
                   format_count(r.renewals.renewed) + " renewed of " + format_count(r.renewals.due) + " due, " +
                       format_money(r.renewals.renewed_mrr, cur) + " MRR renewed",
                   "no renewals were due in the range");
        figure_row(MetricId::expansion_rate, format_rate(p.expansion_rate),
                   format_money(r.revenue.total.of(MovementKind::expansion), cur) + " expansion MRR", kNoStart);
        figure_row(MetricId::ltv, r.ltv ? format_money(*r.ltv, cur) : std::string(kNoValueText),
                   "gross margin " + std::to_string(app.ws.metric_settings.gross_margin_pct) + "% (CS ROI tab)",
                   "no churn in the range (a customer would never leave), or no customers");
        figure_row(MetricId::quick_ratio, format_number(r.quick_ratio, 2),
                   format_money(r.revenue.total.gained(), cur) + " gained, " + format_money(r.revenue.total.lost(), cur) + " lost",
                   "no MRR was lost in the range");
        figure_row(MetricId::arpa, r.arpa ? format_money(Money(int64_t(*r.arpa + 0.5)), cur) : std::string(kNoValueText),
                   "in " + format_iso(last.month), "no customers in the range's last month");
        figure_row(MetricId::customers, format_count(last.customers), "in " + format_iso(last.month), nullptr);
        figure_row(MetricId::arr, format_money(last.arr(), cur), format_money(last.mrr, cur) + " MRR in " + format_iso(last.month),
                   nullptr);
        ImGui::EndTable();
    }
    if (v.breakdown != RevenueBreakdown::all) {
        ImGui::Spacing();
        draw_revenue_breakdown_table(app);
    }
}

void draw_revenue_breakdown_table(AppState& app) {
    const RevenueViewState& v = app.revenue_view;
    const std::string& cur = app.ws.settings.currency;
    const bool owners = v.breakdown == RevenueBreakdown::owner;
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(owners ? "Every owner's book" : "Every segment");
    ImGui::PopFont();
    muted_text("Click a row to show its figures above and in the other tabs.");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const float height = em() * 1.9f * float(std::min<size_t>(v.groups.size() + 1, 14));
    if (!ImGui::BeginTable("groups", 7, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(owners ? "Owner" : "Segment", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    for (const char* c : {"Accounts", "ARR", "NRR (12 mo)", "GRR (12 mo)", "Logo churn", "Renewal rate"})
        ImGui::TableSetupColumn(c, ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(v.groups.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const MetricsBreakdownRow& g = v.groups[size_t(i)];
            const MetricsReport& r = g.report;
            ImGui::TableNextRow();
            ImGui::PushID(i);
            ImGui::TableNextColumn();
            if (ImGui::Selectable(revenue_group_name(app, v.breakdown, g.key), g.key == v.key,
                                  ImGuiSelectableFlags_SpanAllColumns))
                post_command(app, "revenue.set_breakdown", {{"by", owners ? "owner" : "segment"}, {"key", g.key}});
            ImGui::TableNextColumn();
            text_right(format_count(g.accounts));
            number_cell(format_money(r.revenue.months.empty() ? Money() : r.revenue.months.back().arr(), cur), MetricId::arr);
            number_cell(format_rate(r.trailing_12.nrr()), MetricId::nrr_trailing_12);
            number_cell(format_rate(r.trailing_12.grr()), MetricId::grr_trailing_12);
            number_cell(format_rate(r.period.cohort.logo_churn_rate()), MetricId::logo_churn_period);
            number_cell(format_rate(r.renewals.rate()), MetricId::renewal_rate);
            ImGui::PopID();
        }
    ImGui::EndTable();
}

}  // namespace retain
