// The Playbooks & Tasks view: a header with "Run now", then three tabs — the task inbox (what to do this
// week and why), the library (playbooks with their switches and the editor) and the plays (whether
// finished plays met their success measure). Each tab is its own file (playbooks_*.cpp); all read the
// cache of playbooks_cache.cpp and post commands.
#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/view_tabs.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

void remember_item_rect(float (&rect)[4]) {
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    rect[0] = lo.x;
    rect[1] = lo.y;
    rect[2] = hi.x - lo.x;
    rect[3] = hi.y - lo.y;
}

namespace {

void draw_run_bar(AppState& app) {
    PlaybooksViewState& v = app.playbooks_view;
    if (ImGui::Button(ICON_BOLT "  Run now")) post_command(app, "playbooks.run");
    remember_item_rect(v.run_button);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Runs every enabled playbook over every account as of %s.\nA match creates one task per "
                          "step, unless that step is already open, snoozed or was created within the playbook's "
                          "cooldown:\nrunning twice creates nothing new.",
                          format_iso(app.analysis.as_of).c_str());
    ImGui::SameLine();
    if (!v.last_run.empty()) ImGui::TextColored(palette().text_muted, "Last run: %s", v.last_run.c_str());
    else ImGui::TextColored(palette().text_muted, "Not run yet in this session.");
}

}  // namespace

void draw_playbooks_view(AppState& app) {
    view_header(ICON_PLAYBOOKS, "Playbooks & Tasks", "as of " + format_iso(app.analysis.as_of));
    if (empty_workspace_notice(app, "playbooks and tasks")) return;
    refresh_playbooks_cache(app);
    draw_run_bar(app);
    ImGui::Spacing();

    static const ViewTab<PlaybooksTab> kTabs[] = {{PlaybooksTab::inbox, "Task inbox", draw_task_inbox},
                                                  {PlaybooksTab::library, "Library", draw_playbook_library},
                                                  {PlaybooksTab::plays, "Plays and outcomes", draw_playbook_plays}};
    draw_view_tabs("playbooks_tabs", app, kTabs, app.playbooks_view.tab, app.playbooks_view.tab_request_frames);
}

}  // namespace retain
