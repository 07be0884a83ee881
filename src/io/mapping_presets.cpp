// Presets: JSON in and out, and applying one to a file. The format and rules are in mapping_presets.hpp.
#include "io/mapping_presets.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "io/header_normalize.hpp"

namespace retain {
namespace {

using Json = nlohmann::json;

bool is_marker(const std::string& field) { return field == kPresetCustom || field == kPresetSkip; }

std::string join_path(const std::string& where, const std::string& key) { return where.empty() ? key : where + "." + key; }

bool fail(std::string& error, const std::string& where, const std::string& what) {
    error = where + ": " + what;
    return false;
}

std::string type_name(const Json& j) { return j.type_name(); }

bool only_keys(const Json& object, std::initializer_list<const char*> allowed, const std::string& where,
               std::string& error) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* k) { return it.key() == k; });
        if (!known) return fail(error, join_path(where, it.key()), "unknown key");
    }
    return true;
}

bool read_text(const Json& object, const char* key, const std::string& where, bool required, std::string& out,
               std::string& error) {
    const auto it = object.find(key);
    if (it == object.end()) return required ? fail(error, join_path(where, key), "missing") : true;
    if (!it->is_string()) return fail(error, join_path(where, key), "expected text, got " + type_name(*it));
    out = it->get<std::string>();
    return true;
}

bool read_flag(const Json& object, const char* key, const std::string& where, bool& out, std::string& error) {
    const auto it = object.find(key);
    if (it == object.end()) return true;
    if (!it->is_boolean()) return fail(error, join_path(where, key), "expected true or false, got " + type_name(*it));
    out = it->get<bool>();
    return true;
}

bool read_columns(const Json& list, ImportEntity entity, const std::string& where, std::vector<PresetColumn>& out,
                  std::string& error) {
    if (!list.is_array()) return fail(error, where, "expected a list, got " + type_name(list));
    const EntityInfo& info = entity_info(entity);
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string at = where + "[" + std::to_string(i) + "]";
        const Json& item = list[i];
        if (!item.is_object()) return fail(error, at, "expected an object, got " + type_name(item));
        if (!only_keys(item, {"header", "field"}, at, error)) return false;
        PresetColumn column;
        if (!read_text(item, "header", at, true, column.header, error)) return false;
        if (!read_text(item, "field", at, true, column.field, error)) return false;
        if (is_marker(column.field)) {
            out.push_back(std::move(column));
            continue;
        }
        if (find_field(entity, column.field) < 0)
            return fail(error, at + ".field", "unknown " + std::string(info.key) + " field \"" + column.field + "\"");
        for (size_t j = 0; j < out.size(); ++j) {
            if (out[j].field == column.field)
                return fail(error, at + ".field", "\"" + column.field + "\" is already filled by " + where + "[" +
                                                      std::to_string(j) + "] (\"" + out[j].header + "\")");
        }
        out.push_back(std::move(column));
    }
    return true;
}

bool read_constants(const Json& object, ImportEntity entity, const std::string& where,
                    std::vector<PresetConstant>& out, std::string& error) {
    if (!object.is_object()) return fail(error, where, "expected an object, got " + type_name(object));
    const EntityInfo& info = entity_info(entity);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string at = join_path(where, it.key());
        const int f = find_field(entity, it.key());
        if (f < 0) return fail(error, at, "unknown " + std::string(info.key) + " field");
        if (!it->is_string()) return fail(error, at, "expected text, got " + type_name(*it));
        PresetConstant constant{it.key(), it->get<std::string>()};
        const ImportField& field = info.fields[static_cast<size_t>(f)];
        if (field.kind == ValueKind::enumeration) {
            const char* canonical = match_enum_word(field, constant.value);
            if (!canonical) return fail(error, at, std::string(field.label) + " does not accept \"" + constant.value + "\"");
            constant.value = canonical;
        }
        out.push_back(std::move(constant));
    }
    return true;
}

