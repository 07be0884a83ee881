// Overview: the figures a CS leader reads first — ARR, NRR, GRR, logo churn, ARR at risk, renewals in the
// next 90 days, the health mix and tasks due — each with its change from the previous period, then the MRR
// trend and ARR by segment. The tiles' text is built when their figures change (revenue_overview_figures.cpp
// computes them); drawing only lays it out.
#include <cstdio>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/charts.hpp"
#include "app/widgets/widgets.hpp"
#include "core/metrics/metric_formulas.hpp"
#include "core/money.hpp"

namespace retain {
namespace {

enum Tile { arr, nrr, grr, logo_churn, at_risk, renewals, health_mix, tasks };
const char* const kTileLabels[kOverviewTileCount] = {
    "ARR", "NRR (trailing 12 months)", "GRR (trailing 12 months)", "Logo churn (12 months)",
    "ARR at risk", "Renewals in the next 90 days", "Health mix", "Tasks due"};

std::string month_name(Month m) { return format_iso(m); }

// What a tile's change compares with: "previous 12 months" or "a month earlier" (revenue_overview_figures.cpp
// falls back to the window ending a month earlier when the series does not hold the previous 12 months).
const char* compared_with(int32_t shift) { return shift == 1 ? "a month earlier" : "previous 12 months"; }

// "vs previous 12 months" text for a rate tile; the reason when there is nothing to compare with.
std::string rate_change(std::optional<double> now, std::optional<double> before, int32_t shift) {
    if (shift <= 0) return "no previous 12-month window yet";
    const std::string change = format_points_change(now, before);
    return change.empty() ? std::string("no value in the previous window")
                          : change + " vs " + compared_with(shift);
}

void build_rate_tile(TileText& t, MetricId id, std::optional<double> now, std::optional<double> before,
                     int32_t shift, const std::string& window, const std::string& previous_window,
                     const char* why_none) {
    t.value = format_rate(now);
    t.detail = now ? rate_change(now, before, shift) : why_none;
    t.tooltip = std::string(metric_formula(id)) + ".\nWindow: " + window + ".\nChange: against the 12-month window " +
                (shift == 1 ? "ending a month earlier" : "before") + " (" + previous_window + "): " +
                (before ? format_rate(before) : std::string(kNoValueText)) + ".";
    if (!now) t.tooltip += std::string("\nNo value: ") + why_none + ".";
}

void build_tiles(AppState& app) {
    const Analysis& a = app.analysis;
    OverviewFigures& f = app.revenue_view.overview;
    const MetricsReport& now = a.metrics;
    const MetricsReport& before = f.previous;
    const std::string& cur = app.ws.settings.currency;
    const Month last = a.metric_range.last;
    const std::string window = "customers paying in " + month_name(last.plus(-12)) + ", read in " + month_name(last);
    const int32_t shift = f.previous_shift;
    const Month previous_last = last.plus(-(shift > 0 ? shift : 12));
    const std::string previous_window =
        "customers paying in " + month_name(previous_last.plus(-12)) + ", read in " + month_name(previous_last);
    const char* const no_start = "no customers 12 months before the last month";

    // ARR at the end of the window against the end of the previous one.
    TileText& t_arr = f.tiles[arr];
    const Money arr_now = now.revenue.months.empty() ? Money() : now.revenue.months.back().arr();
    const Money arr_before = before.revenue.months.empty() ? Money() : before.revenue.months.back().arr();
    t_arr.value = format_money_short(arr_now, cur);
    t_arr.detail = f.has_previous ? format_money_change(arr_now, arr_before, cur) +
                                        (shift == 1 ? " vs a month earlier" : " vs 12 months ago")
                                  : "no ARR 12 months ago to compare";
    t_arr.tooltip = std::string(metric_formula(MetricId::arr)) + "; " + metric_formula(MetricId::mrr) + ".\nIn " +
                    month_name(last) + ": " + format_money(arr_now, cur) +
                    ".\nChange: against the ARR in " + month_name(previous_last) +
                    ", the end of the previous window: " + format_money(arr_before, cur) + ".";

    build_rate_tile(f.tiles[nrr], MetricId::nrr_trailing_12, now.trailing_12.nrr(), before.trailing_12.nrr(),
                    shift, window, previous_window, no_start);
    build_rate_tile(f.tiles[grr], MetricId::grr_trailing_12, now.trailing_12.grr(), before.trailing_12.grr(),
                    shift, window, previous_window, no_start);
    build_rate_tile(f.tiles[logo_churn], MetricId::logo_churn_period, now.period.cohort.logo_churn_rate(),
                    before.period.cohort.logo_churn_rate(), shift, window, previous_window, no_start);

    // ARR at risk: red and yellow accounts' ARR, against four weekly scores earlier when the history is ready.
    TileText& t_risk = f.tiles[at_risk];
    const HealthDistribution& h = f.health;
    const HealthDistribution& hp = f.previous_health;
    t_risk.value = format_money_short(h.at_risk(), cur);
    t_risk.detail = format_money_short(h.arr[kHealthRed], cur) + " red \xC2\xB7 " +
                    format_money_short(h.arr[kHealthYellow], cur) + " yellow";
    if (f.has_previous_health)
        t_risk.detail += ", " + format_money_change(h.at_risk(), hp.at_risk(), cur) + " vs 4 weeks ago";
    t_risk.tooltip = std::string(metric_formula(MetricId::arr_at_risk)) + " (" + format_count(h.count(kHealthRed)) +
                     " red, " + format_count(h.count(kHealthYellow)) + " yellow: " + format_money(h.at_risk(), cur) +
                     ").\n" + metric_formula(MetricId::arr) + ".\nChange: against the colours of four weekly scores earlier "
                     "(the previous month), at that month's ARR" +
                     (f.has_previous_health ? ": " + format_money(hp.at_risk(), cur) + "."
                                            : "; not shown until the weekly health history is computed (open Health).") +
                     "\nClick: the red accounts in Health.";

    TileText& t_ren = f.tiles[renewals];
    const RenewalWindow& next = f.renewals_next;
    const RenewalWindow& last90 = f.renewals_last;
    t_ren.value = format_count(next.accounts);
    t_ren.detail = format_money_short(next.arr, cur) + " ARR, " + format_count_change(next.accounts, last90.accounts) +
                   " vs last 90 days";
    t_ren.tooltip = std::string(metric_formula(MetricId::renewals_due)) + ".\nFrom " + format_iso(next.from) +
                    " through " + format_iso(next.to) + ": " + format_count(next.accounts) + " renewals, " +
                    format_money(next.arr, cur) + " ARR.\nChange: against the 90 days before (" +
                    format_count(last90.accounts) + " renewals, " + format_money(last90.arr, cur) +
                    " ARR the month before each).\nRenewal rate, last 12 months: " + format_rate(now.renewals.rate()) +
                    " (" + metric_formula(MetricId::renewal_rate) + ").";

    TileText& t_mix = f.tiles[health_mix];
    const std::array<int32_t, 4>& mix = a.health_mix;
    const int32_t scored = mix[1] + mix[2] + mix[3];
    t_mix.value = scored > 0 ? format_rate(double(mix[3]) / double(scored), 0) + " green" : std::string(kNoValueText);
    t_mix.detail = format_count(mix[1]) + " red \xC2\xB7 " + format_count(mix[2]) + " yellow \xC2\xB7 " +
                   format_count(mix[3]) + " green";
    if (f.has_previous_health) t_mix.detail += ", green " + format_count_change(mix[3], hp.count(kHealthGreen)) + " vs 4 weeks ago";
    t_mix.tooltip = std::string(metric_formula(MetricId::health_distribution)) + ".\n" + format_count(mix[0]) +
                    " accounts have no score." + (scored == 0 ? "\nNo value: no account is scored." : "") +
                    "\nChange: against the colours of four weekly scores earlier (the previous month)" +
                    (f.has_previous_health ? "." : "; not shown until the weekly health history is computed (open Health).");

    build_tasks_tile(app, f.tiles[tasks]);
}

// The list behind a tile, where there is one.
void open_tile(AppState& app, int tile) {
    if (tile == at_risk || tile == health_mix) {
        post_command(app, "health.filter", {{"color", tile == at_risk ? "red" : "all"}});
        post_command(app, "health.show", {{"tab", "accounts"}});
        post_command(app, "navigate", {{"view", "health"}});
    } else if (tile == renewals) {
        post_command(app, "navigate", {{"view", "renewals"}});
    } else if (tile == tasks) {
        post_command(app, "playbooks.show", {{"tab", "inbox"}});
        post_command(app, "navigate", {{"view", "playbooks"}});
    } else {
        post_command(app, "navigate", {{"view", "revenue"}});
    }
}

void draw_segments(const AppState& app) {
    const Analysis& a = app.analysis;
    const std::string& cur = app.ws.settings.currency;
    if (!ImGui::BeginTable("segments", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                              ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("Segment", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Active accounts", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("ARR", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Share of ARR", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const SegmentTotals& s : a.segments) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(s.segment.empty() ? "(no segment)" : s.segment.c_str());
        ImGui::TableNextColumn();
        text_right(format_count(s.active_accounts));
        ImGui::TableNextColumn();
        text_right(format_money(s.arr, cur));
        ImGui::TableNextColumn();
        char share[32];
        const double pct = a.total_arr.minor > 0 ? 100.0 * double(s.arr.minor) / double(a.total_arr.minor) : 0.0;
        std::snprintf(share, sizeof share, "%.1f%%", pct);
        text_right(share);
    }
    ImGui::EndTable();
}

}  // namespace

void draw_overview_view(AppState& app) {
    const Analysis& a = app.analysis;
    view_header(ICON_OVERVIEW, "Overview", app.ws.settings.name + "  \xC2\xB7  as of " + format_iso(a.as_of));
    if (empty_workspace_notice(app, "overview")) return;
    if (refresh_overview_cache(app)) build_tiles(app);
    const OverviewFigures& f = app.revenue_view.overview;

    // Four tiles a row where they fit, two on narrow windows.
    const int tile_columns = ImGui::GetContentRegionAvail().x >= em() * 44 ? 4 : 2;
    if (ImGui::BeginTable("tiles", tile_columns, ImGuiTableFlags_SizingStretchSame)) {
        for (int i = 0; i < kOverviewTileCount; ++i) {
            ImGui::TableNextColumn();
            const TileText& t = f.tiles[size_t(i)];
            metric_tile(kTileLabels[i], t.value, t.tooltip.c_str(), t.detail);
            if (ImGui::IsItemClicked()) open_tile(app, i);
        }
        ImGui::EndTable();
    }

    ImGui::Spacing();
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("MRR trend");
    ImGui::PopFont();
    if (!f.mrr.empty()) {
        LineChartSettings settings;
        settings.format = money_format(app.ws.settings.currency);
        settings.legend = false;
        settings.include_zero = false;
        const ChartSeries line{"MRR", f.mrr.data(), int(f.mrr.size())};
        const ChartHit hit = line_chart("mrr_trend", ImVec2(0, em() * 11), settings, f.months.data(), f.months.count(), &line, 1);
        if (hit.clicked) post_command(app, "navigate", {{"view", "revenue"}});
    } else {
        muted_text("No MRR history: the workspace has no MRR snapshots or subscriptions.");
    }

    ImGui::Spacing();
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("ARR by segment");
    ImGui::PopFont();
    draw_segments(app);
}

}  // namespace retain
