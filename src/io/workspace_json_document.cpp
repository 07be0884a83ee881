// The document as a whole (workspace_json_document.hpp): header checks, key features, and decoding from the
// tree what the streaming pass left there.
#include "io/workspace_json_document.hpp"

#include <vector>

#include "io/health_config_json.hpp"
#include "io/journey_json.hpp"
#include "io/mapping_presets.hpp"
#include "io/team_config_json.hpp"
#include "io/playbooks_json.hpp"
#include "io/program_json.hpp"
#include "io/renewal_outcomes_json.hpp"
#include "io/voice_json.hpp"

namespace retain::workspace_json {
namespace {

bool read_header(Decoder& d, json& doc) {
    if (!doc.is_object())
        return d.fail("", "not a Retain workspace: expected a JSON object at the top level, got " + describe(doc));
    const auto schema = doc.find(kSchemaKey);
    if (schema == doc.end())
        return d.fail("", "not a Retain workspace: \"schema\" is missing (expected " +
                              json_quoted(kWorkspaceSchema) + ")");
    if (!check_schema(d, *schema)) return false;
    const auto version_it = doc.find(kVersionKey);
    if (version_it == doc.end())
        return d.fail(kVersionKey,
                      "missing (this build writes version " + std::to_string(kWorkspaceFormatVersion) + ")");
    int64_t version = 0;
    if (!check_version(d, *version_it, version)) return false;
    std::string what;
    if (!migrate(doc, version, what))
        return d.fail("", "upgrading from version " + std::to_string(version) + ": " + what);
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        bool known = false;
        for (const char* k : kTopLevelKeys) known = known || it.key() == k;
        if (!known) return d.fail("", "unknown top-level key " + json_quoted(it.key()));
    }
    return true;
}

bool read_items(Decoder& d, const json& doc, const ItemList& list) {
    const auto found = doc.find(list.name);
    if (found == doc.end()) return true;
    if (!found->is_array()) return d.fail(list.name, "expected a list of objects, got " + describe(*found));
    for (size_t i = 0; i < found->size(); ++i)
        if (!list.add(d, (*found)[i], i)) return false;
    return true;
}

bool read_rows(Decoder& d, TableSink& sink, const json& rows) {
    std::vector<Value> cells;
    for (size_t r = 0; r < rows.size(); ++r) {
        const json& row = rows[r];
        if (!row.is_array()) return row_shape_error(d, sink.name(), r, sink.width(), describe(row));
        if (row.size() != sink.width())
            return row_shape_error(d, sink.name(), r, sink.width(), std::to_string(row.size()) + " values");
        cells.clear();
        for (const json& cell : row) cells.push_back(view(cell));
        if (!sink.add(d, cells.data(), r)) return false;
    }
    return true;
}

// A streamed table is only checked for its shape here: its rows are already decoded.
bool read_table(Decoder& d, const json& doc, TableSink& sink, bool streamed) {
    const std::string name = sink.name();
    const auto found = doc.find(name);
    if (found == doc.end()) return true;
    const json& table = *found;
    if (!table.is_object())
        return d.fail(name, "expected {\"fields\": [...], \"rows\": [...]}, got " + describe(table));
    for (auto it = table.begin(); it != table.end(); ++it)
        if (it.key() != "fields" && it.key() != "rows") return d.fail(name, "unknown key " + json_quoted(it.key()));
    const auto fields = table.find("fields");
    const auto rows = table.find("rows");
    if (fields == table.end()) return d.fail(name + ".fields", "missing (the list of field names)");
    if (rows == table.end()) return d.fail(name + ".rows", "missing (the list of rows)");
    if (streamed) return true;
    if (!sink.bind(d, *fields)) return false;
    if (!rows->is_array()) return d.fail(name + ".rows", "expected a list of rows, got " + describe(*rows));
    return read_rows(d, sink, *rows);
}

// Each preset is checked as the preset reader checks any (io/mapping_presets.hpp); a name is one preset
// per entity, so "apply preset X" is never ambiguous.
bool read_mapping_presets(Decoder& d, const json& list) {
    if (!list.is_array()) return d.fail(kMappingPresetsKey, "expected a list of presets, got " + describe(list));
    std::vector<MappingPreset> presets(list.size());
    for (size_t i = 0; i < list.size(); ++i) {
        std::string what;
        if (!preset_from_json(list[i], presets[i], what)) return d.fail(at(kMappingPresetsKey, i), what);
        for (size_t k = 0; k < i; ++k)
            if (presets[k].name == presets[i].name && presets[k].entity == presets[i].entity)
                return d.fail(at(kMappingPresetsKey, i), "a second preset named " + json_quoted(presets[i].name) +
                                                             " for the same entity");
    }
    d.ws.mapping_presets = std::move(presets);
    return true;
}

bool read_health_config(Decoder& d, const json& doc) {
    std::string what;
    if (const auto sc = doc.find(kScorecardKey); sc != doc.end())
        if (!scorecard_from_json(*sc, kScorecardKey, d.ws.scorecard, what)) return d.fail("", what);
    if (const auto list = doc.find(kHealthOverridesKey); list != doc.end()) {
        if (!list->is_array()) return d.fail(kHealthOverridesKey, "expected a list of overrides, got " + describe(*list));
        std::vector<HealthOverride> overrides(list->size());
        for (size_t i = 0; i < list->size(); ++i)
            if (!health_override_from_json((*list)[i], at(kHealthOverridesKey, i), overrides[i], what)) return d.fail("", what);
        d.ws.health_overrides = std::move(overrides);
    }
    if (const auto s = doc.find(kMetricSettingsKey); s != doc.end())
        if (!metric_settings_from_json(*s, kMetricSettingsKey, d.ws.metric_settings, what)) return d.fail("", what);
    return true;
}

bool read_team_config(Decoder& d, const json& doc) {
    std::string what;
    if (const auto r = doc.find(kSegmentRulesKey); r != doc.end())
        if (!segment_rules_from_json(*r, kSegmentRulesKey, d.ws.segment_rules, what)) return d.fail("", what);
    if (const auto s = doc.find(kTeamSettingsKey); s != doc.end())
        if (!team_settings_from_json(*s, kTeamSettingsKey, d.ws.team_settings, what)) return d.fail("", what);
    return true;
}

bool read_playbooks(Decoder& d, const json& doc) {
    std::string what;
    if (const auto list = doc.find(kPlaybooksKey); list != doc.end())
        if (!playbooks_from_json(*list, kPlaybooksKey, d.ws.playbooks, what)) return d.fail("", what);
    if (const auto list = doc.find(kTasksKey); list != doc.end())
        if (!tasks_from_json(*list, kTasksKey, d.ws.tasks, what)) return d.fail("", what);
    if (const auto list = doc.find(kRenewalOutcomesKey); list != doc.end())
        if (!renewal_outcomes_from_json(*list, kRenewalOutcomesKey, d.ws.renewal_outcomes, what)) return d.fail("", what);
    if (const auto p = doc.find(kProgramKey); p != doc.end())
        if (!program_from_json(*p, kProgramKey, d.ws.program, what)) return d.fail("", what);
    return true;
}

bool read_voice(Decoder& d, const json& doc) {
    std::string what;
    if (const auto list = doc.find(kFeedbackKey); list != doc.end())
        if (!feedback_list_from_json(*list, kFeedbackKey, d.ws.feedback, what)) return d.fail("", what);
    if (const auto list = doc.find(kNotesKey); list != doc.end())
        if (!notes_from_json(*list, kNotesKey, d.ws.notes, what)) return d.fail("", what);
    return true;
}

bool read_journey(Decoder& d, const json& doc) {
    std::string what;
    if (const auto list = doc.find(kJourneyKey); list != doc.end())
        if (!journeys_from_json(*list, kJourneyKey, d.ws.journey.accounts, what)) return d.fail("", what);
    if (const auto s = doc.find(kJourneySettingsKey); s != doc.end())
        if (!journey_settings_from_json(*s, kJourneySettingsKey, d.ws.journey.settings, what)) return d.fail("", what);
    if (const auto list = doc.find(kSuccessPlansKey); list != doc.end())
        if (!success_plans_from_json(*list, kSuccessPlansKey, d.ws.success_plans, what)) return d.fail("", what);
    if (const auto list = doc.find(kHandoffsKey); list != doc.end())
        if (!handoffs_from_json(*list, kHandoffsKey, d.ws.handoffs, what)) return d.fail("", what);
    return true;
}

}  // namespace

