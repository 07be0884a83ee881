// The account panel's segment line: the segment, its engagement model and what that model means, and
// the rule that placed the account with the conditions it met (the "why"; docs/metrics.md "Segments and
// engagement models"). Read from the cached placement (team_state.hpp), so drawing computes nothing.
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {

void draw_account_segment(AppState& app, AccountIx ix) {
    if (ix >= app.ws.accounts.size()) return;
    const Placement& p = account_placement(app, ix);
    const Palette& palette_ = palette();
    const EngagementModelInfo& info = model_info(p.model);
    ImGui::Text("Segment: %s  \xC2\xB7  %s", p.segment.c_str(), info.label);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %s", info.coverage, info.motions);
    if (p.rule == kFallbackRule)
        ImGui::TextColored(palette_.text_muted, "Placed by the fallback rule \"%s\": no rule above matched.", p.rule_name.c_str());
    else
        ImGui::TextColored(palette_.text_muted, "Placed by rule %d \"%s\":", int(p.rule) + 1, p.rule_name.c_str());
    for (const std::string& why : p.matched) ImGui::BulletText("%s", why.c_str());
    if (!p.missed.empty() && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted("Earlier rules missed:");
        for (const std::string& miss : p.missed) ImGui::BulletText("%s", miss.c_str());
        ImGui::EndTooltip();
    }
    if (!p.missed.empty() && p.rule == kFallbackRule)
        for (const std::string& miss : p.missed) ImGui::BulletText("not %s", miss.c_str());
}

void draw_segment_cell(const AppState& app, AccountIx ix) {
    const Account& a = app.ws.accounts[ix];
    ImGui::TextUnformatted(a.segment.c_str());
    const Segmentation& seg = app.analysis.segmentation;
    if (ix >= seg.group.size()) return;
    const std::string& placed = seg.segment_of(ix);
    if (placed != a.segment) {
        ImGui::SameLine();
        ImGui::TextColored(palette().text_muted, "\xE2\x86\x92 %s", placed.c_str());  // an arrow
    }
    if (ImGui::IsItemHovered()) {
        const int16_t rule = seg.rule[ix];
        const SegmentRules& rules = app.ws.segment_rules;
        const bool listed = rule != kFallbackRule && size_t(rule) < rules.rules.size();
        const std::string& name = listed ? rules.rules[size_t(rule)].name : rules.fallback.name;
        ImGui::SetTooltip("Segment rules: %s, %s, by rule \"%s\" (CRM segment: %s)", placed.c_str(),
                          model_info(seg.model_of(ix)).label, name.c_str(), a.segment.empty() ? "not set" : a.segment.c_str());
    }
}

}  // namespace retain
