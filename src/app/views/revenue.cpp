// The Revenue view: the header line with the period and breakdown controls on the right, then five tabs —
// MRR movements and trends (revenue_charts.cpp), the retention table and the breakdown's groups
// (revenue_tables.cpp), cohorts (revenue_cohorts.cpp), customer metrics (revenue_customers.cpp) and the
// CS ROI calculator (revenue_roi.cpp). Every figure is read from RevenueViewState's cache
// (revenue_cache.cpp); the controls post commands (metrics_commands.cpp).
#include <string>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

constexpr int kRangeChoices[] = {3, 6, 12, 24, 0};
const char* const kRangeLabels[] = {"Last 3 months", "Last 6 months", "Last 12 months", "Last 24 months", "All months"};
const char* const kBreakdownKeys[] = {"all", "segment", "owner"};
const char* const kBreakdownLabels[] = {"All accounts", "By segment", "By owner"};

// An owner's name for the picker and tables ("Unassigned" for the pooled book).
const char* group_name(const AppState& app, RevenueBreakdown kind, const std::string& key) {
    if (key.empty()) return kind == RevenueBreakdown::owner ? "Unassigned" : "(no segment)";
    if (kind == RevenueBreakdown::owner)
        if (const Csm* c = app.ws.find_csm(key)) return c->name.c_str();
    return key.c_str();
}

void draw_revenue_tabs(AppState& app) {
    struct TabSpec {
        const char* label;
        const char* key;
        void (*draw)(AppState&);
    };
    static const TabSpec kTabs[kRevenueTabCount] = {
        {"Revenue", "revenue", draw_revenue_charts},
        {"Retention", "retention", draw_retention_table},
        {"Cohorts", "cohorts", draw_cohort_heatmap},
        {"Customers", "customers", draw_customer_metrics},
        {"CS ROI", "roi", draw_cs_roi},
    };
    RevenueViewState& v = app.revenue_view;
    if (!ImGui::BeginTabBar("revenue_tabs")) return;
    // A tab chosen by command is pressed on the bar for a couple of frames (the bar takes a frame to
    // switch); a click on a tab posts revenue.show.
    const bool requested = v.tab_request_frames > 0;
    if (requested) --v.tab_request_frames;
    for (int i = 0; i < kRevenueTabCount; ++i) {
        const ImGuiTabItemFlags flags = requested && int(v.tab) == i ? ImGuiTabItemFlags_SetSelected : 0;
        if (!ImGui::BeginTabItem(kTabs[i].label, nullptr, flags)) continue;
        if (!requested && int(v.tab) != i) post_command(app, "revenue.show", {{"tab", kTabs[i].key}});
        ImGui::BeginChild("tab_body", ImVec2(0, 0), false);
        kTabs[i].draw(app);
        ImGui::EndChild();
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace

const char* revenue_group_name(const AppState& app, RevenueBreakdown kind, const std::string& key) {
    return group_name(app, kind, key);
}

void draw_revenue_controls(AppState& app) {
    const RevenueViewState& v = app.revenue_view;
    const float combo = em() * 9.5f;
    const bool picker = v.breakdown != RevenueBreakdown::all && !v.groups.empty();
    const float width = combo * (picker ? 3.0f : 2.0f) + ImGui::GetStyle().ItemSpacing.x * (picker ? 2.0f : 1.0f);
    ImGui::SameLine();
    const float right = ImGui::GetWindowContentRegionMax().x - width;
    if (right > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(right);

    int range_ix = 2;
    for (int i = 0; i < 5; ++i)
        if (kRangeChoices[i] == v.range_months) range_ix = i;
    ImGui::SetNextItemWidth(combo);
    if (ImGui::BeginCombo("##range", kRangeLabels[range_ix])) {
        for (int i = 0; i < 5; ++i)
            if (ImGui::Selectable(kRangeLabels[i], i == range_ix))
                post_command(app, "revenue.set_range", {{"months", kRangeChoices[i]}});
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The months the figures cover, ending with the as-of month");

    ImGui::SameLine();
    ImGui::SetNextItemWidth(combo);
    if (ImGui::BeginCombo("##breakdown", kBreakdownLabels[int(v.breakdown)])) {
        for (int i = 0; i < 3; ++i)
            if (ImGui::Selectable(kBreakdownLabels[i], i == int(v.breakdown)))
                post_command(app, "revenue.set_breakdown", {{"by", kBreakdownKeys[i]}});
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Every figure for all accounts, one segment or one owner's book (docs/metrics.md, \"Breakdowns\")");

    if (!picker) return;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(combo);
    if (ImGui::BeginCombo("##group", group_name(app, v.breakdown, v.key))) {
        // The groups of an owner breakdown can be thousands: clip the list.
        ImGuiListClipper clipper;
        clipper.Begin(int(v.groups.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const MetricsBreakdownRow& g = v.groups[size_t(i)];
                ImGui::PushID(i);
                if (ImGui::Selectable(group_name(app, v.breakdown, g.key), g.key == v.key))
                    post_command(app, "revenue.set_breakdown", {{"by", kBreakdownKeys[int(v.breakdown)]}, {"key", g.key}});
                ImGui::PopID();
            }
        ImGui::EndCombo();
    }
}

void draw_revenue_view(AppState& app) {
    if (app.ws.accounts.empty()) {
        view_header(ICON_REVENUE, "Revenue");
        empty_workspace_notice(app, "revenue");
        return;
    }
    refresh_revenue_cache(app);
    const RevenueViewState& v = app.revenue_view;
    std::string subtitle = v.range.ok() ? format_iso(v.range.first) + " to " + format_iso(v.range.last) : "no MRR history";
    subtitle += "  \xC2\xB7  " + format_count(v.report_accounts) + " accounts";
    if (v.breakdown != RevenueBreakdown::all) subtitle += "  \xC2\xB7  " + std::string(group_name(app, v.breakdown, v.key));
    // The header line: title, what the figures cover, and the controls on the right (view_header's look).
    ImGui::PushFont(fonts().heading);
    ImGui::Text("%s  %s", ICON_REVENUE, "Revenue");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em() * 0.2f);
    ImGui::TextColored(palette().text_muted, "%s", subtitle.c_str());
    draw_revenue_controls(app);
    ImGui::Spacing();
    if (v.report.revenue.months.empty()) {
        muted_text("No MRR history for these accounts: load MRR snapshots or subscriptions (Data view) to see revenue "
                   "and retention.");
        return;
    }
    draw_revenue_tabs(app);
}

}  // namespace retain
