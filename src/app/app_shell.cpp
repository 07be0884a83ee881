#include "app/app_shell.hpp"

#include <algorithm>
#include <cstdio>

#include "app/background_work.hpp"
#include "app/commands.hpp"
#include "app/export_job.hpp"
#include "app/import_job.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/storage.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/money.hpp"

namespace retain {
namespace {

// Key codes: the GLFW backend (web) reports digits and letters by their ASCII codes, which is what
// these checks use; ImGuiKey_* covers the named keys.
bool ctrl_pressed(int ascii) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool ctrl = io.ConfigMacOSXBehaviors ? io.KeySuper : io.KeyCtrl;
    return ctrl && !io.KeyAlt && ImGui::IsKeyPressed(ascii, false);
}

// Ctrl+1 .. Ctrl+9 go to the first nine views and Ctrl+0 to the last (Data); views in between have none.
int view_shortcut_digit(int view) {
    if (view < 9) return '1' + view;
    return view == kViewCount - 1 ? '0' : 0;
}

void handle_shortcuts(AppState& app) {
    for (int i = 0; i < kViewCount; ++i) {
        const int key = view_shortcut_digit(i);
        if (key && ctrl_pressed(key)) post_command(app, "navigate", {{"view", view_key(ViewId(i))}});
    }
    // Undo and redo of workspace changes; a focused text field keeps Ctrl+Z for its own text.
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.WantTextInput) {
        if (ctrl_pressed('Z')) post_command(app, io.KeyShift ? "edit.redo" : "edit.undo");
        if (ctrl_pressed('Y')) post_command(app, "edit.redo");
    }
    if (ctrl_pressed('F')) {
        post_command(app, "navigate", {{"view", "accounts"}});
        app.accounts_table.focus_filter = true;
    }
    // Escape closes the account panel, unless an item is open for editing: then it cancels that edit.
    const bool editing = app.item_edit_drawn;
    app.item_edit_drawn = false;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false) && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup)) {
        if (app.selected != kNoAccount && !editing) post_command(app, "panel.close");
    }
}

