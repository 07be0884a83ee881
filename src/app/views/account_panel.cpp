// The account detail panel: everything the workspace holds about one account, beside the current view,
// with its health first: color, score, why, each measure's part in the score, the weekly history and a
// CSM's override (docs/metrics.md, "Health score").
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/charts.hpp"
#include "app/widgets/widgets.hpp"
#include "core/money.hpp"

namespace retain {
namespace {

void field(const char* label, const std::string& value) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextColored(palette().text_muted, "%s", label);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", value.empty() ? "\xE2\x80\x94" : value.c_str());  // an em dash for "not set"
}

std::string renewal_text(const Account& a, Date as_of) {
    if (!a.renewal_date.ok()) return {};
    const int32_t days = a.renewal_date - as_of;
    std::string s = format_iso(a.renewal_date);
    if (days >= 0) s += "  (in " + format_count(days) + " days)";
    else s += "  (" + format_count(-days) + " days ago)";
    return s;
}

void draw_mrr_history(const AppState& app, AccountIx ix) {
    const MrrSeries& s = app.analysis.mrr;
    if (s.months <= 0) return;
    static std::vector<float> values;  // reused across frames: no allocation per frame
    values.resize(size_t(s.months));
    float top = 0;
    for (int32_t m = 0; m < s.months; ++m) {
        values[size_t(m)] = float(double(s.at(ix, s.first.plus(m)).minor) / 100.0);
        top = std::max(top, values[size_t(m)]);
    }
    ImGui::TextColored(palette().text_muted, "MRR %s to %s", format_iso(s.first).c_str(), format_iso(s.last()).c_str());
    ImGui::PlotLines("##mrr", values.data(), int(values.size()), 0, nullptr, 0.0f, top * 1.1f + 1.0f,
                     ImVec2(ImGui::GetContentRegionAvail().x, em() * 4));
}

void draw_contacts(const AppState& app, AccountIx ix) {
    const auto [begin, end] = rows_of(app.ws.contacts, ix);
    ImGui::PushFont(fonts().heading);
    ImGui::Text("Contacts (%d)", int(end - begin));
    ImGui::PopFont();
    if (begin == end) {
        muted_text("No contacts recorded.");
        return;
    }
    const Palette& p = palette();
    for (size_t i = begin; i < end; ++i) {
        const Contact& c = app.ws.contacts[i];
        ImGui::TextUnformatted(c.name.c_str());
        if (c.champion) { ImGui::SameLine(); ImGui::TextColored(p.good, ICON_STAR " champion"); }
        if (c.executive_sponsor) { ImGui::SameLine(); ImGui::TextColored(p.accent, ICON_USER " exec sponsor"); }
        if (c.left_company) { ImGui::SameLine(); ImGui::TextColored(p.bad, ICON_WARNING " left the company"); }
        std::string line = c.role;
        if (c.last_engaged.ok()) line += (line.empty() ? "" : "  \xC2\xB7  ") + ("last engaged " + format_iso(c.last_engaged));
        if (!line.empty()) ImGui::TextColored(p.text_muted, "%s", line.c_str());
    }
}

void draw_activity(const AppState& app, AccountIx ix) {
    const Workspace& ws = app.ws;
    const auto usage = rows_of(ws.usage, ix);
    const auto tickets = rows_of(ws.tickets, ix);
    const auto surveys = rows_of(ws.surveys, ix);
    const auto touches = rows_of(ws.touchpoints, ix);
    int open_tickets = 0;
    for (size_t i = tickets.first; i < tickets.second; ++i)
        if (ws.tickets[i].status == TicketStatus::open || ws.tickets[i].status == TicketStatus::pending) ++open_tickets;
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Activity on record");
    ImGui::PopFont();
    if (ImGui::BeginTable("activity", 2, ImGuiTableFlags_SizingStretchProp)) {
        field("Usage samples", format_count(int64_t(usage.second - usage.first)) +
                                   (usage.second > usage.first ? "  (last " + format_iso(ws.usage[usage.second - 1].date) + ")" : ""));
        field("Support tickets", format_count(int64_t(tickets.second - tickets.first)) + "  (" + format_count(open_tickets) + " open)");
        field("Survey responses", format_count(int64_t(surveys.second - surveys.first)));
        field("Touchpoints", format_count(int64_t(touches.second - touches.first)) +
                                 (touches.second > touches.first ? "  (last " + format_iso(ws.touchpoints[touches.second - 1].date) + ")" : ""));
        ImGui::EndTable();
    }
}

// The explanation is built once per account and workspace revision, never per frame.
void refresh_explanation(AppState& app, AccountIx ix) {
    HealthPanelState& p = app.health_view.panel;
    if (p.account == ix && p.built_revision == app.revision) return;
    if (p.account != ix) {  // a fresh override form for another account: green for 30 days
        p.form_color = int(HealthColor::green);
        p.reason[0] = '\0';
        const std::string expires = format_iso(app.analysis.as_of.plus_days(30));
        std::snprintf(p.expires, sizeof p.expires, "%s", expires.c_str());
        std::snprintf(p.author, sizeof p.author, "%s", owner_name(app.ws, app.ws.accounts[ix]).c_str());
    }
    const Analysis& a = app.analysis;
    p.explanation = explain_health(app.ws, a.health_inputs, app.ws.scorecard, a.health, app.ws.health_overrides, ix);
    std::string labels;
    for (const std::string& m : p.explanation.missing) labels += (labels.empty() ? "" : ", ") + m;
    p.missing_text = "No data for " + labels + ": left out, their weight shared among the rest.";
    p.account = ix;
    p.built_revision = app.revision;
}

void draw_explanation_table(const HealthExplanation& x) {
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    if (!ImGui::BeginTable("explanation", 4, flags)) return;
    ImGui::TableSetupColumn("Measure", 0, 1.8f);
    ImGui::TableSetupColumn("Value", 0, 1.9f);
    ImGui::TableSetupColumn("Score", 0, 0.6f);
    ImGui::TableSetupColumn("Points", 0, 0.6f);
    ImGui::TableHeadersRow();
    char buf[16];
    for (const MeasureExplanation& m : x.measures) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", m.label.c_str());
        ImGui::TableNextColumn();
        if (m.has_value) ImGui::TextWrapped("%s", m.text.c_str());
        else ImGui::TextDisabled("no data");
        ImGui::TableNextColumn();
        if (m.has_value) {
            std::snprintf(buf, sizeof buf, "%.0f", m.score);
            text_right(buf);
        }
        ImGui::TableNextColumn();
        if (m.has_value) {
            std::snprintf(buf, sizeof buf, "%.1f", m.contribution);
            text_right(buf);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("Contribution = share x score = %.1f%% x %.0f (docs/metrics.md, \"Health score: "
                                  "explanation\"); the points add up to the score.", m.share * 100, m.score);
        }
    }
    ImGui::EndTable();
}