bool read_preset(const Json& json, const std::string& where, MappingPreset& out, std::string& error) {
    const std::string top = where.empty() ? "preset" : where;
    if (!json.is_object()) return fail(error, top, "expected an object, got " + type_name(json));
    if (!only_keys(json, {"name", "entity", "columns", "constants", "day_first", "decimal_comma"}, where, error))
        return false;
    MappingPreset preset;
    std::string entity;
    if (!read_text(json, "name", where, true, preset.name, error)) return false;
    if (normalize_header(preset.name).empty()) return fail(error, join_path(where, "name"), "a preset needs a name");
    if (!read_text(json, "entity", where, true, entity, error)) return false;
    if (!parse_import_entity(entity, preset.entity))
        return fail(error, join_path(where, "entity"), "unknown entity \"" + entity + "\"");
    const auto columns = json.find("columns");
    if (columns == json.end()) return fail(error, join_path(where, "columns"), "missing");
    if (!read_columns(*columns, preset.entity, join_path(where, "columns"), preset.columns, error)) return false;
    const auto constants = json.find("constants");
    if (constants != json.end() &&
        !read_constants(*constants, preset.entity, join_path(where, "constants"), preset.constants, error))
        return false;
    if (!read_flag(json, "day_first", where, preset.day_first, error)) return false;
    if (!read_flag(json, "decimal_comma", where, preset.decimal_comma, error)) return false;
    out = std::move(preset);
    return true;
}

}  // namespace

// ---- JSON ----

Json preset_to_json(const MappingPreset& preset) {
    Json columns = Json::array();
    for (const PresetColumn& c : preset.columns) columns.push_back(Json{{"header", c.header}, {"field", c.field}});
    Json json = Json::object();
    json["name"] = preset.name;
    json["entity"] = entity_info(preset.entity).key;
    json["columns"] = std::move(columns);
    if (!preset.constants.empty()) {
        Json constants = Json::object();
        for (const PresetConstant& k : preset.constants) constants[k.field] = k.value;
        json["constants"] = std::move(constants);
    }
    // Written only when set, so a preset that needs neither reads as it did before they existed.
    if (preset.day_first) json["day_first"] = true;
    if (preset.decimal_comma) json["decimal_comma"] = true;
    return json;
}

bool preset_from_json(const Json& json, MappingPreset& out, std::string& error) {
    return read_preset(json, "", out, error);
}

