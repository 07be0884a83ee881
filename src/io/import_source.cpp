// build_import_plan (see import_plan.hpp): each file decoded, parsed (CSV, workspace JSON or JSON
// objects) and routed to an entity; then the rows of all files coerced, accounts first so that child
// rows can name accounts of the same import; then the counts, from a dry run of the commit.
#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>

#include "io/csv_parser.hpp"
#include "io/data_sniff.hpp"
#include "io/entity_routing.hpp"
#include "io/import_detail.hpp"
#include "io/text_decode.hpp"
#include "io/workspace_json.hpp"

namespace retain {
namespace import_detail {
// A file's table and its report while the plan is made. Named, not anonymous: ImportPlanner::State (a
// member of a public class) holds them.
struct PendingTable {
    FileReport report;
    RawTable table;
};
}  // namespace import_detail

namespace {

using namespace import_detail;

ImportIssue file_issue(const std::string& file, size_t line, std::string message,
                       IssueSeverity severity = IssueSeverity::error) {
    ImportIssue i;
    i.file = file;
    i.line = line;
    i.message = std::move(message);
    i.severity = severity;
    return i;
}

void use_preset(const MappingPreset& preset, const std::vector<std::string>& headers, FileReport& r) {
    r.mapping = apply_preset(preset, headers);
    r.entity = preset.entity;
    r.preset = preset.name;
    if (preset.day_first) r.options.when_ambiguous = DateFormat::day_first;
    if (preset.decimal_comma) r.options.decimal = DecimalMark::comma;
}

// Routes and maps one table, in the order ImportSource gives (import_plan.hpp).
void route_and_map(const ImportSource& source, const std::vector<MappingPreset>& saved, PendingTable& p) {
    FileReport& r = p.report;
    const std::vector<std::string>& headers = p.table.headers;
    r.headers = headers;
    r.options = source.options;
    r.examples.assign(headers.size(), std::string());
    for (size_t c = 0; c < headers.size(); ++c)
        for (size_t row = 0; row < p.table.rows() && row < 50 && r.examples[c].empty(); ++row)
            r.examples[c] = std::string(p.table.cell(row, c));
    // The team's own presets first: they were saved for exactly this kind of file.
    const MappingPreset* fitting = nullptr;
    if (!source.entity) fitting = find_preset(saved, headers);
    if (!source.entity && !fitting) fitting = find_preset(builtin_presets(), headers);
    if (source.mapping && source.mapping->field_of_column.size() == headers.size()) {
        r.mapping = *source.mapping;
        r.entity = r.mapping.entity;
        r.routing = "the mapping given";
    } else if (source.preset) {
        use_preset(*source.preset, headers, r);
        r.routing = "preset \"" + source.preset->name + "\"";
    } else if (fitting) {
        use_preset(*fitting, headers, r);
        r.routing = std::string(fitting->builtin ? "built-in" : "your saved") + " preset \"" + fitting->name +
                    "\" fits its headers";
    } else {
        SampleRows samples;
        for (size_t row = 0; row < p.table.rows() && row < 20; ++row) {
            std::vector<std::string> cells;
            for (size_t c = 0; c < headers.size(); ++c) cells.emplace_back(p.table.cell(row, c));
            samples.push_back(std::move(cells));
        }
        if (source.entity) {
            r.entity = *source.entity;
            r.mapping = auto_map(r.entity, headers, &samples);
            r.routing = "chosen by the user";
        } else {
            const std::vector<EntityScore> ranking = route_file(headers, &samples);
            r.entity = ranking.front().entity;
            r.mapping = ranking.front().mapping;
            r.routing = ranking.front().reason;
            r.routing_ambiguous = routing_is_ambiguous(ranking);
        }
    }
    for (std::string& note : mapping_notes(r.mapping, headers)) r.notes.push_back(std::move(note));
}

std::string json_cell(const nlohmann::json& v) {
    if (v.is_null()) return {};
    if (v.is_string()) return v.get<std::string>();
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    if (v.is_array()) {
        std::string out;
        for (const nlohmann::json& e : v) out += (out.empty() ? "" : "; ") + json_cell(e);
        return out;
    }
    return v.dump();
}

// An array of objects as a table: the keys in order of first appearance are the headers; the line of a
// row is its item number.
bool json_array_table(const nlohmann::json& array, RawTable& t, std::string& error) {
    for (const nlohmann::json& item : array) {
        if (!item.is_object()) {
            error = "expected an array of objects (one per row)";
            return false;
        }
        for (auto it = item.begin(); it != item.end(); ++it)
            if (std::find(t.headers.begin(), t.headers.end(), it.key()) == t.headers.end()) t.headers.push_back(it.key());
    }
    t.header_line = 0;
    size_t n = 0;
    for (const nlohmann::json& item : array) {
        for (const std::string& h : t.headers) {
            const auto it = item.find(h);
            t.owned.push_back(it == item.end() ? std::string() : json_cell(*it));
            t.views.push_back(t.owned.back());
            t.cells.push_back({uint32_t(t.views.size() - 1), CsvTable::kUnescaped});
        }
        t.lines.push_back(++n);
    }
    return true;
}

// The parsed CSV as the import's table (the fields taken over from `csv`), its errors as issues.
bool csv_table(const ImportSource& source, PendingTable& p, CsvResult& csv, std::vector<ImportIssue>& issues) {
    CsvTable& ct = csv.table;
    std::vector<size_t> bad_lines;
    for (const CsvError& e : csv.errors) {
        ImportIssue i = file_issue(source.name, e.line, e.message);
        i.column = e.column ? e.column : e.byte_column;
        if (e.column && e.column <= ct.columns && ct.row_count() > 0) i.column_name = std::string(ct.field(0, e.column - 1));
        issues.push_back(std::move(i));
        if (e.line) bad_lines.push_back(e.line);
    }
    if (csv.error_count > csv.errors.size())
        issues.push_back(file_issue(source.name, 0,
                                    std::to_string(csv.error_count - csv.errors.size()) + " more CSV errors not listed"));
    if (ct.row_count() == 0) return false;
    RawTable& t = p.table;
    for (size_t c = 0; c < ct.columns; ++c) t.headers.emplace_back(ct.field(0, c));
    t.header_line = ct.header_line;
    p.report.format = std::string("CSV (delimiter ") + (ct.delimiter == '\t' ? "tab" : std::string("'") + ct.delimiter + "'") + ")";
    // The good rows' fields are moved down over the rejected ones in place, then the array is taken over.
    std::vector<CsvTable::FieldRef>& fields = ct.fields;
    size_t write = ct.row_starts[1];  // past the header row, which stays in front (first_cell)
    t.lines.reserve(ct.row_count() - 1);
    for (size_t r = 1; r < ct.row_count(); ++r) {
        const size_t line = ct.row_lines[r];
        // A row with a CSV error (ragged, stray quote) is unusable: left out, its error already listed.
        bool bad = ct.row_size(r) != ct.columns;
        if (!bad && !bad_lines.empty()) {
            size_t next = line + 1;  // the first line after the row: later when quoted fields hold line ends
            if (r + 1 < ct.row_count()) {
                next = ct.row_lines[r + 1];
            } else {
                for (size_t c = 0; c < ct.row_size(r); ++c)
                    for (size_t i = 0, n = ct.field(r, c).size(); i < n; ++i) {
                        const char ch = ct.field(r, c)[i];
                        next += ch == '\n' || (ch == '\r' && (i + 1 == n || ct.field(r, c)[i + 1] != '\n'));
                    }
            }
            bad = std::any_of(bad_lines.begin(), bad_lines.end(), [&](size_t l) { return l >= line && l < next; });
        }
        if (bad) {
            ++p.report.rows_rejected;
            continue;
        }
        const size_t from = ct.row_starts[r];
        if (write != from) std::copy(fields.begin() + std::ptrdiff_t(from), fields.begin() + std::ptrdiff_t(from + ct.columns),
                                     fields.begin() + std::ptrdiff_t(write));
        write += ct.columns;
        t.lines.push_back(line);
    }
    fields.resize(write);
    t.first_cell = ct.row_starts[1];
    t.cells = std::move(fields);
    t.text = ct.text;
    t.views = std::move(ct.unescaped);  // views into the parse's arena, which the planner keeps
    return true;
}

// Stages every row of a workspace document as it stands (all account fields given).
void stage_workspace(const Workspace& w, ImportState& state, ImportPlan& plan, FileReport& report) {
    StagedRows& rows = plan.rows;
    // The document goes when its file is read: its ids are kept by the state.
    std::vector<uint32_t> number(w.accounts.size());
    for (size_t i = 0; i < w.accounts.size(); ++i) {
        const uint32_t n = state.ids.find(w.accounts[i].id);
        number[i] = state.add_account(n != IdIndex::kNone ? state.ids.id(n) : state.keep(w.accounts[i].id));
    }
    auto ix = [&](AccountIx a) { return state.stage(number[a], rows); };
    for (size_t i = 0; i < w.accounts.size(); ++i) {
        const Account& a = w.accounts[i];
        state.stage(number[i], rows);
        rows.accounts.push_back(a);
        rows.account_fields.push_back(UINT32_MAX);
    }
    rows.csms.insert(rows.csms.end(), w.csms.begin(), w.csms.end());
    auto copy = [&](const auto& from, auto& to) {
        for (auto row : from) {
            row.account = ix(row.account);
            to.push_back(std::move(row));
        }
    };
    copy(w.contacts, rows.contacts);
    copy(w.subscriptions, rows.subscriptions);
    copy(w.mrr, rows.mrr);
    copy(w.tickets, rows.tickets);
    copy(w.surveys, rows.surveys);
    copy(w.touchpoints, rows.touchpoints);
    for (const FeedbackItem& f : w.feedback) {  // by account id: only those naming an account of the file
        const AccountIx a = w.find_account(f.account);
        if (a != kNoAccount) rows.feedback.push_back({ix(a), f});
    }
    for (UsageSample u : w.usage) {
        UsageSample s = u;
        s.account = ix(u.account);
        s.feature_uses = {};
        for (size_t f = 0; f < w.key_features.size() && f < size_t(kMaxKeyFeatures); ++f) {
            auto it = std::find(rows.key_features.begin(), rows.key_features.end(), w.key_features[f]);
            if (it == rows.key_features.end()) {
                if (rows.key_features.size() >= size_t(kMaxKeyFeatures)) continue;
                rows.key_features.push_back(w.key_features[f]);
                it = rows.key_features.end() - 1;
            }
            s.feature_uses[size_t(it - rows.key_features.begin())] = u.feature_uses[f];
        }
        rows.usage.push_back(s);
    }
    auto mark = [&](ImportEntity e, size_t n) {
        if (n) rows.present[size_t(e)] = true;
    };
    mark(ImportEntity::accounts, w.accounts.size());
    mark(ImportEntity::csms, w.csms.size());
    mark(ImportEntity::contacts, w.contacts.size());
    mark(ImportEntity::subscriptions, w.subscriptions.size());
    mark(ImportEntity::mrr, w.mrr.size());
    mark(ImportEntity::usage, w.usage.size());
    mark(ImportEntity::tickets, w.tickets.size());
    mark(ImportEntity::surveys, w.surveys.size());
    mark(ImportEntity::touchpoints, w.touchpoints.size());
    mark(ImportEntity::feedback, w.feedback.size());
    report.rows = w.accounts.size() + w.csms.size() + w.contacts.size() + w.subscriptions.size() + w.mrr.size() +
                  w.usage.size() + w.tickets.size() + w.surveys.size() + w.touchpoints.size() + w.feedback.size();
}

// Current MRR / ARR from accounts files becomes a subscription from contract start (or today) for the
// accounts that get no subscription or MRR rows from the import, nor have any in the workspace (merge).
void add_current_revenue(const Workspace& current, ImportPlan& plan) {
    StagedRows& rows = plan.rows;
    std::vector<bool> has_revenue(rows.account_ids.size(), false);
    for (const SubscriptionPeriod& s : rows.subscriptions) has_revenue[s.account] = true;
    for (const MrrSnapshot& m : rows.mrr) has_revenue[m.account] = true;
    for (SubscriptionPeriod p : rows.current_revenue) {
        if (has_revenue[p.account]) continue;
        if (plan.mode == ImportMode::merge) {
            const AccountIx a = current.find_account(rows.account_ids[p.account]);
            if (a != kNoAccount && (rows_of(current.subscriptions, a).second > rows_of(current.subscriptions, a).first ||
                                    rows_of(current.mrr, a).second > rows_of(current.mrr, a).first))
                continue;
        }
        if (!p.start.ok()) p.start = plan.today;
        rows.subscriptions.push_back(p);
        rows.present[size_t(ImportEntity::subscriptions)] = true;
    }
}

// Work per step: small enough that a step is a fraction of a millisecond to a few, so that a caller
// with a time budget looks at its clock often.
constexpr size_t kParseBytesPerStep = 256 * 1024;
constexpr size_t kRowsPerStep = 1024;  // an accounts row takes ~5 µs in wasm

}  // namespace

// The planner's state between steps. Stages: read each source (decode, then parse a CSV a stretch at a
// time, then route and map), prepare (what files cannot give, which accounts rows may name), coerce each
// table a stretch of rows at a time (accounts first), then finish (order, current revenue, repeated rows,
// counts) one part a step.
struct ImportPlanner::State {
    enum class Stage { read, prepare, coerce, finish, done };
    const Workspace& current;
    const std::vector<ImportSource>& sources;
    ImportPlan plan;
    ImportState state;
    // A deque: a RawTable's cells view strings in its own `owned` deque, whose move constructor may throw,
    // so a growing vector would copy the tables and leave those views pointing at freed strings
    // (AddressSanitizer found it: a JSON file of several entity arrays). A deque never relocates them.
    std::deque<PendingTable> tables;
    std::vector<DecodedText> texts;
    std::vector<CsvResult> csvs;
    bool replacing_accounts = false;
    Stage stage = Stage::read;
    size_t source = 0;               // read: the source being read
    std::optional<CsvParse> parsing; // read: its CSV, parsed in steps
    size_t table = 0;                // coerce: the table being coerced
    std::unique_ptr<TableCoercion> coercion;
    std::vector<std::pair<size_t, FileReport>> reports;
    size_t finish_part = 0;          // finish: ordering, repeated rows, counts
    std::unique_ptr<RepeatedRows> repeats;
    std::array<size_t, kImportEntityCount> repeated{};
    // Progress: the bytes of the sources read (and of the one being parsed, its share parsed), then the
    // rows of the tables coerced (and of the one being coerced, its share).
    size_t total_bytes = 0, bytes_done = 0, total_rows = 0, rows_done = 0;

