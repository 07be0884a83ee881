// The Sales view tab: churn, health mix and NRR by industry, segment or acquisition source
// (voice.sales_by), with a verdict per group: which customers thrive and which are high-risk deals.
// Figures come from core/voice/sales_breakdown.hpp through voice_sales() (voice_cache.cpp).
#include <cstdio>

#include "app/commands.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/views/voice_parts.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

const char* const kChurnTooltip =
    "Logo churn (trailing 12 months) = customers paying 12 months before the last month who pay nothing in it / "
    "those customers (docs/metrics.md, \"Logo churn rate\").";
const char* const kNrrTooltip =
    "NRR (trailing 12 months) = the MRR now of the customers paying 12 months ago / their MRR then (docs/metrics.md, "
    "\"NRR and GRR\").";
const char* const kMixTooltip =
    "Accounts per health color now: red / yellow / green (not scored apart). At risk = red + yellow / scored "
    "(docs/metrics.md, \"Health distribution\").";
const char* const kVerdictTooltip =
    "Compared with all accounts (docs/metrics.md, \"Sales breakdown\"): Thriving = NRR >= 100% and churn and at-risk "
    "share no higher than all accounts'. High risk = at-risk share above all accounts' and NRR below it (without an "
    "NRR: churn above it). Too few to tell = fewer than 5 customers 12 months ago.";

const char* group_label(SalesGrouping g) {
    switch (g) {
        case SalesGrouping::segment: return "Segment";
        case SalesGrouping::source: return "Acquisition source";
        case SalesGrouping::industry: break;
    }
    return "Industry";
}

void draw_row(const AppState& app, const SalesRow& r, const char* name) {
    const std::string& currency = app.ws.settings.currency;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(name);
    ImGui::TableNextColumn();
    text_right(format_count(r.accounts));
    ImGui::TableNextColumn();
    text_right(format_money_short(r.arr, currency));
    ImGui::TableNextColumn();
    text_right(format_rate(r.logo_churn));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\nCohort: %d customers", kChurnTooltip, r.cohort);
    ImGui::TableNextColumn();
    text_right(format_rate(r.nrr));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kNrrTooltip);
    ImGui::TableNextColumn();
    ImGui::BeginGroup();  // one tooltip over the three counts
    ImGui::TextColored(palette().bad, "%d", r.health.count(kHealthRed));
    ImGui::SameLine(0, em() * 0.3f);
    ImGui::TextColored(palette().warn, "%d", r.health.count(kHealthYellow));
    ImGui::SameLine(0, em() * 0.3f);
    ImGui::TextColored(palette().good, "%d", r.health.count(kHealthGreen));
    ImGui::EndGroup();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s\nred %d, yellow %d, green %d, not scored %d", kMixTooltip, r.health.count(kHealthRed),
                          r.health.count(kHealthYellow), r.health.count(kHealthGreen), r.health.count(kHealthNone));
    ImGui::TableNextColumn();
    text_right(format_rate(r.at_risk_share));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kMixTooltip);
    ImGui::TableNextColumn();
    text_right(format_money_short(r.health.at_risk(), currency));
    ImGui::TableNextColumn();
    const ImVec4 colour = r.verdict == SalesVerdict::thriving    ? palette().good
                          : r.verdict == SalesVerdict::high_risk ? palette().bad
                                                                 : palette().text_muted;
    ImGui::TextColored(colour, "%s", sales_verdict_label(r.verdict));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kVerdictTooltip);
}

}  // namespace

void draw_voice_sales(AppState& app) {
    const SalesBreakdown& s = voice_sales(app);
    ImGui::TextUnformatted("Group by");
    for (int g = 0; g < 3; ++g) {
        ImGui::SameLine();
        if (ImGui::RadioButton(group_label(SalesGrouping(g)), s.grouping == SalesGrouping(g)) && s.grouping != SalesGrouping(g))
            post_command(app, "voice.sales_by", {{"by", to_string(SalesGrouping(g))}});
    }
    muted_text("Which customers thrive and which are high-risk deals: feed this back to sales and marketing.");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("voice_sales_table", 9, flags)) return;
    ImGui::TableSetupColumn(group_label(s.grouping), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Accounts", ImGuiTableColumnFlags_WidthFixed, em() * 5);
    ImGui::TableSetupColumn("ARR", ImGuiTableColumnFlags_WidthFixed, em() * 6);
    ImGui::TableSetupColumn("Logo churn", ImGuiTableColumnFlags_WidthFixed, em() * 5.5f);
    ImGui::TableSetupColumn("NRR", ImGuiTableColumnFlags_WidthFixed, em() * 5);
    ImGui::TableSetupColumn("Red/yellow/green", ImGuiTableColumnFlags_WidthFixed, em() * 8);
    ImGui::TableSetupColumn("At risk", ImGuiTableColumnFlags_WidthFixed, em() * 5);
    ImGui::TableSetupColumn("ARR at risk", ImGuiTableColumnFlags_WidthFixed, em() * 6);
    ImGui::TableSetupColumn("Verdict", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < s.rows.size(); ++i) {
        ImGui::PushID(int(i));
        draw_row(app, s.rows[i], s.rows[i].key.empty() ? "(not set)" : s.rows[i].key.c_str());
        ImGui::PopID();
    }
    draw_row(app, s.all, "All accounts");
    ImGui::EndTable();
}

}  // namespace retain