std::string presets_to_json_text(const std::vector<MappingPreset>& presets) {
    Json list = Json::array();
    for (const MappingPreset& p : presets) list.push_back(preset_to_json(p));
    // Headers come from decoded text and are valid UTF-8; `replace` keeps dump() from ever throwing.
    return list.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool presets_from_json_text(std::string_view text, std::vector<MappingPreset>& out, std::string& error) {
    const Json json = Json::parse(text.begin(), text.end(), nullptr, false);
    if (json.is_discarded()) return fail(error, "presets", "not valid JSON");
    if (!json.is_array()) return fail(error, "presets", "expected a list of presets, got " + type_name(json));
    std::vector<MappingPreset> presets(json.size());
    for (size_t i = 0; i < json.size(); ++i)
        if (!read_preset(json[i], "presets[" + std::to_string(i) + "]", presets[i], error)) return false;
    out = std::move(presets);
    return true;
}

// ---- use ----

MappingPreset preset_from_mapping(std::string name, const ColumnMapping& mapping, const std::vector<std::string>& headers) {
    const EntityInfo& info = entity_info(mapping.entity);
    MappingPreset preset;
    preset.name = std::move(name);
    preset.entity = mapping.entity;
    for (size_t c = 0; c < headers.size() && c < mapping.field_of_column.size(); ++c) {
        const int f = mapping.field_of_column[c];
        const std::string field = f >= 0 ? info.fields[static_cast<size_t>(f)].key : f == kSkipColumn ? kPresetSkip : kPresetCustom;
        preset.columns.push_back({headers[c], field});
    }
    for (const FieldConstant& k : mapping.constants)
        preset.constants.push_back({info.fields[static_cast<size_t>(k.field)].key, k.value});
    return preset;
}

ColumnMapping apply_preset(const MappingPreset& preset, const std::vector<std::string>& headers,
                           std::vector<std::string>* missing_headers) {
    const size_t n = headers.size();
    ColumnMapping m;
    m.entity = preset.entity;
    m.field_of_column.assign(n, kCustomColumn);
    m.confidence.assign(n, 0.0);
    m.match.assign(n, MatchKind::none);

    std::vector<std::string> normalized(n);
    for (size_t c = 0; c < n; ++c) normalized[c] = normalize_header(headers[c]);
    std::vector<bool> covered(n, false);
    for (const PresetColumn& pc : preset.columns) {
        const std::string wanted = normalize_header(pc.header);
        size_t c = 0;
        while (c < n && (covered[c] || wanted.empty() || normalized[c] != wanted)) ++c;
        if (c == n) {
            if (missing_headers && !is_marker(pc.field)) missing_headers->push_back(pc.header);
            continue;
        }
        covered[c] = true;
        const int f = pc.field == kPresetSkip ? kSkipColumn : is_marker(pc.field) ? kCustomColumn : find_field(preset.entity, pc.field);
        if (f >= 0 && m.column_of_field(f) >= 0) continue;  // only when built by hand: read_columns refuses it
        m.field_of_column[c] = f;
        m.confidence[c] = 1;
        m.match[c] = MatchKind::preset;
    }

    // The columns the preset does not mention are auto-mapped on their own, to the fields it left free.
    std::vector<std::string> rest = headers;
    for (size_t c = 0; c < n; ++c)
        if (covered[c]) rest[c].clear();
    const ColumnMapping automatic = auto_map(preset.entity, rest);
    for (size_t c = 0; c < n; ++c) {
        const int f = automatic.field_of_column[c];
        if (covered[c] || f < 0) continue;
        const int holder = m.column_of_field(f);
        if (holder >= 0) {
            m.duplicates.push_back({static_cast<int>(c), f, holder, automatic.confidence[c]});
            continue;
        }
        m.field_of_column[c] = f;
        m.confidence[c] = automatic.confidence[c];
        m.match[c] = automatic.match[c];
    }
    for (const DuplicateColumn& d : automatic.duplicates) m.duplicates.push_back(d);
    m.constants = automatic.constants;
    for (const PresetConstant& k : preset.constants) {
        const int f = find_field(preset.entity, k.field);
        if (f < 0) continue;
        m.constants.erase(std::remove_if(m.constants.begin(), m.constants.end(),
                                         [&](const FieldConstant& x) { return x.field == f; }),
                          m.constants.end());
        m.constants.push_back({f, k.value, "from preset \"" + preset.name + "\""});
    }
    std::sort(m.duplicates.begin(), m.duplicates.end(),
              [](const DuplicateColumn& a, const DuplicateColumn& b) { return a.column < b.column; });
    refresh_mapping(m);
    return m;
}

bool PresetFit::fits() const { return complete && wanted > 0 && found * 4 >= wanted * 3; }

PresetFit preset_fit(const MappingPreset& preset, const std::vector<std::string>& headers) {
    PresetFit fit;
    std::vector<std::string> missing;
    const ColumnMapping applied = apply_preset(preset, headers, &missing);
    for (const PresetColumn& pc : preset.columns)
        if (!is_marker(pc.field)) ++fit.wanted;
    fit.found = fit.wanted - static_cast<int>(missing.size());
    fit.complete = applied.complete();
    return fit;
}

const MappingPreset* find_preset(const std::vector<MappingPreset>& presets, const std::vector<std::string>& headers) {
    const MappingPreset* best = nullptr;
    PresetFit best_fit;
    for (const MappingPreset& p : presets) {
        const PresetFit fit = preset_fit(p, headers);
        if (!fit.fits()) continue;
        // Higher share of the preset's headers found first (cross-multiplied), then more headers found.
        const long lhs = static_cast<long>(fit.found) * best_fit.wanted;
        const long rhs = static_cast<long>(best_fit.found) * fit.wanted;
        if (!best || lhs > rhs || (lhs == rhs && fit.found > best_fit.found)) {
            best = &p;
            best_fit = fit;
        }
    }
    return best;
}

}  // namespace retain
