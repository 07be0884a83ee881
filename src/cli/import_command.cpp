// retain import FILE... --out WS.json: builds an import plan (io/import_plan.hpp) exactly as the page
// does, prints its report, and writes the resulting workspace only when the plan can be committed.
// Report on stdout (per file: encoding, format, entity, mapping, rows; then counts per entity); issues on
// stderr as "file:line:column: error: message". A plan with errors exits 2 and writes nothing unless
// --skip-bad-rows says to leave the rejected rows out.
#include <cstdio>
#include <ctime>

#include "cli/commands.hpp"
#include "io/header_normalize.hpp"
#include "io/import_plan.hpp"
#include "io/workspace_json.hpp"
#include "io/workspace_snapshot.hpp"

namespace retain::cli {
namespace {

const char* const kImportHelp =
    "Usage: retain import FILE... --out WS.json [options]\n"
    "  Reads CSV files, JSON arrays of objects (or objects of such arrays by entity) and workspace JSON\n"
    "  files, routes each to the entity its headers match, maps and checks every cell, prints the report\n"
    "  and writes the workspace to --out.\n"
    "Options:\n"
    "  --entity E          read every file as entity E (accounts, csms, contacts, subscriptions, mrr,\n"
    "                      usage, tickets, surveys, touchpoints, feedback) instead of routing by headers\n"
    "  --map f=Col,...     map column Col to field f (a field key, @custom or @skip) in every file that\n"
    "                      has that column\n"
    "  --preset NAME       map every file with this preset: one saved in the --into workspace, or a\n"
    "                      built-in one (\"HubSpot companies\", \"Stripe subscriptions\", ...); without it a\n"
    "                      preset that fits a file's headers is used by itself\n"
    "  --into WS.json      start from this workspace (default: an empty one)\n"
    "  --replace           imported entities replace the workspace's rows (default: merge by id)\n"
    "  --skip-bad-rows     commit even when rows were rejected (they are listed and left out)\n"
    "  --day-first         read ambiguous dates like 03/04/2026 as day first (default: month first)\n"
    "  --decimal-comma     read ambiguous amounts like 1,234 with a decimal comma\n"
    "  --minor-units       amounts are in cents (Stripe's `amount`)\n"
    "  --today YYYY-MM-DD  the import date (default: the workspace's as-of date, else today)\n"
    "Exit status: 0 written; 2 bad input or a plan with errors (nothing written); 1 --out not writable.\n";

std::string counts_line(const EntityCounts& c) {
    std::string s = std::to_string(c.add) + " to add";
    if (c.update) s += ", " + std::to_string(c.update) + " to update";
    if (c.skip) s += ", " + std::to_string(c.skip) + " duplicates skipped";
    if (c.remove) s += ", " + std::to_string(c.remove) + " to remove";
    return s;
}

void print_report(const ImportPlan& plan) {
    for (const FileReport& f : plan.files) {
        std::printf("%s: %s%s%s", f.name.c_str(), f.encoding.empty() ? "" : f.encoding.c_str(),
                    f.encoding.empty() ? "" : ", ", f.format.c_str());
        if (!f.headers.empty() || f.format != "workspace JSON")
            std::printf(", %s (%s)", entity_info(f.entity).key, f.routing.c_str());
        std::printf(", %zu rows, %zu rejected\n", f.rows, f.rows_rejected);
        for (size_t c = 0; c < f.headers.size() && c < f.mapping.field_of_column.size(); ++c) {
            const int field = f.mapping.field_of_column[c];
            const std::string to = field >= 0 ? entity_info(f.entity).fields[size_t(field)].key
                                   : field == kSkipColumn ? "(skipped)" : entity_info(f.entity).other_columns;
            std::printf("  \"%s\" -> %s\n", f.headers[c].c_str(), to.c_str());
        }
        for (const std::string& note : f.notes) std::printf("  note: %s\n", note.c_str());
    }
    for (int e = 0; e < kImportEntityCount; ++e) {
        const EntityCounts& c = plan.counts[size_t(e)];
        if (c.add || c.update || c.skip || c.remove)
            std::printf("%s: %s\n", entity_info(ImportEntity(e)).key, counts_line(c).c_str());
    }
    std::printf("%zu errors, %zu warnings\n", plan.error_count(), plan.warning_count());
}

// Applies "--map field=Column,..." to every file whose headers include Column.
bool apply_map(const std::vector<std::pair<std::string, std::string>>& map, const ImportPlan& plan,
               std::vector<ImportSource>& sources, std::string& error) {
    for (const auto& [field_key, column] : map) {
        bool used = false;
        for (size_t s = 0; s < sources.size() && s < plan.files.size(); ++s) {
            const FileReport& f = plan.files[s];
            int col = -1;
            for (size_t c = 0; c < f.headers.size(); ++c)
                if (f.headers[c] == column || normalize_header(f.headers[c]) == normalize_header(column)) col = int(c);
            if (col < 0) continue;
            ColumnMapping m = sources[s].mapping ? *sources[s].mapping : f.mapping;
            int field = field_key == "@custom" ? kCustomColumn : field_key == "@skip" ? kSkipColumn : find_field(m.entity, field_key);
            if (field == -1) {
                error = "--map: " + std::string(entity_info(m.entity).key) + " has no field \"" + field_key + "\"";
                return false;
            }
            assign_column(m, col, field);
            sources[s].mapping = m;
            used = true;
        }
        if (!used) {
            error = "--map: no file has a column \"" + column + "\"";
            return false;
        }
    }
    return true;
}

}  // namespace

int run_import(const std::vector<std::string>& args) {
    std::vector<Option> options;
    std::string error;
    const std::vector<std::string> flags = {"--replace", "--skip-bad-rows", "--day-first", "--decimal-comma",
                                            "--minor-units", "--help"};
    if (!parse_options(args, flags, options, error)) return bad_input("import", error);
    std::vector<std::string> files;
    std::string out, into;
    std::optional<ImportEntity> entity;
    std::string preset_name;
    std::vector<std::pair<std::string, std::string>> map;
    ImportMode mode = ImportMode::merge;
    bool skip_bad_rows = false;
    ImportOptions import_options;
    Date today;
    for (const Option& o : options) {
        if (o.name.empty()) files.push_back(o.value);
        else if (o.name == "--help") {
            std::fputs(kImportHelp, stdout);
            return kExitOk;
        } else if (o.name == "--out") out = o.value;
        else if (o.name == "--into") into = o.value;
        else if (o.name == "--preset") preset_name = o.value;
        else if (o.name == "--replace") mode = ImportMode::replace;
        else if (o.name == "--skip-bad-rows") skip_bad_rows = true;
        else if (o.name == "--day-first") import_options.when_ambiguous = DateFormat::day_first;
        else if (o.name == "--decimal-comma") import_options.decimal = DecimalMark::comma;
        else if (o.name == "--minor-units") import_options.money_in_minor_units = true;
        else if (o.name == "--entity") {
            ImportEntity e;
            if (!parse_import_entity(o.value, e)) return bad_input("import", "--entity: unknown entity \"" + o.value + "\"");
            entity = e;
        } else if (o.name == "--today") {
            if (!parse_iso_date(o.value, today)) return bad_input("import", "--today: expected YYYY-MM-DD, got \"" + o.value + "\"");
        } else if (o.name == "--map") {
            size_t start = 0;
            while (start <= o.value.size()) {
                const size_t comma = std::min(o.value.find(',', start), o.value.size());
                const std::string pair = o.value.substr(start, comma - start);
                const size_t eq = pair.find('=');
                if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size())
                    return bad_input("import", "--map: expected field=Column, got \"" + pair + "\"");
                map.emplace_back(pair.substr(0, eq), pair.substr(eq + 1));
                start = comma + 1;
            }
        } else {
            return bad_input("import", "unknown option " + o.name + " (see retain import --help)");
        }
    }
    if (files.empty()) return bad_input("import", "expected one or more files: retain import FILE... --out WS.json");
    if (out.empty()) return bad_input("import", "--out WS.json is required (the workspace to write)");

