// Tasks where other views show them: the account panel's open tasks of one account, and the Overview's
// "Tasks due" tile (counts from core count_tasks, docs/metrics.md "Tasks due").
#include "app/commands.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/playbooks/playbook_engine.hpp"

namespace retain {

void draw_account_tasks(AppState& app, AccountIx ix) {
    const Account& acc = app.ws.accounts[ix];
    const Date as_of = app.analysis.as_of;
    int shown = 0;
    for (const Task& t : app.ws.tasks) {
        if (t.account != acc.id || !task_is_active(t, as_of)) continue;
        if (shown == 0) ImGui::Text("Open tasks");
        ++shown;
        ImGui::PushID(t.id.c_str());
        const bool overdue = task_is_overdue(t, as_of);
        const std::string label = format_iso(t.due) + "  " + t.title;
        if (overdue) ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
        if (ImGui::Selectable(label.c_str())) {
            post_command(app, "tasks.open", {{"id", t.id}});
            post_command(app, "playbooks.show", {{"tab", "inbox"}});
            post_command(app, "navigate", {{"view", "playbooks"}});
        }
        if (overdue) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s, priority %d (%s)%s.\nClick: open it in the task inbox.", owner_role_label(t.role),
                              t.priority, priority_label(t.priority), overdue ? ", overdue" : "");
        ImGui::PopID();
    }
    if (shown == 0) muted_text("No open tasks for this account.");
}

void build_tasks_tile(const AppState& app, TileText& tile) {
    const TaskCounts c = count_tasks(app.ws.tasks, app.analysis.as_of);
    const std::string week_end = format_iso(app.analysis.as_of.plus_days(6));
    if (app.ws.tasks.empty()) {
        tile.value = kNoValueText;
        tile.detail = "no tasks yet: run the playbooks";
        tile.tooltip = "Tasks due = open tasks that are overdue or due by " + week_end +
                       ". There are no tasks: run the playbooks (Playbooks & Tasks, \"Run now\").";
        return;
    }
    tile.value = format_count(c.due());
    tile.detail = format_count(c.overdue) + " overdue \xC2\xB7 " + format_count(c.active) + " open";
    tile.tooltip = "Tasks due = open tasks that are overdue (" + format_count(c.overdue) + ") or due from " +
                   format_iso(app.analysis.as_of) + " through " + week_end + " (" + format_count(c.due_this_week) +
                   "). Open = open, or snoozed until a date now past.\nClick: the task inbox.";
}

}  // namespace retain
