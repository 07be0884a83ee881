#include "app/app_state.hpp"

namespace retain {

bool theme_is_dark(const AppState& app) {
    switch (app.theme_mode) {
        case ThemeMode::dark: return true;
        case ThemeMode::light: return false;
        case ThemeMode::system: break;
    }
    return app.system_prefers_dark;
}

void replace_workspace(AppState& app, Workspace ws, std::string loaded_from) {
    // Inside a command its undo step keeps the workspace replaced; from outside one (another tab's save,
    // a stored version opened at start-up) the earlier steps no longer describe what is on screen.
    if (app.undo.depth == 0) app.undo.clear();
    if (app.export_job) {  // its file would be named after one workspace and hold another
        app.export_job.reset();
        app.notice = "The export under way was stopped: another workspace was opened.";
    }
    app.ws = std::move(ws);
    app.loaded_from = std::move(loaded_from);
    app.selected = kNoAccount;
    app.accounts_table.first_visible_row = 0;
    app.accounts_table.scroll_to_top = true;
    ++app.revision;
}

}  // namespace retain
