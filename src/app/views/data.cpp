// Data: what the workspace holds and where it came from, and the actions that replace it.
#include <algorithm>
#include <cstdio>

#include "app/commands.hpp"
#include "app/export_job.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/money.hpp"
#include "io/entity_csv_export.hpp"

namespace retain {
namespace {

void count_row(const char* entity, size_t rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(entity);
    ImGui::TableNextColumn();
    text_right(format_count(int64_t(rows)));
}

const char* source_label(const std::string& loaded_from) {
    if (loaded_from == "demo") return "the embedded demo workspace";
    if (loaded_from == "generated") return "the demo generator";
    if (loaded_from.empty()) return "nothing yet (empty workspace)";
    if (loaded_from == "url") return "a file loaded by URL";
    if (loaded_from == "upload") return "an uploaded file";
    if (loaded_from == "import") return "imported files";
    if (loaded_from == "storage") return "this browser's storage";
    return loaded_from.c_str();
}

}  // namespace

void draw_data_view(AppState& app) {
    const Workspace& ws = app.ws;
    view_header(ICON_DATA, "Data", ws.settings.name);
    draw_import_panel(app);
    if (!app.import.active()) {
        if (ImGui::Button(ICON_TABLE "  Import files...")) post_command(app, "import.pick_files");
        ImGui::SameLine();
        muted_text("CSV or JSON exports from your CRM, billing, product analytics, support and survey tools; or drop files anywhere on the page.");
        ImGui::Spacing();
    }

    if (ImGui::BeginTable("facts", 2, ImGuiTableFlags_SizingStretchProp, ImVec2(em() * 32, 0))) {
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em() * 9);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch);
        auto fact = [](const char* k, const std::string& v) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextColored(palette().text_muted, "%s", k);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(v.c_str());
        };
        fact("Loaded from", source_label(app.loaded_from));
        fact("Currency", ws.settings.currency);
        fact("As of", format_iso(app.analysis.as_of) +
                          (ws.settings.as_of.ok() ? "  (fixed by the workspace)" : "  (today)"));
        ImGui::EndTable();
    }
    ImGui::Spacing();

    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Records");
    ImGui::PopFont();
    if (ImGui::BeginTable("counts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH, ImVec2(em() * 24, 0))) {
        ImGui::TableSetupColumn("Entity", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Rows", ImGuiTableColumnFlags_WidthFixed, em() * 7);
        ImGui::TableHeadersRow();
        count_row("Accounts", ws.accounts.size());
        count_row("CSMs", ws.csms.size());
        count_row("Contacts", ws.contacts.size());
        count_row("Subscription periods", ws.subscriptions.size());
        count_row("MRR snapshots", ws.mrr.size());
        count_row("Usage samples", ws.usage.size());
        count_row("Support tickets", ws.tickets.size());
        count_row("Survey responses", ws.surveys.size());
        count_row("Touchpoints", ws.touchpoints.size());
        ImGui::EndTable();
    }
    ImGui::Spacing();

    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Workspace");
    ImGui::PopFont();
    if (ImGui::Button(ICON_MAGIC "  Load the demo workspace")) post_command(app, "workspace.load_demo");
    ImGui::SameLine();
    static int generate_accounts = 100000;
    ImGui::SetNextItemWidth(em() * 9);
    ImGui::InputInt("accounts##gen", &generate_accounts, 1000, 10000);
    generate_accounts = std::max(1, std::min(generate_accounts, 1000000));
    ImGui::SameLine();
    if (ImGui::Button(ICON_BOLT "  Generate a demo of this many accounts"))
        post_command(app, "workspace.generate_demo", {{"accounts", generate_accounts}});
    ImGui::SameLine();
    if (ImGui::Button(ICON_TRASH "  Start empty")) ImGui::OpenPopup("Start an empty workspace?");
    if (ImGui::BeginPopupModal("Start an empty workspace?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted("The current workspace is replaced by an empty one.");
        if (ImGui::Button("Start empty")) {
            post_command(app, "workspace.clear");
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::Spacing();

    draw_storage_section(app);

    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Export");
    ImGui::PopFont();
    muted_text("Downloads are made in this browser; nothing is sent anywhere.");
    if (ImGui::Button(ICON_DOWNLOAD "  Workspace (JSON)")) post_command(app, "export.workspace");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Everything in one file that Retain opens again (docs/workspace-format.md)");
    if (export_running(app)) {  // a large file is made a slice a frame (app/export_job.hpp)
        char label[160];
        std::snprintf(label, sizeof label, "Making %s... %d%%", export_filename(app).c_str(),
                      int(export_progress(app) * 100));
        ImGui::ProgressBar(float(export_progress(app)), ImVec2(em() * 24, 0), label);
        ImGui::SameLine();
        if (ImGui::Button("Cancel##export")) post_command(app, "export.cancel");
    }
    for (int e = 0; e < kExportEntityCount; ++e) {
        const char* entity = to_string(ExportEntity(e));
        char label[64];
        std::snprintf(label, sizeof label, ICON_TABLE "  %s.csv", entity);
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < em() * 9) ImGui::NewLine();
        if (ImGui::Button(label)) post_command(app, "export.csv", {{"entity", entity}});
    }
    ImGui::Spacing();

    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Mapping presets");
    ImGui::PopFont();
    draw_saved_presets(app);
    ImGui::Spacing();

    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted("Load from a URL");
    ImGui::PopFont();
    muted_text("A Retain workspace (.retain.json) or a CSV/JSON export by its http(s) address, fetched by this "
               "browser. The page address can carry it too: ?data=<url> (several allowed).");
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x - em() * 7, em() * 36));
    const bool submitted = ImGui::InputTextWithHint("##url", "https://example.com/team.retain.json", app.url_text,
                                                    sizeof app.url_text, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::Button(ICON_DOWNLOAD "  Load") || submitted) && app.url_text[0] != '\0')
        post_command(app, "data.fetch", {{"url", std::string(app.url_text)}});

}

}  // namespace retain
