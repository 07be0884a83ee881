// The eight steps of building a customer success function (guide 000) as a checklist: a progress bar,
// then per step its tick, title, summary, what the workspace already shows of it, and a button to the
// view that does it. Ticks are the team's call; the signs only say what is under way.
#include <string>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/program/program_progress.hpp"

namespace retain {
namespace {

// The signs depend on the workspace and on whether the health view holds a backtest report: rebuilt
// when either changes, never per frame.
void refresh_evidence(AppState& app) {
    ProgramViewState& v = app.program_view;
    const bool backtest = app.health_view.has_report;
    if (v.evidence_revision == app.revision && v.evidence_backtest == backtest) return;
    for (size_t i = 0; i < program_steps().size(); ++i) v.evidence[i] = step_evidence(app.ws, program_steps()[i].id, backtest);
    v.evidence_revision = app.revision;
    v.evidence_backtest = backtest;
}

}  // namespace

void draw_program_steps(AppState& app) {
    refresh_evidence(app);
    const Program& p = app.ws.program;
    const int done = steps_completed(p);
    const std::string progress = std::to_string(done) + " of " + std::to_string(kProgramStepCount) + " steps completed";
    ImGui::ProgressBar(float(done) / float(kProgramStepCount), ImVec2(em() * 20, 0), progress.c_str());
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Steps you ticked, of the eight steps of building a customer success function\n"
                          "(docs/metrics.md, \"Program progress\"). The signs under each step come from the\n"
                          "workspace; ticking a step is your call.");
    ImGui::Spacing();
    const Palette& pal = palette();
    for (size_t i = 0; i < program_steps().size(); ++i) {
        const ProgramStep& s = program_steps()[i];
        ImGui::PushID(s.id);
        bool ticked = step_done(p, s.id);
        const std::string label = "Step " + std::to_string(i + 1) + ": " + s.title;
        if (ImGui::Checkbox(label.c_str(), &ticked))
            post_command(app, "program.set_step", {{"step", s.id}, {"done", ticked}});
        if (i == 0) remember_item_rect(app.program_view.first_step_checkbox);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip(ticked ? "Done. Click to mark it not done." : "Click when this step is done.");
        ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
        ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - em());
        ImGui::TextUnformatted(s.summary);
        ImGui::PopTextWrapPos();
        const std::vector<std::string>& signs = app.program_view.evidence[i];
        if (signs.empty()) {
            ImGui::TextColored(pal.text_muted, "Nothing in the workspace shows this step yet.");
        } else {
            std::string line;
            for (const std::string& sign : signs) line += (line.empty() ? "" : "  \xC2\xB7  ") + sign;
            ImGui::TextColored(pal.good, ICON_CHECK " Under way:");
            ImGui::SameLine();
            ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - em());
            ImGui::TextUnformatted(line.c_str());
            ImGui::PopTextWrapPos();
        }
        const std::string button = std::string(s.action) + "  " ICON_EXTERNAL;
        if (ImGui::SmallButton(button.c_str())) post_command(app, "program.open_step", {{"step", s.id}});
        ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
        ImGui::Separator();
        ImGui::PopID();
    }
}

}  // namespace retain
