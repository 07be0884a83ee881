// The Health view's Calculator tab: type a hypothetical customer's raw values (or start from the selected
// account) and see the score, the color and the why the engine gives them — the same functions that
// score real accounts (core/health/health_calculator.hpp). Every edit goes through health.calculate.
#include <cmath>
#include <cstdio>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

// The calculator follows scorecard edits: rescored when the health revision moved.
void refresh(AppState& app) {
    HealthViewState& v = app.health_view;
    if (v.calculated_revision == app.health_revision) return;
    v.calculated = calculate_health(app.ws.scorecard, v.calculator);
    v.calculated_revision = app.health_revision;
}

void draw_result(const HealthExplanation& e) {
    ImGui::PushFont(fonts().heading);
    if (std::isfinite(e.score)) ImGui::Text("%.0f", e.score);
    else ImGui::TextUnformatted("Not scored");
    ImGui::PopFont();
    ImGui::SameLine();
    health_color_badge(e.computed);
    ImGui::TextWrapped("%s", e.why.c_str());
}

void draw_inputs(AppState& app) {
    const HealthViewState& v = app.health_view;
    const CalculatorInput& in = v.calculator;
    if (!ImGui::BeginTable("calculator", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("Measure", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Known", ImGuiTableColumnFlags_WidthFixed, em() * 4);
    ImGui::TableSetupColumn("Raw value", ImGuiTableColumnFlags_WidthFixed, em() * 9);
    ImGui::TableSetupColumn("Reads as", ImGuiTableColumnFlags_WidthStretch, 2.5f);
    ImGui::TableSetupColumn("Points", ImGuiTableColumnFlags_WidthFixed, em() * 6);
    ImGui::TableHeadersRow();
    for (const MeasureExplanation& m : v.calculated.measures) {
        HealthInput input;
        if (!find_health_input(m.id, input)) continue;
        ImGui::PushID(m.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(m.label.c_str());
        ImGui::TableNextColumn();
        bool known = (in.present & input_bit(input)) != 0;
        if (ImGui::Checkbox("##known", &known))
            post_command(app, "health.calculate", {{"values", {{m.id, known ? nlohmann::json(in.raw[size_t(input)]) : nlohmann::json(nullptr)}}}});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Unknown values are left out and their weight shared among the rest, never counted as zero.");
        ImGui::TableNextColumn();
        double raw = in.raw[size_t(input)];
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputDouble("##raw", &raw, 0, 0, "%.3g") && std::isfinite(raw))
            post_command(app, "health.calculate", {{"values", {{m.id, raw}}}});
        ImGui::TableNextColumn();
        if (m.has_value) ImGui::TextUnformatted(m.text.c_str());
        else muted_text("unknown: left out");
        ImGui::TableNextColumn();
        if (m.has_value) ImGui::Text("+%.1f", m.contribution);
        if (ImGui::IsItemHovered() && m.has_value)
            ImGui::SetTooltip("Scores %.1f by its scheme and carries %.1f%% of the weight: %.1f x %.1f%% = %.1f points.",
                              m.score, m.share * 100, m.score, m.share * 100, m.contribution);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace

void draw_health_calculator(AppState& app) {
    refresh(app);
    muted_text("Type a customer's raw values to see the score the current scorecard gives them: the same engine as "
               "every account, so a what-if here is what the account would show.");
    const bool has_selection = app.selected != kNoAccount && app.selected < app.ws.accounts.size();
    if (has_selection) {
        const std::string label = "Start from " + app.ws.accounts[app.selected].name;
        if (ImGui::Button(label.c_str())) post_command(app, "health.calculate", {{"account", app.ws.accounts[app.selected].id}});
        ImGui::SameLine();
    }
    if (ImGui::Button("Clear all values")) post_command(app, "health.calculate", {{"reset", true}});
    ImGui::Spacing();
    draw_result(app.health_view.calculated);
    ImGui::Spacing();
    if (app.health_view.calculated.measures.empty()) {
        muted_text("The scorecard counts no measure: add one on the Scorecard tab.");
        return;
    }
    draw_inputs(app);
}

}  // namespace retain