bool check_schema(Decoder& d, const json& schema) {
    const std::string* text = schema.get_ptr<const std::string*>();
    if (text && *text == kWorkspaceSchema) return true;
    return d.fail(kSchemaKey, "not a Retain workspace: expected " + json_quoted(kWorkspaceSchema) + ", got " +
                                  describe(schema));
}

bool check_version(Decoder& d, const json& v, int64_t& version) {
    const Value number = view(v);
    if (number.kind == Value::unsigned_integer && number.u > uint64_t(kWorkspaceFormatVersion)) {
        if (d.accept_newer) {  // read as this version: nothing to migrate (WorkspaceReadOptions)
            version = kWorkspaceFormatVersion;
            return true;
        }
        return d.fail(kVersionKey, "this file is version " + std::to_string(number.u) +
                                       ", made by a newer Retain; this one reads versions up to " +
                                       std::to_string(kWorkspaceFormatVersion) + ". Update Retain to open it");
    }
    std::string what;
    if (!get_whole(number, INT64_MIN, INT64_MAX, version, what)) return d.fail(kVersionKey, what);
    if (version < 1) return d.fail(kVersionKey, "expected 1 or more, got " + std::to_string(version));
    return true;
}

bool read_key_features(Decoder& d, const json& list) {
    std::vector<std::string>& features = d.ws.key_features;
    std::string what;
    if (!get_text_list(list, features, what)) return d.fail(kKeyFeaturesKey, what);
    if (features.size() > size_t(kMaxKeyFeatures))
        return d.fail(kKeyFeaturesKey, "at most " + std::to_string(kMaxKeyFeatures) + " key features, got " +
                                           std::to_string(features.size()));
    for (size_t i = 0; i < features.size(); ++i) {
        if (features[i].empty()) return d.fail(at(kKeyFeaturesKey, i), "a key feature needs a name");
        for (size_t k = 0; k < i; ++k)
            if (features[k] == features[i])
                return d.fail(at(kKeyFeaturesKey, i), json_quoted(features[i]) + " is listed twice");
    }
    return true;
}

bool decode_rest(Decoder& d, json& doc, Tables& tables, const Streamed& streamed) {
    if (!read_header(d, doc)) return false;
    if (const auto settings = doc.find(kSettings.name); settings != doc.end())
        if (!read_settings(d, *settings)) return false;
    if (const auto features = doc.find(kKeyFeaturesKey); features != doc.end() && !streamed.key_features)
        if (!read_key_features(d, *features)) return false;
    for (size_t l = 0; l < kItemLists.size(); ++l)
        if (!streamed.lists[l] && !read_items(d, doc, kItemLists[l])) return false;
    for (size_t t = 0; t < tables.all.size(); ++t)
        if (!read_table(d, doc, *tables.all[t], streamed.tables[t])) return false;
    if (const auto presets = doc.find(kMappingPresetsKey); presets != doc.end())
        if (!read_mapping_presets(d, *presets)) return false;
    return read_health_config(d, doc) && read_team_config(d, doc) && read_playbooks(d, doc) && read_voice(d, doc) &&
           read_journey(d, doc);
}

}  // namespace retain::workspace_json
