// The account detail panel: everything the workspace holds about one account, beside the current view.
#include <algorithm>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
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
    ImGui::Separator();

    if (ImGui::BeginTable("fields", 2, ImGuiTableFlags_SizingStretchProp)) {
        field("MRR", format_money(f.mrr, cur));
        field("ARR", format_money(f.arr, cur));
        field("Segment", a.segment);
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
