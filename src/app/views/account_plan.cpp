// The account panel's 30-60-90 success plan: without one, a button that starts it from the template of
// the account's engagement model (pre-filled from the handoff); with one, its goals, progress, the status
// of each period and the items with their target dates, status, edit (a pencil opens the item as a form:
// widgets/item_edit.hpp) and delete, plus a row to add an item.
#include <algorithm>
#include <cstdio>
#include <string>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/item_edit.hpp"
#include "app/widgets/widgets.hpp"
#include "core/journey/plan_schedule.hpp"

namespace retain {
namespace {

const char* const kProgressTooltip =
    "Plan progress = items done / items. An item's target = the plan start (the recorded kickoff, else the contract "
    "start) + its day; a period is behind when an item is past its target and not done, or blocked "
    "(docs/metrics.md, \"Success plans\").";

void draw_new_plan(AppState& app, AccountIx ix) {
    const Account& a = app.ws.accounts[ix];
    const PlanTemplate kind = template_for(app.analysis.segmentation.model_of(ix));
    muted_text(std::string("No success plan. The ") + plan_template_label(kind) + " fits this account's engagement model" +
               (find_handoff(app.ws.handoffs, a.id) ? "; its goals come from the handoff." : "."));
    if (ImGui::Button("Start the 30-60-90 plan")) post_command(app, "success_plan.create", {{"account", a.id}});
    ImGui::SameLine();
    const PlanTemplate other = kind == PlanTemplate::custom ? PlanTemplate::standard : PlanTemplate::custom;
    const std::string label = std::string("Use the ") + plan_template_label(other);
    if (ImGui::SmallButton(label.c_str()))
        post_command(app, "success_plan.create", {{"account", a.id}, {"template", to_string(other)}});
}

const char* const* status_labels() {
    static const char* labels[kPlanItemStatusCount];
    for (int s = 0; s < kPlanItemStatusCount; ++s) labels[s] = plan_item_status_label(PlanItemStatus(s));
    return labels;
}

bool same_item(const PlanItem& a, const PlanItem& b) {
    return a.day == b.day && a.goal == b.goal && a.milestone == b.milestone && a.owner == b.owner && a.proof == b.proof &&
           a.status == b.status && a.done == b.done;
}

void open_edit(PlanItemEdit& e, const PlanItem& item, size_t index) {
    e.index = int(index);
    e.focus = true;
    e.original = item;
    e.day = item.day;
    e.status = int(item.status);
    copy_text(e.goal, item.goal);
    copy_text(e.milestone, item.milestone);
    copy_text(e.owner, item.owner);
    copy_text(e.proof, item.proof);
}

// The items table; an item open for editing splits it in two (its form spans the panel's width between
// them), so the second part has the same columns and no header.
bool begin_items_table(const char* id, bool header) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable(id, 6, flags)) return false;
    ImGui::TableSetupColumn("Day / target", 0, 1.0f);
    ImGui::TableSetupColumn("Goal", 0, 1.3f);
    ImGui::TableSetupColumn("Milestone", 0, 1.8f);
    ImGui::TableSetupColumn("Owner / proof", 0, 1.6f);
    ImGui::TableSetupColumn("Status", 0, 1.0f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, icon_button_width());  // pencil over trash
    if (header) ImGui::TableHeadersRow();
    return true;
}

