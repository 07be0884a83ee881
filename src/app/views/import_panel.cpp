// The import being prepared, shown at the top of the Data view: each file with how it was read (encoding,
// format, entity and why), its first rows as mapped, every problem with file:line:column, and what the
// import would add or update. Nothing changes until "Import" is pressed (docs/import.md).
#include <algorithm>
#include <cstdio>

#include "app/commands.hpp"
#include "app/fonts.hpp"
#include "app/icons.hpp"
#include "app/import_job.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "core/money.hpp"
#include "io/import_fields.hpp"

namespace retain {
namespace {

constexpr size_t kIssuesShown = 200;

void draw_counts(const ImportPlan& plan) {
    std::string line;
    for (int e = 0; e < kImportEntityCount; ++e) {
        const EntityCounts& c = plan.counts[size_t(e)];
        if (c.add == 0 && c.update == 0 && c.skip == 0 && c.remove == 0) continue;
        char part[160];
        std::snprintf(part, sizeof part, "%s: %zu new%s", entity_info(ImportEntity(e)).label, c.add,
                      c.update ? (", " + std::to_string(c.update) + " updated").c_str() : "");
        line += (line.empty() ? "" : "   \xC2\xB7   ") + std::string(part);
        if (c.skip) line += ", " + std::to_string(c.skip) + " already there";
        if (c.remove) line += ", " + std::to_string(c.remove) + " replaced";
    }
    ImGui::TextWrapped("%s", line.empty() ? "Nothing to add: no usable rows." : line.c_str());
}

void draw_file(AppState& app, size_t index, const FileReport& f) {
    const Palette& p = palette();
    ImGui::PushID(int(index));
    char title[512];
    std::snprintf(title, sizeof title, ICON_TABLE "  %s  \xE2\x80\x94  %s, %zu rows%s###file", f.name.c_str(),
                  entity_info(f.entity).label, f.rows,
                  f.rows_rejected ? (", " + std::to_string(f.rows_rejected) + " left out").c_str() : "");
    if (ImGui::CollapsingHeader(title, ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::TextColored(p.text_muted, "%s \xC2\xB7 %s", f.format.c_str(), f.encoding.c_str());
        ImGui::SetNextItemWidth(em() * 12);
        if (ImGui::BeginCombo("Read as", entity_info(f.entity).label)) {
            for (int e = 0; e < kImportEntityCount; ++e) {
                if (ImGui::Selectable(entity_info(ImportEntity(e)).label, f.entity == ImportEntity(e)))
                    post_command(app, "import.set_entity", {{"file", f.source}, {"entity", entity_info(ImportEntity(e)).key}});
            }
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        if (f.routing_ambiguous) ImGui::TextColored(p.warn, ICON_WARNING " %s", f.routing.c_str());
        else ImGui::TextColored(p.text_muted, "%s", f.routing.c_str());
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - em() * 7);
        if (ImGui::SmallButton(ICON_CLOSE " Leave out")) post_command(app, "import.remove", {{"file", f.source}});
        for (const std::string& note : f.notes) muted_text(note);
        draw_import_mapping(app, f);

        const int columns = int(std::min<size_t>(f.preview_fields.size(), 60));
        if (columns > 0 && !f.preview.empty() &&
            ImGui::BeginTable("preview", columns + 1,
                              ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingFixedFit,
                              ImVec2(0, em() * 9))) {
            ImGui::TableSetupScrollFreeze(1, 1);
            ImGui::TableSetupColumn("Line");
            for (int c = 0; c < columns; ++c) ImGui::TableSetupColumn(f.preview_fields[size_t(c)].c_str());
            ImGui::TableHeadersRow();
            for (const ImportPreviewRow& row : f.preview) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextColored(p.text_muted, "%zu", row.line);
                for (int c = 0; c < columns && size_t(c) < row.values.size(); ++c) {
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(row.values[size_t(c)].c_str());
                }
            }
            ImGui::EndTable();
        }
    }
    ImGui::PopID();
}

void draw_issues(const ImportPlan& plan) {
    const Palette& p = palette();
    if (plan.issues.empty()) {
        ImGui::TextColored(p.good, ICON_CIRCLE " No problems found.");
        return;
    }
    const size_t errors = plan.error_count(), warnings = plan.warning_count();
    ImGui::TextColored(errors ? p.bad : p.warn, ICON_WARNING " %zu error%s, %zu warning%s", errors, errors == 1 ? "" : "s",
                       warnings, warnings == 1 ? "" : "s");
    // Long messages wrap: leave room for about two lines each, up to eight lines.
    const float lines = float(std::min<size_t>(plan.issues.size() * 2, 8));
    ImGui::BeginChild("issues", ImVec2(0, lines * ImGui::GetTextLineHeightWithSpacing() + em() * 1.2f), true);
    size_t shown = 0;
    for (const ImportIssue& issue : plan.issues) {
        if (shown++ == kIssuesShown) {
            muted_text("... and " + std::to_string(plan.issues.size() - kIssuesShown) + " more (retain import prints all).");
            break;
        }
        ImGui::PushStyleColor(ImGuiCol_Text, issue.severity == IssueSeverity::error ? p.bad : p.warn);
        ImGui::TextWrapped("%s", format_import_issue(issue).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
}

}  // namespace

void draw_import_panel(AppState& app) {
    ImportSession& im = app.import;
    if (!im.active()) return;
    const ImportPlan& plan = im.plan;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().tile_bg);
    // While a large import is read the panel holds only its progress: no room kept for files not shown.
    const float height = im.planning() ? em() * 13 : std::max(em() * 30, ImGui::GetContentRegionAvail().y * 0.7f);
    ImGui::BeginChild("import", ImVec2(0, height), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PushFont(fonts().heading);
    ImGui::Text(ICON_DOWNLOAD "  Import %zu file%s", im.sources.size(), im.sources.size() == 1 ? "" : "s");
    ImGui::PopFont();
    muted_text("Check how each file was read; nothing changes until you press Import.");

    int mode = im.mode == ImportMode::merge ? 0 : 1;
    if (ImGui::RadioButton("Merge by id", mode == 0) && mode != 0) post_command(app, "import.set_mode", {{"mode", "merge"}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Accounts with a known id are updated with the file's fields; new rows are added.");
    ImGui::SameLine();
    if (ImGui::RadioButton("Replace", mode == 1) && mode != 1) post_command(app, "import.set_mode", {{"mode", "replace"}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The imported entities' rows replace the workspace's rows of those entities.");
    if (im.planning()) {  // a large import, read a slice a frame (app/import_job.hpp)
        ImGui::Spacing();
        ImGui::Text("%s...", import_plan_activity(app).c_str());
        char label[16];
        std::snprintf(label, sizeof label, "%d%%", int(import_plan_progress(app) * 100));
        ImGui::ProgressBar(float(import_plan_progress(app)), ImVec2(em() * 24, 0), label);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Every row is read, checked and counted before anything changes; the page stays usable meanwhile.");
        ImGui::SameLine();
        if (ImGui::Button("Cancel")) post_command(app, "import.cancel");
        muted_text("Large files are read a slice at a time: you can go on working in other views meanwhile.");
        ImGui::EndChild();
        ImGui::PopStyleColor();
        ImGui::Spacing();
        return;
    }
    draw_counts(plan);
    draw_issues(plan);
    if (plan.error_count() > 0)
        ImGui::Checkbox("Import the other rows and leave out the rows with errors", &im.skip_bad_rows);

    const bool blocked = plan.error_count() > 0 && !im.skip_bad_rows;
    if (blocked) ImGui::BeginDisabled();
    if (ImGui::Button(ICON_DOWNLOAD "  Import")) post_command(app, "import.commit", {{"skip_bad_rows", im.skip_bad_rows}});
    if (blocked) ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) post_command(app, "import.cancel");
    ImGui::SameLine();
    if (ImGui::Button(ICON_TABLE "  Add files...")) post_command(app, "import.pick_files");
    ImGui::Separator();
    for (size_t i = 0; i < plan.files.size(); ++i) draw_file(app, i, plan.files[i]);
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::Spacing();
}

}  // namespace retain