    Workspace ws;
    if (!into.empty()) {
        std::string text;
        if (!read_input(into, text, error)) return bad_input("import", "cannot read " + error);
        if (!load_workspace_file_bytes(text, ws, error)) return bad_input("import", into + ": " + error);
    }
    if (!today.ok()) today = ws.settings.as_of.ok() ? ws.settings.as_of : utc_today();
    // The workspace's own presets first, as the page does.
    const MappingPreset* preset = nullptr;
    if (!preset_name.empty()) {
        for (const MappingPreset& p : ws.mapping_presets)
            if (!preset && p.name == preset_name) preset = &p;
        for (const MappingPreset& p : builtin_presets())
            if (!preset && p.name == preset_name) preset = &p;
        if (!preset)
            return bad_input("import", "--preset: no preset named \"" + preset_name + "\"" +
                                           (into.empty() ? " (saved presets come with --into WS.json)" : " in " + into + " or built in"));
        if (entity) return bad_input("import", "--preset and --entity: give one (the preset names its entity)");
    }
    std::vector<ImportSource> sources;
    for (const std::string& path : files) {
        ImportSource s;
        s.name = path == "-" ? "<stdin>" : path;
        if (!read_input(path, s.bytes, error)) return bad_input("import", "cannot read " + error);
        s.entity = entity;
        s.options = import_options;
        if (preset) s.preset = *preset;
        sources.push_back(std::move(s));
    }
    ImportPlan plan = build_import_plan(ws, sources, mode, today);
    if (!map.empty()) {
        if (!apply_map(map, plan, sources, error)) return bad_input("import", error);
        plan = build_import_plan(ws, sources, mode, today);
    }
    print_report(plan);
    for (const ImportIssue& i : plan.issues) std::fprintf(stderr, "%s\n", format_import_issue(i).c_str());
    plan.skip_bad_rows = skip_bad_rows;
    if (!commit_import(plan, ws, error)) {
        std::fprintf(stderr, "retain import: nothing written: %s%s\n", error.c_str(),
                     skip_bad_rows ? "" : " (--skip-bad-rows leaves rejected rows out)");
        return kExitBadInput;
    }
    if (!write_output(out, save_workspace_json(ws), error)) {
        std::fprintf(stderr, "retain import: %s\n", error.c_str());
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace retain::cli
