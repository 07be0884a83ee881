// save_workspace_json: the workspace as JSON text, one record per line, in the order and with the keys of
// workspace_json_schema.hpp.
//
// A direct string writer (JsonOut) rather than an nlohmann tree: at 100,000 accounts and millions of rows a
// tree would cost gigabytes and most of the time.
#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
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
// Not in the anonymous namespace: WorkspaceJsonWriter::Impl (a named class) holds one.
namespace json_write {
struct Writer {
    workspace_json::JsonOut out;
    // Contacts and rows name their account by id: each id quoted once rather than once per row.
    std::vector<std::string> quoted_ids;
};
}  // namespace json_write

namespace {

using namespace workspace_json;
using json_write::Writer;

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

// write_lines gives each object its braces: the dumped objects go in without theirs.
std::string_view inner(const std::string& object) { return std::string_view(object).substr(1, object.size() - 2); }

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

}  // namespace

std::string save_workspace_json(const Workspace& ws) { return save_workspace_json(ws, WorkspaceWriteOptions{}); }

std::string save_workspace_json(const Workspace& ws, const WorkspaceWriteOptions& options) {
    WorkspaceJsonWriter writer(ws, options);
    size_t budget = std::numeric_limits<size_t>::max();
    writer.step(budget);
    return writer.take();
}

// ---- WorkspaceJsonWriter: the file as a list of jobs, small parts whole and record lists in ranges ----

using json_write::Writer;

struct WorkspaceJsonWriter::Impl {
    // Writes what `budget` allows (small parts whole), lowers it; true when the job is done.
    using Job = std::function<bool(size_t& budget)>;

    Writer w;
    std::vector<Job> jobs;
    size_t next = 0;
    size_t total = 0, written = 0;  // budget values, for progress()

    Impl(const Workspace& ws, const WorkspaceWriteOptions& options) {
        // The records, or an empty list of their type when they are left out.
        const auto records = [&](const auto& list) -> const auto& {
            static const std::decay_t<decltype(list)> none;
            return options.records ? list : none;
        };
        if (options.records)
            w.out.reserve(1024 + ws.accounts.size() * 420 + ws.contacts.size() * 200 + ws.usage.size() * 56 +
                          ws.mrr.size() * 36 + (ws.tickets.size() + ws.touchpoints.size() + ws.surveys.size()) * 64);
        // Contacts and rows name their account by id: each id quoted once, before anything else.
        const std::vector<Account>& accounts = records(ws.accounts);
        w.quoted_ids.resize(accounts.size());
        lines_of(accounts, 1, [this, &accounts](size_t from, size_t to) {
            for (size_t i = from; i < to; ++i) {
                JsonOut q;
                q.text(accounts[i].id);
                w.quoted_ids[i] = q.take();
            }
        });

        once([this, &ws] {
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
        });

        auto always = [](const auto&) { return true; };
        auto has_account = [this](const auto& record) { return names_an_account(w, record); };
        objects(kCsms, ws.csms, always);
        objects(kAccounts, accounts, always);
        objects(kContacts, records(ws.contacts), has_account);
        for_each_in(kTables, [&](const auto& table) { this->table(table, records(ws.*table.member), ws.key_features); });
        once([this, &ws] {
            write_part_key(w.out, kMappingPresetsKey);
            write_lines<Shape::object>(w.out, ws.mapping_presets, [](const MappingPreset& p) { return !p.builtin; },
                                       [&](const MappingPreset& p) { w.out.raw(inner(one_line(preset_to_json(p)))); });
            write_part_key(w.out, kScorecardKey);
            write_scorecard(w.out, ws.scorecard);
        });
        dumped(kHealthOverridesKey, ws.health_overrides, health_override_to_json);
        once([this, &ws] {
            write_part_key(w.out, kMetricSettingsKey);
            w.out.raw(one_line(metric_settings_to_json(ws.metric_settings)));
            write_part_key(w.out, kSegmentRulesKey);
            write_segment_rules(w.out, ws.segment_rules);
            write_part_key(w.out, kTeamSettingsKey);
            w.out.raw(one_line(team_settings_to_json(ws.team_settings)));
        });
        // Left out when they hold nothing of the team's own: a file without them reads back the same.
        if (!is_builtin_library(ws.playbooks)) dumped(kPlaybooksKey, ws.playbooks, playbook_to_json);
        if (!records(ws.tasks).empty()) dumped(kTasksKey, records(ws.tasks), task_to_json);
        if (!ws.renewal_outcomes.empty()) dumped(kRenewalOutcomesKey, ws.renewal_outcomes, renewal_outcome_to_json);
        if (!records(ws.feedback).empty()) dumped(kFeedbackKey, records(ws.feedback), feedback_to_json);
        if (!records(ws.notes).empty()) dumped(kNotesKey, records(ws.notes), note_to_json);
        if (!ws.program.is_empty()) {  // left out until the team writes or ticks something
            once([this, &ws] {
                write_part_key(w.out, kProgramKey);
                w.out.raw(one_line(program_to_json(ws.program)));
            });
        }
        if (!ws.journey.accounts.empty()) dumped(kJourneyKey, ws.journey.accounts, account_journey_to_json);
        if (!(ws.journey.settings == JourneySettings{})) {
            once([this, &ws] {
                write_part_key(w.out, kJourneySettingsKey);
                w.out.raw(one_line(journey_settings_to_json(ws.journey.settings)));
            });
        }
        if (!ws.success_plans.empty()) dumped(kSuccessPlansKey, ws.success_plans, success_plan_to_json);
        if (!ws.handoffs.empty()) dumped(kHandoffsKey, ws.handoffs, handoff_to_json);
        once([this] { w.out.raw("\n}\n"); });
    }

