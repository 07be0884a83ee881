// The team half of the Segments & Team view: each CSM's book against their capacity, each engagement
// model's load against the recommended ratio, and the editable ratios and hire thresholds
// (docs/metrics.md "Team capacity"). Reads Analysis::team; edits post team.* commands.
#include <cstdio>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

const char* const kLoadTooltip =
    "Load = accounts / capacity. Capacity is the CSM's own when set; else the accounts one CSM carries at the "
    "most accounts per CSM of each model in the book: accounts / sum(1 / high ratio of each account's model) "
    "(docs/metrics.md, \"Team capacity\").";
const char* const kFteTooltip =
    "CSMs needed for a model = active accounts of the model / accounts per CSM; shown at the high ratio (the "
    "fewest CSMs) and the low one (docs/metrics.md, \"Team capacity\").";

void sync_buffers(AppState& app) {
    TeamViewState& t = app.team_view;
    if (t.settings_revision == app.revision) return;
    const TeamSettings& s = app.ws.team_settings;
    for (int m = 0; m < kEngagementModelCount; ++m) {
        t.ratio_low[size_t(m)] = s.ratios[size_t(m)].low;
        t.ratio_high[size_t(m)] = s.ratios[size_t(m)].high;
    }
    t.hire_arr = double(s.first_hire_arr.minor / 100);
    t.hire_customers = s.first_hire_customers;
    t.task_limit = s.open_tasks_per_owner;
    t.capacity.resize(app.ws.csms.size());
    for (size_t c = 0; c < app.ws.csms.size(); ++c) t.capacity[c] = app.ws.csms[c].capacity;
    t.settings_revision = app.revision;
}

