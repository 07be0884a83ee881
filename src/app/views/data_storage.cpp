// The Data view's "Storage" section: where the workspace is kept, whether the browser promised to keep
// it (persistent storage), the space used against the quota, the kept versions with Restore, Save now,
// and Start over with a confirmation.
#include <algorithm>
#include <cstdio>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/storage.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/money.hpp"

namespace retain {
namespace {

std::string megabytes(double bytes) {
    char text[32];
    std::snprintf(text, sizeof text, bytes < 10e6 ? "%.2f MB" : "%.0f MB", bytes / 1e6);
    return text;
}

void fact(const char* key, const std::string& value, const char* tooltip = nullptr) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextColored(palette().text_muted, "%s", key);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(value.c_str());
    if (tooltip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
}

void draw_versions(AppState& app) {
    const StorageState& s = app.storage;
    if (s.versions.empty()) {
        muted_text("No saved versions yet: the workspace is saved after its first change.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("versions", 5, flags)) return;
    ImGui::TableSetupColumn("Version");
    ImGui::TableSetupColumn("Saved");
    ImGui::TableSetupColumn("Workspace", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Size");
    ImGui::TableSetupColumn("");
    ImGui::TableHeadersRow();
    const bool can_restore = s.mode != StorageMode::read_only && s.mode != StorageMode::unavailable;
    for (auto it = s.versions.rbegin(); it != s.versions.rend(); ++it) {  // newest first
        const StoredVersion& v = *it;
        ImGui::PushID(int(v.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%lld%s", static_cast<long long>(v.id),
                    v.id == s.damaged_version ? "  (damaged)" : v.id == s.head ? "  (open)" : "");
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(v.saved_at_text.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%s \xC2\xB7 %s accounts", v.header.name.c_str(), format_count(int64_t(v.header.accounts)).c_str());
        ImGui::TableNextColumn();
        text_right(megabytes(double(v.header.bytes)));
        ImGui::TableNextColumn();
        if (can_restore && v.id != s.damaged_version && ImGui::SmallButton(ICON_UNDO " Restore"))
            post_command(app, "storage.restore", {{"version", v.id}});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open this version and save it as the newest; the others stay listed");
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void draw_start_over(AppState& app) {
    if (ImGui::Button(ICON_TRASH "  Start over...")) ImGui::OpenPopup("Delete the stored workspace?");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Deletes the stored workspace and every kept version, then opens the demo");
    if (!ImGui::BeginPopupModal("Delete the stored workspace?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted("Every stored version of the workspace is deleted from this browser.");
    muted_text("Export the workspace first if you may want it back.");
    if (ImGui::Button(ICON_TRASH "  Delete and start over")) {
        post_command(app, "storage.clear", {{"confirm", true}});
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace

void draw_storage_section(AppState& app) {
    const StorageState& s = app.storage;
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Storage");
    ImGui::PopFont();
    if (ImGui::BeginTable("storage_facts", 2, ImGuiTableFlags_SizingStretchProp, ImVec2(em() * 40, 0))) {
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em() * 9);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
        fact("Status", storage_status_text(app),
             "Saved to this browser's IndexedDB about a second after each change and when the page is hidden. "
             "Each save writes a new version and the pointer to it in one transaction: a closed tab leaves the "
             "previous version or the new one, never a mix.");
        fact("Persistent", s.persisted == 1 ? "granted: the browser keeps the data under storage pressure"
                           : s.persisted == 0 ? "not granted: the browser may evict the data when space runs low"
                                              : "not answered",
             "navigator.storage.persist(): whether the browser promised not to evict this site's data");
        fact("Space used", s.usage_bytes < 0 ? std::string("unknown")
                                             : megabytes(s.usage_bytes) + " of " + megabytes(s.quota_bytes) + " allowed",
             "navigator.storage.estimate(): this site's usage and quota, as the browser reports them "
             "(an estimate; the quota is the browser's, not Retain's)");
        if (s.last_save_ms >= 0) {
            char ms[96];
            std::snprintf(ms, sizeof ms, "%.0f ms of work, at most %.0f ms at a time", s.last_save_ms,
                          std::max(0.0, s.longest_slice_ms));
            fact("Last save", ms, "Serializing the workspace: a large one is written a slice a frame (the few ms "
                                  "each frame leaves after drawing) so the page keeps drawing; a change during the write starts it over. "
                                  "IndexedDB then writes it part by part (4 MiB each) while the page draws");
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    char kept[96];
    std::snprintf(kept, sizeof kept, "Kept versions (the last %d saves)", kKeptVersions);
    muted_text(kept);
    if (const std::string note = storage_space_note(s); !note.empty()) {
        muted_text(note);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("navigator.storage.estimate() said the new version would not fit beside the usual %d, so the "
                              "save deleted the oldest in its own transaction (io/keep_versions.hpp). Export the "
                              "workspace to keep a copy elsewhere.", kKeptVersions);
    }
    draw_versions(app);
    ImGui::Spacing();
    if (ImGui::Button(ICON_SAVE "  Save now")) post_command(app, "storage.save_now");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Saves at once instead of a second after the last change");
    ImGui::SameLine();
    if (ImGui::Button(ICON_DOWNLOAD "  Export the stored record")) post_command(app, "storage.export_raw");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Downloads the newest stored record's bytes exactly as stored");
    ImGui::SameLine();
    draw_start_over(app);
    ImGui::Spacing();
}

}  // namespace retain
