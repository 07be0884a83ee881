// The Feedback tab: the form to log an item (feedback.add; the account is typed as its id or picked from
// the selected account), every item, newest first, with edit and delete (feedback.update, feedback.delete).
// Items with the same title land on one request of the board by themselves; an item's edit can also move
// it alone to another request. The edit opens as a form between the log form and the list, with the log
// form's fields and widths (widgets/item_edit.hpp: Enter saves, Escape cancels).
#include <algorithm>
#include <numeric>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/views/voice_parts.hpp"
#include "app/widgets/item_edit.hpp"
#include "app/widgets/widgets.hpp"

namespace retain {
namespace {

void copy_text(const std::string& text, char* buffer, size_t size) {
    const size_t n = std::min(text.size(), size - 1);
    text.copy(buffer, n);
    buffer[n] = '\0';
}

bool kind_label(void*, int i, const char** out) {
    *out = feedback_kind_label(FeedbackKind(i));
    return true;
}

// The fields the log form and an item's edit share: kind, product area, competitor (competitor mentions
// only), title and detail. `keys` collects Enter in them when editing.
void draw_fields(FeedbackForm& f, ItemEditKeys* keys, bool focus_title) {
    auto field = [&] {
        if (keys) keys->field();
    };
    ImGui::SetNextItemWidth(em() * 10);
    ImGui::Combo("Kind", &f.kind, kind_label, nullptr, kFeedbackKindCount);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 10);
    ImGui::InputTextWithHint("Product area", "Reporting", f.area, sizeof f.area);
    field();
    if (FeedbackKind(f.kind) == FeedbackKind::competitor_mention) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em() * 10);
        ImGui::InputTextWithHint("Competitor", "who they named", f.competitor, sizeof f.competitor);
        field();
    }
    if (focus_title) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(em() * 24);
    ImGui::InputTextWithHint("Title", "the request in a few words", f.title, sizeof f.title);
    field();
    ImGui::SetNextItemWidth(em() * 24);
    ImGui::InputTextMultiline("Detail", f.detail, sizeof f.detail, ImVec2(em() * 24, em() * 3.5f));
}

void draw_form(AppState& app) {
    FeedbackForm& f = app.voice_view.feedback_form;
    if (app.selected < app.ws.accounts.size() && f.account[0] == '\0')
        copy_text(app.ws.accounts[app.selected].id, f.account, sizeof f.account);
    ImGui::SetNextItemWidth(em() * 10);
    ImGui::InputTextWithHint("Account id", "ACC-1", f.account, sizeof f.account);
    const AccountIx ix = app.ws.find_account(f.account);
    ImGui::SameLine();
    if (ix != kNoAccount) ImGui::TextUnformatted(app.ws.accounts[ix].name.c_str());
    else ImGui::TextColored(palette().text_muted, f.account[0] ? "no such account" : "open an account or type its id");
    draw_fields(f, nullptr, false);
    const bool ready = ix != kNoAccount && !normalize_request_key(f.title).empty();
    if (!ready) ImGui::BeginDisabled();
    if (ImGui::Button(ICON_CHECK "  Log feedback")) {
        nlohmann::json args = {{"account", f.account}, {"kind", to_string(FeedbackKind(f.kind))}, {"title", f.title},
                               {"area", f.area}, {"detail", f.detail}};
        // Logged by the account's CSM: the app has no sign-in, and the owner is who hears the customer.
        if (!app.ws.accounts[ix].owner.empty()) args["author"] = app.ws.accounts[ix].owner;
        if (FeedbackKind(f.kind) == FeedbackKind::competitor_mention) args["competitor"] = f.competitor;
        post_command(app, "feedback.add", std::move(args));
        f.title[0] = f.detail[0] = f.competitor[0] = '\0';
    }
    if (!ready) ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("Dated the as-of date. Items with the same title (case and punctuation aside) form one request "
                          "on the board.");
}

const FeedbackItem* find_item(const std::vector<FeedbackItem>& items, const std::string& id) {
    for (const FeedbackItem& f : items)
        if (f.id == id) return &f;
    return nullptr;
}

bool same_item(const FeedbackItem& a, const FeedbackItem& b) {
    return a.account == b.account && a.kind == b.kind && a.title == b.title && a.request == b.request &&
           a.detail == b.detail && a.area == b.area && a.status == b.status && a.date == b.date &&
           a.author == b.author && a.competitor == b.competitor;
}

void open_edit(FeedbackEdit& e, const FeedbackItem& f) {
    e.id = f.id;
    e.focus = true;
    e.original = f;
    e.fields.kind = int(f.kind);
    copy_text(f.title, e.fields.title, sizeof e.fields.title);
    copy_text(f.area, e.fields.area, sizeof e.fields.area);
    copy_text(f.competitor, e.fields.competitor, sizeof e.fields.competitor);
    copy_text(f.detail, e.fields.detail, sizeof e.fields.detail);
    e.status = int(f.status);
    copy_text(format_iso(f.date), e.date, sizeof e.date);
    e.request = f.request;
}

