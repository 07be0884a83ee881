// The Health view's Accounts tab: every account with its color (shape and label), score, trend arrow,
// 26-week sparkline, why line, missing inputs, ARR and owner. Sorted and filtered through health.sort /
// health.filter into a cached index list (health_rows.cpp); only visible rows are drawn (ImGuiListClipper).
#include <imgui_internal.h>  // TableSetColumnSortDirection: show a sort set by a command in the header

#include <cmath>
#include <cstdio>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/charts.hpp"
#include "app/widgets/widgets.hpp"
#include "core/account_query.hpp"

namespace retain {
namespace {

const char* const kSortKeys[kHealthSortColumnCount] = {"name", "color", "score", "trend", "missing", "arr", "owner"};
constexpr ImGuiID kNoSortColumn = 100;  // user ids of the sparkline and why columns, which do not sort

const char* const kTrendHelp =
    "Trend: the latest score minus the score four weeks earlier; up or down when the change is at least 5 points, "
    "else flat; none when either is not scored (docs/metrics.md, \"Health score: history\").";

void draw_toolbar(AppState& app) {
    HealthTableState& t = app.health_view.table;
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(palette().text_muted, "%s of %s accounts", format_count(int64_t(t.rows.size())).c_str(),
                       format_count(int64_t(app.ws.accounts.size())).c_str());
    static const char* const kFilterLabels[] = {"All colors", "Not scored", "Red", "Yellow", "Green"};
    static const char* const kFilterKeys[] = {"all", "none", "red", "yellow", "green"};
    const float width = em() * 10;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width);
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##color_filter", kFilterLabels[t.color_filter + 1])) {
        for (int i = 0; i < 5; ++i)
            if (ImGui::Selectable(kFilterLabels[i], t.color_filter + 1 == i))
                post_command(app, "health.filter", {{"color", kFilterKeys[i]}});
        ImGui::EndCombo();
    }
}

// Header clicks post health.sort; a sort set by command shows in the header (as the Accounts view does).
void sync_sort(AppState& app) {
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs) return;
    HealthTableState& t = app.health_view.table;
    if (specs->SpecsDirty) {
        specs->SpecsDirty = false;
        if (t.header_sort_synced && specs->SpecsCount > 0 && specs->Specs[0].ColumnUserID < kNoSortColumn) {
            const auto column = HealthSortColumn(specs->Specs[0].ColumnUserID);
            const bool descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
            if (column != t.sort || descending != t.descending)
                post_command(app, "health.sort", {{"column", kSortKeys[int(column)]}, {"descending", descending}});
            return;
        }
        t.header_sort_synced = true;
    }
    const bool shown = specs->SpecsCount > 0 && HealthSortColumn(specs->Specs[0].ColumnUserID) == t.sort &&
                       (specs->Specs[0].SortDirection == ImGuiSortDirection_Descending) == t.descending;
    if (!shown) {
        // Columns are set up in this order: the sort key's column index.
        static const int kColumnOf[kHealthSortColumnCount] = {0, 1, 2, 3, 6, 7, 8};
        ImGui::TableSetColumnSortDirection(kColumnOf[int(t.sort)],
                                           t.descending ? ImGuiSortDirection_Descending : ImGuiSortDirection_Ascending,
                                           false);
    }
}

