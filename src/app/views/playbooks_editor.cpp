// The playbook editor: the draft of one playbook (trigger kind and parameters, filters, goal, steps,
// success measure). ImGui edits the draft in place; "Save" sends it as one "playbooks.update", which
// checks it and refuses a bad one with the reason (the workspace is unchanged until then).
#include "app/commands.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "io/playbooks_json.hpp"

namespace retain {
namespace {

// InputText over a std::string: the buffer grows as the user types (ImGui's resize callback).
int resize_string(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(size_t(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}
bool input_string(const char* label, std::string& s, bool multiline = false, float lines = 3) {
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
    if (multiline)
        return ImGui::InputTextMultiline(label, s.data(), s.capacity() + 1, ImVec2(-1, em() * lines), flags,
                                         resize_string, &s);
    return ImGui::InputText(label, s.data(), s.capacity() + 1, flags, resize_string, &s);
}

bool input_days(const char* label, int32_t& v, int lo, int hi) {
    ImGui::SetNextItemWidth(em() * 6);
    int x = v;
    const bool changed = ImGui::InputInt(label, &x);
    if (changed) v = x < lo ? lo : x > hi ? hi : x;
    return changed;
}

template <typename Enum, typename Label>
void enum_combo(const char* label, Enum& value, int count, Label label_of, float width) {
    ImGui::SetNextItemWidth(em() * width);
    if (!ImGui::BeginCombo(label, label_of(value))) return;
    for (int i = 0; i < count; ++i)
        if (ImGui::Selectable(label_of(Enum(i)), int(value) == i)) value = Enum(i);
    ImGui::EndCombo();
}

void draw_trigger(AppState& app, Playbook& d) {
    Trigger& t = d.trigger;
    enum_combo("Trigger", t.kind, kTriggerKindCount, trigger_label, 12);
    const uint8_t params = trigger_params(t.kind);
    if (params & p_color) {
        ImGui::SameLine();
        HealthColor& c = t.color;
        ImGui::SetNextItemWidth(em() * 6);
        if (ImGui::BeginCombo("Color", color_label(c))) {
            for (int i = 1; i < 4; ++i)
                if (ImGui::Selectable(color_label(HealthColor(i)), int(c) == i)) c = HealthColor(i);
            ImGui::EndCombo();
        }
    }
    if (params & p_days) { ImGui::SameLine(); input_days("Days", t.days, 1, 3650); }
    if (params & p_points) { ImGui::SameLine(); input_days("Points", t.points, 1, 100); }
    if (params & p_percent) { ImGui::SameLine(); input_days((params & p_max_percent) ? "From %" : "Percent", t.percent, 0, 1000); }
    if (params & p_max_percent) { ImGui::SameLine(); input_days("To under %", t.max_percent, 1, 1000); }
    if (params & p_count) { ImGui::SameLine(); input_days("Tickets", t.count, 1, 10000); }
    muted_text(describe_trigger(t) + ".");

    // Filters: a segment of the workspace, a lifecycle stage.
    ImGui::SetNextItemWidth(em() * 10);
    if (ImGui::BeginCombo("Segment", d.segment.empty() ? "Any segment" : d.segment.c_str())) {
        if (ImGui::Selectable("Any segment", d.segment.empty())) d.segment.clear();
        for (const SegmentTotals& s : app.analysis.segments)
            if (!s.segment.empty() && ImGui::Selectable(s.segment.c_str(), s.segment == d.segment)) d.segment = s.segment;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 10);
    if (ImGui::BeginCombo("Stage", d.stage < 0 ? "Any stage" : lifecycle_stage_label(LifecycleStage(d.stage)))) {
        if (ImGui::Selectable("Any stage", d.stage < 0)) d.stage = -1;
        for (int i = 0; i < kLifecycleStageCount; ++i)
            if (ImGui::Selectable(lifecycle_stage_label(LifecycleStage(i)), d.stage == i)) d.stage = i;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    input_days("Cooldown days", d.cooldown_days, 0, 3650);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("After a play starts, the same account is not enrolled again in this playbook for this many days.");
}

void draw_steps(Playbook& d) {
    int remove = -1;
    for (size_t i = 0; i < d.steps.size(); ++i) {
        PlaybookStep& s = d.steps[i];
        ImGui::PushID(int(i));
        ImGui::Text("Step %d", int(i + 1));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em() * 18);
        input_string("Title", s.title);
        ImGui::SameLine();
        enum_combo("Owner role", s.role, kOwnerRoleCount, owner_role_label, 8);
        ImGui::SameLine();
        input_days("Due after days", s.due_days, 0, 3650);
        ImGui::SameLine();
        enum_combo("Kind", s.kind, 3, step_kind_label, 7);
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove")) remove = int(i);
        input_string("##text", s.text, true, 4);
        ImGui::PopID();
    }
    if (remove >= 0) d.steps.erase(d.steps.begin() + remove);
    if (ImGui::Button("+  Add step")) d.steps.push_back(PlaybookStep{"New step", OwnerRole::csm, 7, StepKind::checklist, ""});
}

void draw_success(Playbook& d) {
    SuccessMeasure& m = d.success;
    enum_combo("Success measure", m.kind, kSuccessKindCount, success_label, 12);
    if (m.kind != SuccessKind::none) { ImGui::SameLine(); input_days("Within days", m.days, 1, 3650); }
    if (m.kind == SuccessKind::score_at_least) { ImGui::SameLine(); input_days("Score", m.score, 0, 100); }
    muted_text(describe_success(m) + ".");
}

}  // namespace

void draw_playbook_editor(AppState& app) {
    PlaybooksViewState& v = app.playbooks_view;
    if (v.editing.empty()) {
        muted_text("Click a playbook to edit it, or duplicate one to start from it.");
        return;
    }
    Playbook& d = v.draft;
    ImGui::Separator();
    ImGui::Text("Editing %s", d.id.c_str());
    ImGui::SetNextItemWidth(em() * 20);
    input_string("Name", d.name);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 8);
    input_string("Category", d.category);
    ImGui::SameLine();
    ImGui::Checkbox("Enabled", &d.enabled);
    draw_trigger(app, d);
    input_string("Goal", d.goal);
    draw_steps(d);
    draw_success(d);
    const std::string problem = playbook_problem(d);
    if (!problem.empty()) ImGui::TextColored(palette().bad, "Cannot save: %s", problem.c_str());
    ImGui::BeginDisabled(!problem.empty());
    if (ImGui::Button("Save")) post_command(app, "playbooks.update", {{"id", d.id}, {"playbook", playbook_to_json(d)}});
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Revert")) post_command(app, "playbooks.edit", {{"id", d.id}});
    ImGui::SameLine();
    if (ImGui::Button("Close")) post_command(app, "playbooks.edit", {{"id", ""}});
}

}  // namespace retain
