// The save indicator (status line) and the storage banner (above the current view). The banner appears
// only when the user has something to decide or should know saving is off: a damaged stored version, a
// newer format (read-only), another tab's newer save, a failed save. Every choice is a storage command.
#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/storage.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "io/storage_record.hpp"

namespace retain {
namespace {

void tooltip_on_hover(const char* text) {
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text);
}

void banner_line(const ImVec4& colour, const char* icon, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(icon);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

}  // namespace

void draw_storage_indicator(AppState& app) {
    const StorageState& s = app.storage;
    const Palette& p = palette();
    const bool off = s.mode != StorageMode::ready || s.save_failed;
    const ImVec4 colour = off ? p.bad : s.schedule.in_flight || storage_has_unsaved(app) ? p.warn : p.good;
    const char* icon = off ? ICON_WARNING : s.schedule.in_flight ? ICON_SAVE : ICON_CHECK;
    ImGui::TextColored(colour, "%s", icon);
    ImGui::SameLine(0, em() * 0.3f);
    const std::string status = storage_status_text(app);
    ImGui::TextColored(p.text_muted, "%s", status.c_str());
    if (ImGui::IsItemHovered()) {
        std::string tip = "The workspace is kept in this browser (IndexedDB) and saved about a second after each "
                          "change and when the page is hidden. ";
        tip += s.persisted == 1 ? "Persistent storage is granted: the browser will not evict it to free space."
               : s.persisted == 0 ? "Persistent storage was not granted: under storage pressure the browser may "
                                    "evict it; export a copy now and then."
                                  : "Persistent storage: not answered yet.";
        tip += "\nData view > Storage lists the kept versions.";
        ImGui::SetTooltip("%s", tip.c_str());
    }
    if (ImGui::IsItemClicked()) post_command(app, "navigate", {{"view", "data"}});
}

void draw_storage_banner(AppState& app) {
    const StorageState& s = app.storage;
    const Palette& p = palette();
    const bool failed = s.mode == StorageMode::ready && s.save_failed;
    if (s.mode == StorageMode::ready && !failed) return;
    if (s.mode == StorageMode::starting) return;
    ImGui::PushID("storage_banner");
    switch (s.mode) {
        case StorageMode::damaged: {
            banner_line(p.bad, ICON_WARNING, s.problem + " Nothing is saved until you restore a version or start over.");
            if (ImGui::Button(ICON_DOWNLOAD "  Export the stored data as it is")) post_command(app, "storage.export_raw", {{"version", s.damaged_version}});
            tooltip_on_hover("Downloads the damaged record's bytes unchanged, to keep or to repair by hand");
            const int64_t previous = previous_version(s.versions, s.damaged_version);
            if (previous > 0) {
                ImGui::SameLine();
                const std::string label = std::string(ICON_UNDO "  Restore version ") + std::to_string(previous);
                if (ImGui::Button(label.c_str())) post_command(app, "storage.restore", {{"version", previous}});
                tooltip_on_hover("Opens the previous saved version and saves it as the newest");
            }
            ImGui::SameLine();
            if (ImGui::Button("Versions and start over...")) post_command(app, "navigate", {{"view", "data"}});
            break;
        }
        case StorageMode::read_only:
            banner_line(p.warn, ICON_INFO, s.problem);
            if (ImGui::Button(ICON_DOWNLOAD "  Export the stored data")) post_command(app, "storage.export_raw", {{"version", s.head}});
            break;
        case StorageMode::conflict:
            banner_line(p.warn, ICON_WARNING,
                        "Another tab saved a newer version (" + std::to_string(s.remote_head) +
                            ") while this tab has unsaved changes. Nothing is overwritten until you choose.");
            if (ImGui::Button(ICON_SAVE "  Keep mine (save as the newest)")) post_command(app, "storage.keep_mine");
            tooltip_on_hover("Saves this tab's workspace as the newest version; the other tab's stays in the versions list");
            ImGui::SameLine();
            if (ImGui::Button(ICON_RENEWALS "  Load theirs")) post_command(app, "storage.load_latest");
            tooltip_on_hover("Opens the other tab's version here; this tab's unsaved changes are dropped");
            break;
        case StorageMode::unavailable:
            banner_line(p.warn, ICON_INFO, "Not saved: " + s.problem + ".");
            if (ImGui::Button(ICON_DOWNLOAD "  Export workspace (JSON)")) post_command(app, "export.workspace");
            break;
        case StorageMode::ready:  // a failed save
            banner_line(p.bad, ICON_WARNING, "Not saved: " + s.problem + ".");
            if (ImGui::Button(ICON_DOWNLOAD "  Export workspace (JSON)")) post_command(app, "export.workspace");
            ImGui::SameLine();
            if (ImGui::Button(ICON_SAVE "  Try again")) post_command(app, "storage.save_now");
            break;
        case StorageMode::starting: break;
    }
    ImGui::PopID();
    ImGui::Separator();
    ImGui::Spacing();
}

}  // namespace retain
