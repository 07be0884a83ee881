// The segment rule editor of the Segments & Team view: the ordered rules (first match wins) with
// up / down / delete, the selected rule's name, segment, model and conditions, and the fallback.
// Every change is a posted segments.* command carrying the whole edited rule in the file's JSON form
// (io/team_config_json.hpp); a rule the command refuses leaves the rules as they were.
#include <cstdio>
#include <cstring>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "io/team_config_json.hpp"

namespace retain {
namespace {

const char* const kModelLabels[kEngagementModelCount] = {"High-touch", "Low-touch", "Tech-touch", "Hybrid"};
const char* const kFieldLabels[kConditionFieldCount] = {"ARR",     "Seats",        "Industry",   "Lifecycle stage",
                                                        "Tag",     "Custom field", "CRM segment"};

void copy_text(char* buffer, size_t size, const std::string& text) {
    std::snprintf(buffer, size, "%s", text.c_str());
}

const SegmentRule& selected_rule(const AppState& app) {
    const SegmentRules& r = app.ws.segment_rules;
    const int i = app.team_view.selected_rule;
    return i >= 0 && size_t(i) < r.rules.size() ? r.rules[size_t(i)] : r.fallback;
}

// The editor's buffers follow the selected rule whenever the rules change.
void sync_editor(AppState& app) {
    TeamViewState& t = app.team_view;
    if (t.selected_rule >= int(app.ws.segment_rules.rules.size())) t.selected_rule = -1;
    if (t.editor_revision == app.revision) return;
    const SegmentRule& rule = selected_rule(app);
    copy_text(t.rule_name, sizeof t.rule_name, rule.name);
    copy_text(t.rule_segment, sizeof t.rule_segment, rule.segment);
    t.rule_model = int(rule.model);
    t.editor_revision = app.revision;
}

void post_rule(AppState& app, const SegmentRule& rule) {
    const int i = app.team_view.selected_rule;
    if (i < 0) post_command(app, "segments.set_fallback", {{"rule", segment_rule_to_json(rule, true)}});
    else post_command(app, "segments.set_rule", {{"index", i}, {"rule", segment_rule_to_json(rule)}});
}

void select_rule(AppState& app, int index) {
    app.team_view.selected_rule = index;
    app.team_view.editor_revision = UINT64_MAX;
}

void draw_rule_row(AppState& app, size_t i, const SegmentRule& rule, int32_t accounts) {
    const Palette& p = palette();
    const size_t n = app.ws.segment_rules.rules.size();
    ImGui::TableNextRow();
    ImGui::PushID(int(i));
    ImGui::TableNextColumn();
    char label[160];
    std::snprintf(label, sizeof label, "%zu. %s", i + 1, rule.name.c_str());
    if (ImGui::Selectable(label, app.team_view.selected_rule == int(i), ImGuiSelectableFlags_AllowItemOverlap))
        select_rule(app, int(i));
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        for (const SegmentCondition& c : rule.conditions)
            ImGui::BulletText("%s", describe_condition(c, app.ws.settings.currency).c_str());
        ImGui::TextColored(p.text_muted, "All conditions must hold; the first matching rule places the account.");
        ImGui::EndTooltip();
    }
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(rule.segment.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(model_info(rule.model).label);
    ImGui::TableNextColumn();
    text_right(format_count(accounts));
    ImGui::TableNextColumn();
    ImGui::BeginDisabled(i == 0);
    if (ImGui::SmallButton(ICON_SORT_UP)) post_command(app, "segments.move_rule", {{"index", i}, {"to", i - 1}});
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Move up: checked earlier");
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 >= n);
    if (ImGui::SmallButton(ICON_SORT_DOWN)) post_command(app, "segments.move_rule", {{"index", i}, {"to", i + 1}});
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Move down: checked later");
    ImGui::SameLine();
    if (ImGui::SmallButton(ICON_TRASH)) {
        post_command(app, "segments.delete_rule", {{"index", i}});
        select_rule(app, -1);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete this rule: its accounts go to the next matching rule");
    ImGui::PopID();
}

void draw_rule_list(AppState& app) {
    const SegmentRules& rules = app.ws.segment_rules;
    const std::vector<int32_t>& placed = app.analysis.segmentation.rule_accounts;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("segment_rules", 5, flags)) return;
    ImGui::TableSetupColumn("Rule", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Segment", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Model", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Accounts", ImGuiTableColumnFlags_WidthFixed, em() * 5);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em() * 7);  // up, down, delete
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < rules.rules.size(); ++i)
        draw_rule_row(app, i, rules.rules[i], i < placed.size() ? placed[i] : 0);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    char label[160];
    std::snprintf(label, sizeof label, "Otherwise: %s", rules.fallback.name.c_str());
    if (ImGui::Selectable(label, app.team_view.selected_rule < 0)) select_rule(app, -1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The fallback rule places every account no rule above matches.");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(rules.fallback.segment.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(model_info(rules.fallback.model).label);
    ImGui::TableNextColumn();
    text_right(placed.empty() ? std::string() : format_count(placed.back()));
    ImGui::EndTable();
}

// The "add condition" row: field, custom field name, bounds or values.
void draw_new_condition(AppState& app, const SegmentRule& rule) {
    TeamViewState& t = app.team_view;
    ImGui::SetNextItemWidth(em() * 9);
    ImGui::Combo("##field", &t.new_field, kFieldLabels, kConditionFieldCount);
    const ConditionField field = ConditionField(t.new_field);
    if (field == ConditionField::custom) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em() * 8);
        ImGui::InputTextWithHint("##key", "field name", t.new_key, sizeof t.new_key);
    }
    const bool numeric_field = is_numeric(field) || field == ConditionField::custom;
    bool numeric = is_numeric(field);
    if (field == ConditionField::custom) numeric = t.new_has_min || t.new_has_max;
    if (numeric_field) {
        ImGui::SameLine();
        ImGui::Checkbox("at least", &t.new_has_min);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em() * 7);
        ImGui::InputDouble("##min", &t.new_min, 0, 0, "%.0f");
        ImGui::SameLine();
        ImGui::Checkbox("under", &t.new_has_max);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em() * 7);
        ImGui::InputDouble("##max", &t.new_max, 0, 0, "%.0f");
        if (field == ConditionField::arr) {
            ImGui::SameLine();
            help_marker("ARR in whole currency units: the account's current MRR x 12.");
        }
    }
    if (!numeric) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em() * 14);
        ImGui::InputTextWithHint("##values", "values, comma-separated", t.new_values, sizeof t.new_values);
    }
    ImGui::SameLine();
    if (!ImGui::Button("Add condition")) return;
    SegmentCondition c;
    c.field = field;
    c.key = t.new_key;
    if (numeric) {
        const int64_t scale = field == ConditionField::arr ? 100 : 1;  // ARR is kept in minor units
        c.has_min = t.new_has_min;
        c.has_max = t.new_has_max;
        c.min = int64_t(t.new_min) * scale;
        c.max = int64_t(t.new_max) * scale;
    } else {
        std::string values = t.new_values;
        size_t start = 0;
        while (start <= values.size()) {
            size_t end = values.find(',', start);
            if (end == std::string::npos) end = values.size();
            std::string v = values.substr(start, end - start);
            while (!v.empty() && v.front() == ' ') v.erase(v.begin());
            while (!v.empty() && v.back() == ' ') v.pop_back();
            if (!v.empty()) c.any_of.push_back(v);
            start = end + 1;
        }
    }
    SegmentRule next = rule;
    next.conditions.push_back(c);
    post_rule(app, next);
}

