// The Notes tab: every account note, newest first, filtered by the search box (voice.search_notes: a
// case-insensitive substring of the text, the author or the account's name; core/voice/account_notes.hpp),
// each with its account (a click opens the panel, where notes are added and edited), edit (the pencil
// opens the note in its account panel's form) and delete.
#include <cstdio>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/voice_parts.hpp"
#include "app/widgets/item_edit.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

void draw_voice_notes(AppState& app) {
    VoiceViewState& v = app.voice_view;
    if (app.ws.notes.empty()) {
        muted_text("No account notes yet. Open an account (click it in Accounts, or Ctrl+K) and add a dated note in "
                   "its panel.");
        return;
    }
    ImGui::SetNextItemWidth(em() * 20);
    if (ImGui::InputTextWithHint("##notes_search", ICON_SEARCH "  Search notes, authors, accounts", v.notes_query_text,
                                 sizeof v.notes_query_text))
        post_command(app, "voice.search_notes", {{"text", std::string(v.notes_query_text)}});
    const std::vector<size_t>& hits = voice_note_hits(app);
    ImGui::SameLine();
    char line[96];
    std::snprintf(line, sizeof line, "%zu of %zu notes", hits.size(), app.ws.notes.size());
    ImGui::TextColored(palette().text_muted, "%s", line);
    if (hits.empty()) {
        muted_text("No note matches \"" + v.notes_query + "\".");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("voice_notes_table", 5, flags, ImVec2(0, std::max(em() * 8, ImGui::GetContentRegionAvail().y))))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, em() * 6);
    ImGui::TableSetupColumn("Account", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Author", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Note", ImGuiTableColumnFlags_WidthStretch, 5.0f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, icon_button_width() * 2 + ImGui::GetStyle().ItemSpacing.x);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(hits.size()));
    while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const AccountNote& n = app.ws.notes[hits[size_t(row)]];
            const AccountIx ix = app.ws.find_account(n.account);
            const Csm* author = app.ws.find_csm(n.author);
            ImGui::TableNextRow();
            ImGui::PushID(n.id.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_iso(n.date).c_str());
            ImGui::TableNextColumn();
            if (ImGui::Selectable(ix != kNoAccount ? app.ws.accounts[ix].name.c_str() : n.account.c_str()) && ix != kNoAccount)
                post_command(app, "accounts.select", {{"id", n.account}});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open the account panel to edit its notes");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(author ? author->name.c_str() : n.author.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(n.text.c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", n.text.c_str());
            ImGui::TableNextColumn();
            if (item_edit_button("Edit this note in its account's panel") && ix != kNoAccount) {
                // The panel's form takes the note (account_notes.cpp keeps a form that names its account).
                NoteForm& form = v.note_form;
                form = NoteForm{};
                form.account = n.account;
                form.editing = n.id;
                std::snprintf(form.text, sizeof form.text, "%s", n.text.c_str());
                post_command(app, "accounts.select", {{"id", n.account}});
            }
            ImGui::SameLine();
            if (ImGui::SmallButton(ICON_TRASH)) post_command(app, "notes.delete", {{"id", n.id}});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete this note (Ctrl+Z undoes)");
            ImGui::PopID();
        }
    ImGui::EndTable();
}

}  // namespace retain
