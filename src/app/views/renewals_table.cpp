// The Renewals view's table (sortable by date, ARR and health through renewals.sort; a click on an
// account opens its panel and the renewal's outcome editor) and the outcome editor, which posts
// renewals.record_outcome / renewals.clear_outcome.
#include <cmath>
#include <cstdio>

#include <imgui_internal.h>  // TableSetColumnSortDirection: show a sort set by a command in the header

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

constexpr const char* kSortKeys[] = {"date", "arr", "health"};
constexpr ImGuiID kNoSort = 10;
constexpr const char* kResultLabels[] = {"Renewed", "Expanded", "Contracted", "Churned"};

// Header clicks post renewals.sort; the header shows the state's sort when it changed elsewhere.
void sync_sort(AppState& app) {
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs || specs->SpecsCount == 0) return;
    RenewalsViewState& v = app.renewals_view;
    const ImGuiTableColumnSortSpecs& s = specs->Specs[0];
    if (specs->SpecsDirty) {
        specs->SpecsDirty = false;
        // The first dirty specs are the header's default, not a click: the state's sort stands. (Kept in
        // ImGui's storage, which lives as long as the table's window.)
        ImGuiStorage* storage = ImGui::GetStateStorage();
        const ImGuiID synced = ImGui::GetID("sort_synced");
        const bool descending = s.SortDirection == ImGuiSortDirection_Descending;
        if (storage->GetBool(synced) && s.ColumnUserID < 3 &&
            (RenewalSort(s.ColumnUserID) != v.sort || descending != v.descending)) {
            post_command(app, "renewals.sort", {{"by", kSortKeys[s.ColumnUserID]}, {"descending", descending}});
            return;
        }
        storage->SetBool(synced, true);
    }
    static const int kColumnOf[] = {1, 2, 3};
    if (RenewalSort(s.ColumnUserID) != v.sort || (s.SortDirection == ImGuiSortDirection_Descending) != v.descending)
        ImGui::TableSetColumnSortDirection(kColumnOf[int(v.sort)],
                                           v.descending ? ImGuiSortDirection_Descending : ImGuiSortDirection_Ascending, false);
}