void draw_item_row(AppState& app, const Account& a, const PlanItem& item, size_t i, Date start) {
    const Date target = item_target(start, item);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const bool late = item.status != PlanItemStatus::done && target.ok() && target < app.analysis.as_of;
    ImGui::Text("Day %d", item.day);
    if (late) ImGui::TextColored(palette().bad, ICON_WARNING " %s", format_iso(target).c_str());
    else ImGui::TextColored(palette().text_muted, "%s", target.ok() ? format_iso(target).c_str() : "no start date");
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", item.goal.c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", item.milestone.c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", item.owner.c_str());
    ImGui::TextColored(palette().text_muted, "%s", item.proof.c_str());
    ImGui::TableNextColumn();
    int status = int(item.status);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::Combo("##status", &status, status_labels(), kPlanItemStatusCount) && status != int(item.status))
        post_command(app, "success_plan.set_item",
                     {{"account", a.id}, {"index", i}, {"status", to_string(PlanItemStatus(status))}});
    if (item.done.ok()) ImGui::TextColored(palette().text_muted, "done %s", format_iso(item.done).c_str());
    ImGui::TableNextColumn();
    if (item_edit_button("Edit this item: its day, goal, milestone, owner, proof of success and status"))
        open_edit(app.journey_view.plan.edit, item, i);
    if (i == 0) remember_item_rect(app.journey_view.plan_edit_button);
    if (ImGui::SmallButton(ICON_TRASH)) post_command(app, "success_plan.delete_item", {{"account", a.id}, {"index", i}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this item");
}

// The item open for editing, as a form across the panel: the same fields, labels and widths as the plan's
// goals form above. One success_plan.set_item writes every change (one undo step).
void draw_item_edit(AppState& app, const Account& a, Date start) {
    JourneyViewState& v = app.journey_view;
    PlanItemEdit& e = v.plan.edit;
    ImGui::PushID("plan_item_edit");
    ImGui::Separator();
    ItemEditKeys keys;
    ImGui::SetNextItemWidth(em() * 4);
    ImGui::InputInt("Day", &e.day, 0, 0);
    keys.field();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Day of the plan the item is due (30, 60, 90, ...)");
    ImGui::SameLine();
    PlanItem moved = e.original;
    moved.day = e.day;
    const Date target = e.day >= 1 && e.day <= 365 ? item_target(start, moved) : Date{};
    ImGui::TextColored(palette().text_muted, "target %s", target.ok() ? format_iso(target).c_str() : "-");
    if (e.focus) {
        ImGui::SetKeyboardFocusHere();
        e.focus = false;
    }
    auto text_field = [&](const char* label, const char* hint, char* buf, size_t size) {
        ImGui::SetNextItemWidth(-em() * 9);
        ImGui::InputTextWithHint(label, hint, buf, size);
        keys.field();
    };
    text_field("Goal", "goal", e.goal, sizeof e.goal);
    text_field("Milestone", "milestone", e.milestone, sizeof e.milestone);
    text_field("Owner", "owner", e.owner, sizeof e.owner);
    text_field("Proof of success", "proof of success", e.proof, sizeof e.proof);
    ImGui::SetNextItemWidth(em() * 10);
    ImGui::Combo("Status", &e.status, status_labels(), kPlanItemStatusCount);
    const bool has_text = std::string(e.goal).find_first_not_of(" \t") != std::string::npos ||
                          std::string(e.milestone).find_first_not_of(" \t") != std::string::npos;
    const char* why_not = e.day < 1 || e.day > 365 ? "The day must be 1 to 365 (days from the plan's start)"
                          : !has_text              ? "An item needs a goal or a milestone"
                                                   : nullptr;
    const ItemEditAction action = item_edit_buttons(app, keys, why_not, v.plan_save_button);
    if (action == ItemEditAction::save) {
        nlohmann::json args = {{"account", a.id}, {"index", e.index}, {"day", e.day}, {"goal", std::string(e.goal)},
                               {"milestone", std::string(e.milestone)}, {"owner", std::string(e.owner)},
                               {"proof", std::string(e.proof)}};
        if (e.status != int(e.original.status)) args["status"] = to_string(PlanItemStatus(e.status));
        PlanItem edited = e.original;
        edited.day = e.day;
        edited.goal = e.goal;
        edited.milestone = e.milestone;
        edited.owner = e.owner;
        edited.proof = e.proof;
        edited.status = PlanItemStatus(e.status);
        if (!same_item(edited, e.original)) post_command(app, "success_plan.set_item", std::move(args));
    }
    if (action != ItemEditAction::none) e.index = -1;
    ImGui::Separator();
    ImGui::PopID();
}

void draw_items(AppState& app, const Account& a, const SuccessPlan& plan, Date start) {
    PlanItemEdit& e = app.journey_view.plan.edit;
    // The workspace changed under an open edit (an undo, a delete): keep it only while its item is still there.
    if (e.index >= 0 && (size_t(e.index) >= plan.items.size() || !same_item(plan.items[size_t(e.index)], e.original)))
        e.index = -1;
    bool open = begin_items_table("plan_items", true);
    for (size_t i = 0; i < plan.items.size(); ++i) {
        if (int(i) == e.index) {
            if (open) ImGui::EndTable();
            draw_item_edit(app, a, start);
            open = begin_items_table("plan_items_after_edit", false);
        } else if (open) {
            ImGui::PushID(int(i));
            draw_item_row(app, a, plan.items[i], i, start);
            ImGui::PopID();
        }
    }
    if (open) ImGui::EndTable();
}

void draw_add_item(AppState& app, const Account& a) {
    PlanForm& f = app.journey_view.plan;
    ImGui::SetNextItemWidth(em() * 4);
    ImGui::InputInt("##new_day", &f.new_day, 0, 0);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Day of the plan the item is due (30, 60, 90, ...)");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 8);
    ImGui::InputTextWithHint("##new_goal", "goal", f.new_goal, sizeof f.new_goal);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 10);
    ImGui::InputTextWithHint("##new_milestone", "milestone", f.new_milestone, sizeof f.new_milestone);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 6);
    ImGui::InputTextWithHint("##new_owner", "owner", f.new_owner, sizeof f.new_owner);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 8);
    ImGui::InputTextWithHint("##new_proof", "proof of success", f.new_proof, sizeof f.new_proof);
    ImGui::SameLine();
    if (ImGui::Button("Add item"))
        post_command(app, "success_plan.add_item",
                     {{"account", a.id}, {"day", std::max(1, f.new_day)}, {"goal", std::string(f.new_goal)},
                      {"milestone", std::string(f.new_milestone)}, {"owner", std::string(f.new_owner)},
                      {"proof", std::string(f.new_proof)}});
}

}  // namespace

