// The mapping editor of one import file (inside the import panel of the Data view): each column with its
// first value and the field it fills, editable; how dates and amounts no value decides are read; and the
// presets — apply a built-in or saved one, save this mapping under a name. Also the list of the
// workspace's saved presets. Every change is a command (src/app/mapping_commands.cpp).
#include <algorithm>
#include <cstdio>
#include <string>

#include "app/commands.hpp"
#include "app/icons.hpp"
#include "app/theme.hpp"
#include "app/views/views.hpp"
#include "app/widgets/widgets.hpp"
#include "io/import_fields.hpp"
#include "io/mapping_presets.hpp"

namespace retain {
namespace {

// What a column is mapped to, for the combo's preview.
std::string field_label(const EntityInfo& info, int field) {
    if (field >= 0) return info.fields[size_t(field)].label;
    if (field == kSkipColumn) return "not imported";
    return std::string("kept: ") + info.other_columns;
}

const char* match_label(MatchKind m, double confidence, char* buffer, size_t size) {
    switch (m) {
        case MatchKind::exact: return "known header";
        case MatchKind::fuzzy:
            std::snprintf(buffer, size, ICON_WARNING " check (%d%% alike)", int(confidence * 100 + 0.5));
            return buffer;
        case MatchKind::preset: return "preset";
        case MatchKind::user: return "your choice";
        case MatchKind::none: break;
    }
    return "";
}

void field_combo(AppState& app, const FileReport& f, size_t column) {
    const EntityInfo& info = entity_info(f.entity);
    const int current = f.mapping.field_of_column[column];
    ImGui::SetNextItemWidth(-1);
    if (!ImGui::BeginCombo("##field", field_label(info, current).c_str())) return;
    auto choose = [&](const char* key) {
        post_command(app, "import.map_column", {{"file", f.source}, {"column", column}, {"field", key}});
    };
    if (ImGui::Selectable((std::string("Keep: ") + info.other_columns).c_str(), current == kCustomColumn)) choose(kPresetCustom);
    if (ImGui::Selectable("Do not import", current == kSkipColumn)) choose(kPresetSkip);
    ImGui::Separator();
    for (size_t i = 0; i < info.fields.size(); ++i) {
        const ImportField& field = info.fields[i];
        const int holder = f.mapping.column_of_field(int(i));
        std::string label = field.label;
        if (field.need == FieldNeed::required) label += "  (required)";
        if (holder >= 0 && size_t(holder) != column) label += "  \xE2\x80\x94 now \"" + f.headers[size_t(holder)] + "\"";
        if (ImGui::Selectable(label.c_str(), current == int(i))) choose(field.key);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", field.description);
    }
    ImGui::EndCombo();
}

void read_options(AppState& app, const FileReport& f) {
    bool day_first = f.options.when_ambiguous == DateFormat::day_first;
    bool comma = f.options.decimal == DecimalMark::comma;
    bool cents = f.options.money_in_minor_units;
    if (ImGui::Checkbox("Dates are day first (31/01/2026)", &day_first))
        post_command(app, "import.set_options", {{"file", f.source}, {"day_first", day_first}});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Only for columns where no value decides it: a date like 13/01 is day first whatever you choose.");
    ImGui::SameLine();
    if (ImGui::Checkbox("Decimal comma (1.234,50)", &comma))
        post_command(app, "import.set_options", {{"file", f.source}, {"decimal_comma", comma}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Only for amounts whose mark no value decides, such as 1,500.");
    ImGui::SameLine();
    if (ImGui::Checkbox("Amounts are in cents", &cents))
        post_command(app, "import.set_options", {{"file", f.source}, {"minor_units", cents}});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Stripe's API exports give amounts in the smallest unit: 4900 is 49.00.");
}

void preset_controls(AppState& app, const FileReport& f) {
    ImGui::SetNextItemWidth(em() * 14);
    const std::string current = f.preset.empty() ? "Apply a preset..." : "Preset: " + f.preset;
    if (ImGui::BeginCombo("##preset", current.c_str())) {
        auto list = [&](const std::vector<MappingPreset>& presets, const char* origin) {
            for (const MappingPreset& p : presets) {
                const bool fits = preset_fit(p, f.headers).fits();
                char label[256];
                std::snprintf(label, sizeof label, "%s%s  (%s, %s)", fits ? ICON_CHECK " " : "", p.name.c_str(),
                              entity_info(p.entity).label, origin);
                if (ImGui::Selectable(label, p.name == f.preset))
                    post_command(app, "import.apply_preset", {{"file", f.source}, {"name", p.name}});
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip(fits ? "Fits this file's headers" : "Does not fit this file's headers well");
            }
        };
        list(app.ws.mapping_presets, "saved");
        list(builtin_presets(), "built-in");
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImportSession& im = app.import;
    ImGui::SetNextItemWidth(em() * 12);
    const bool enter = ImGui::InputTextWithHint("##preset_name", "Preset name", im.preset_name, sizeof im.preset_name,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    const bool named = im.preset_name[0] != '\0';
    if (!named) ImGui::BeginDisabled();
    if (ImGui::Button(ICON_SAVE "  Save mapping as preset") || (enter && named)) {
        post_command(app, "import.save_preset", {{"file", f.source}, {"name", std::string(im.preset_name)}});
        im.preset_name[0] = '\0';
    }
    if (!named) ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("Kept in this workspace: the next file with these headers is mapped the same way.");
}

void column_table(AppState& app, const FileReport& f) {
    const Palette& p = palette();
    const float rows = float(std::min<size_t>(f.headers.size(), 8)) + 1.5f;
    if (!ImGui::BeginTable("mapping", 4,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY |
                               ImGuiTableFlags_SizingStretchProp,
                           ImVec2(0, rows * ImGui::GetFrameHeightWithSpacing())))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Column in the file", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("First value", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Becomes", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn("Why", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(int(f.headers.size()));
    while (clipper.Step()) {
        for (int c = clipper.DisplayStart; c < clipper.DisplayEnd; ++c) {
            const size_t column = size_t(c);
            ImGui::PushID(c);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(f.headers[column].c_str());
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            const std::string& example = column < f.examples.size() ? f.examples[column] : std::string();
            if (example.empty()) ImGui::TextColored(p.text_muted, "(blank)");
            else ImGui::TextUnformatted(example.c_str());
            ImGui::TableNextColumn();
            field_combo(app, f, column);
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            char buffer[64];
            const MatchKind m = f.mapping.match[column];
            const char* why = match_label(m, f.mapping.confidence[column], buffer, sizeof buffer);
            if (m == MatchKind::fuzzy) ImGui::TextColored(p.warn, "%s", why);
            else ImGui::TextColored(p.text_muted, "%s", why);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace

void draw_import_mapping(AppState& app, const FileReport& f) {
    if (f.headers.empty() || f.mapping.field_of_column.size() != f.headers.size()) return;
    int mapped = 0;
    for (int field : f.mapping.field_of_column) mapped += field >= 0;
    char title[160];
    std::snprintf(title, sizeof title, ICON_COLUMNS "  Columns: %d of %zu mapped%s###mapping_%s", mapped,
                  f.headers.size(), f.mapping.complete() ? "" : ", a required field has no column",
                  entity_info(f.entity).key);
    // Open by itself when the user has something to decide; keyed by the entity, so reading the file as
    // another entity asks again.
    bool unsure = !f.mapping.complete();
    for (MatchKind m : f.mapping.match) unsure = unsure || m == MatchKind::fuzzy;
    ImGui::SetNextItemOpen(unsure, ImGuiCond_Appearing);
    if (!ImGui::TreeNodeEx(title, ImGuiTreeNodeFlags_SpanAvailWidth)) return;
    read_options(app, f);
    preset_controls(app, f);
    column_table(app, f);
    ImGui::TreePop();
}

void draw_saved_presets(AppState& app) {
    const std::vector<MappingPreset>& saved = app.ws.mapping_presets;
    if (saved.empty()) {
        muted_text("No saved presets. Correct a file's mapping while importing and save it under a name: the next "
                   "file with the same headers is mapped the same way.");
        return;
    }
    if (!ImGui::BeginTable("presets", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH, ImVec2(em() * 36, 0)))
        return;
    ImGui::TableSetupColumn("Preset", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Entity", ImGuiTableColumnFlags_WidthFixed, em() * 8);
    ImGui::TableSetupColumn("Columns", ImGuiTableColumnFlags_WidthFixed, em() * 4.5f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em() * 2);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < saved.size(); ++i) {
        const MappingPreset& p = saved[i];
        ImGui::PushID(int(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.name.c_str());
        if (p.day_first || p.decimal_comma) {
            ImGui::SameLine();
            ImGui::TextColored(palette().text_muted, "%s%s", p.day_first ? " day first" : "", p.decimal_comma ? " decimal comma" : "");
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(entity_info(p.entity).label);
        ImGui::TableNextColumn();
        text_right(std::to_string(p.columns.size()));
        ImGui::TableNextColumn();
        if (ImGui::SmallButton(ICON_TRASH))
            post_command(app, "presets.delete", {{"name", p.name}, {"entity", entity_info(p.entity).key}});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete this preset");
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace retain
