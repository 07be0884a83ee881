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

}  // namespace retain
