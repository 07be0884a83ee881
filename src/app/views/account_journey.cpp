// The account panel's journey section: the lifecycle stage (with a stage change), each milestone with
// where it comes from (recorded by a CSM, shown by the data, or both), first value and time to value,
// then the handoff, the success plan and the touchpoint log (account_handoff.cpp, account_plan.cpp,
// account_touchpoints.cpp). The forms' buffers live in JourneyViewState and are loaded here when another
// account opens or the workspace changes under them.
#include <cstdio>
#include <string>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/journey/milestone_evidence.hpp"
#include "core/metrics/time_to_value.hpp"

namespace retain {
namespace {

void load_handoff_form(HandoffForm& f, const Handoff* h) {
    const Handoff empty;
    const Handoff& x = h ? *h : empty;
    copy_text(f.sold, x.sold);
    copy_text(f.goals, x.goals);
    copy_text(f.success_criteria, x.success_criteria);
    copy_text(f.champion, x.champion);
    copy_text(f.executive_sponsor, x.executive_sponsor);
    copy_text(f.promises, x.promises);
    copy_text(f.risks, x.risks);
    copy_text(f.technical, x.technical);
    copy_text(f.timeline, x.timeline);
    copy_text(f.sales_owner, x.sales_owner);
    copy_text(f.date, x.date.ok() ? format_iso(x.date) : std::string());
    f.expected_ttv_days = x.expected_ttv_days;
}

void draw_stage(AppState& app, AccountIx ix) {
    const Account& a = app.ws.accounts[ix];
    ImGui::TextUnformatted("Stage");
    ImGui::SameLine();
    int stage = int(a.stage);
    const char* labels[kLifecycleStageCount];
    for (int s = 0; s < kLifecycleStageCount; ++s) labels[s] = lifecycle_stage_label(LifecycleStage(s));
    ImGui::SetNextItemWidth(em() * 10);
    if (ImGui::Combo("##stage", &stage, labels, kLifecycleStageCount) && stage != int(a.stage))
        post_command(app, "journey.set_stage", {{"account", a.id}, {"stage", to_string(LifecycleStage(stage))}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Move the account to another stage (dated the as-of date)");
    const AccountJourney* j = find_journey(app.ws.journey, a.id);
    ImGui::SameLine();
    if (j && j->stage_since.ok()) ImGui::TextColored(palette().text_muted, "since %s", format_iso(j->stage_since).c_str());
    else ImGui::TextColored(palette().text_muted, "no stage date recorded");
}

void draw_milestone_row(AppState& app, const Account& a, Milestone m, const MilestoneState& s) {
    const Palette& p = palette();
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (s.achieved()) ImGui::TextColored(p.good, ICON_CHECK " %s", milestone_label(m));
    else ImGui::TextColored(p.text_muted, ICON_CIRCLE " %s", milestone_label(m));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", milestone_definition(m));
    ImGui::TableNextColumn();
    std::string source;
    if (s.evidenced) source = s.evidence_date.ok() ? "data, " + format_iso(s.evidence_date) : "data (no date)";
    if (s.mark && s.mark->recorded()) {
        source += source.empty() ? "" : "; ";
        source += "recorded " + format_iso(s.mark->date) + (s.mark->by.empty() ? "" : " by " + s.mark->by);
    }
    if (source.empty()) source = milestone_has_evidence(m) ? "not yet (no data shows it)" : "not yet (recorded only)";
    ImGui::TextWrapped("%s", source.c_str());
    if (s.mark && !s.mark->note.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.mark->note.c_str());
    ImGui::TableNextColumn();
    JourneyViewState& v = app.journey_view;
    if (s.mark && s.mark->recorded()) {
        if (ImGui::SmallButton("Clear"))
            post_command(app, "journey.clear_milestone", {{"account", a.id}, {"milestone", to_string(m)}});
    } else if (ImGui::SmallButton("Record")) {
        post_command(app, "journey.record_milestone", {{"account", a.id}, {"milestone", to_string(m)},
                                                        {"date", std::string(v.milestone_date)},
                                                        {"by", std::string(v.milestone_by)},
                                                        {"note", std::string(v.milestone_note)}});
    }
}

void draw_milestones(AppState& app, AccountIx ix) {
    const Account& a = app.ws.accounts[ix];
    const AccountMilestones ms = account_milestones(app.ws, ix, app.analysis.as_of);
    ImGui::Text("Milestones %d / %d  \xC2\xB7  onboarding %d / %d", ms.achieved, kMilestoneCount, ms.onboarding_done,
                kOnboardingMilestoneCount);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Onboarding progress = kickoff, activation and first value achieved, of 3 (docs/metrics.md, "
                          "\"Customer journey: milestones\").");
    if (ImGui::BeginTable("milestones", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn("Milestone", 0, 1.4f);
        ImGui::TableSetupColumn("From", 0, 2.2f);
        ImGui::TableSetupColumn("", 0, 0.6f);
        for (int m = 0; m < kMilestoneCount; ++m) {
            ImGui::PushID(m);
            draw_milestone_row(app, a, Milestone(m), ms.milestones[size_t(m)]);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    JourneyViewState& v = app.journey_view;
    ImGui::SetNextItemWidth(em() * 7);
    ImGui::InputTextWithHint("##ms_date", "date (as of)", v.milestone_date, sizeof v.milestone_date);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 7);
    ImGui::InputTextWithHint("##ms_by", "by", v.milestone_by, sizeof v.milestone_by);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##ms_note", "note: what showed it", v.milestone_note, sizeof v.milestone_note);
}

void draw_first_value(AppState& app, AccountIx ix) {
    const Account& a = app.ws.accounts[ix];
    JourneyViewState& v = app.journey_view;
    const std::optional<int32_t> ttv = account_time_to_value(a);
    if (a.first_value.ok())
        ImGui::Text("First value %s  \xC2\xB7  time to value %s", format_iso(a.first_value).c_str(),
                    ttv ? (format_count(*ttv) + " days").c_str() : "invalid (before the contract start)");
    else
        ImGui::TextColored(palette().warn, "No first value recorded");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Time to value = first-value date - contract start, in days (docs/metrics.md, \"Time to value\").");
    ImGui::SetNextItemWidth(em() * 7);
    ImGui::InputTextWithHint("##fv_date", "YYYY-MM-DD", v.first_value_date, sizeof v.first_value_date);
    ImGui::SameLine();
    const bool advance = a.stage == LifecycleStage::onboarding;
    if (ImGui::Button("Record first value"))
        post_command(app, "success_plan.record_first_value",
                     {{"account", a.id}, {"date", std::string(v.first_value_date)}, {"advance", advance}});
    remember_item_rect(v.first_value_button);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(advance ? "Sets the account's first-value date (empty clears it); first value closes onboarding, "
                                    "so the account moves on to adoption"
                                  : "Sets the account's first-value date (empty clears it)");
}

}  // namespace

void load_journey_forms(AppState& app, AccountIx ix) {
    JourneyViewState& v = app.journey_view;
    const Account& a = app.ws.accounts[ix];
    const bool other_account = v.form_account != a.id;
    if (!other_account && v.form_revision == app.revision) return;
    if (other_account) {  // fresh entry fields; the records' forms follow the workspace
        const std::string as_of = format_iso(app.analysis.as_of);
        copy_text(v.touch_date, as_of);
        v.touch_outcome[0] = v.touch_notes[0] = '\0';
        v.touch_kind = 0;
        copy_text(v.milestone_date, as_of);
        copy_text(v.milestone_by, owner_name(app.ws, a));
        v.milestone_note[0] = '\0';
        v.plan = PlanForm{};
    }
    copy_text(v.first_value_date, a.first_value.ok() ? format_iso(a.first_value) : format_iso(app.analysis.as_of));
    load_handoff_form(v.handoff, find_handoff(app.ws.handoffs, a.id));
    const SuccessPlan* plan = find_plan(app.ws.success_plans, a.id);
    copy_text(v.plan.outcomes, plan ? plan->outcomes : std::string());
    copy_text(v.plan.success_criteria, plan ? plan->success_criteria : std::string());
    copy_text(v.plan.owner, plan ? plan->owner : std::string());
    v.form_account = a.id;
    v.form_revision = app.revision;
}

void draw_account_journey(AppState& app, AccountIx ix) {
    load_journey_forms(app, ix);
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Journey");
    ImGui::PopFont();
    draw_stage(app, ix);
    draw_first_value(app, ix);
    draw_account_touchpoints(app, ix);  // first: logging a call is what a CSM does most often here
    if (ImGui::CollapsingHeader("Milestones###acct_milestones")) draw_milestones(app, ix);
    draw_account_handoff(app, ix);
    draw_account_plan(app, ix);
}

}  // namespace retain