void hover_text(const char* text) {
    if (!ImGui::IsItemHovered() || !text[0]) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(em() * 28);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void draw_trend(const HealthViewState& h, AccountIx ix) {
    const Palette& p = palette();
    if (!h.history_ready) {
        ImGui::TextDisabled("\xE2\x80\xA6");  // an ellipsis: the history is being computed
        return;
    }
    switch (health_trend(h.history, ix)) {
        case HealthTrend::up: ImGui::TextColored(p.good, ICON_ARROW_UP " up"); break;
        case HealthTrend::down: ImGui::TextColored(p.bad, ICON_ARROW_DOWN " down"); break;
        case HealthTrend::flat: ImGui::TextColored(p.text_muted, ICON_ARROW_RIGHT " flat"); break;
        case HealthTrend::none: ImGui::TextDisabled("\xE2\x80\x94"); break;
    }
    hover_text(kTrendHelp);
}

void draw_sparkline(AppState& app, AccountIx ix, float height) {
    HealthViewState& h = app.health_view;
    HealthTableState& t = h.table;
    const ImVec2 size(ImGui::GetContentRegionAvail().x, height);
    if (!h.history_ready || ix >= h.history.accounts) {
        ImGui::Dummy(size);
        return;
    }
    const size_t weeks = h.history.weeks();
    t.spark.resize(weeks);  // sized once per history; no allocation per row
    const float* s = h.history.sparkline(ix);
    for (size_t w = 0; w < weeks; ++w) t.spark[w] = double(s[w]);
    const ImU32 color = ImGui::ColorConvertFloat4ToU32(health_color_rgba(h.history.color(ix, weeks - 1)));
    const ChartHit hit = sparkline("##spark", size, t.spark.data(), int(weeks), color, number_format(),
                                   t.week_labels.size() == weeks ? t.week_labels.data() : nullptr);
    if (hit.clicked) post_command(app, "accounts.select", {{"id", app.ws.accounts[ix].id}});
}

void draw_row(AppState& app, AccountIx ix) {
    const Account& a = app.ws.accounts[ix];
    const HealthScores& s = app.analysis.health;
    const Palette& p = palette();
    ImGui::TableNextRow();
    ImGui::PushID(int(ix));

    ImGui::TableNextColumn();
    if (ImGui::Selectable(a.name.c_str(), app.selected == ix,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
        post_command(app, "accounts.select", {{"id", a.id}});

    ImGui::TableNextColumn();
    health_color_badge(s.color[ix]);
    if (ImGui::IsItemHovered()) {
        const HealthViewState& h = app.health_view;
        const Date since = h.history_ready ? color_changed_on(h.history, ix) : Date{};
        if (since.ok()) ImGui::SetTooltip("%s since %s (the week the color last changed)", color_label(s.color[ix]),
                                          format_iso(since).c_str());
        else hover_text(health_color_definition(s.color[ix]));
    }
    if (s.override_index[ix] >= 0) {
        ImGui::SameLine();
        ImGui::TextColored(p.text_muted, ICON_USER);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Set by a CSM override (see the why); computed: %s", color_label(s.computed[ix]));
    }

    ImGui::TableNextColumn();
    char score[16];
    if (std::isnan(s.score[ix])) std::snprintf(score, sizeof score, "\xE2\x80\x94");
    else std::snprintf(score, sizeof score, "%.0f", double(s.score[ix]));
    text_right(score);

    ImGui::TableNextColumn();
    draw_trend(app.health_view, ix);

    ImGui::TableNextColumn();
    draw_sparkline(app, ix, ImGui::GetTextLineHeight());

    ImGui::TableNextColumn();
    const std::string& why = health_why_text(app, ix);
    ImGui::TextUnformatted(why.c_str());
    hover_text(why.c_str());

    ImGui::TableNextColumn();
    const std::string& missing = health_missing_text(app, ix);
    if (missing.empty()) ImGui::TextDisabled("\xE2\x80\x94");
    else ImGui::TextColored(p.text_muted, "%s", missing.c_str());
    if (!missing.empty() && ImGui::IsItemHovered())
        ImGui::SetTooltip("No value for: %s\nLeft out; their weight is shared among the rest (docs/metrics.md, "
                          "\"Health score: weights and missing data\").\nCoverage: %.0f%% of the nominal weight.",
                          missing.c_str(), double(s.coverage[ix]) * 100);

    ImGui::TableNextColumn();
    text_right(format_money(app.analysis.accounts[ix].arr, app.ws.settings.currency));

    ImGui::TableNextColumn();
    const std::string& owner = owner_name(app.ws, a);
    if (owner.empty()) ImGui::TextColored(p.text_muted, "Pooled");
    else ImGui::TextUnformatted(owner.c_str());
    ImGui::PopID();
}

}  // namespace

void draw_health_table(AppState& app) {
    HealthTableState& t = app.health_view.table;
    draw_toolbar(app);
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_Hideable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("health_accounts", 9, flags, ImVec2(0, 0))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("Account", ImGuiTableColumnFlags_NoHide, 2.4f, ImGuiID(HealthSortColumn::name));
    ImGui::TableSetupColumn("Health", 0, 1.2f, ImGuiID(HealthSortColumn::color));
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_DefaultSort, 0.7f, ImGuiID(HealthSortColumn::score));
    ImGui::TableSetupColumn("Trend", 0, 0.8f, ImGuiID(HealthSortColumn::trend));
    ImGui::TableSetupColumn("26 weeks", ImGuiTableColumnFlags_NoSort, 1.3f, kNoSortColumn);
    ImGui::TableSetupColumn("Why", ImGuiTableColumnFlags_NoSort, 5.0f, kNoSortColumn + 1);
    ImGui::TableSetupColumn("Missing", 0, 1.6f, ImGuiID(HealthSortColumn::missing));
    ImGui::TableSetupColumn("ARR", ImGuiTableColumnFlags_PreferSortDescending, 1.1f, ImGuiID(HealthSortColumn::arr));
    ImGui::TableSetupColumn("Owner", 0, 1.3f, ImGuiID(HealthSortColumn::owner));
    ImGui::TableHeadersRow();
    sync_sort(app);

    ImGuiListClipper clipper;
    clipper.Begin(int(t.rows.size()));
    while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) draw_row(app, t.rows[size_t(row)]);
    if (clipper.ItemsHeight > 0) t.first_visible_row = int(ImGui::GetScrollY() / clipper.ItemsHeight);
    ImGui::EndTable();
}

}  // namespace retain