void draw_override(AppState& app, AccountIx ix) {
    HealthPanelState& p = app.health_view.panel;
    const HealthExplanation& x = p.explanation;
    const Account& a = app.ws.accounts[ix];
    if (x.override_index >= 0 && size_t(x.override_index) < app.ws.health_overrides.size()) {
        const HealthOverride& o = app.ws.health_overrides[size_t(x.override_index)];
        ImGui::TextWrapped("Override: %s by %s until %s: %s", color_label(o.color),
                           o.author.empty() ? "a CSM" : o.author.c_str(), format_iso(o.expires).c_str(), o.reason.c_str());
        if (ImGui::SmallButton("Clear override")) post_command(app, "health.clear_override", {{"account", a.id}});
        return;
    }
    if (!x.active) return;  // overrides never color an account that is not a customer
    if (!ImGui::TreeNode("Override the color...")) return;
    static const char* const kColors[] = {"Red", "Yellow", "Green"};
    int choice = p.form_color - 1;
    ImGui::SetNextItemWidth(em() * 7);
    if (ImGui::Combo("Color", &choice, kColors, 3)) p.form_color = choice + 1;
    ImGui::InputTextWithHint("Reason", "why this color, for the next reader", p.reason, sizeof p.reason);
    ImGui::SetNextItemWidth(em() * 7);
    ImGui::InputTextWithHint("Expires", "YYYY-MM-DD", p.expires, sizeof p.expires);
    ImGui::InputText("Author", p.author, sizeof p.author);
    if (ImGui::Button("Set override"))
        post_command(app, "health.override", {{"account", a.id}, {"color", to_string(HealthColor(p.form_color))},
                                              {"reason", std::string(p.reason)}, {"expires", std::string(p.expires)},
                                              {"author", std::string(p.author)}});
    ImGui::TreePop();
}