void load_bar(const CsmBook& b) {
    const Palette& p = palette();
    char label[48];
    if (b.capacity <= 0) std::snprintf(label, sizeof label, "no capacity");
    else std::snprintf(label, sizeof label, "%d%%%s", int(b.load * 100 + 0.5), b.over() ? " over" : "");
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, b.over() ? p.bad : b.load >= 0.9 ? p.warn : p.good);
    ImGui::ProgressBar(float(b.load > 1 ? 1.0 : b.load), ImVec2(-1, 0), label);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em() * 26);
        ImGui::Text("%d accounts of %d (%s)", b.accounts, b.capacity, b.capacity_set ? "capacity set" : "from the ratios");
        ImGui::TextUnformatted(kLoadTooltip);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void draw_book_row(AppState& app, const CsmBook& b) {
    const Palette& p = palette();
    const Csm& csm = app.ws.csms[size_t(b.csm)];
    TeamViewState& t = app.team_view;
    ImGui::TableNextRow();
    ImGui::PushID(b.csm);
    ImGui::TableNextColumn();
    if (b.over()) ImGui::TextColored(p.bad, ICON_WARNING " %s", csm.name.c_str());
    else ImGui::TextUnformatted(csm.name.c_str());
    ImGui::TableNextColumn();
    text_right(format_count(b.accounts));
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    int& capacity = t.capacity[size_t(b.csm)];
    ImGui::InputInt("##capacity", &capacity, 0, 0);
    if (ImGui::IsItemDeactivatedAfterEdit())
        post_command(app, "team.set_capacity", {{"csm", csm.id}, {"capacity", capacity < 0 ? 0 : capacity}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Accounts %s can carry; 0 = from the ratios (now %d)", csm.name.c_str(), b.capacity);
    ImGui::TableNextColumn();
    load_bar(b);
    ImGui::TableNextColumn();
    text_right(format_money(b.arr, app.ws.settings.currency));
    ImGui::TableNextColumn();
    ImGui::TextColored(health_color_rgba(HealthColor::red), "%s %d", health_color_icon(HealthColor::red), b.health_mix[1]);
    ImGui::SameLine();
    ImGui::TextColored(health_color_rgba(HealthColor::yellow), "%s %d", health_color_icon(HealthColor::yellow), b.health_mix[2]);
    ImGui::SameLine();
    ImGui::TextColored(health_color_rgba(HealthColor::green), "%s %d", health_color_icon(HealthColor::green), b.health_mix[3]);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Accounts by shown health color: red, yellow, green (%d not scored)", b.health_mix[0]);
    ImGui::TableNextColumn();
    text_right(b.tasks_due < 0 ? std::string(kNoValueText) : format_count(b.tasks_due));
    ImGui::TableNextColumn();
    std::string mix;
    for (int m = 0; m < kEngagementModelCount; ++m)
        if (b.by_model[size_t(m)] > 0)
            mix += (mix.empty() ? "" : ", ") + format_count(b.by_model[size_t(m)]) + " " + model_info(EngagementModel(m)).label;
    ImGui::TextUnformatted(mix.empty() ? "\xE2\x80\x94" : mix.c_str());
    ImGui::PopID();
}

void draw_books(AppState& app) {
    const TeamCapacity& team = app.analysis.team;
    if (team.books.empty()) {
        muted_text("The workspace has no CSMs: import a CSM list (Data view) to see books and capacity.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const float height = em() * 1.6f * float(std::min<size_t>(team.books.size() + 1, 14));
    if (!ImGui::BeginTable("csm_books", 8, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("CSM", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Accounts", ImGuiTableColumnFlags_WidthFixed, em() * 4.5f);
    ImGui::TableSetupColumn("Capacity", ImGuiTableColumnFlags_WidthFixed, em() * 4.5f);
    ImGui::TableSetupColumn("Load", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("ARR", ImGuiTableColumnFlags_WidthFixed, em() * 7);
    ImGui::TableSetupColumn("Health", ImGuiTableColumnFlags_WidthFixed, em() * 8);
    ImGui::TableSetupColumn("Tasks due", ImGuiTableColumnFlags_WidthFixed, em() * 4.5f);
    ImGui::TableSetupColumn("Models", ImGuiTableColumnFlags_WidthStretch, 2.5f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(team.books.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_book_row(app, team.books[size_t(i)]);
    ImGui::EndTable();
    if (team.unowned || team.unknown_owner)
        muted_text(format_count(team.unowned) + " active accounts have no CSM (pooled or tech-touch)" +
                   (team.unknown_owner ? "; " + format_count(team.unknown_owner) + " name an owner who is not a CSM here" : "") + ".");
}

void draw_model_row(AppState& app, int m) {
    TeamViewState& t = app.team_view;
    const ModelLoad& ml = app.analysis.team.models[size_t(m)];
    const EngagementModelInfo& info = model_info(EngagementModel(m));
    ImGui::TableNextRow();
    ImGui::PushID(m);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(info.label);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %s", info.coverage, info.motions);
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(em() * 3.5f);
    ImGui::InputInt("##low", &t.ratio_low[size_t(m)], 0, 0);
    const bool low_done = ImGui::IsItemDeactivatedAfterEdit();
    ImGui::SameLine();
    ImGui::TextUnformatted("to");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 3.5f);
    ImGui::InputInt("##high", &t.ratio_high[size_t(m)], 0, 0);
    if (low_done || ImGui::IsItemDeactivatedAfterEdit())
        post_command(app, "team.set_ratio", {{"model", to_string(EngagementModel(m))},
                                             {"low", std::max(0, t.ratio_low[size_t(m)])},
                                             {"high", std::max(0, t.ratio_high[size_t(m)])}});
    ImGui::TableNextColumn();
    text_right(format_count(ml.accounts));
    ImGui::TableNextColumn();
    text_right(format_count(ml.owned));
    ImGui::TableNextColumn();
    text_right(format_count(ml.csms));
    ImGui::TableNextColumn();
    text_right(ml.csms ? format_number(ml.actual_per_csm, 0) : std::string(kNoValueText));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Accounts with a CSM / CSMs carrying this model: %d / %d", ml.owned, ml.csms);
    ImGui::TableNextColumn();
    char fte[48];
    std::snprintf(fte, sizeof fte, "%.1f to %.1f", ml.fte_at_high, ml.fte_at_low);
    text_right(fte);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kFteTooltip);
    ImGui::PopID();
}

void draw_models(AppState& app) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("model_loads", 7, flags)) return;
    ImGui::TableSetupColumn("Model", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Accounts per CSM", ImGuiTableColumnFlags_WidthFixed, em() * 10);
    ImGui::TableSetupColumn("Accounts", ImGuiTableColumnFlags_WidthFixed, em() * 5);
    ImGui::TableSetupColumn("With a CSM", ImGuiTableColumnFlags_WidthFixed, em() * 5.5f);
    ImGui::TableSetupColumn("CSMs", ImGuiTableColumnFlags_WidthFixed, em() * 4);
    ImGui::TableSetupColumn("Actual per CSM", ImGuiTableColumnFlags_WidthFixed, em() * 7);
    ImGui::TableSetupColumn("CSMs needed", ImGuiTableColumnFlags_WidthFixed, em() * 7);
    ImGui::TableHeadersRow();
    for (int m = 0; m < kEngagementModelCount; ++m) draw_model_row(app, m);
    ImGui::EndTable();
}

void draw_hire_settings(AppState& app) {
    TeamViewState& t = app.team_view;
    ImGui::TextUnformatted("First CS hire at");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 8);
    ImGui::InputDouble("ARR or##hire_arr", &t.hire_arr, 0, 0, "%.0f");
    const bool arr_done = ImGui::IsItemDeactivatedAfterEdit();
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 5);
    ImGui::InputInt("customers##hire_customers", &t.hire_customers, 0, 0);
    if (arr_done || ImGui::IsItemDeactivatedAfterEdit())
        post_command(app, "team.set_hire_thresholds",
                     {{"arr", int64_t(t.hire_arr < 0 ? 0 : t.hire_arr) * 100}, {"customers", std::max(0, t.hire_customers)}});
    ImGui::SameLine();
    help_marker("The guides: hire the first CSM around $1M ARR or 100 customers, whichever comes first.");
}

void draw_task_limit(AppState& app) {
    TeamViewState& t = app.team_view;
    ImGui::TextUnformatted("Playbook runs leave at most");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 5);
    ImGui::InputInt("open tasks per inbox##task_limit", &t.task_limit, 0, 0);
    if (ImGui::IsItemDeactivatedAfterEdit())
        post_command(app, "team.set_task_limit", {{"open_tasks_per_owner", std::max(0, t.task_limit)}});
    ImGui::SameLine();
    help_marker("Each CSM's inbox, and the unassigned pool, takes at most this many open or snoozed tasks from "
                "playbook runs (0 = no limit). Past it a run makes the highest-priority plays first and holds the "
                "rest back; a later run makes them once tasks are done (docs/playbooks.md, \"Owner limit\").");
}

}  // namespace

void draw_team_books(AppState& app) {
    sync_buffers(app);
    ImGui::TextUnformatted("CSM books");
    draw_books(app);
    ImGui::Spacing();
    ImGui::TextUnformatted("Engagement models: recommended accounts per CSM against the actual load");
    draw_models(app);
    draw_hire_settings(app);
    draw_task_limit(app);
}

}  // namespace retain
