// The views of the left navigation, declared as data (id, label, icon, draw function) in one list,
// so the navigation, the View menu, the keyboard shortcuts and the tests all read the same list.
#pragma once
#include "app/app_state.hpp"

namespace retain {

struct ViewSpec {
    ViewId id;
    const char* label;
    const char* icon;
    void (*draw)(AppState&);
};

const ViewSpec& view_spec(ViewId id);

void draw_overview_view(AppState& app);
void draw_accounts_view(AppState& app);
void draw_health_view(AppState& app);
void draw_revenue_view(AppState& app);
void draw_playbooks_view(AppState& app);
void draw_renewals_view(AppState& app);
void draw_team_view(AppState& app);
void draw_voice_view(AppState& app);
void draw_program_view(AppState& app);
void draw_data_view(AppState& app);

// The import being prepared (files, how they were read, problems, preview), at the top of Data.
void draw_import_panel(AppState& app);
// One import file's mapping editor: column -> field, date order, decimal mark, presets (import_mapping.cpp).
void draw_import_mapping(AppState& app, const FileReport& file);
// The workspace's saved mapping presets, with delete (import_mapping.cpp).
void draw_saved_presets(AppState& app);

// The account detail panel, drawn beside the current view while an account is selected.
void draw_account_panel(AppState& app);

}  // namespace retain
