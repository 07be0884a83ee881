// Accounts: every account in one table that sorts by any column, filters as you type and scrolls
// 100,000 rows smoothly. The row order is an index list built in core (query_accounts) only when the
// query or the workspace changes; drawing touches only the visible rows (ImGuiListClipper).
#include <imgui_internal.h>  // TableSetColumnSortDirection: show a sort set by a command in the header

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/money.hpp"

namespace retain {
namespace {

void draw_toolbar(AppState& app) {
    AccountsTableState& t = app.accounts_table;
    const float search_width = em() * 20;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - search_width);
    ImGui::SetNextItemWidth(search_width);
    if (t.focus_filter) {
        ImGui::SetKeyboardFocusHere();
        t.focus_filter = false;
    }
    if (ImGui::InputTextWithHint("##filter", ICON_SEARCH "  Search name, id, domain, owner (Ctrl+F)",
                                 t.filter_text, sizeof t.filter_text))
        post_command(app, "accounts.filter", {{"text", std::string(t.filter_text)}});
}

// Header clicks post accounts.sort; a sort that arrived by command is shown in the header. The table's
// first sort specs are its defaults, not a user's click: then the app's query wins.
void sync_sort(AppState& app) {
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs) return;
    AccountsTableState& t = app.accounts_table;
    const AccountQuery& q = t.query;
    if (specs->SpecsDirty) {
        specs->SpecsDirty = false;
        if (t.header_sort_synced && specs->SpecsCount > 0) {
            const auto column = AccountColumn(specs->Specs[0].ColumnUserID);
            const bool descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
            if (column != q.sort_column || descending != q.descending)
                post_command(app, "accounts.sort", {{"column", to_string(column)}, {"descending", descending}});
            return;
        }
        t.header_sort_synced = true;
    }
    const bool shown = specs->SpecsCount > 0 && AccountColumn(specs->Specs[0].ColumnUserID) == q.sort_column &&
                       (specs->Specs[0].SortDirection == ImGuiSortDirection_Descending) == q.descending;
    if (!shown)
        ImGui::TableSetColumnSortDirection(int(q.sort_column),
                                           q.descending ? ImGuiSortDirection_Descending : ImGuiSortDirection_Ascending,
                                           false);
}

void draw_row(AppState& app, AccountIx ix) {
    const Account& a = app.ws.accounts[ix];
    const Palette& p = palette();
    ImGui::TableNextRow();
    ImGui::PushID(int(ix));

    ImGui::TableNextColumn();
    if (ImGui::Selectable(a.name.c_str(), app.selected == ix,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
        post_command(app, "accounts.select", {{"id", a.id}});
    if (a.status == AccountStatus::churned) {
        ImGui::SameLine();
        ImGui::TextColored(p.bad, "churned");
    }

    ImGui::TableNextColumn();
    draw_segment_cell(app, ix);  // the CRM segment, and the rules' one where it differs

    ImGui::TableNextColumn();
    const std::string& owner = owner_name(app.ws, a);
    if (owner.empty()) ImGui::TextColored(p.text_muted, "Pooled");
    else ImGui::TextUnformatted(owner.c_str());

    ImGui::TableNextColumn();
    text_right(format_money(app.analysis.accounts[ix].arr, app.ws.settings.currency));

    ImGui::TableNextColumn();
    if (a.renewal_date.ok()) {
        const int32_t days = a.renewal_date - app.analysis.as_of;
        const bool soon = a.status == AccountStatus::active && days >= 0 && days <= 90;
        if (soon) ImGui::TextColored(p.warn, "%s", format_iso(a.renewal_date).c_str());
        else ImGui::TextUnformatted(format_iso(a.renewal_date).c_str());
        if (soon && ImGui::IsItemHovered()) ImGui::SetTooltip("Renews in %d days", days);
    }

    ImGui::TableNextColumn();
    ImGui::TextUnformatted(lifecycle_stage_label(a.stage));
    ImGui::PopID();
}

}  // namespace

void draw_accounts_view(AppState& app) {
    AccountsTableState& t = app.accounts_table;
    view_header(ICON_ACCOUNTS, "Accounts",
                format_count(int64_t(t.rows.size())) + " of " + format_count(int64_t(app.ws.accounts.size())) +
                    " accounts");
    if (empty_workspace_notice(app, "account list")) return;
    draw_toolbar(app);

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_Hideable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("accounts", kAccountColumnCount, flags, ImVec2(0, 0))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_NoHide, 3.0f,
                            ImGuiID(AccountColumn::name));
    ImGui::TableSetupColumn("Segment", 0, 1.2f, ImGuiID(AccountColumn::segment));
    ImGui::TableSetupColumn("Owner", 0, 1.5f, ImGuiID(AccountColumn::owner));
    ImGui::TableSetupColumn("ARR", ImGuiTableColumnFlags_PreferSortDescending, 1.2f, ImGuiID(AccountColumn::arr));
    ImGui::TableSetupColumn("Renewal", 0, 1.1f, ImGuiID(AccountColumn::renewal));
    ImGui::TableSetupColumn("Stage", 0, 1.3f, ImGuiID(AccountColumn::stage));
    ImGui::TableHeadersRow();
    sync_sort(app);

    if (t.scroll_to_top) {
        ImGui::SetScrollY(0);
        t.scroll_to_top = false;
    }
    ImGuiListClipper clipper;
    clipper.Begin(int(t.rows.size()));
    while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) draw_row(app, t.rows[size_t(row)]);
    if (clipper.ItemsHeight > 0) t.first_visible_row = int(ImGui::GetScrollY() / clipper.ItemsHeight);
    ImGui::EndTable();
}

}  // namespace retain
