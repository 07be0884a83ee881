// The Renewals view: the renewals due in the next 30/60/90/180 days (window selector), tiles (renewals
// due, ARR up for renewal, forecast renewed ARR, at-risk ARR), the calibration the forecast rests on, the
// selected renewal's outcome editor, the renewals of the same number of days just past (to record their
// outcomes) and the table of renewals due (renewals_table.cpp). Figures come from
// renewals_forecast() (renewals_cache.cpp, core/renewals/renewal_forecast.hpp); every change is a posted
// renewals.* command.
#include <cstdio>
#include <string>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

constexpr int32_t kWindows[] = {30, 60, 90, 180};

const char* const kDueTooltip =
    "Renewals dated from the as-of date to N days ahead, of accounts paying in the as-of month. Renewals fall on "
    "the anniversaries of the renewal date (of the contract start when there is none) (docs/metrics.md, "
    "\"Renewal forecast\").";
const char* const kArrTooltip = "ARR up for renewal = sum over the renewals due of 12 x the account's MRR in the as-of month.";
// The tooltips quote the core's constants, so the numbers they name are the ones the forecast uses.
std::string forecast_tooltip() {
    const auto& p = kDefaultRenewalProbability;
    char text[640];
    std::snprintf(text, sizeof text,
                  "Forecast renewed ARR = sum over the renewals due of ARR x p(health color now). p(color) = the share "
                  "of past renewals kept by accounts that had that color at their renewal, when there are at least %d "
                  "of them; else the default: green %.2f, yellow %.2f, red %.2f, not scored %.2f (docs/metrics.md, "
                  "\"Renewal forecast\").",
                  kMinCalibrationRenewals, p[size_t(HealthColor::green)], p[size_t(HealthColor::yellow)],
                  p[size_t(HealthColor::red)], p[size_t(HealthColor::none)]);
    return text;
}

std::string risk_tooltip() {
    return "At-risk ARR = sum of the ARR of renewals due whose account is red or yellow now, or has an open task of "
           "priority " + std::to_string(kRiskTaskPriority) + " or more (docs/metrics.md, \"Renewal forecast\").";
}

void draw_window_selector(AppState& app) {
    ImGui::TextUnformatted("Renewals due in the next");
    for (int32_t days : kWindows) {
        ImGui::SameLine();
        char label[16];
        std::snprintf(label, sizeof label, "%d days", days);
        if (ImGui::RadioButton(label, app.renewals_view.days == days) && app.renewals_view.days != days)
            post_command(app, "renewals.set_window", {{"days", days}});
    }
}

void draw_tiles(AppState& app, const RenewalForecast& f) {
    const std::string& currency = app.ws.settings.currency;
    if (!ImGui::BeginTable("renewal_tiles", 4, ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableNextColumn();
    metric_tile("Renewals due", format_count(int64_t(f.rows.size())), kDueTooltip,
                "to " + format_iso(f.as_of.plus_days(f.days)));
    ImGui::TableNextColumn();
    metric_tile("ARR up for renewal", format_money_short(f.arr_due, currency), kArrTooltip);
    ImGui::TableNextColumn();
    char share[64] = "";
    if (f.arr_due.minor > 0)
        std::snprintf(share, sizeof share, "%.0f%% of the ARR due", 100.0 * double(f.forecast_arr.minor) / double(f.arr_due.minor));
    metric_tile("Forecast renewed ARR", format_money_short(f.forecast_arr, currency), forecast_tooltip().c_str(), share);
    ImGui::TableNextColumn();
    metric_tile("At-risk ARR", format_money_short(f.at_risk_arr, currency), risk_tooltip().c_str(),
                format_count(f.at_risk) + " renewals at risk");
    ImGui::EndTable();
}

// The p(color) table: what each probability rests on, and whether it is the workspace's own or a default.
void draw_calibration(AppState& app, const RenewalForecast& f) {
    const RenewalCalibrationTable& cal = f.calibration;
    if (!ImGui::CollapsingHeader("Renewal probabilities by health color")) return;
    if (!cal.from.ok())
        muted_text("The weekly health history is not ready yet: every probability is the default until it is.");
    else
        muted_text("Past renewals from " + format_iso(cal.from) + " to " + format_iso(cal.to) +
                   ", each with the account's color the week of its renewal; kept = a recorded outcome other than "
                   "churned, else still paying in the renewal month.");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("renewal_calibration", 4, flags)) return;
    ImGui::TableSetupColumn("Color", ImGuiTableColumnFlags_WidthFixed, em() * 8);
    ImGui::TableSetupColumn("Past renewals", ImGuiTableColumnFlags_WidthFixed, em() * 7);
    ImGui::TableSetupColumn("Kept", ImGuiTableColumnFlags_WidthFixed, em() * 5);
    ImGui::TableSetupColumn("p(kept)", ImGuiTableColumnFlags_WidthFixed, em() * 14);
    ImGui::TableHeadersRow();
    const HealthColor order[] = {HealthColor::green, HealthColor::yellow, HealthColor::red, HealthColor::none};
    for (HealthColor c : order) {
        const RenewalCalibration& k = cal.colors[size_t(c)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        health_color_badge(c);
        ImGui::TableNextColumn();
        text_right(format_count(k.past));
        ImGui::TableNextColumn();
        text_right(format_count(k.kept));
        ImGui::TableNextColumn();
        if (k.calibrated) ImGui::Text("%.2f (observed)", k.probability);
        else ImGui::TextColored(palette().text_muted, "%.2f (default: fewer than %d)", k.probability, kMinCalibrationRenewals);
    }
    ImGui::EndTable();
}

}  // namespace

void draw_renewals_view(AppState& app) {
    view_header(ICON_RENEWALS, "Renewals", "as of " + format_iso(app.analysis.as_of));
    if (empty_workspace_notice(app, "renewals")) return;
    const RenewalForecast& f = renewals_forecast(app);
    draw_window_selector(app);
    draw_tiles(app, f);
    draw_calibration(app, f);
    ImGui::Spacing();
    draw_renewal_outcome_editor(app, f);
    // The renewals just past come first when open: their outcomes are the ones to record now.
    const std::string recent = "Renewals of the last " + std::to_string(f.days) + " days (" +
                               format_count(int64_t(f.recent.size())) + "): record what happened###recent_renewals";
    if (ImGui::CollapsingHeader(recent.c_str())) {
        if (f.recent.empty()) muted_text("No renewals fell in these days among accounts paying the month before.");
        else draw_renewals_table(app, f.recent, "recent_renewals_table", false);
    }
    if (f.rows.empty()) {
        muted_text("No renewals fall in the next " + std::to_string(f.days) +
                   " days among accounts paying now. Try a longer window.");
        return;
    }
    draw_renewals_table(app, f.rows, "renewals_table", true);
}

}  // namespace retain
