// Overview: the figures a CS leader reads first. Today it shows what the workspace already supports
// exactly (book size and ARR); retention, risk, renewals and tasks join as their work lands.
#include <cstdio>

#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/money.hpp"

namespace retain {

void draw_overview_view(AppState& app) {
    const Analysis& a = app.analysis;
    const std::string& cur = app.ws.settings.currency;
    view_header(ICON_OVERVIEW, "Overview", app.ws.settings.name + "  \xC2\xB7  as of " + format_iso(a.as_of));
    if (empty_workspace_notice(app, "overview")) return;

    // Four tiles side by side where they fit, two by two on narrow windows.
    const int tile_columns = ImGui::GetContentRegionAvail().x >= em() * 44 ? 4 : 2;
    if (ImGui::BeginTable("tiles", tile_columns, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextColumn();
        metric_tile("ARR", format_money_short(a.total_arr, cur),
                    "Annual recurring revenue: 12 x the MRR of all active accounts in the as-of month "
                    "(docs/metrics.md, \"ARR\").",
                    format_money(a.total_arr, cur));
        ImGui::TableNextColumn();
        metric_tile("MRR", format_money_short(a.total_mrr, cur),
                    "Monthly recurring revenue: the sum of every active account's MRR in the as-of month "
                    "(docs/metrics.md, \"Current MRR\").",
                    format_money(a.total_mrr, cur));
        ImGui::TableNextColumn();
        metric_tile("Active accounts", format_count(a.active_accounts),
                    "Accounts whose status is active.",
                    format_count(a.churned_accounts) + " churned");
        ImGui::TableNextColumn();
        metric_tile("CSMs", format_count(int64_t(app.ws.csms.size())),
                    "Customer success managers in the workspace.",
                    format_count(int64_t(app.ws.accounts.size())) + " accounts in all");
        ImGui::EndTable();
    }

    ImGui::Spacing();
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("ARR by segment");
    ImGui::PopFont();
    if (ImGui::BeginTable("segments", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                             ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("Segment", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("Active accounts", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("ARR", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("Share of ARR", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableHeadersRow();
        for (const SegmentTotals& s : a.segments) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(s.segment.empty() ? "(no segment)" : s.segment.c_str());
            ImGui::TableNextColumn();
            text_right(format_count(s.active_accounts));
            ImGui::TableNextColumn();
            text_right(format_money(s.arr, cur));
            ImGui::TableNextColumn();
            char share[32];
            const double pct = a.total_arr.minor > 0 ? 100.0 * double(s.arr.minor) / double(a.total_arr.minor) : 0.0;
            std::snprintf(share, sizeof share, "%.1f%%", pct);
            text_right(share);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    muted_text("Retention (NRR, GRR, logo churn), ARR at risk, renewals due in 90 days, the health mix and "
               "tasks due will join these tiles, each with its change from the previous period.");
}

}  // namespace retain
