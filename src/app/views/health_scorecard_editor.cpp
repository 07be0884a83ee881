// The Health view's Scorecard tab: where red and green start, each group's weight, and per measure its
// switch, weight and scheme (bands or linear, direction, cut-offs), with the measure's definition from
// docs/metrics.md as its tooltip. Every edit posts a health.* command; an edit that would leave the
// scorecard unable to score is refused there, with the reason shown in the status line.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

using json = nlohmann::json;

// docs/metrics.md, "Health score: measures": each measure's raw value and when it is missing.
const char* const kDefinitions[kHealthInputCount] = {
    "Mean active users of the usage samples in the last 30 days / seats. Missing: no usage sample, or seats <= 0.",
    "Sum of logins / sum of active users over the samples in the last 30 days: logins per active user per sample "
    "period. Missing: no usage sample.",
    "Share of the workspace's key features (at most 8) used in the last 30 days. Missing: no usage sample, or no key "
    "features.",
    "Mean active users in the last 30 days / mean in the 30 days before, minus 1 (-0.45 = down 45%). Missing: no "
    "sample, or a zero mean, in the earlier window.",
    "Days since the latest touchpoint of any kind. Missing: no touchpoint.",
    "Responded / (responded + no response) over calls, emails, meetings and QBRs in the last 90 days. Missing: none "
    "with a known response.",
    "Attended / (attended + missed) over training touchpoints. Missing: no training with a known outcome.",
    "High or urgent tickets open on the as-of date. Missing: the workspace has no tickets at all.",
    "Tickets opened in the last 30 days / max(1, the usual month over the 90 days before). Missing: the workspace has "
    "no tickets at all.",
    "Good / rated over tickets of the last 180 days, closed and rated. Missing: no such rated ticket.",
    "Mean NPS (0-10) of the latest day with responses in 365 days. Missing: none in 365 days.",
    "Mean CSAT (1-5) in the last 180 days. Missing: none in 180 days.",
    "Mean CES (1-7, 7 = easiest) in the last 180 days. Missing: none in 180 days.",
    "2 = a champion engaged in 90 days; 1 = a champion, not engaged; -1 = a champion left and none remains; 0 = no "
    "champion. Missing: no contacts.",
    "1 when a contact is an executive sponsor who has not left, else 0. Missing: no contacts.",
    "Days to the first renewal on or after the as-of date (negative: overdue). Missing: no renewal date.",
    "max(0, 1 - MRR of the last complete month / MRR three months before). Missing: that earlier MRR is 0.",
};

const char* const kSchemeHelp =
    "Linear (low < high): higher is better: clamp(100 x (raw - low) / (high - low), 0, 100); lower is better: 100 "
    "minus that. Bands: higher is better: raw >= green_at -> 100, raw >= yellow_at -> 50, else 0; lower is better: "
    "the same with <=. A cut-off value belongs to the better band (docs/metrics.md, \"Health score: schemes\").";

const char* const kWeightHelp =
    "A measure counts when it is enabled, its weight is above 0 and its group's weight is above 0. Group score = "
    "weighted mean of its measures that have a value; overall score = weighted mean of the groups that have a score. "
    "A missing measure's weight is shared among the rest, never scored as zero (docs/metrics.md, \"Health score: "
    "weights and missing data\"). Share: the measure's share of the score when every measure has a value.";

void post_measure(AppState& app, const Measure& m, json change) {
    change["id"] = m.id;
    post_command(app, "health.set_measure", std::move(change));
}

// A drag for one number; posts on every change (the command rescores in milliseconds).
bool drag_number(const char* id, double& value, double speed, float width) {
    ImGui::SetNextItemWidth(width);
    return ImGui::DragScalar(id, ImGuiDataType_Double, &value, float(speed), nullptr, nullptr, "%.4g");
}

// Switching kind keeps the measure's meaning: the new cut-offs or range come from the old numbers.
json scheme_of_kind(const Scheme& s, SchemeKind kind) {
    const bool higher = s.direction == Direction::higher_is_better;
    if (kind == SchemeKind::bands) {
        const double mid = (s.low + s.high) / 2;
        return {{"kind", "bands"}, {"yellow_at", mid}, {"green_at", higher ? s.high : s.low}};
    }
    const double span = std::max(std::fabs(s.green_at - s.yellow_at), 1e-9);
    const double low = higher ? s.yellow_at - span : s.green_at;
    const double high = higher ? s.green_at : s.yellow_at + span;
    return {{"kind", "linear"}, {"low", low}, {"high", std::max(high, low + 1)}};
}

