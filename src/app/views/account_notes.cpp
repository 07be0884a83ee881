// The account panel's notes: the account's dated notes, newest first, with edit and delete, and the form
// to add one (notes.add / notes.update / notes.delete). Dated the as-of date; the author is the account's
// CSM (the app has no sign-in).
#include <algorithm>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/item_edit.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

void draw_account_notes(AppState& app, AccountIx ix) {
    const Account& a = app.ws.accounts[ix];
    const std::vector<size_t>& notes = voice_account_notes(app, a.id);
    const std::string header = "Notes (" + std::to_string(notes.size()) + ")###account_notes";
    if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    NoteForm& form = app.voice_view.note_form;
    if (form.account != a.id) form = NoteForm{};
    form.account = a.id;
    ImGui::PushID("account_notes");
    ImGui::InputTextMultiline("##note", form.text, sizeof form.text, ImVec2(-1, em() * 3));
    const bool has_text = std::string(form.text).find_first_not_of(" \t\r\n") != std::string::npos;
    if (!has_text) ImGui::BeginDisabled();
    if (ImGui::Button(form.editing.empty() ? ICON_CHECK "  Add note" : ICON_CHECK "  Save note")) {
        if (form.editing.empty())
            post_command(app, "notes.add", {{"account", a.id}, {"text", std::string(form.text)}, {"author", a.owner}});
        else
            post_command(app, "notes.update", {{"id", form.editing}, {"text", std::string(form.text)}});
        form.text[0] = '\0';
        form.editing.clear();
    }
    if (!has_text) ImGui::EndDisabled();
    if (!form.editing.empty()) {
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) {
            form.text[0] = '\0';
            form.editing.clear();
        }
    }
    for (const size_t i : notes) {
        const AccountNote& n = app.ws.notes[i];
        const Csm* author = app.ws.find_csm(n.author);
        ImGui::PushID(n.id.c_str());
        ImGui::TextColored(palette().text_muted, "%s  %s", format_iso(n.date).c_str(),
                           author ? author->name.c_str() : n.author.c_str());
        ImGui::SameLine();
        if (item_edit_button("Edit this note in the box above")) {
            const size_t len = std::min(n.text.size(), sizeof form.text - 1);
            n.text.copy(form.text, len);
            form.text[len] = '\0';
            form.editing = n.id;
        }
        ImGui::SameLine();
        if (ImGui::SmallButton(ICON_TRASH)) post_command(app, "notes.delete", {{"id", n.id}});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete this note (Ctrl+Z undoes)");
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(n.text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
    ImGui::PopID();
}

}  // namespace retain
