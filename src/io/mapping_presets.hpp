// Named, saved mappings: "this is how our Stripe subscriptions export maps". A preset names an entity
// and, header by header, the field each column fills; applying it to a file matches the headers after
// normalize_header (so "Created (UTC)" and "created" are one header) and auto-maps whatever columns the
// preset does not mention. Built-in presets cover the exports docs/import.md lists; the user's own are
// kept in the workspace (Workspace::mapping_presets, core/mapping_preset.hpp) and saved as JSON:
//   {"name":"Delighted NPS","entity":"surveys",
//    "columns":[{"header":"Email","field":"account_email"},{"header":"Notes","field":"@custom"}],
//    "constants":{"kind":"nps"},"day_first":true}
// `field` is a field key of the entity (import_fields.hpp), "@custom" (kept as the entity keeps unmapped
// columns) or "@skip" (not imported); `constants` sets fields for every row; `day_first` and
// `decimal_comma` (written only when true) decide dates and amounts no value decides. Reading never throws and
// checks every value: an unknown key, entity or field, a field named twice or an enum value the field
// does not accept is an error naming its place (`columns[2].field: unknown accounts field "renewl"`).
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/mapping_preset.hpp"
#include "io/column_mapping.hpp"

namespace retain {

// ---- JSON ----
nlohmann::json preset_to_json(const MappingPreset& preset);
// On failure returns false, leaves `out` unchanged and sets `error` to "<where>: <what>".
bool preset_from_json(const nlohmann::json& json, MappingPreset& out, std::string& error);
// A list of presets as one JSON array, and back (the text may be anything: invalid JSON is an error).
std::string presets_to_json_text(const std::vector<MappingPreset>& presets);
bool presets_from_json_text(std::string_view text, std::vector<MappingPreset>& out, std::string& error);

// ---- use ----
// The preset that reproduces `mapping` for a file with these headers: every column (custom and skipped
// ones too, so the user's decisions are kept) and every constant.
MappingPreset preset_from_mapping(std::string name, const ColumnMapping& mapping, const std::vector<std::string>& headers);

struct PresetFit {
    int found = 0;              // the preset's field columns present in the file
    int wanted = 0;             // the preset's field columns (not @custom / @skip)
    bool complete = false;      // applied to the file, every required field is filled
    bool fits() const;          // complete, and at least 3/4 of the wanted headers found
};
PresetFit preset_fit(const MappingPreset& preset, const std::vector<std::string>& headers);

// The preset's mapping for this file (MatchKind::preset), columns it does not mention auto-mapped to the
// fields it left free. `missing_headers`, when given, receives the preset's headers the file lacks.
ColumnMapping apply_preset(const MappingPreset& preset, const std::vector<std::string>& headers,
                           std::vector<std::string>* missing_headers = nullptr);

// The preset that fits the file best (most of its headers found, then most headers), or nullptr.
const MappingPreset* find_preset(const std::vector<MappingPreset>& presets, const std::vector<std::string>& headers);

// HubSpot companies, Salesforce accounts, Stripe customers and subscriptions, Chargebee subscriptions,
// Zendesk tickets, Delighted NPS (builtin_presets.cpp).
const std::vector<MappingPreset>& builtin_presets();

}  // namespace retain