void draw_rule_editor(AppState& app) {
    TeamViewState& t = app.team_view;
    const SegmentRule& rule = selected_rule(app);
    const bool fallback = t.selected_rule < 0;
    const Palette& p = palette();
    ImGui::Separator();
    ImGui::TextUnformatted(fallback ? "Fallback rule" : "Selected rule");
    ImGui::SetNextItemWidth(em() * 12);
    ImGui::InputText("Name", t.rule_name, sizeof t.rule_name);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 10);
    ImGui::InputText("Segment", t.rule_segment, sizeof t.rule_segment);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 8);
    ImGui::Combo("Model", &t.rule_model, kModelLabels, kEngagementModelCount);
    ImGui::SameLine();
    if (ImGui::Button(ICON_SAVE " Save")) {
        SegmentRule next = rule;
        next.name = t.rule_name;
        next.segment = t.rule_segment;
        next.model = EngagementModel(t.rule_model);
        post_rule(app, next);
    }
    const EngagementModelInfo& info = model_info(EngagementModel(t.rule_model));
    ImGui::TextColored(p.text_muted, "%s: %s. %s.", info.label, info.coverage, info.motions);
    if (fallback) {
        muted_text("The fallback has no conditions: it places every account no rule above matches.");
        return;
    }
    ImGui::Text("All of:");
    for (size_t i = 0; i < rule.conditions.size(); ++i) {
        ImGui::PushID(int(i));
        if (ImGui::SmallButton(ICON_CLOSE)) {
            SegmentRule next = rule;
            next.conditions.erase(next.conditions.begin() + long(i));
            post_rule(app, next);
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this condition");
        ImGui::SameLine();
        ImGui::BulletText("%s", describe_condition(rule.conditions[i], app.ws.settings.currency).c_str());
        ImGui::PopID();
    }
    draw_new_condition(app, rule);
}

}  // namespace

void draw_team_rules(AppState& app) {
    sync_editor(app);
    draw_rule_list(app);
    if (ImGui::Button("+ Add rule")) {
        // A new rule starts at the end, before the fallback, with one condition to edit.
        SegmentRule rule{"New rule", "New segment", EngagementModel::low_touch, {}};
        SegmentCondition seats;
        seats.field = ConditionField::seats;
        seats.has_min = true;
        seats.min = 100;
        rule.conditions.push_back(seats);
        post_command(app, "segments.add_rule", {{"rule", segment_rule_to_json(rule)}});
        select_rule(app, int(app.ws.segment_rules.rules.size()));
    }
    remember_item_rect(app.team_view.add_rule_rect);
    ImGui::SameLine();
    if (ImGui::Button("Reset to defaults")) {
        post_command(app, "segments.reset");
        select_rule(app, -1);
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Enterprise: ARR >= $100k or seats >= 500, high-touch; Mid-market: ARR $15k-$100k, "
                          "low-touch; everyone else SMB, tech-touch.");
    draw_rule_editor(app);
}

}  // namespace retain