void draw_account_plan(AppState& app, AccountIx ix) {
    const Account& a = app.ws.accounts[ix];
    const SuccessPlan* plan = find_plan(app.ws.success_plans, a.id);
    const Date start = plan_start(app.ws, ix);
    const PlanProgress progress = plan ? plan_progress(*plan, start, app.analysis.as_of) : PlanProgress{};
    std::string title = plan ? "Success plan (" + std::to_string(progress.done) + "/" + std::to_string(progress.items) + " done)"
                             : std::string("Success plan (none)");
    title += "###acct_plan";
    const bool open = ImGui::CollapsingHeader(title.c_str());
    remember_item_rect(app.journey_view.plan_header);
    if (!open) return;
    if (!plan) {
        draw_new_plan(app, ix);
        return;
    }
    ImGui::Text("%s  \xC2\xB7  starts %s", plan_template_label(plan->kind), start.ok() ? format_iso(start).c_str() : "(no kickoff or contract start)");
    ImGui::Text("Progress %s", format_rate(progress.share, 0).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kProgressTooltip);
    const char* const periods[kPlanPeriodCount] = {"Days 1-30", "Days 31-60", "Days 61-90"};
    for (int k = 0; k < kPlanPeriodCount; ++k) {
        ImGui::SameLine(0, em());
        const PeriodStatus s = progress.periods[size_t(k)];
        const ImVec4 c = s == PeriodStatus::behind ? palette().bad : s == PeriodStatus::done ? palette().good : palette().text_muted;
        ImGui::TextColored(c, "%s: %s", periods[k], period_status_label(s));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kProgressTooltip);
    }
    PlanForm& f = app.journey_view.plan;
    ImGui::InputTextMultiline("Goals, outcomes##plan", f.outcomes, sizeof f.outcomes, ImVec2(-em() * 9, em() * 2.4f));
    ImGui::InputTextMultiline("Success criteria##plan", f.success_criteria, sizeof f.success_criteria, ImVec2(-em() * 9, em() * 2.4f));
    ImGui::InputText("Plan owner", f.owner, sizeof f.owner);
    if (ImGui::Button("Save goals"))
        post_command(app, "success_plan.update", {{"account", a.id}, {"outcomes", std::string(f.outcomes)},
                                                  {"success_criteria", std::string(f.success_criteria)},
                                                  {"owner", std::string(f.owner)}});
    ImGui::SameLine();
    if (ImGui::Button("Delete plan")) post_command(app, "success_plan.delete", {{"account", a.id}});
    draw_items(app, a, *plan, start);
    draw_add_item(app, a);
}

}  // namespace retain
