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

void refresh_derived(AppState& app) {
    if (app.analysed_revision != app.revision) {
        const uint64_t health = app.health_revision - app.analysed_health_revision;
        const uint64_t settings = app.settings_revision - app.analysed_settings_revision;
        const uint64_t team = app.team_revision - app.analysed_team_revision;
        const uint64_t playbooks = app.playbooks_revision - app.analysed_playbooks_revision;
        const uint64_t voice = app.voice_revision - app.analysed_voice_revision;  // feeds no analysis
        const bool only_config = app.analysed_revision != UINT64_MAX &&
                                 app.revision - app.analysed_revision == health + settings + team + playbooks + voice;
        if (!only_config) {
            app.analysis = analyse(app.ws, app.today);
        } else {
            if (health) rescore_health(app.ws, app.analysis);
            if (settings) recompute_metrics(app.ws, app.analysis);
            // Books show the health mix and the tasks due.
            if (health || team || playbooks) recompute_team(app.ws, app.analysis);
        }
        app.analysed_revision = app.revision;
        app.analysed_health_revision = app.health_revision;
        app.analysed_settings_revision = app.settings_revision;
        app.analysed_team_revision = app.team_revision;
        app.analysed_playbooks_revision = app.playbooks_revision;
        app.analysed_voice_revision = app.voice_revision;
    }
    AccountsTableState& t = app.accounts_table;
    if (t.built_revision != app.revision) build_sort_keys(app.ws, t.keys);
    if (t.dirty || t.built_revision != app.revision) {
        query_accounts(app.ws, app.analysis, t.keys, t.query, t.rows);
        t.built_revision = app.revision;
        t.dirty = false;
    }
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