// The request the edited item would belong to, as the board names it: its own title's, or the one it is
// attached to. Moving it to another request changes only this item (feedback.merge moves a whole request).
void draw_request_choice(AppState& app, FeedbackEdit& e) {
    const FeedbackBoard& board = voice_board(app);
    const std::string own = normalize_request_key(e.fields.title);
    const std::string current = e.request.empty() ? own : e.request;
    std::string preview = current;
    for (const FeedbackRequest& r : board.requests)
        if (r.key == current) preview = r.title;
    if (e.request.empty() || e.request == own) preview += " (its own title)";
    ImGui::SetNextItemWidth(em() * 16);
    if (ImGui::BeginCombo("Request", preview.c_str())) {
        if (ImGui::Selectable("Its own title's request", e.request.empty())) e.request.clear();
        for (const FeedbackRequest& r : board.requests) {
            if (r.key == own) continue;
            ImGui::PushID(r.key.c_str());
            if (ImGui::Selectable(r.title.c_str(), r.key == e.request)) e.request = r.key;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The board request this item counts toward: its own title's, or another one that asks for "
                          "the same thing (only this item moves; the board's \"Attach to request\" moves them all). "
                          "The list follows the board's filters.");
}

void draw_edit(AppState& app) {
    FeedbackEdit& e = app.voice_view.feedback_edit;
    const FeedbackItem* item = find_item(app.ws.feedback, e.id);
    if (!item || !same_item(*item, e.original)) {  // deleted, undone or changed elsewhere under the form
        e.id.clear();
        return;
    }
    const AccountIx ix = app.ws.find_account(item->account);
    ImGui::PushID("feedback_edit");
    ImGui::Separator();
    ImGui::Text(ICON_PENCIL "  Editing %s  \xC2\xB7  %s", item->id.c_str(),
                ix != kNoAccount ? app.ws.accounts[ix].name.c_str() : item->account.c_str());
    ItemEditKeys keys;
    draw_fields(e.fields, &keys, e.focus);
    e.focus = false;
    ImGui::SetNextItemWidth(em() * 10);
    ImGui::Combo("Status", &e.status, [](void*, int i, const char** out) {
        *out = feedback_status_label(FeedbackStatus(i));
        return true;
    }, nullptr, kFeedbackStatusCount);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(em() * 7);
    ImGui::InputTextWithHint("Date", "YYYY-MM-DD", e.date, sizeof e.date);
    keys.field();
    draw_request_choice(app, e);
    Date date;
    const char* why_not = normalize_request_key(e.fields.title).empty() ? "A title needs letters or digits"
                          : !parse_iso_date(e.date, date)               ? "The date must be a date YYYY-MM-DD"
                                                                        : nullptr;
    const ItemEditAction action = item_edit_buttons(app, keys, why_not, e.save_button);
    if (action == ItemEditAction::save) {
        const FeedbackKind kind = FeedbackKind(e.fields.kind);
        FeedbackItem edited = *item;
        edited.kind = kind;
        edited.title = e.fields.title;
        edited.area = e.fields.area;
        edited.detail = e.fields.detail;
        edited.competitor = kind == FeedbackKind::competitor_mention ? std::string(e.fields.competitor) : std::string();
        edited.status = FeedbackStatus(e.status);
        edited.date = date;
        edited.request = e.request;
        if (!same_item(edited, *item))
            post_command(app, "feedback.update",
                         {{"id", item->id}, {"kind", to_string(kind)}, {"title", edited.title}, {"area", edited.area},
                          {"detail", edited.detail}, {"competitor", edited.competitor},
                          {"status", to_string(edited.status)}, {"date", format_iso(date)}, {"request", edited.request}});
    }
    if (action != ItemEditAction::none) e.id.clear();
    ImGui::Separator();
    ImGui::PopID();
}

void draw_list(AppState& app) {
    const std::vector<FeedbackItem>& items = app.ws.feedback;
    if (items.empty()) {
        muted_text("No feedback logged yet.");
        return;
    }
    FeedbackEdit& edit = app.voice_view.feedback_edit;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("voice_feedback_items", 7, flags, ImVec2(0, std::max(em() * 8, ImGui::GetContentRegionAvail().y))))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, em() * 6);
    ImGui::TableSetupColumn("Account", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Area", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, icon_button_width() * 2 + ImGui::GetStyle().ItemSpacing.x);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(items.size()));
    while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const FeedbackItem& f = items[items.size() - 1 - size_t(row)];  // the latest logged first
            const AccountIx ix = app.ws.find_account(f.account);
            const bool editing = f.id == edit.id;
            ImGui::TableNextRow();
            ImGui::PushID(f.id.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_iso(f.date).c_str());
            ImGui::TableNextColumn();
            if (ImGui::Selectable(ix != kNoAccount ? app.ws.accounts[ix].name.c_str() : f.account.c_str()) && ix != kNoAccount)
                post_command(app, "accounts.select", {{"id", f.account}});
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(feedback_kind_label(f.kind));
            ImGui::TableNextColumn();
            if (editing) ImGui::TextColored(palette().accent, ICON_PENCIL " %s", f.title.c_str());
            else ImGui::TextUnformatted(f.title.c_str());
            if (!f.detail.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f.detail.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(f.area.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(feedback_status_label(f.status));
            ImGui::TableNextColumn();
            if (item_edit_button("Edit this item: its kind, area, title, detail, status, date and request")) open_edit(edit, f);
            if (row == 0) remember_item_rect(edit.edit_button);
            ImGui::SameLine();
            if (ImGui::SmallButton(ICON_TRASH)) post_command(app, "feedback.delete", {{"id", f.id}});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete %s (Ctrl+Z undoes)", f.id.c_str());
            ImGui::PopID();
        }
    ImGui::EndTable();
}

}  // namespace

void draw_voice_feedback(AppState& app) {
    if (ImGui::CollapsingHeader("Log feedback", ImGuiTreeNodeFlags_DefaultOpen)) draw_form(app);
    if (!app.voice_view.feedback_edit.id.empty()) draw_edit(app);
    ImGui::Spacing();
    draw_list(app);
}

}  // namespace retain
