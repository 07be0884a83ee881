// The CS charter one-pager: six questions from the guides, each a multi-line field with the guide's
// prompt while it is empty. An edit is committed (program.set_charter) when the field loses focus, so
// typing is one undo step per answer, not per key.
#include <algorithm>
#include <cstring>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/program/program_progress.hpp"

namespace retain {
namespace {

// The buffers follow the workspace (a load, an undo) unless a field is being edited.
void load_buffers(AppState& app) {
    ProgramViewState& v = app.program_view;
    if (v.charter_revision == app.revision || ImGui::IsAnyItemActive()) return;
    for (int f = 0; f < kCharterFieldCount; ++f) {
        const std::string& text = app.ws.program.charter[size_t(f)];
        const size_t n = std::min(text.size(), kCharterTextMax);
        std::memcpy(v.charter[size_t(f)].data(), text.data(), n);
        v.charter[size_t(f)][n] = '\0';
    }
    v.charter_revision = app.revision;
}

}  // namespace

void draw_program_charter(AppState& app) {
    load_buffers(app);
    ProgramViewState& v = app.program_view;
    const Palette& pal = palette();
    ImGui::TextColored(pal.text_muted, "%d of %d questions answered.", charter_answered(app.ws.program), kCharterFieldCount);
    ImGui::SameLine();
    help_marker("Write the charter before you hire or buy software: one page the whole company can read. "
                "Review it every quarter or two (the guides, step 1).");
    for (int f = 0; f < kCharterFieldCount; ++f) {
        const CharterPrompt& prompt = charter_prompt(CharterField(f));
        ImGui::PushID(f);
        ImGui::PushFont(fonts().heading);
        ImGui::TextUnformatted(prompt.title);
        ImGui::PopFont();
        char* buf = v.charter[size_t(f)].data();
        const ImVec2 size(-em(), em() * 4.5f);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::InputTextMultiline("##answer", buf, kCharterTextMax + 1, size);
        const bool active = ImGui::IsItemActive();
        if (ImGui::IsItemDeactivatedAfterEdit())
            post_command(app, "program.set_charter", {{"field", to_string(CharterField(f))}, {"text", std::string(buf)}});
        if (buf[0] == '\0' && !active) {  // the guide's question as a hint inside the empty field
            const ImGuiStyle& st = ImGui::GetStyle();
            ImGui::GetWindowDrawList()->PushClipRect(at, ImVec2(at.x + ImGui::GetItemRectSize().x, at.y + size.y), true);
            ImGui::GetWindowDrawList()->AddText(nullptr, 0, ImVec2(at.x + st.FramePadding.x, at.y + st.FramePadding.y),
                                                ImGui::GetColorU32(pal.text_muted), prompt.prompt, nullptr,
                                                ImGui::GetItemRectSize().x - 2 * st.FramePadding.x);
            ImGui::GetWindowDrawList()->PopClipRect();
        }
        if (ImGui::IsItemHovered() && !active) ImGui::SetTooltip("%s", prompt.prompt);
        ImGui::PopID();
        ImGui::Spacing();
    }
}

}  // namespace retain
