// The 90-day launch plan (guide 002): a start date, which phase today falls in, and each phase's items
// as checkboxes with the phase's progress. Today is the workspace's as-of date (the date every number
// is read at).
#include <cstdio>
#include <string>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/program/program_progress.hpp"

namespace retain {
namespace {

void draw_start(AppState& app, const LaunchStatus& status) {
    ProgramViewState& v = app.program_view;
    const Date start = app.ws.program.launch_start;
    if (v.launch_revision != app.revision && !ImGui::IsAnyItemActive()) {  // follows loads and undo, not typing
        std::snprintf(v.launch_start, sizeof v.launch_start, "%s", format_iso(start).c_str());
        v.launch_revision = app.revision;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ICON_CALENDAR "  Day 1");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 7);
    const bool entered = ImGui::InputTextWithHint("##start", "YYYY-MM-DD", v.launch_start, sizeof v.launch_start,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    if (entered || ImGui::IsItemDeactivatedAfterEdit())
        post_command(app, "program.set_launch_start", {{"date", std::string(v.launch_start)}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The first day of the plan (YYYY-MM-DD); clear it to stop the clock.");
    ImGui::SameLine();
    if (ImGui::SmallButton("Start today"))
        post_command(app, "program.set_launch_start", {{"date", format_iso(app.analysis.as_of)}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Day 1 = %s, the date the workspace is read at.", format_iso(app.analysis.as_of).c_str());
    ImGui::SameLine();
    const Palette& pal = palette();
    if (status.phase == LaunchPhase::not_started && start.ok())
        ImGui::TextColored(pal.text_muted, "Starts on %s.", format_iso(start).c_str());
    else if (status.phase == LaunchPhase::not_started)
        ImGui::TextColored(pal.text_muted, "Not started: set day 1.");
    else if (status.phase == LaunchPhase::finished)
        ImGui::TextColored(pal.text_muted, "Day %d: the 90 days are over.", status.day);
    else
        ImGui::TextColored(pal.accent, "Today is day %d of 90: %s.", status.day, launch_phase_label(status.phase));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Day = (%s - day 1) + 1: days 1-30 build the basics, 31-60 pilot and iterate, 61-90 scale what "
                          "works\n(docs/metrics.md, \"Program progress\"). Today is the date the workspace is read at.",
                          format_iso(app.analysis.as_of).c_str());
}

}  // namespace

void draw_program_launch(AppState& app) {
    const Program& p = app.ws.program;
    const LaunchStatus status = launch_status(p.launch_start, app.analysis.as_of);
    draw_start(app, status);
    ImGui::Spacing();
    const Palette& pal = palette();
    for (LaunchPhase phase : {LaunchPhase::basics, LaunchPhase::pilot, LaunchPhase::scale}) {
        const LaunchPhaseProgress pr = launch_phase_progress(p, phase);
        ImGui::PushID(int(phase));
        ImGui::PushFont(fonts().heading);
        ImGui::TextUnformatted(launch_phase_label(phase));
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::TextColored(pal.text_muted, "%d of %d done", pr.done, pr.total);
        if (phase == status.phase) {
            ImGui::SameLine();
            ImGui::TextColored(pal.accent, ICON_CIRCLE " now");
        }
        for (const LaunchItem& item : launch_items()) {
            if (item.phase != phase) continue;
            bool ticked = launch_item_done(p, item.id);
            if (ImGui::Checkbox(item.text, &ticked))
                post_command(app, "program.set_launch_item", {{"item", item.id}, {"done", ticked}});
        }
        ImGui::PopID();
        ImGui::Spacing();
    }
}

}  // namespace retain