    State(const Workspace& w, const std::vector<ImportSource>& s) : current(w), sources(s) {}

    void read_step();
    void prepare();
    void coerce_step();
    void finish_step();
};

void ImportPlanner::State::read_step() {
    if (source == sources.size()) {
        stage = Stage::prepare;
        return;
    }
    const ImportSource& src = sources[source];
    if (parsing) {  // a CSV under way
        PendingTable& p = tables.back();
        if (!parsing->step(kParseBytesPerStep)) return;
        csvs[source] = parsing->take();
        parsing.reset();
        if (!csv_table(src, p, csvs[source], plan.issues)) {
            plan.files.push_back(p.report);
            tables.pop_back();
        } else {
            route_and_map(src, current.mapping_presets, p);
        }
        bytes_done += src.bytes.size();
        ++source;
        return;
    }
    const size_t s = source;
    PendingTable p;
    p.report.source = s;
    p.report.name = src.name;
    texts[s] = decode_text(src.bytes);
    const DecodedText& text = texts[s];
    auto next = [&] {
        bytes_done += src.bytes.size();
        ++source;
    };
    if (!text.ok()) {
        plan.issues.push_back(file_issue(src.name, text.error->line, text.error->message));
        FileReport r = p.report;
        r.format = "unreadable";
        plan.files.push_back(std::move(r));
        return next();
    }
    p.report.encoding = encoding_name(text.encoding);
    for (const DecodeIssue& d : text.issues)
        plan.issues.push_back(file_issue(src.name, d.line, d.message, IssueSeverity::warning));
    const DataKind kind = sniff_data(text.utf8());
    if (kind == DataKind::html || kind == DataKind::binary || kind == DataKind::empty) {
        plan.issues.push_back(file_issue(src.name, 0, describe_unusable(kind, src.name)));
        plan.files.push_back(p.report);
        return next();
    }
    if (kind == DataKind::workspace_json) {
        Workspace w;
        std::string error;
        p.report.format = "workspace JSON";
        if (!load_workspace_json(text.utf8(), w, error)) {
            plan.issues.push_back(file_issue(src.name, 0, error));
            plan.files.push_back(p.report);
            return next();
        }
        p.report.routing = "a whole workspace";
        stage_workspace(w, state, plan, p.report);
        if (!w.accounts.empty()) replacing_accounts = true;
        plan.files.push_back(p.report);
        return next();
    }
    if (kind == DataKind::other_json) {
        const nlohmann::json doc = nlohmann::json::parse(text.utf8(), nullptr, false);
        if (doc.is_discarded()) {
            plan.issues.push_back(file_issue(src.name, 0, "not valid JSON"));
            plan.files.push_back(p.report);
            return next();
        }
        std::vector<std::pair<std::optional<ImportEntity>, const nlohmann::json*>> arrays;
        if (doc.is_array()) {
            arrays.emplace_back(src.entity, &doc);
        } else if (doc.is_object()) {
            for (auto it = doc.begin(); it != doc.end(); ++it) {
                ImportEntity e;
                if (!parse_import_entity(it.key(), e) || !it->is_array()) {
                    plan.issues.push_back(file_issue(src.name, 0,
                                                     "key \"" + it.key() + "\" is not an entity with an array of rows: not imported",
                                                     IssueSeverity::warning));
                    continue;
                }
                arrays.emplace_back(e, &*it);
            }
        }
        if (arrays.empty()) plan.issues.push_back(file_issue(src.name, 0, "expected an array of objects, or an object of such arrays by entity"));
        for (const auto& a : arrays) {
            PendingTable q;
            q.report = p.report;
            q.report.format = "JSON objects";
            std::string error;
            if (!json_array_table(*a.second, q.table, error)) {
                plan.issues.push_back(file_issue(src.name, 0, error));
                continue;
            }
            ImportSource routed = src;
            routed.entity = a.first;
            route_and_map(routed, current.mapping_presets, q);
            tables.push_back(std::move(q));
        }
        return next();
    }
    // CSV: parsed over the next steps.
    tables.push_back(std::move(p));
    parsing.emplace(texts[s].utf8());
}

void ImportPlanner::State::prepare() {
    // A file whose required fields have no column cannot give a single row: reported once, not per row.
    for (PendingTable& p : tables) {
        for (int f : p.report.mapping.missing_required) {
            plan.issues.push_back(file_issue(p.report.name, p.table.header_line,
                                             std::string("no column for ") + entity_info(p.report.entity).fields[size_t(f)].label +
                                                 " (required for " + entity_info(p.report.entity).label + ")"));
            p.report.rows_rejected += p.table.rows();
            p.report.rows = p.table.rows();
        }
        if (p.report.entity == ImportEntity::accounts && p.report.mapping.complete()) replacing_accounts = true;
        if (p.report.routing_ambiguous)
            plan.issues.push_back(file_issue(p.report.name, 0,
                                             std::string("read as ") + entity_info(p.report.entity).label +
                                                 ", but another entity fits almost as well: check", IssueSeverity::warning));
        if (p.report.mapping.complete()) total_rows += p.table.rows();
    }
    // Child rows name accounts of the import and, unless its accounts replace them, of the workspace.
    // (By domain or name the import's win: ImportState::key_domains_and_names.)
    state.current = &current;
    if (!(plan.mode == ImportMode::replace && replacing_accounts)) {
        state.current_named = true;
        state.ids.reserve(state.ids.size() + current.accounts.size());
        for (const Account& a : current.accounts) state.add_account(a.id);
    }
    std::stable_sort(tables.begin(), tables.end(), [](const PendingTable& a, const PendingTable& b) {
        return needs_account(a.report.entity) < needs_account(b.report.entity);
    });
    stage = Stage::coerce;
}

void ImportPlanner::State::coerce_step() {
    if (table == tables.size()) {
        stage = Stage::finish;
        return;
    }
    PendingTable& p = tables[table];
    if (p.report.mapping.complete()) {
        if (!coercion) coercion = start_coercion(p.table, p.report, p.report.options, state, plan);
        if (!coercion->step(kRowsPerStep)) return;
        coercion.reset();
        rows_done += p.table.rows();
    }
    reports.emplace_back(p.report.source, std::move(p.report));
    ++table;
}

void ImportPlanner::State::finish_step() {
    switch (finish_part++) {
    case 0: {
        // Reports in the order the files were given.
        std::stable_sort(reports.begin(), reports.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& r : reports) plan.files.push_back(std::move(r.second));
        std::stable_sort(plan.issues.begin(), plan.issues.end(), [&](const ImportIssue& a, const ImportIssue& b) {
            auto order = [&](const std::string& f) {
                for (size_t s = 0; s < sources.size(); ++s)
                    if (sources[s].name == f) return s;
                return sources.size();
            };
            const size_t fa = order(a.file), fb = order(b.file);
            return fa != fb ? fa < fb : a.line < b.line;
        });
        add_current_revenue(current, plan);
        return;
    }
    case 1:  // rows repeated within the import, a stretch at a time
        if (!repeats) repeats = std::make_unique<RepeatedRows>(plan.rows);
        if (!repeats->step(kRowsPerStep * 4)) --finish_part;
        else repeated = repeats->dropped(), repeats.reset();
        return;
    default: {
        std::string error;
        if (!count_rows(plan.rows, plan.mode, current, plan.counts, error)) plan.issues.push_back(file_issue("", 0, error));
        for (size_t e = 0; e < kImportEntityCount; ++e) plan.counts[e].skip += repeated[e];
        // The tables' text goes with the state; nothing in the plan views it.
        stage = Stage::done;
        return;
    }
    }
}

ImportPlanner::ImportPlanner(const Workspace& current, const std::vector<ImportSource>& sources, ImportMode mode,
                             Date today)
    : state_(std::make_unique<State>(current, sources)) {
    State& st = *state_;
    st.plan.mode = mode;
    st.plan.today = today;
    st.state.currency = current.settings.currency;
    st.texts.resize(sources.size());
    st.csvs.resize(sources.size());
    for (const ImportSource& s : sources) st.total_bytes += s.bytes.size();
}

ImportPlanner::~ImportPlanner() = default;
ImportPlanner::ImportPlanner(ImportPlanner&&) noexcept = default;
ImportPlanner& ImportPlanner::operator=(ImportPlanner&&) noexcept = default;

bool ImportPlanner::step() {
    State& st = *state_;
    switch (st.stage) {
    case State::Stage::read: st.read_step(); break;
    case State::Stage::prepare: st.prepare(); break;
    case State::Stage::coerce: st.coerce_step(); break;
    case State::Stage::finish: st.finish_step(); break;
    case State::Stage::done: break;
    }
    return st.stage == State::Stage::done;
}

bool ImportPlanner::done() const { return state_->stage == State::Stage::done; }

double ImportPlanner::progress() const {
    const State& st = *state_;
    // Reading (decode and parse) and coercing take about the same time on the files measured; the finish
    // (ordering, repeated rows, counts) about a tenth of the whole.
    double bytes = double(st.bytes_done);
    if (st.parsing) bytes += st.parsing->progress() * double(st.sources[st.source].bytes.size());
    const double read = st.total_bytes ? std::min(1.0, bytes / double(st.total_bytes)) : 1.0;
    double rows_done = double(st.rows_done);
    if (st.coercion) rows_done += st.coercion->progress() * double(st.tables[st.table].table.rows());
    const double rows = st.total_rows ? std::min(1.0, rows_done / double(st.total_rows))
                                      : (st.stage >= State::Stage::finish ? 1.0 : 0.0);
    if (st.stage == State::Stage::done) return 1.0;
    const double finish = double(st.finish_part) / 3.0;
    return 0.45 * read + 0.45 * rows + 0.1 * finish;
}

std::string ImportPlanner::activity() const {
    const State& st = *state_;
    switch (st.stage) {
    case State::Stage::read:
        return st.source < st.sources.size() ? "Reading " + st.sources[st.source].name : "Reading the files";
    case State::Stage::prepare: return "Mapping the columns";
    case State::Stage::coerce:
        return st.table < st.tables.size() ? "Checking the rows of " + st.tables[st.table].report.name : "Checking the rows";
    case State::Stage::finish:
        return st.finish_part == 0 ? "Ordering the issues" : st.finish_part == 1 ? "Finding repeated rows" : "Counting what would change";
    case State::Stage::done: return "Ready to review";
    }
    return {};
}

ImportPlan ImportPlanner::take() {
    while (!step()) {
    }
    return std::move(state_->plan);
}

ImportPlan build_import_plan(const Workspace& current, const std::vector<ImportSource>& sources, ImportMode mode,
                             Date today) {
    return ImportPlanner(current, sources, mode, today).take();
}

size_t ImportPlan::error_count() const {
    return size_t(std::count_if(issues.begin(), issues.end(), [](const ImportIssue& i) { return i.severity == IssueSeverity::error; }));
}
size_t ImportPlan::warning_count() const { return issues.size() - error_count(); }

std::string format_import_issue(const ImportIssue& i) {
    std::string out = i.file.empty() ? "import" : i.file;
    if (i.line) out += ":" + std::to_string(i.line);
    if (i.line && i.column) out += ":" + std::to_string(i.column);
    out += i.severity == IssueSeverity::error ? ": error: " : ": warning: ";
    out += i.message;
    if (!i.column_name.empty()) out += " (column \"" + i.column_name + "\")";
    return out;
}

}  // namespace retain