void draw_scheme(AppState& app, const Measure& m) {
    const Scheme& s = m.scheme;
    const float narrow = em() * 4.5f;
    ImGui::SetNextItemWidth(em() * 5);
    if (ImGui::BeginCombo("##kind", to_string(s.kind))) {
        for (SchemeKind k : {SchemeKind::linear, SchemeKind::bands})
            if (ImGui::Selectable(to_string(k), k == s.kind) && k != s.kind)
                post_measure(app, m, {{"scheme", scheme_of_kind(s, k)}});
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 8);
    const bool higher = s.direction == Direction::higher_is_better;
    if (ImGui::BeginCombo("##direction", higher ? "higher better" : "lower better")) {
        for (bool h : {true, false})
            if (ImGui::Selectable(h ? "higher better" : "lower better", h == higher) && h != higher) {
                json scheme = {{"direction", to_string(h ? Direction::higher_is_better : Direction::lower_is_better)}};
                // Bands flip their order with the direction: swap the cut-offs so they stay valid.
                if (s.kind == SchemeKind::bands) scheme.update({{"yellow_at", s.green_at}, {"green_at", s.yellow_at}});
                post_measure(app, m, {{"scheme", scheme}});
            }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    const bool linear = s.kind == SchemeKind::linear;
    double a = linear ? s.low : s.yellow_at, b = linear ? s.high : s.green_at;
    const double speed = std::max(0.001, std::fabs(b - a) / 200);
    ImGui::TextColored(palette().text_muted, linear ? "low" : "yellow");
    ImGui::SameLine();
    if (drag_number("##a", a, speed, narrow)) post_measure(app, m, {{"scheme", {{linear ? "low" : "yellow_at", a}}}});
    ImGui::SameLine();
    ImGui::TextColored(palette().text_muted, linear ? "high" : "green");
    ImGui::SameLine();
    if (drag_number("##b", b, speed, narrow)) post_measure(app, m, {{"scheme", {{linear ? "high" : "green_at", b}}}});
}

void draw_measure(AppState& app, const Measure& m, double share) {
    HealthInput input;
    const bool known = find_health_input(m.id, input);
    ImGui::TableNextRow();
    ImGui::PushID(m.id.c_str());
    ImGui::TableNextColumn();
    bool enabled = m.enabled;
    if (ImGui::Checkbox("##on", &enabled)) post_measure(app, m, {{"enabled", enabled}});
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (m.enabled) ImGui::TextUnformatted(m.label.c_str());
    else ImGui::TextDisabled("%s", m.label.c_str());
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em() * 26);
        ImGui::Text("%s  (%s)", m.label.c_str(), m.id.c_str());
        if (known) ImGui::TextUnformatted(kDefinitions[int(input)]);
        ImGui::TextColored(palette().text_muted, "docs/metrics.md, \"Health score: measures\"");
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::TableNextColumn();
    double weight = m.weight;
    if (drag_number("##w", weight, 0.05, em() * 4)) post_measure(app, m, {{"weight", std::max(0.0, weight)}});
    ImGui::TableNextColumn();
    draw_scheme(app, m);
    ImGui::TableNextColumn();
    char text[16] = "\xE2\x80\x94";  // an em dash: not counted
    if (share > 0) std::snprintf(text, sizeof text, "%.1f%%", share * 100);
    text_right(text);
    ImGui::TableNextColumn();
    if (ImGui::SmallButton(ICON_TRASH)) post_command(app, "health.remove_measure", {{"id", m.id}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Take %s off the scorecard", m.label.c_str());
    ImGui::PopID();
}

void draw_group(AppState& app, MeasureGroup g) {
    const Scorecard& sc = app.ws.scorecard;
    const HealthSummary& summary = app.health_view.summary;
    double group_share = 0;
    bool any = false;
    for (const Measure& m : sc.measures) {
        HealthInput in;
        if (m.group != g) continue;
        any = true;
        if (find_health_input(m.id, in)) group_share += summary.nominal_share[size_t(in)];
    }
    ImGui::PushID(int(g));
    ImGui::PushFont(fonts().heading);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(group_label(g));
    ImGui::PopFont();
    ImGui::SameLine(em() * 9);
    ImGui::TextColored(palette().text_muted, "group weight");
    ImGui::SameLine();
    double w = sc.group_weights[size_t(g)];
    if (drag_number("##gw", w, 0.25, em() * 4))
        post_command(app, "health.set_group_weight", {{"group", to_string(g)}, {"weight", std::max(0.0, w)}});
    ImGui::SameLine();
    if (group_share > 0) ImGui::TextColored(palette().text_muted, "%.0f%% of the score", group_share * 100);
    else ImGui::TextDisabled("not counted");
    if (!any) {
        muted_text("No measure of this group is on the scorecard.");
        ImGui::PopID();
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    if (ImGui::BeginTable("measures", 6, flags)) {
        ImGui::TableSetupColumn("On");
        ImGui::TableSetupColumn("Measure", ImGuiTableColumnFlags_WidthFixed, em() * 13);
        ImGui::TableSetupColumn("Weight");
        ImGui::TableSetupColumn("Scheme");
        ImGui::TableSetupColumn("Share", ImGuiTableColumnFlags_WidthFixed, em() * 3.5f);
        ImGui::TableSetupColumn("");
        for (const Measure& m : sc.measures) {
            HealthInput in;
            if (m.group == g)
                draw_measure(app, m, find_health_input(m.id, in) ? summary.nominal_share[size_t(in)] : 0.0);
        }
        ImGui::EndTable();
    }
    ImGui::PopID();
}

void draw_top_line(AppState& app) {
    const Scorecard& sc = app.ws.scorecard;
    ImGui::AlignTextToFramePadding();
    health_color_badge(HealthColor::red);
    ImGui::SameLine();
    ImGui::TextUnformatted("below");
    ImGui::SameLine();
    double red = sc.thresholds.red_below, green = sc.thresholds.green_from;
    if (drag_number("##red", red, 0.5, em() * 4)) post_command(app, "health.set_thresholds", {{"red_below", red}});
    ImGui::SameLine(0, em());
    health_color_badge(HealthColor::green);
    ImGui::SameLine();
    ImGui::TextUnformatted("from");
    ImGui::SameLine();
    if (drag_number("##green", green, 0.5, em() * 4)) post_command(app, "health.set_thresholds", {{"green_from", green}});
    ImGui::SameLine();
    help_marker(health_color_definition(HealthColor::red));

    // Add a catalogue measure that is not on the scorecard.
    ImGui::SameLine(0, em() * 2);
    ImGui::SetNextItemWidth(em() * 13);
    if (ImGui::BeginCombo("##add", "Add a measure...")) {
        bool offered = false;
        for (int i = 0; i < kHealthInputCount; ++i) {
            const MeasureInfo& info = measure_info(HealthInput(i));
            if (find_measure(sc, info.id)) continue;
            offered = true;
            if (ImGui::Selectable(info.label)) post_command(app, "health.add_measure", {{"id", info.id}});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %s", group_label(info.group), kDefinitions[i]);
        }
        if (!offered) ImGui::TextDisabled("Every measure is on the scorecard");
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (ImGui::Button(ICON_UNDO "  Reset")) ImGui::OpenPopup("reset_scorecard");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Back to the starter scorecard");
    if (ImGui::BeginPopup("reset_scorecard")) {
        ImGui::TextUnformatted("Replace this scorecard with the starter scorecard?");
        if (ImGui::Button("Reset the scorecard")) {
            post_command(app, "health.reset_scorecard");
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Keep it")) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    help_marker(kWeightHelp);
    ImGui::SameLine();
    help_marker(kSchemeHelp);
}

}  // namespace

void draw_health_scorecard_editor(AppState& app) {
    draw_top_line(app);
    ImGui::Spacing();
    ImGui::BeginChild("scorecard_groups", ImVec2(0, 0), false);
    for (int g = 0; g < kMeasureGroupCount; ++g) {
        draw_group(app, MeasureGroup(g));
        ImGui::Spacing();
    }
    ImGui::EndChild();
}

}  // namespace retain
