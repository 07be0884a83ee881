// The Health view: the health mix of the book, then three tabs — the scored accounts with why each has
// its color (health_table.cpp), the scorecard editor (health_scorecard_editor.cpp) and the backtest
// against real churn with proposed weights (health_backtest_panel.cpp). Definitions: docs/metrics.md,
// "Health score". Everything shown is read from the Analysis, the cached tables (health_rows.cpp) and
// the jobs' results (background_work.cpp); every change is a posted health.* command.
#include <cstdio>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/money.hpp"

namespace retain {
namespace {

// Font Awesome 4.7 shapes, one per color, so the colors read without colour vision:
// not scored = empty circle, red = triangle, yellow = exclamation in a circle, green = check in a circle.
const char* const kColorIcons[4] = {ICON_CIRCLE_OPEN, ICON_WARNING, ICON_EXCLAMATION_CIRCLE,
                                     ICON_CHECK_CIRCLE};

const char* const kColorDefinitions[4] = {
    "Not scored: not a customer on the as-of date (contract not started, or churned), or no counted measure has a "
    "value. Such an account has no score and no color (docs/metrics.md, \"Health score: weights and missing data\").",
    "Red: score S < red_below (default 50). Color from the score: red when S < red_below, green when S >= "
    "green_from, else yellow; a CSM override with a reason and an expiry date sets the shown color "
    "(docs/metrics.md, \"Health score: colors and overrides\").",
    "Yellow: red_below <= score S < green_from (defaults 50 and 75). Color from the score: red when S < "
    "red_below, green when S >= green_from, else yellow; overrides win while they apply "
    "(docs/metrics.md, \"Health score: colors and overrides\").",
    "Green: score S >= green_from (default 75). The score is the weighted mean of the group scores that have a "
    "value; a missing measure is left out, never scored as zero (docs/metrics.md, \"Health score\").",
};

constexpr HealthColor kTileOrder[4] = {HealthColor::red, HealthColor::yellow, HealthColor::green, HealthColor::none};

void mix_tile(AppState& app, HealthColor c) {
    const HealthSummary& s = app.health_view.summary;
    const Palette& p = palette();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line = ImGui::GetTextLineHeight() + style.ItemSpacing.y;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.tile_bg);
    ImGui::PushID(int(c));
    ImGui::BeginChild("mix", ImVec2(0, style.WindowPadding.y * 2 + line * 2 + fonts().big->FontSize), true,
                      ImGuiWindowFlags_NoScrollbar);
    health_color_badge(c);
    ImGui::PushFont(fonts().big);
    ImGui::TextUnformatted(format_count(s.accounts[size_t(c)]).c_str());
    ImGui::PopFont();
    ImGui::TextColored(p.text_muted, "%s ARR", format_money_short(s.arr[size_t(c)], app.ws.settings.currency).c_str());
    ImGui::EndChild();
    if (ImGui::IsItemHovered()) {
        const ColorThresholds& t = app.ws.scorecard.thresholds;
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em() * 26);
        ImGui::Text("%s: %s accounts, %s ARR", color_label(c), format_count(s.accounts[size_t(c)]).c_str(),
                    format_money(s.arr[size_t(c)], app.ws.settings.currency).c_str());
        ImGui::TextColored(p.text_muted, "Thresholds now: red below %.0f, green from %.0f. Click to list them.",
                           t.red_below, t.green_from);
        ImGui::Separator();
        ImGui::TextUnformatted(kColorDefinitions[int(c)]);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (ImGui::IsItemClicked()) {
        post_command(app, "health.filter", {{"color", to_string(c)}});
        post_command(app, "health.show", {{"tab", "accounts"}});
    }
    ImGui::PopID();
    ImGui::PopStyleColor();
}

void draw_mix(AppState& app) {
    if (!ImGui::BeginTable("health_mix", 4, ImGuiTableFlags_SizingStretchSame)) return;
    for (HealthColor c : kTileOrder) {
        ImGui::TableNextColumn();
        mix_tile(app, c);
    }
    ImGui::EndTable();
}

// Long work under way: what it is and how far along (design.md: long work shows a progress bar).
void draw_progress(const AppState& app) {
    const HealthViewState& h = app.health_view;
    char label[64];
    if (backtest_running(h)) {
        const double f = backtest_progress(h);
        std::snprintf(label, sizeof label, "Backtest, %d days: %.0f%%", h.run_horizon, f * 100);
        ImGui::ProgressBar(float(f), ImVec2(em() * 16, 0), label);
        ImGui::SameLine();
    }
    if (h.history_job) {
        const double f = h.history_job->progress();
        std::snprintf(label, sizeof label, "%d weeks of history: %.0f%%", kHealthHistoryWeeks, f * 100);
        ImGui::ProgressBar(float(f), ImVec2(em() * 16, 0), label);
        ImGui::SameLine();
    }
    ImGui::NewLine();
}

struct TabSpec {
    HealthTab tab;
    const char* label;
    void (*draw)(AppState&);
};

void draw_health_tabs(AppState& app) {
    static const TabSpec kTabs[] = {
        {HealthTab::accounts, "Accounts", draw_health_table},
        {HealthTab::scorecard, "Scorecard", draw_health_scorecard_editor},
        {HealthTab::backtest, "Backtest", draw_health_backtest_panel},
        {HealthTab::calculator, "Calculator", draw_health_calculator},
    };
    HealthViewState& h = app.health_view;
    if (!ImGui::BeginTabBar("health_tabs")) return;
    // A tab chosen by command is pressed on the tab bar for a couple of frames (the bar takes a frame
    // to switch); otherwise the user's click on a tab posts health.show.
    const bool requested = h.tab_request_frames > 0;
    if (requested) --h.tab_request_frames;
    for (const TabSpec& t : kTabs) {
        const ImGuiTabItemFlags flags = requested && t.tab == h.tab ? ImGuiTabItemFlags_SetSelected : 0;
        if (!ImGui::BeginTabItem(t.label, nullptr, flags)) continue;
        if (!requested && t.tab != h.tab) {
            static const char* const kKeys[] = {"accounts", "scorecard", "backtest", "calculator"};
            post_command(app, "health.show", {{"tab", kKeys[int(t.tab)]}});
        }
        t.draw(app);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace

const char* health_color_icon(HealthColor c) { return kColorIcons[int(c)]; }

ImVec4 health_color_rgba(HealthColor c) {
    const Palette& p = palette();
    switch (c) {
        case HealthColor::red: return p.bad;
        case HealthColor::yellow: return p.warn;
        case HealthColor::green: return p.good;
        case HealthColor::none: break;
    }
    return p.text_muted;
}

void health_color_badge(HealthColor c, bool with_label) {
    if (with_label) ImGui::TextColored(health_color_rgba(c), "%s %s", kColorIcons[int(c)], color_label(c));
    else ImGui::TextColored(health_color_rgba(c), "%s", kColorIcons[int(c)]);
}

const char* health_color_definition(HealthColor c) { return kColorDefinitions[int(c)]; }

void draw_health_view(AppState& app) {
    const Analysis& a = app.analysis;
    view_header(ICON_HEALTH, "Health", "as of " + format_iso(a.as_of));
    if (empty_workspace_notice(app, "health score")) return;
    refresh_health_view_cache(app);
    const HealthViewState& h = app.health_view;
    if (!h.summary.scorecard_problem.empty())
        ImGui::TextColored(palette().bad, ICON_WARNING " The scorecard cannot score: %s. Fix it in the Scorecard tab.",
                           h.summary.scorecard_problem.c_str());
    draw_mix(app);
    if (backtest_running(h) || h.history_job) draw_progress(app);
    ImGui::Spacing();
    draw_health_tabs(app);
}

}  // namespace retain
