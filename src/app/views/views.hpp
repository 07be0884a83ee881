// The views of the left navigation, declared as data (id, label, icon, draw function) in one list,
// so the navigation, the View menu, the keyboard shortcuts and the tests all read the same list.
#pragma once
#include "app/app_state.hpp"
#include <imgui.h>

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
void draw_journey_view(AppState& app);
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

// Browser storage in the UI (storage_banner.cpp, data_storage.cpp): the save indicator of the status line,
// the banner above every view while saving is off or a choice is needed, and the Data view's section.
void draw_storage_indicator(AppState& app);
void draw_storage_banner(AppState& app);
void draw_storage_section(AppState& app);

// The account detail panel, drawn beside the current view while an account is selected.
void draw_account_panel(AppState& app);
// The panel's open tasks of the account, each opening in the inbox (account_tasks.cpp).
void draw_account_tasks(AppState& app, AccountIx ix);
// The panel's dated notes of the account, with add, edit and delete (account_notes.cpp).
void draw_account_notes(AppState& app, AccountIx ix);

// The Playbooks & Tasks view's tabs (playbooks_inbox.cpp, playbooks_library.cpp with
// playbooks_editor.cpp, playbooks_plays.cpp).
void draw_task_inbox(AppState& app);
void draw_playbook_library(AppState& app);
void draw_playbook_editor(AppState& app);
void draw_playbook_plays(AppState& app);
// Keeps the last item's rectangle (x, y, w, h in device pixels) so tests and automation can click it
// (playbooks.cpp).
void remember_item_rect(float (&rect)[4]);
// The Overview's "Tasks due" tile text (account_tasks.cpp), from core count_tasks.
struct TileText;
void build_tasks_tile(const AppState& app, TileText& tile);

// The Health view's parts (health*.cpp): the cached rows and totals they read, rebuilt only when their
// inputs change (health_rows.cpp), and the three tabs.
void refresh_health_view_cache(AppState& app);
const std::string& health_why_text(AppState& app, AccountIx ix);      // the one-line why, cached per revision
const std::string& health_missing_text(AppState& app, AccountIx ix);  // missing measures' labels, same
void draw_health_table(AppState& app);
void draw_health_scorecard_editor(AppState& app);
void draw_health_backtest_panel(AppState& app);
// The Overview's and Revenue view's figures as text (revenue_format.cpp); "—" when there is no value.
extern const char* const kNoValueText;
std::string format_rate(std::optional<double> ratio, int decimals = 1);       // 0.973 -> "97.3%"
std::string format_number(std::optional<double> value, int decimals = 1);
std::string format_points_change(std::optional<double> now, std::optional<double> before);  // "+1.2 pts"; "" without both
std::string format_money_change(Money now, Money before, const std::string& currency);      // "+$1.2M (+14%)"
std::string format_count_change(int64_t now, int64_t before);                               // "+12"
// The Revenue view's parts (revenue_*.cpp), drawn from RevenueViewState's cache.
void draw_revenue_controls(AppState& app);
void draw_revenue_charts(AppState& app);
void draw_retention_table(AppState& app);
void draw_revenue_breakdown_table(AppState& app);
void draw_cohort_heatmap(AppState& app);
void draw_customer_metrics(AppState& app);
void draw_cs_roi(AppState& app);
// A breakdown group's name: the segment value, the owner's name, "Unassigned" (revenue.cpp).
const char* revenue_group_name(const AppState& app, RevenueBreakdown kind, const std::string& key);

// The Segments & Team view's parts (team_*.cpp) and the account panel's segment line (account_segment.cpp).
void draw_team_rules(AppState& app);
void draw_team_books(AppState& app);
void draw_team_moves(AppState& app);
void draw_account_segment(AppState& app, AccountIx ix);
// The Accounts table's segment cell: the imported CRM segment, then "-> Mid-market" in muted text when
// the segment rules place the account elsewhere; the tooltip names the model and the rule.
void draw_segment_cell(const AppState& app, AccountIx ix);

// The Health view's Calculator tab: raw values of a hypothetical customer, scored by the engine
// (health_calculator_panel.cpp).
void draw_health_calculator(AppState& app);

// A health color as a shape and a label in its colour, so it reads without colour vision (health.cpp).
const char* health_color_icon(HealthColor c);
ImVec4 health_color_rgba(HealthColor c);
void health_color_badge(HealthColor c, bool with_label = true);
// The mix header's tooltip text for a color, quoting docs/metrics.md (health.cpp).
const char* health_color_definition(HealthColor c);

// The account panel's journey section (account_journey.cpp): stage and milestones, the success plan
// (account_plan.cpp), the handoff (account_handoff.cpp) and the touchpoint log (account_touchpoints.cpp).
void draw_account_journey(AppState& app, AccountIx ix);
void draw_account_plan(AppState& app, AccountIx ix);
void draw_account_handoff(AppState& app, AccountIx ix);
void draw_account_touchpoints(AppState& app, AccountIx ix);
// Loads the account-level forms from the workspace when the account or the workspace changed.
void load_journey_forms(AppState& app, AccountIx ix);

// The Renewals view's parts (renewals*.cpp): the cached forecast for the picked window and sort, the
// table of renewals and the outcome editor of the selected one.
const RenewalForecast& renewals_forecast(AppState& app);
// `sortable`: the upcoming renewals' table (renewals.sort); the recent ones are shown latest first.
void draw_renewals_table(AppState& app, const std::vector<UpcomingRenewal>& rows, const char* id, bool sortable);
void draw_renewal_outcome_editor(AppState& app, const RenewalForecast& f);

// The Program view's tabs (program_*.cpp): the eight steps, the charter, the 90-day launch plan and the
// reports; and the account panel's "QBR pack" button (program_reports.cpp).
void draw_program_steps(AppState& app);
void draw_program_charter(AppState& app);
void draw_program_launch(AppState& app);
void draw_program_reports(AppState& app);
void draw_qbr_button(AppState& app, AccountIx ix);

}  // namespace retain