    template <typename F>
    void once(F write) {
        total += 1;
        jobs.push_back([this, write](size_t& budget) {
            write();
            written += 1;
            budget -= std::min<size_t>(budget, 1);
            return true;
        });
    }

    // write(from, to) for consecutive ranges of `items`, each record costing `cost`.
    template <typename Item, typename WriteRange>
    void lines_of(const std::vector<Item>& items, size_t cost, WriteRange write) {
        total += items.size() * cost;
        jobs.push_back([this, &items, cost, write, cursor = size_t(0)](size_t& budget) mutable {
            const size_t n = std::min(items.size() - cursor, std::max<size_t>(1, budget / cost));
            write(cursor, cursor + n);
            cursor += n;
            written += n * cost;
            budget -= std::min(budget, n * cost);
            return cursor == items.size();
        });
    }

    // `[\n{...},\n{...}\n]` (rows: `[...]`) in ranges, as write_lines writes it whole.
    template <Shape shape, typename Item, typename Include, typename WriteItem>
    void lines(const std::vector<Item>& items, size_t cost, Include include, WriteItem write_item) {
        const char* const first_open = shape == Shape::object ? "\n{" : "\n[";
        const char* const next_open = shape == Shape::object ? ",\n{" : ",\n[";
        const char* const close = shape == Shape::object ? "}" : "]";
        auto first = std::make_shared<bool>(true);
        once([this] { w.out.raw("["); });
        lines_of(items, cost, [this, first, first_open, next_open, close, include, write_item, &items](size_t from, size_t to) {
            for (size_t i = from; i < to; ++i) {
                if (!include(items[i])) continue;
                w.out.raw(*first ? first_open : next_open);
                *first = false;
                write_item(items[i]);
                w.out.raw(close);
            }
        });
        once([this, first] { w.out.raw(*first ? "]" : "\n]"); });
    }

    template <typename List, typename Item, typename Include>
    void objects(const List& list, const std::vector<Item>& items, Include include) {
        once([this, &list] { write_part_key(w.out, list.name); });
        lines<Shape::object>(items, std::tuple_size_v<std::decay_t<decltype(list.fields)>>, include,
                             [this, &list](const Item& item) { write_fields<Shape::object>(w, item, list.fields); });
    }

    // `,\n"key":[\n{...},\n...\n]` with each record built as a JSON object and dumped on one line.
    template <typename Item, typename ToJson>
    void dumped(const char* key, const std::vector<Item>& items, ToJson to_json) {
        once([this, key] { write_part_key(w.out, key); });
        lines<Shape::object>(items, kTreeRecordCost, [](const Item&) { return true; },
                             [this, to_json](const Item& item) { w.out.raw(inner(one_line(to_json(item)))); });
    }

    // `"name":{"fields":[...],"rows":[\n[...],\n...]}`.
    template <typename Table, typename Row>
    void table(const Table& table, const std::vector<Row>& rows, const std::vector<std::string>& key_features) {
        size_t features = 0;
        if constexpr (std::is_same_v<Row, UsageSample>) features = std::min(key_features.size(), size_t(kMaxKeyFeatures));
        once([this, &table, &key_features, features] {
            std::vector<std::string> fields;
            for_each_in(table.fields, [&](const auto& field) { fields.push_back(field.name); });
            for (size_t f = 0; f < features; ++f) fields.push_back(kFeatureFieldPrefix + key_features[f]);
            write_part_key(w.out, table.name);
            w.out.raw("{\"fields\":");
            w.out.text_list(fields);
            w.out.raw(",\"rows\":");
        });
        const size_t cost = std::tuple_size_v<std::decay_t<decltype(table.fields)>> + features;
        lines<Shape::row>(rows, cost, [this](const Row& r) { return names_an_account(w, r); },
                          [this, &table, features](const Row& r) {
                              (void)features;  // used by usage rows only
                              write_fields<Shape::row>(w, r, table.fields);
                              if constexpr (std::is_same_v<Row, UsageSample>) {
                                  for (size_t f = 0; f < features; ++f) {
                                      w.out.raw(",");
                                      w.out.number(r.feature_uses[f]);
                                  }
                              }
                          });
        once([this] { w.out.raw("}"); });
    }
};

WorkspaceJsonWriter::WorkspaceJsonWriter(const Workspace& ws, const WorkspaceWriteOptions& options)
    : impl_(std::make_unique<Impl>(ws, options)) {}
WorkspaceJsonWriter::~WorkspaceJsonWriter() = default;

bool WorkspaceJsonWriter::step(size_t& budget) {
    Impl& m = *impl_;
    do {
        if (m.next >= m.jobs.size()) break;
        if (m.jobs[m.next](budget)) ++m.next;
    } while (budget > 0);
    return done();
}

bool WorkspaceJsonWriter::done() const { return impl_->next >= impl_->jobs.size(); }
double WorkspaceJsonWriter::progress() const {
    if (done()) return 1.0;
    return impl_->total ? std::min(1.0, double(impl_->written) / double(impl_->total)) : 0.0;
}
std::string WorkspaceJsonWriter::take() { return impl_->w.out.take(); }
size_t WorkspaceJsonWriter::total_cost() const { return impl_->total; }
size_t WorkspaceJsonWriter::bytes() const { return impl_->w.out.size(); }

}  // namespace retain