void draw_menu_bar(AppState& app) {
    if (!ImGui::BeginMenuBar()) return;
    ImGui::PushFont(fonts().heading);
    ImGui::TextColored(palette().accent, ICON_HEALTH);
    ImGui::SameLine(0, em() * 0.3f);
    ImGui::TextUnformatted("Retain");
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(em() * 0.5f, 0));
    if (ImGui::BeginMenu("Workspace")) {
        if (ImGui::MenuItem(ICON_MAGIC "  Load the demo workspace")) post_command(app, "workspace.load_demo");
        if (ImGui::MenuItem(ICON_BOLT "  Generate 100,000 demo accounts"))
            post_command(app, "workspace.generate_demo", {{"accounts", 100000}});
        ImGui::Separator();
        if (ImGui::MenuItem(ICON_DATA "  Data...")) post_command(app, "navigate", {{"view", "data"}});
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
        const UndoHistory& h = app.undo;
        const std::string undo = h.can_undo() ? "Undo: " + h.undo.back().label : std::string("Undo");
        const std::string redo = h.can_redo() ? "Redo: " + h.redo.back().label : std::string("Redo");
        if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, h.can_undo())) post_command(app, "edit.undo");
        if (ImGui::MenuItem(redo.c_str(), "Ctrl+Shift+Z", false, h.can_redo())) post_command(app, "edit.redo");
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        for (int i = 0; i < kViewCount; ++i) {
            const ViewSpec& v = view_spec(ViewId(i));
            char shortcut[16];
            std::snprintf(shortcut, sizeof shortcut, "Ctrl+%c", char(view_shortcut_digit(i)));
            char label[64];
            std::snprintf(label, sizeof label, "%s  %s", v.icon, v.label);
            if (ImGui::MenuItem(label, view_shortcut_digit(i) ? shortcut : nullptr, app.view == v.id)) post_command(app, "navigate", {{"view", view_key(v.id)}});
        }
        ImGui::Separator();
        if (ImGui::BeginMenu("Theme")) {
            if (ImGui::MenuItem("Follow the browser", nullptr, app.theme_mode == ThemeMode::system))
                post_command(app, "theme.set", {{"mode", "system"}});
            if (ImGui::MenuItem("Dark", nullptr, app.theme_mode == ThemeMode::dark)) post_command(app, "theme.set", {{"mode", "dark"}});
            if (ImGui::MenuItem("Light", nullptr, app.theme_mode == ThemeMode::light)) post_command(app, "theme.set", {{"mode", "light"}});
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem(ICON_KEYBOARD "  Keyboard shortcuts")) app.show_shortcuts = true;
        if (ImGui::MenuItem(ICON_INFO "  About Retain")) app.show_about = true;
        ImGui::EndMenu();
    }
    // Theme toggle at the right end of the bar.
    const bool dark = theme_is_dark(app);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - em() * 2.2f);
    if (ImGui::Button(dark ? ICON_SUN : ICON_MOON))
        post_command(app, "theme.set", {{"mode", dark ? "light" : "dark"}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(dark ? "Switch to the light theme" : "Switch to the dark theme");
    ImGui::EndMenuBar();
}

void draw_navigation(AppState& app) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.nav_bg);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em() * 0.5f, em() * 0.3f));
    ImGui::BeginChild("nav", ImVec2(em() * 13.5f, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(0, em() * 0.3f));
    ImGui::PushStyleColor(ImGuiCol_Header, p.nav_active);
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
    for (int i = 0; i < kViewCount; ++i) {
        const ViewSpec& v = view_spec(ViewId(i));
        char label[64];
        std::snprintf(label, sizeof label, " %s  %s", v.icon, v.label);
        if (ImGui::Selectable(label, app.view == v.id, 0, ImVec2(0, em() * 1.9f)))
            post_command(app, "navigate", {{"view", view_key(v.id)}});
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        app.nav_rects[size_t(i)] = Rect{min.x, min.y, max.x - min.x, max.y - min.y};
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void draw_status_line(AppState& app) {
    const Palette& p = palette();
    ImGui::Separator();
    ImGui::SetCursorPosX(em() * 0.8f);
    std::string status = app.ws.settings.name + "  \xC2\xB7  " + format_count(int64_t(app.ws.accounts.size())) + " accounts";
    if (!analysis_pending(app)) status += "  \xC2\xB7  as of " + format_iso(app.analysis.as_of);
    ImGui::TextColored(p.text_muted, "%s", status.c_str());
    ImGui::SameLine(0, em() * 1.2f);
    draw_storage_indicator(app);
    if (app.loading) {
        ImGui::SameLine();
        ImGui::TextColored(p.accent, "  %s", app.loading_message.c_str());
        if (app.loading_progress >= 0.0f) {
            ImGui::SameLine();
            ImGui::ProgressBar(app.loading_progress, ImVec2(em() * 10, ImGui::GetTextLineHeight()));
        }
    }
    if (export_running(app)) {  // started from any view (the Data view, the storage banner): shown here too
        ImGui::SameLine();
        ImGui::TextColored(p.accent, "  " ICON_DOWNLOAD " %s", export_filename(app).c_str());
        ImGui::SameLine();
        ImGui::ProgressBar(float(export_progress(app)), ImVec2(em() * 10, ImGui::GetTextLineHeight()));
        ImGui::SameLine();
        if (ImGui::SmallButton("Cancel##export_status")) post_command(app, "export.cancel");
    }
    if (storage_loading(app)) {  // a large stored workspace being opened, between frames
        ImGui::SameLine();
        ImGui::TextColored(p.accent, "  " ICON_SAVE " Opening the stored workspace");
        ImGui::SameLine();
        ImGui::ProgressBar(float(storage_load_progress(app)), ImVec2(em() * 10, ImGui::GetTextLineHeight()));
    }
    if (app.import.planning()) {  // the plan of a large import, shown wherever the user went meanwhile
        ImGui::SameLine();
        ImGui::TextColored(p.accent, "  " ICON_TABLE " %s", import_plan_activity(app).c_str());
        ImGui::SameLine();
        ImGui::ProgressBar(float(import_plan_progress(app)), ImVec2(em() * 10, ImGui::GetTextLineHeight()));
    }
    if (!app.notice.empty() && app.last_error.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(p.good, "  %s", app.notice.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("OK")) app.notice.clear();
    }
    if (!app.last_error.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(p.bad, "  " ICON_WARNING " %s", app.last_error.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Dismiss")) app.last_error.clear();
    }
}

// In place of the view while a new analysis is under way (a load or an import of a large book).
void draw_analysis_progress(const AppState& app) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, em() * 28);
    ImGui::Dummy(ImVec2(0, em() * 3));
    ImGui::TextColored(palette().accent, ICON_BARS " Analysing %s accounts", format_count(int64_t(app.ws.accounts.size())).c_str());
    muted_text("Revenue, health, metrics and team capacity are worked out once after data changes; the views "
               "open when they are ready.");
    char label[96];
    std::snprintf(label, sizeof label, "%s: %.0f%%", analysis_activity(app), analysis_progress(app) * 100);
    ImGui::ProgressBar(float(analysis_progress(app)), ImVec2(width, 0), label);
}

void draw_dialogs(AppState& app) {
    if (app.show_about) { ImGui::OpenPopup("About Retain"); app.show_about = false; }
    if (app.show_shortcuts) { ImGui::OpenPopup("Keyboard shortcuts"); app.show_shortcuts = false; }
    if (ImGui::BeginPopupModal("About Retain", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("Retain 0.1.0 \xE2\x80\x94 a customer success workbench in your browser.");
        muted_text("Your data stays in this browser: nothing is sent to any server.");
        if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    if (ImGui::BeginPopupModal("Keyboard shortcuts", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_SizingFixedFit)) {
            auto row = [](const char* k, const char* what) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(k);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(what);
            };
            row("Ctrl+1 ... Ctrl+0", "Go to a view (in navigation order)");
            row("Ctrl+F", "Search accounts");
            row("Ctrl+Z", "Undo the last change to the workspace");
            row("Ctrl+Shift+Z, Ctrl+Y", "Redo");
            row("Enter", "Save the item open for editing (opened with its pencil)");
            row("Esc", "Cancel an edit, else close the account panel or a dialog");
            ImGui::EndTable();
        }
        if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

}  // namespace

void draw_app(AppState& app) {
    if (app.work_between_frames) begin_refresh_derived(app);  // a new analysis goes on between frames
    else refresh_derived(app);
    run_background_work(app);
    handle_shortcuts(app);

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("Retain", nullptr, flags);
    ImGui::PopStyleVar();
    draw_menu_bar(app);

    const float status_height = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("body", ImVec2(0, -status_height), false);
    draw_navigation(app);
    ImGui::SameLine(0, 0);

    // The views and the panel read the analysis: while a new one is under way they wait, and its progress
    // shows in their place (reading it would finish it in this frame and hold the page).
    const bool analysing = analysis_pending(app);
    const bool panel = !analysing && app.selected < app.ws.accounts.size();
    const float panel_width = panel ? em() * 26 : 0.0f;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em() * 1.2f, em() * 0.9f));
    ImGui::BeginChild("view", ImVec2(panel ? -panel_width : 0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    if (analysing) {
        draw_analysis_progress(app);
    } else {
        draw_storage_banner(app);
        view_spec(app.view).draw(app);
    }
    ImGui::EndChild();
    if (panel) {
        ImGui::SameLine(0, 0);
        ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().tile_bg);
        ImGui::BeginChild("account_panel", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
        draw_account_panel(app);
        ImGui::EndChild();
        ImGui::PopStyleColor();
    }
    ImGui::PopStyleVar();
    ImGui::EndChild();

    draw_status_line(app);
    draw_dialogs(app);
    ImGui::End();
}

}  // namespace retain