void draw_row(AppState& app, const UpcomingRenewal& r) {
    const Account& acc = app.ws.accounts[r.account];
    const std::string& currency = app.ws.settings.currency;
    ImGui::TableNextRow();
    ImGui::PushID(int(r.account));
    ImGui::TableNextColumn();
    const bool selected = app.renewals_view.selected_account == acc.id;
    if (ImGui::Selectable(acc.name.empty() ? acc.id.c_str() : acc.name.c_str(), selected,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
        post_command(app, "accounts.select", {{"id", acc.id}});
        post_command(app, "renewals.select", {{"account", acc.id}});
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open %s and record this renewal's outcome", acc.id.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(format_iso(r.date).c_str());
    ImGui::TableNextColumn();
    text_right(format_money(r.arr, currency));
    ImGui::TableNextColumn();
    health_color_badge(r.color, false);
    ImGui::SameLine();
    if (std::isnan(r.score)) ImGui::TextColored(palette().text_muted, "not scored");
    else ImGui::Text("%.0f", double(r.score));
    ImGui::TableNextColumn();
    if (r.at_risk) {
        const bool health = r.color == HealthColor::red || r.color == HealthColor::yellow;
        const char* why = health && r.risky_task ? "health, task" : health ? "health" : "open risk task";
        ImGui::TextColored(palette().warn, ICON_WARNING " %s", why);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("At risk: red or yellow health now, or an open task of priority %d or more (here: %s)",
                              kRiskTaskPriority, why);
    } else {
        ImGui::TextColored(palette().text_muted, "\xE2\x80\x94");
    }
    ImGui::TableNextColumn();
    text_right(std::to_string(int(std::lround(r.probability * 100))) + "%");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("p(kept) for this health color (see the probabilities above)");
    ImGui::TableNextColumn();
    const Csm* csm = app.ws.find_csm(acc.owner);
    ImGui::TextUnformatted(csm ? csm->name.c_str() : acc.owner.empty() ? "Unassigned" : acc.owner.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(acc.segment.c_str());
    ImGui::TableNextColumn();
    if (r.outcome >= 0) {
        const RenewalOutcome& o = app.ws.renewal_outcomes[size_t(r.outcome)];
        ImGui::TextUnformatted(kResultLabels[size_t(o.result)]);
        if (ImGui::IsItemHovered() && !o.reason.empty()) ImGui::SetTooltip("%s", o.reason.c_str());
    } else {
        ImGui::TextColored(palette().text_muted, "not recorded");
    }
    ImGui::PopID();
}

}  // namespace

void draw_renewals_table(AppState& app, const std::vector<UpcomingRenewal>& rows, const char* id, bool sortable) {
    const ImGuiTableFlags flags = (sortable ? ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY : 0) |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable(id, 9, flags, ImVec2(0, 0))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn("Account", ImGuiTableColumnFlags_NoSort, 2.4f, kNoSort);
    ImGui::TableSetupColumn("Renewal", ImGuiTableColumnFlags_DefaultSort, 1.1f, ImGuiID(RenewalSort::date));
    ImGui::TableSetupColumn("ARR", 0, 1.2f, ImGuiID(RenewalSort::arr));
    ImGui::TableSetupColumn("Health", 0, 1.1f, ImGuiID(RenewalSort::health));
    ImGui::TableSetupColumn("Risk", ImGuiTableColumnFlags_NoSort, 1.3f, kNoSort + 1);
    ImGui::TableSetupColumn("p(kept)", ImGuiTableColumnFlags_NoSort, 0.7f, kNoSort + 2);
    ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_NoSort, 1.3f, kNoSort + 3);
    ImGui::TableSetupColumn("Segment", ImGuiTableColumnFlags_NoSort, 1.1f, kNoSort + 4);
    ImGui::TableSetupColumn("Outcome", ImGuiTableColumnFlags_NoSort, 1.1f, kNoSort + 5);
    ImGui::TableHeadersRow();
    if (sortable) sync_sort(app);
    ImGuiListClipper clipper;
    clipper.Begin(int(rows.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_row(app, rows[size_t(i)]);
    ImGui::EndTable();
}

void draw_renewal_outcome_editor(AppState& app, const RenewalForecast& f) {
    RenewalsViewState& v = app.renewals_view;
    if (v.selected_account.empty()) {
        muted_text("Click a renewal to record its outcome.");
        return;
    }
    const UpcomingRenewal* row = nullptr;
    for (const auto* list : {&f.rows, &f.recent})
        for (const UpcomingRenewal& r : *list)
            if (app.ws.accounts[r.account].id == v.selected_account) row = &r;
    if (!row) {
        muted_text("The selected account has no renewal in this window.");
        return;
    }
    const Account& acc = app.ws.accounts[row->account];
    const RenewalOutcome* recorded = row->outcome >= 0 ? &app.ws.renewal_outcomes[size_t(row->outcome)] : nullptr;
    if (!v.editor_loaded) {
        v.editor_result = recorded ? int(recorded->result) : 0;
        std::snprintf(v.editor_reason, sizeof v.editor_reason, "%s", recorded ? recorded->reason.c_str() : "");
        v.editor_arr = recorded && recorded->arr ? double(recorded->arr->minor) / 100.0 : 0.0;
        v.editor_loaded = true;
    }
    ImGui::PushID("renewal_outcome_editor");
    ImGui::Text("Outcome of %s's renewal on %s", acc.name.c_str(), format_iso(row->date).c_str());
    ImGui::SetNextItemWidth(em() * 9);
    ImGui::Combo("Outcome", &v.editor_result, kResultLabels, kRenewalResultCount);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 8);
    ImGui::InputDouble("New ARR", &v.editor_arr, 0, 0, "%.2f");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The new contract's ARR in %s; 0 = not known", app.ws.settings.currency.c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 16);
    ImGui::InputTextWithHint("Reason", "why: budget, champion left, expanded seats...", v.editor_reason, sizeof v.editor_reason);
    ImGui::SameLine();
    if (ImGui::Button(recorded ? "Update" : "Record")) {
        nlohmann::json args = {{"account", acc.id}, {"date", format_iso(row->date)},
                               {"outcome", to_string(RenewalResult(v.editor_result))}, {"reason", v.editor_reason}};
        if (v.editor_arr > 0) args["arr"] = int64_t(std::llround(v.editor_arr * 100));
        post_command(app, "renewals.record_outcome", args);
    }
    if (recorded) {
        ImGui::SameLine();
        if (ImGui::Button("Clear"))
            post_command(app, "renewals.clear_outcome", {{"account", acc.id}, {"date", format_iso(row->date)}});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove the recorded outcome (Ctrl+Z undoes it)");
    }
    ImGui::SameLine();
    if (ImGui::Button("Close")) post_command(app, "renewals.select", {{"account", ""}});
    ImGui::PopID();
}

}  // namespace retain
