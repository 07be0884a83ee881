// The task inbox: mine or the team's, overdue or due this week, sorted by priority or due date; a click
// opens a task below the table with its account, the step's template, and complete / skip / snooze /
// reassign. Rows come from the cache (playbooks_cache.cpp); every action is a command.
#include <cstdio>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/playbooks/playbook_engine.hpp"

namespace retain {
namespace {

const Playbook* playbook_of(const AppState& app, const std::string& id) {
    for (const Playbook& p : app.ws.playbooks)
        if (p.id == id) return &p;
    return nullptr;
}

const char* csm_name(const AppState& app, const std::string& id) {
    if (id.empty()) return "Unassigned";
    const Csm* c = app.ws.find_csm(id);
    return c ? c->name.c_str() : id.c_str();
}

const char* status_text(const Task& t, Date as_of) {
    if (t.status == TaskStatus::done) return "Done";
    if (t.status == TaskStatus::skipped) return "Skipped";
    if (t.status == TaskStatus::snoozed && t.snoozed_until > as_of) return "Snoozed";
    return task_is_overdue(t, as_of) ? "Overdue" : "Open";
}

void draw_filter_bar(AppState& app) {
    const InboxFilter& f = app.playbooks_view.filter;
    if (ImGui::RadioButton("Team", f.team)) post_command(app, "tasks.filter", {{"scope", "team"}});
    ImGui::SameLine();
    const std::string mine = f.csm.empty() ? (app.ws.csms.empty() ? std::string() : app.ws.csms[0].id) : f.csm;
    if (ImGui::RadioButton("Mine", !f.team) && !mine.empty())
        post_command(app, "tasks.filter", {{"scope", "mine"}, {"csm", mine}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Only the tasks of the CSM picked on the right.");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 11);
    if (ImGui::BeginCombo("##csm", f.csm.empty() ? "Pick a CSM" : csm_name(app, f.csm))) {
        for (const Csm& c : app.ws.csms)
            if (ImGui::Selectable(c.name.c_str(), c.id == f.csm))
                post_command(app, "tasks.filter", {{"scope", "mine"}, {"csm", c.id}});
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    static const char* const kDue[] = {"All", "Overdue", "Due this week"};
    static const char* const kDueKeys[] = {"all", "overdue", "week"};
    ImGui::SetNextItemWidth(em() * 8);
    if (ImGui::BeginCombo("##due", kDue[int(f.due)])) {
        for (int i = 0; i < 3; ++i)
            if (ImGui::Selectable(kDue[i], int(f.due) == i)) post_command(app, "tasks.filter", {{"due", kDueKeys[i]}});
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 9);
    static const char* const kSort[] = {"By priority", "By due date"};
    if (ImGui::BeginCombo("##sort", kSort[int(f.sort)])) {
        for (int i = 0; i < 2; ++i)
            if (ImGui::Selectable(kSort[i], int(f.sort) == i))
                post_command(app, "tasks.filter", {{"sort", i == 0 ? "priority" : "due"}});
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    bool closed = f.show_closed;
    if (ImGui::Checkbox("Show finished and snoozed", &closed)) post_command(app, "tasks.filter", {{"show_closed", closed}});

    if (!f.playbook.empty()) {
        const Playbook* p = playbook_of(app, f.playbook);
        ImGui::Text("Only the tasks of: %s", p ? p->name.c_str() : f.playbook.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Show every playbook")) post_command(app, "tasks.filter", {{"playbook", ""}});
    }
    const TaskCounts& c = app.playbooks_view.counts;
    ImGui::TextColored(palette().text_muted, "%d open  \xC2\xB7  %d overdue  \xC2\xB7  %d due this week  \xC2\xB7  %d done",
                       c.active, c.overdue, c.due_this_week, c.done);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Open = open, or snoozed until a date now past. Overdue = open and due before %s. Due this "
                          "week = open and due %s to %s.",
                          format_iso(app.analysis.as_of).c_str(), format_iso(app.analysis.as_of).c_str(),
                          format_iso(app.analysis.as_of.plus_days(6)).c_str());
}

void draw_table(AppState& app) {
    const PlaybooksViewState& v = app.playbooks_view;
    const Date as_of = app.analysis.as_of;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("inbox", 7, flags, ImVec2(0, em() * 16))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Priority", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn("Task", ImGuiTableColumnFlags_WidthStretch, 2.6f);
    ImGui::TableSetupColumn("Account", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Playbook", ImGuiTableColumnFlags_WidthStretch, 1.8f);
    ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(v.rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const Task& t = app.ws.tasks[v.rows[size_t(r)]];
            ImGui::PushID(t.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            char label[48];
            std::snprintf(label, sizeof label, "%s %d", priority_label(t.priority), t.priority);
            if (ImGui::Selectable(label, v.open_task == t.id, ImGuiSelectableFlags_SpanAllColumns))
                post_command(app, "tasks.open", {{"id", t.id}});
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("Priority %d = health points + ARR points (docs/metrics.md, \"Task priority\").\n"
                                  "Click: open the task and its account.", t.priority);
            ImGui::TableNextColumn();
            const std::string due = format_iso(t.due);
            if (task_is_overdue(t, as_of)) ImGui::TextColored(palette().bad, ICON_WARNING " %s", due.c_str());
            else ImGui::TextUnformatted(due.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(t.title.c_str());
            ImGui::TableNextColumn();
            const AccountIx a = app.ws.find_account(t.account);
            ImGui::TextUnformatted(a == kNoAccount ? t.account.c_str() : app.ws.accounts[a].name.c_str());
            ImGui::TableNextColumn();
            const Playbook* p = playbook_of(app, t.playbook);
            ImGui::TextUnformatted(p ? p->name.c_str() : "(deleted playbook)");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(csm_name(app, t.owner));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(status_text(t, as_of));
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void draw_actions(AppState& app, const Task& t) {
    PlaybooksViewState& v = app.playbooks_view;
    ImGui::InputTextMultiline("Outcome note", v.outcome, sizeof v.outcome, ImVec2(0, em() * 3.5f));
    const bool finished = t.status == TaskStatus::done || t.status == TaskStatus::skipped;
    if (!finished) {
        if (ImGui::Button(ICON_CHECK "  Complete")) post_command(app, "tasks.complete", {{"id", t.id}, {"outcome", v.outcome}});
        remember_item_rect(v.complete_button);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Mark done on %s with the outcome note.", format_iso(app.analysis.as_of).c_str());
        ImGui::SameLine();
        if (ImGui::Button("Skip")) post_command(app, "tasks.skip", {{"id", t.id}, {"outcome", v.outcome}});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Not needed for this account: say why in the outcome note.");
        ImGui::SameLine();
        if (ImGui::Button("Snooze 7 days")) post_command(app, "tasks.snooze", {{"id", t.id}, {"days", 7}});
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em() * 7);
        ImGui::InputTextWithHint("##until", "YYYY-MM-DD", v.snooze_until, sizeof v.snooze_until);
        ImGui::SameLine();
        if (ImGui::Button("Snooze until")) post_command(app, "tasks.snooze", {{"id", t.id}, {"until", v.snooze_until}});
    } else {
        if (ImGui::Button(ICON_UNDO "  Reopen")) post_command(app, "tasks.reopen", {{"id", t.id}});
        ImGui::SameLine();
        if (ImGui::Button("Save note")) post_command(app, "tasks.set_outcome", {{"id", t.id}, {"outcome", v.outcome}});
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 11);
    if (ImGui::BeginCombo("Reassign", csm_name(app, t.owner))) {
        if (ImGui::Selectable("Unassigned", t.owner.empty())) post_command(app, "tasks.reassign", {{"id", t.id}, {"owner", ""}});
        for (const Csm& c : app.ws.csms)
            if (ImGui::Selectable(c.name.c_str(), c.id == t.owner))
                post_command(app, "tasks.reassign", {{"id", t.id}, {"owner", c.id}});
        ImGui::EndCombo();
    }
}

void draw_open_task(AppState& app) {
    const PlaybooksViewState& v = app.playbooks_view;
    if (v.open_task.empty()) {
        muted_text("Click a task to see its template and act on it.");
        return;
    }
    const Task* task = nullptr;
    for (const Task& t : app.ws.tasks)
        if (t.id == v.open_task) task = &t;
    if (!task) return;
    const Task& t = *task;
    const Playbook* p = playbook_of(app, t.playbook);
    const AccountIx a = app.ws.find_account(t.account);
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(t.title.c_str());
    ImGui::PopFont();
    if (a != kNoAccount) {
        if (ImGui::SmallButton((ICON_EXTERNAL "  " + app.ws.accounts[a].name).c_str()))
            post_command(app, "accounts.select", {{"id", t.account}});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open the account panel.");
        ImGui::SameLine();
    }
    ImGui::TextColored(palette().text_muted, "%s  \xC2\xB7  %s  \xC2\xB7  due %s  \xC2\xB7  created %s  \xC2\xB7  %s",
                       p ? p->name.c_str() : "(deleted playbook)", owner_role_label(t.role), format_iso(t.due).c_str(),
                       format_iso(t.created).c_str(), status_text(t, app.analysis.as_of));
    if (p) {
        muted_text("Goal: " + p->goal);
        if (t.step < int32_t(p->steps.size())) {
            const PlaybookStep& s = p->steps[size_t(t.step)];
            ImGui::Text("%s", step_kind_label(s.kind));
            ImGui::BeginChild("template", ImVec2(0, em() * 7), true);
            ImGui::TextWrapped("%s", s.text.empty() ? "(no template text)" : s.text.c_str());
            ImGui::EndChild();
        }
    }
    draw_actions(app, t);
    ImGui::Separator();
}

}  // namespace

void draw_task_inbox(AppState& app) {
    draw_filter_bar(app);
    if (app.ws.tasks.empty()) {
        muted_text("No tasks yet. Press \"Run now\" to run the enabled playbooks over the accounts; each match "
                   "becomes one task per step.");
        return;
    }
    // The open task first: its template and actions stay in view above a long list.
    draw_open_task(app);
    ImGui::Spacing();
    if (app.playbooks_view.rows.empty()) muted_text("No task matches this filter.");
    else draw_table(app);
}

}  // namespace retain