void draw_health_history(AppState& app, AccountIx ix) {
    HealthViewState& h = app.health_view;
    if (!h.history_ready || ix >= h.history.accounts) {
        muted_text(h.history_job ? "Computing the weekly history..." : "");
        return;
    }
    const size_t weeks = h.history.weeks();
    h.panel.spark.resize(weeks);
    const float* s = h.history.sparkline(ix);
    for (size_t w = 0; w < weeks; ++w) h.panel.spark[w] = double(s[w]);
    ImGui::TextColored(palette().text_muted, "Score, last %d weeks", int(weeks));
    const HealthTableState& t = h.table;
    sparkline("##health_history", ImVec2(ImGui::GetContentRegionAvail().x, em() * 2.5f), h.panel.spark.data(),
              int(weeks), ImGui::ColorConvertFloat4ToU32(health_color_rgba(h.history.color(ix, weeks - 1))),
              number_format(), t.week_labels.size() == weeks ? t.week_labels.data() : nullptr);
    const Date since = color_changed_on(h.history, ix);
    const HealthColor now = h.history.color(ix, weeks - 1);
    if (since.ok()) ImGui::Text("%s since %s", color_label(now), format_iso(since).c_str());
    else if (now != HealthColor::none) ImGui::Text("%s for all %d weeks", color_label(now), int(weeks));
}

void draw_health(AppState& app, AccountIx ix) {
    refresh_explanation(app, ix);
    const HealthExplanation& x = app.health_view.panel.explanation;
    heading("Health");
    health_color_badge(x.color);
    if (std::isfinite(x.score)) {
        ImGui::SameLine();
        ImGui::Text("score %.0f", x.score);
    }
    if (x.override_index >= 0) {
        ImGui::SameLine();
        ImGui::TextColored(palette().text_muted, "(computed %s)", color_label(x.computed));
    }
    ImGui::TextWrapped("%s", x.why.c_str());
    if (!x.measures.empty()) draw_explanation_table(x);
    if (!x.missing.empty()) muted_text(app.health_view.panel.missing_text);
    draw_health_history(app, ix);
    draw_override(app, ix);
}
}  // namespace

void draw_account_panel(AppState& app) {
    if (app.selected >= app.ws.accounts.size()) return;
    const AccountIx ix = app.selected;
    const Account& a = app.ws.accounts[ix];
    const AccountFacts& f = app.analysis.accounts[ix];
    const Palette& p = palette();
    const std::string& cur = app.ws.settings.currency;

    ImGui::PushFont(fonts().heading);
    ImGui::TextWrapped("%s", a.name.c_str());
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - em() * 2);
    if (ImGui::SmallButton(ICON_CLOSE "##close")) post_command(app, "panel.close");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close (Esc)");
    ImGui::TextColored(p.text_muted, "%s%s%s", a.id.c_str(), a.domain.empty() ? "" : "  \xC2\xB7  ", a.domain.c_str());
    if (a.status == AccountStatus::churned) {
        ImGui::TextColored(p.bad, ICON_WARNING " Churned %s%s%s", format_iso(a.churn_date).c_str(),
                           a.churn_reason.empty() ? "" : ": ", a.churn_reason.c_str());
    } else {
        ImGui::TextColored(p.good, ICON_CIRCLE " Active");
    }
    draw_qbr_button(app, ix);  // the QBR pack in one click (program_reports.cpp)
    ImGui::Separator();
    draw_health(app, ix);  // first: why the account has its color is what a CSM opens the panel for
    ImGui::Spacing();
    draw_account_segment(app, ix);  // segment, engagement model and the rule that placed it
    draw_account_tasks(app, ix);  // then what to do about it (account_tasks.cpp)
    draw_account_notes(app, ix);  // what the CSMs wrote down (account_notes.cpp)
    ImGui::Spacing();
    draw_account_journey(app, ix);  // stage, milestones, touchpoints, handoff, success plan (account_journey.cpp)
    ImGui::Spacing();

    if (ImGui::BeginTable("fields", 2, ImGuiTableFlags_SizingStretchProp)) {
        field("MRR", format_money(f.mrr, cur));
        field("ARR", format_money(f.arr, cur));
        field("CRM segment", a.segment);
        field("Owner", owner_name(app.ws, a).empty() ? std::string("Pooled (no named CSM)") : owner_name(app.ws, a));
        field("Industry", a.industry);
        field("Plan", a.plan);
        field("Seats", a.seats > 0 ? format_count(a.seats) : std::string());
        field("Contract start", format_iso(a.contract_start));
        field("Renewal", renewal_text(a, app.analysis.as_of));
        field("Stage", lifecycle_stage_label(a.stage));
        field("Source", a.acquisition_source);
        std::string tags;
        for (const std::string& t : a.tags) tags += (tags.empty() ? "" : ", ") + t;
        field("Tags", tags);
        for (const auto& [key, value] : a.custom) field(key.c_str(), value);
        ImGui::EndTable();
    }
    ImGui::Spacing();
    draw_mrr_history(app, ix);
    ImGui::Spacing();
    draw_contacts(app, ix);
    ImGui::Spacing();
    draw_activity(app, ix);
}

}  // namespace retain
