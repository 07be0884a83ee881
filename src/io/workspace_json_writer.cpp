// save_workspace_json: the workspace as JSON text, one record per line, in the order and with the keys of
// workspace_json_schema.hpp.
//
// A direct string writer (JsonOut) rather than an nlohmann tree: at 100,000 accounts and millions of rows a
// tree would cost gigabytes and most of the time.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <type_traits>

#include "io/health_config_json.hpp"
#include "io/journey_json.hpp"
#include "io/playbooks_json.hpp"
#include "io/program_json.hpp"
#include "io/renewal_outcomes_json.hpp"
#include "io/voice_json.hpp"
#include "io/mapping_presets.hpp"
#include "io/team_config_json.hpp"
#include "io/workspace_json.hpp"
#include "io/workspace_json_out.hpp"
#include "io/workspace_json_schema.hpp"

namespace retain {
namespace {

using namespace workspace_json;

struct Writer {
    JsonOut out;
    // Contacts and rows name their account by id: each id quoted once rather than once per row.
    std::vector<std::string> quoted_ids;
};

// Custom fields in key order whatever order they are held in, so equal workspaces save equal bytes.
void write_custom(JsonOut& o, const std::vector<std::pair<std::string, std::string>>& fields) {
    std::vector<const std::pair<std::string, std::string>*> sorted;
    sorted.reserve(fields.size());
    for (const auto& kv : fields) sorted.push_back(&kv);
    std::stable_sort(sorted.begin(), sorted.end(), [](auto* x, auto* y) { return x->first < y->first; });
    o.raw("{");
    for (size_t i = 0; i < sorted.size(); ++i) {
        if (i) o.raw(",");
        o.text(sorted[i]->first);
        o.raw(":");
        o.text(sorted[i]->second);
    }
    o.raw("}");
}

// A member's value in the JSON form of its type (docs/workspace-format.md, "Values").
template <typename T>
void write_value(Writer& w, const T& value) {
    if constexpr (std::is_same_v<T, std::string>) w.out.text(value);
    else if constexpr (std::is_same_v<T, Date>) w.out.date(value);
    else if constexpr (std::is_same_v<T, Month>) w.out.month(value);
    else if constexpr (std::is_same_v<T, Money>) w.out.number(value.minor);
    else if constexpr (std::is_same_v<T, bool>) w.out.boolean(value);
    else if constexpr (std::is_same_v<T, AccountIx>) w.out.raw(w.quoted_ids[value]);
    else if constexpr (std::is_enum_v<T>) w.out.text(to_string(value));
    else if constexpr (std::is_integral_v<T>) w.out.number(value);  // counts and scores
    else if constexpr (std::is_same_v<T, std::vector<std::string>>) w.out.text_list(value);
    else write_custom(w.out, value);
}

// A record is written as an object, `{"key":value,...}`, or as a table row, `[value,...]`.
enum class Shape { object, row };

// Every field of the record in schema order, keyed for an object.
template <Shape shape, typename Record, typename Fields>
void write_fields(Writer& w, const Record& record, const Fields& fields) {
    bool first = true;
    for_each_in(fields, [&](const auto& field) {
        if constexpr (shape == Shape::object) w.out.key(field.name, first);
        else if (!first) w.out.raw(",");
        first = false;
        write_value(w, field.of(record));
    });
}

// `,\n"key":` before each part after the first.
void write_part_key(JsonOut& o, const char* key) {
    o.raw(",\n\"");
    o.raw(key);
    o.raw("\":");
}

// `[\n{...},\n{...}\n]` (rows: `[...]`), one record a line, or `[]` when none is included.
template <Shape shape, typename Item, typename Include, typename WriteItem>
void write_lines(JsonOut& o, const std::vector<Item>& items, Include include, WriteItem write_item) {
    const char* const first_open = shape == Shape::object ? "\n{" : "\n[";
    const char* const next_open = shape == Shape::object ? ",\n{" : ",\n[";
    const char* const close = shape == Shape::object ? "}" : "]";
    o.raw("[");
    bool first = true;
    for (const Item& item : items) {
        if (!include(item)) continue;
        o.raw(first ? first_open : next_open);
        first = false;
        write_item(item);
        o.raw(close);
    }
    o.raw(first ? "]" : "\n]");
}

// A small object as one line: nlohmann writes its keys sorted, so equal values save equal bytes.
std::string one_line(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// `{"thresholds":...,"group_weights":...,"measures":[\n{...},\n...\n]}`: one measure a line.
void write_scorecard(JsonOut& o, const Scorecard& scorecard) {
    nlohmann::json j = scorecard_to_json(scorecard);
    o.raw("{\"thresholds\":");
    o.raw(one_line(j["thresholds"]));
    o.raw(",\"group_weights\":");
    o.raw(one_line(j["group_weights"]));
    o.raw(",\"measures\":[");
    const nlohmann::json& measures = j["measures"];
    for (size_t i = 0; i < measures.size(); ++i) {
        o.raw(i ? ",\n" : "\n");
        o.raw(one_line(measures[i]));
    }
    o.raw(measures.empty() ? "]}" : "\n]}");
}

// `{"rules":[\n{...},\n...\n],"fallback":{...}}`: one rule a line.
void write_segment_rules(JsonOut& o, const SegmentRules& rules) {
    o.raw("{\"rules\":[");
    for (size_t i = 0; i < rules.rules.size(); ++i) {
        o.raw(i ? ",\n" : "\n");
        o.raw(one_line(segment_rule_to_json(rules.rules[i])));
    }
    o.raw(rules.rules.empty() ? "],\"fallback\":" : "\n],\"fallback\":");
    o.raw(one_line(segment_rule_to_json(rules.fallback, true)));
    o.raw("}");
}

// Records pointing at no account cannot be referred to by id and are left out.
template <typename Record>
bool names_an_account(const Writer& w, const Record& r) { return r.account < w.quoted_ids.size(); }

template <typename List, typename Item, typename Include>
void write_objects(Writer& w, const List& list, const std::vector<Item>& items, Include include) {
    write_part_key(w.out, list.name);
    write_lines<Shape::object>(w.out, items, include,
                               [&](const Item& item) { write_fields<Shape::object>(w, item, list.fields); });
}

// `"name":{"fields":[...],"rows":[\n[...],\n...]}`.
template <typename Table, typename Row>
void write_table(Writer& w, const Table& table, const std::vector<Row>& rows,
                 const std::vector<std::string>& key_features) {
    std::vector<std::string> fields;
    for_each_in(table.fields, [&](const auto& field) { fields.push_back(field.name); });
    size_t features = 0;
    if constexpr (std::is_same_v<Row, UsageSample>) {
        features = std::min(key_features.size(), size_t(kMaxKeyFeatures));
        for (size_t f = 0; f < features; ++f) fields.push_back(kFeatureFieldPrefix + key_features[f]);
    }
    write_part_key(w.out, table.name);
    w.out.raw("{\"fields\":");
    w.out.text_list(fields);
    w.out.raw(",\"rows\":");
    auto include = [&](const Row& r) { return names_an_account(w, r); };
    write_lines<Shape::row>(w.out, rows, include, [&](const Row& r) {
        write_fields<Shape::row>(w, r, table.fields);
        if constexpr (std::is_same_v<Row, UsageSample>) {
            for (size_t f = 0; f < features; ++f) {
                w.out.raw(",");
                w.out.number(r.feature_uses[f]);
            }
        }
    });
    w.out.raw("}");
}

}  // namespace

std::string save_workspace_json(const Workspace& ws) { return save_workspace_json(ws, WorkspaceWriteOptions{}); }

std::string save_workspace_json(const Workspace& ws, const WorkspaceWriteOptions& options) {
    // The records, or an empty list of their type when they are left out.
    const auto records = [&](const auto& list) -> const auto& {
        static const std::decay_t<decltype(list)> none;
        return options.records ? list : none;
    };
    Writer w;
    if (options.records)
        w.out.reserve(1024 + ws.accounts.size() * 420 + ws.contacts.size() * 200 + ws.usage.size() * 56 +
                      ws.mrr.size() * 36 + (ws.tickets.size() + ws.touchpoints.size() + ws.surveys.size()) * 64);
    w.quoted_ids.resize(records(ws.accounts).size());
    for (size_t i = 0; i < w.quoted_ids.size(); ++i) {
        JsonOut q;
        q.text(ws.accounts[i].id);
        w.quoted_ids[i] = q.take();
    }

    w.out.raw("{\"");
    w.out.raw(kSchemaKey);
    w.out.raw("\":");
    w.out.text(kWorkspaceSchema);
    w.out.key(kVersionKey);
    w.out.number(kWorkspaceFormatVersion);
    write_part_key(w.out, kSettings.name);
    w.out.raw("{");
    write_fields<Shape::object>(w, ws.settings, kSettings.fields);
    w.out.raw("}");
    write_part_key(w.out, kKeyFeaturesKey);
    w.out.text_list(ws.key_features);

    auto always = [](const auto&) { return true; };
    auto has_account = [&](const auto& record) { return names_an_account(w, record); };
    write_objects(w, kCsms, ws.csms, always);
    write_objects(w, kAccounts, records(ws.accounts), always);
    write_objects(w, kContacts, records(ws.contacts), has_account);
    for_each_in(kTables, [&](const auto& table) { write_table(w, table, records(ws.*table.member), ws.key_features); });
    write_part_key(w.out, kMappingPresetsKey);
    // write_lines gives each object its braces: the dumped objects go in without theirs.
    auto inner = [](const std::string& object) { return std::string_view(object).substr(1, object.size() - 2); };
    write_lines<Shape::object>(w.out, ws.mapping_presets, [](const MappingPreset& p) { return !p.builtin; },
                               [&](const MappingPreset& p) { w.out.raw(inner(one_line(preset_to_json(p)))); });
    write_part_key(w.out, kScorecardKey);
    write_scorecard(w.out, ws.scorecard);
    write_part_key(w.out, kHealthOverridesKey);
    write_lines<Shape::object>(w.out, ws.health_overrides, always,
                               [&](const HealthOverride& o) { w.out.raw(inner(one_line(health_override_to_json(o)))); });
    write_part_key(w.out, kMetricSettingsKey);
    w.out.raw(one_line(metric_settings_to_json(ws.metric_settings)));
    write_part_key(w.out, kSegmentRulesKey);
    write_segment_rules(w.out, ws.segment_rules);
    write_part_key(w.out, kTeamSettingsKey);
    w.out.raw(one_line(team_settings_to_json(ws.team_settings)));
    // Left out when they hold nothing of the team's own: a file without them reads back the same.
    if (!is_builtin_library(ws.playbooks)) {
        write_part_key(w.out, kPlaybooksKey);
        write_lines<Shape::object>(w.out, ws.playbooks, always,
                                   [&](const Playbook& p) { w.out.raw(inner(one_line(playbook_to_json(p)))); });
    }
    if (!records(ws.tasks).empty()) {
        write_part_key(w.out, kTasksKey);
        write_lines<Shape::object>(w.out, records(ws.tasks), always,
                                   [&](const Task& t) { w.out.raw(inner(one_line(task_to_json(t)))); });
    }
    if (!ws.renewal_outcomes.empty()) {
        write_part_key(w.out, kRenewalOutcomesKey);
        write_lines<Shape::object>(w.out, ws.renewal_outcomes, always, [&](const RenewalOutcome& o) {
            w.out.raw(inner(one_line(renewal_outcome_to_json(o))));
        });
    }
    if (!records(ws.feedback).empty()) {
        write_part_key(w.out, kFeedbackKey);
        write_lines<Shape::object>(w.out, records(ws.feedback), always,
                                   [&](const FeedbackItem& f) { w.out.raw(inner(one_line(feedback_to_json(f)))); });
    }
    if (!records(ws.notes).empty()) {
        write_part_key(w.out, kNotesKey);
        write_lines<Shape::object>(w.out, records(ws.notes), always,
                                   [&](const AccountNote& n) { w.out.raw(inner(one_line(note_to_json(n)))); });
    }
    if (!ws.program.is_empty()) {  // left out until the team writes or ticks something
        write_part_key(w.out, kProgramKey);
        w.out.raw(one_line(program_to_json(ws.program)));
    }
    if (!ws.journey.accounts.empty()) {
        write_part_key(w.out, kJourneyKey);
        write_lines<Shape::object>(w.out, ws.journey.accounts, always,
                                   [&](const AccountJourney& j) { w.out.raw(inner(one_line(account_journey_to_json(j)))); });
    }
    if (!(ws.journey.settings == JourneySettings{})) {
        write_part_key(w.out, kJourneySettingsKey);
        w.out.raw(one_line(journey_settings_to_json(ws.journey.settings)));
    }
    if (!ws.success_plans.empty()) {
        write_part_key(w.out, kSuccessPlansKey);
        write_lines<Shape::object>(w.out, ws.success_plans, always,
                                   [&](const SuccessPlan& p) { w.out.raw(inner(one_line(success_plan_to_json(p)))); });
    }
    if (!ws.handoffs.empty()) {
        write_part_key(w.out, kHandoffsKey);
        write_lines<Shape::object>(w.out, ws.handoffs, always,
                                   [&](const Handoff& h) { w.out.raw(inner(one_line(handoff_to_json(h)))); });
    }
    w.out.raw("\n}\n");
    return w.out.take();
}

}  // namespace retain
