// Mapping commands: the user corrects how a file of the import is read — which field a column fills,
// the date order and decimal mark no value decides — and saves that as a named preset in the workspace,
// so the next export of the same kind maps itself (docs/import.md, "Presets").
//
// An edit pins the file's mapping as it is shown (ImportSource::mapping) and changes it there, so a
// preset or the router cannot undo it on the next replan. A file that gave several tables (a JSON object
// of entity arrays) has no single mapping to edit: its edits are refused with a reason.
#include <algorithm>
#include <utility>

#include "app/command_support.hpp"
#include "io/import_fields.hpp"
#include "io/mapping_presets.hpp"

namespace retain::commands {
namespace {

// The one report of import file `file`, or null when it gave none or several.
const FileReport* single_report(const AppState& app, size_t file) {
    const FileReport* found = nullptr;
    for (const FileReport& f : app.import.plan.files) {
        if (f.source != file) continue;
        if (found) return nullptr;
        found = &f;
    }
    return found;
}

// Reads args.file and finds its mapped table; `what` names the command for the message.
bool editable_file(const AppState& app, const json& args, const char* what, size_t& file, const FileReport*& report,
                   std::string& error) {
    if (!import_file_index(app, args, file)) {
        error = std::string(what) + ": expected {file: index of an import file, ...}";
        return false;
    }
    report = single_report(app, file);
    if (!report || report->headers.empty()) {
        error = std::string(what) + ": \"" + app.import.sources[file].name +
                "\" has no single table of columns to map (a workspace, or a JSON file of several entities)";
        return false;
    }
    return true;
}

// The file's mapping and options as the plan shows them become the source's own.
void pin(ImportSource& source, const FileReport& report) {
    source.mapping = report.mapping;
    source.options = report.options;
    source.preset.reset();
}

CommandResult map_column(AppState& app, const json& args) {
    size_t file = 0;
    const FileReport* report = nullptr;
    std::string error, field_key;
    if (!editable_file(app, args, "import.map_column", file, report, error)) return fail(error);
    size_t column = 0;
    if (!get_index(args, "column", column) || column >= report->headers.size() || !get_string(args, "field", field_key))
        return fail("import.map_column: expected {file, column: index of a column of the file, field: a field key, "
                    "\"@custom\" or \"@skip\"}");
    const bool marker = field_key == kPresetCustom || field_key == kPresetSkip;
    const int field = field_key == kPresetCustom ? kCustomColumn
                      : field_key == kPresetSkip ? kSkipColumn
                                                 : find_field(report->entity, field_key);
    if (!marker && field < 0)
        return fail("import.map_column: " + std::string(entity_info(report->entity).label) + " have no field \"" +
                    field_key + "\"");
    ImportSource& source = app.import.sources[file];
    pin(source, *report);
    assign_column(*source.mapping, int(column), field);
    replan_import(app);
    return import_summary(app);
}

CommandResult set_options(AppState& app, const json& args) {
    size_t file = 0;
    const FileReport* report = nullptr;
    std::string error;
    if (!editable_file(app, args, "import.set_options", file, report, error)) return fail(error);
    ImportSource& source = app.import.sources[file];
    pin(source, *report);
    ImportOptions& o = source.options;
    o.when_ambiguous = get_bool(args, "day_first", o.when_ambiguous == DateFormat::day_first) ? DateFormat::day_first
                                                                                              : DateFormat::month_first;
    o.decimal = get_bool(args, "decimal_comma", o.decimal == DecimalMark::comma) ? DecimalMark::comma : DecimalMark::point;
    o.money_in_minor_units = get_bool(args, "minor_units", o.money_in_minor_units);
    replan_import(app);
    return import_summary(app);
}

// Built-in presets and the workspace's, by name; the workspace's win (they were made for this team).
const MappingPreset* find_named_preset(const AppState& app, const std::string& name) {
    for (const MappingPreset& p : app.ws.mapping_presets)
        if (p.name == name) return &p;
    for (const MappingPreset& p : builtin_presets())
        if (p.name == name) return &p;
    return nullptr;
}

CommandResult apply_preset(AppState& app, const json& args) {
    size_t file = 0;
    std::string name;
    if (!import_file_index(app, args, file) || !get_string(args, "name", name))
        return fail("import.apply_preset: expected {file: index of an import file, name: a preset's name}");
    const MappingPreset* preset = find_named_preset(app, name);
    if (!preset) return fail("import.apply_preset: there is no preset named \"" + name + "\"");
    ImportSource& source = app.import.sources[file];
    source.preset = *preset;
    source.mapping.reset();
    source.entity.reset();
    source.options = ImportOptions{};
    replan_import(app);
    return import_summary(app);
}

CommandResult save_preset(AppState& app, const json& args) {
    size_t file = 0;
    const FileReport* report = nullptr;
    std::string error, name;
    if (!editable_file(app, args, "import.save_preset", file, report, error)) return fail(error);
    get_string(args, "name", name);
    if (name.find_first_not_of(" \t") == std::string::npos) return fail("import.save_preset: give the preset a name");
    MappingPreset preset = preset_from_mapping(name, report->mapping, report->headers);
    preset.day_first = report->options.when_ambiguous == DateFormat::day_first;
    preset.decimal_comma = report->options.decimal == DecimalMark::comma;
    std::vector<MappingPreset>& saved = app.ws.mapping_presets;
    const auto same = std::find_if(saved.begin(), saved.end(), [&](const MappingPreset& p) {
        return p.name == preset.name && p.entity == preset.entity;
    });
    const bool replaced = same != saved.end();
    if (replaced) *same = preset;
    else saved.push_back(preset);
    ++app.revision;
    // The file keeps the mapping it has, now under the preset's name.
    ImportSource& source = app.import.sources[file];
    source.mapping.reset();
    source.entity.reset();
    source.preset = std::move(preset);
    replan_import(app);
    app.notice = std::string(replaced ? "Updated" : "Saved") + " the preset \"" + name + "\": " +
                 entity_info(report->entity).label + " files with these headers will be mapped this way.";
    return import_summary(app);
}

CommandResult delete_preset(AppState& app, const json& args) {
    std::string name, entity_key;
    ImportEntity entity{};
    if (!get_string(args, "name", name) || !get_string(args, "entity", entity_key) ||
        !parse_import_entity(entity_key, entity))
        return fail("presets.delete: expected {name, entity}");
    std::vector<MappingPreset>& saved = app.ws.mapping_presets;
    const auto it = std::find_if(saved.begin(), saved.end(),
                                 [&](const MappingPreset& p) { return p.name == name && p.entity == entity; });
    if (it == saved.end()) return fail("presets.delete: there is no saved preset \"" + name + "\" for " + entity_key);
    saved.erase(it);
    ++app.revision;
    app.notice = "Deleted the preset \"" + name + "\".";
    return {};
}

}  // namespace

void add_mapping_commands(std::vector<Entry>& out) {
    out.push_back({{"import.map_column", "{file, column, field}", "Map a column of an import file to a field (@custom, @skip)"},
                   map_column});
    out.push_back({{"import.set_options", "{file, day_first, decimal_comma, minor_units}",
                    "How an import file's ambiguous dates and amounts are read"},
                   set_options});
    out.push_back({{"import.apply_preset", "{file, name}", "Map an import file with a saved or built-in preset"}, apply_preset});
    out.push_back({{"import.save_preset", "{file, name}", "Save an import file's mapping as a preset of the workspace"},
                   save_preset});
    out.push_back({{"presets.delete", "{name, entity}", "Delete a saved mapping preset"}, delete_preset});
}

}  // namespace retain::commands
