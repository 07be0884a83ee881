// Import as a transaction (issue 3 point 6): files in, a plan out, and only then, when the user confirms,
// the workspace changes. build_import_plan() reads every file, says what it found and what it would do,
// and reports every problem; commit_import() applies the plan all or nothing.
//
// For each file (import_source.cpp):
//   decode (text_decode.hpp: the encoding is reported) -> parse: CSV (csv_parser.hpp), a workspace JSON
//   document (workspace_json.hpp), or JSON holding an array of objects, or an object whose keys are entity
//   names and whose values are such arrays (each object's keys stand for CSV headers, so the same mapping
//   applies) -> route to an entity (entity_routing.hpp; ImportSource::entity overrides) -> map columns
//   (auto_map, or the source's preset or edited mapping).
// Then each row is coerced (import_rows.cpp): date and money formats are decided per column by the
// detectors of value_parse.hpp (an ambiguous order is a warning quoting the detector; an inconsistent
// column is an error), every cell is parsed, and the row is validated: required fields, impossible
// values (negative seats or money, an end before its start, NPS outside 0-10, CSAT 1-5, CES 1-7),
// duplicate ids within the import, and its account reference (id, else domain, else name, else the
// e-mail's domain, looked up in the accounts of the import and of the current workspace — in replace
// mode with an accounts file, only in the import's).
// A row with an error is left out of the plan and the error is reported; nothing is dropped silently.
// Problems are ImportIssues; for JSON arrays `line` is the 1-based item number.
//
// Accounts files: columns mapped to no field become custom fields; a current MRR (or ARR, a yearly
// subscription whose twelfth is the MRR) becomes one subscription period from the contract start, or
// from `today` when none, for accounts that get no subscription or MRR rows from the import or the
// workspace (issue 3 point 1). Usage files: unmapped numeric columns are key-feature counts ("feature:x"
// headers, as export writes them, name feature "x").
//
// Commit (import_commit.cpp): merge updates accounts by id — the fields a file has overwrite, the others
// stay — and appends dated rows, skipping exact duplicates of rows already there or earlier in the import;
// replace makes the imported entities' rows the workspace's rows of those entities (an imported accounts
// file in replace mode replaces the accounts, and every row of other entities pointing to a dropped
// account goes with it). The plan's counts come from count_rows (import_detail.hpp), which works out
// what the commit would do without doing it; the commit runs it again as its check and then applies in
// place. (Rows repeated within the import are dropped from the plan's rows when planning and counted as
// skipped there, so the commit compares staged rows only with the workspace's, and not at all when its
// table is empty.)
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/workspace.hpp"
#include "io/column_mapping.hpp"
#include "io/mapping_presets.hpp"
#include "io/value_parse.hpp"

namespace retain {

enum class ImportMode : uint8_t { merge, replace };
enum class IssueSeverity : uint8_t { error, warning };

struct ImportIssue {
    std::string file;
    size_t line = 0;          // 1-based line of the file (JSON: item number); 0 = the whole file
    size_t column = 0;        // 1-based column; 0 = the whole row or file
    std::string column_name;  // the column's header, when there is one
    std::string value;        // the cell as written, when one cell is at fault
    std::string message;      // what was expected
    IssueSeverity severity = IssueSeverity::error;
};

// "file:line:column: error: message" (parts that are 0 are left out), the way compilers print them.
std::string format_import_issue(const ImportIssue& issue);

struct ImportOptions {
    DateFormat when_ambiguous = DateFormat::month_first;  // day/month order when no value decides it
    DecimalMark decimal = DecimalMark::point;              // decimal mark when no value decides it
    bool money_in_minor_units = false;                     // amounts are cents (Stripe's `amount`)
};

// How a file is mapped, first that applies: the edited `mapping`; the `preset`; when neither is given nor
// `entity`, a preset of the workspace's own (Workspace::mapping_presets) that fits the headers, else a
// built-in one that does; otherwise auto-mapping to `entity` or to the entity the router picks. A preset's day_first / decimal_comma, when
// set, decide over `options`.
struct ImportSource {
    std::string name;   // shown in every issue
    std::string bytes;  // the whole file
    std::optional<ImportEntity> entity;   // overrides routing
    std::optional<MappingPreset> preset;  // applied to the headers (its entity overrides routing)
    std::optional<ColumnMapping> mapping; // the user's edited mapping; wins over preset and auto_map
    ImportOptions options;
};

struct ImportPreviewRow {
    size_t line = 0;
    std::vector<std::string> values;  // parallel to FileReport::preview_fields, as the cells were written
};

// What one file (or one entity array of a JSON file) holds and how it was read.
struct FileReport {
    size_t source = 0;     // index of the ImportSource it came from (a JSON file may give several reports)
    std::string name;
    std::string encoding;  // "UTF-8", "Windows-1252", ...
    std::string format;    // "CSV (delimiter ',')", "JSON objects", "workspace JSON"
    ImportEntity entity = ImportEntity::accounts;
    std::string routing;   // why this entity ("chosen by --entity", or the router's reason)
    std::string preset;    // the name of the preset that mapped it, "" when none did
    ImportOptions options; // the options the values were read with (the source's, or its preset's)
    bool routing_ambiguous = false;
    std::vector<std::string> headers;
    std::vector<std::string> examples;  // per column, its first non-blank cell (for the mapping editor)
    ColumnMapping mapping;            // empty for workspace JSON
    std::vector<std::string> notes;   // mapping notes, formats chosen per column
    size_t rows = 0;          // data rows read
    size_t rows_rejected = 0; // left out for an error
    std::vector<std::string> preview_fields;  // field keys (or "custom:Header") of the mapped columns
    std::vector<ImportPreviewRow> preview;    // the first kPreviewRows rows
};
constexpr size_t kPreviewRows = 20;

struct EntityCounts {
    size_t add = 0;
    size_t update = 0;  // accounts only: an existing id
    size_t skip = 0;    // duplicates of rows already there
    size_t remove = 0;  // replace: rows of the workspace that go
};

// The rows to apply. Child rows' `account` indexes `account_ids` (not the workspace); usage rows'
// feature_uses index `key_features`.
// A feedback row as staged: `account` indexes StagedRows::account_ids (the item names accounts by id only
// once committed); the item's id is given at commit, after the workspace's own.
struct StagedFeedback {
    AccountIx account = kNoAccount;
    FeedbackItem item;
};

struct StagedRows {
    std::vector<std::string> account_ids;  // once each
    std::vector<std::string> key_features;
    std::vector<Account> accounts;
    std::vector<uint32_t> account_fields;  // per account: bit i = field i of the accounts catalog was given
    std::vector<Csm> csms;
    std::vector<Contact> contacts;
    std::vector<SubscriptionPeriod> subscriptions;
    std::vector<MrrSnapshot> mrr;
    std::vector<UsageSample> usage;
    std::vector<Ticket> tickets;
    std::vector<SurveyResponse> surveys;
    std::vector<Touchpoint> touchpoints;
    std::vector<StagedFeedback> feedback;
    std::array<bool, kImportEntityCount> present{};  // which entities the import brings (replace acts on these)
    // Accounts files' current MRR / ARR, per account (`account` indexes account_ids); they become
    // subscriptions at the end of planning for accounts that get no other revenue rows.
    std::vector<SubscriptionPeriod> current_revenue;
};

struct ImportPlan {
    ImportMode mode = ImportMode::merge;
    Date today;
    std::vector<FileReport> files;
    std::vector<ImportIssue> issues;  // file order, then line order within a file
    std::array<EntityCounts, kImportEntityCount> counts{};
    StagedRows rows;
    // A plan with errors is committed only when the user accepts leaving the rejected rows out.
    bool skip_bad_rows = false;

    size_t error_count() const;
    size_t warning_count() const;
};

ImportPlan build_import_plan(const Workspace& current, const std::vector<ImportSource>& sources, ImportMode mode,
                             Date today);

// The same plan made in steps, for a page that must keep drawing while a large import is read: each
// step() is a small piece of work (a stretch of a file parsed, a few thousand rows coerced: a fraction of
// a millisecond to a few), and the plan is the one build_import_plan() gives, however it was stepped
// through (a unit test holds it to that). The workspace and the sources must outlive the planner
// unchanged: a caller whose workspace or sources change starts a new one.
class ImportPlanner {
public:
    ImportPlanner(const Workspace& current, const std::vector<ImportSource>& sources, ImportMode mode, Date today);
    ~ImportPlanner();
    ImportPlanner(ImportPlanner&&) noexcept;
    ImportPlanner& operator=(ImportPlanner&&) noexcept;

    bool step();                 // true when the plan is complete
    bool done() const;
    double progress() const;     // 0..1
    std::string activity() const;  // what it is doing: "Reading usage.csv", "Checking the rows of ..."
    ImportPlan take();           // finishes the plan if need be; once

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Applies the plan to a copy of `ws` and swaps it in only when everything succeeded: on failure `ws` is
// exactly as it was and `error` says why (errors in the plan and skip_bad_rows unset; an account the
// rows name that `ws` no longer has; two accounts with one id).
bool commit_import(const ImportPlan& plan, Workspace& ws, std::string& error);
// Whether commit_import would succeed, without changing anything: its checks alone (false with `error`
// set, the same error). The app uses it to let go of the imported files' bytes before the commit grows
// the workspace, only once nothing can make it keep them for another try.
bool import_would_commit(const ImportPlan& plan, const Workspace& ws, std::string& error);
// The app's commit, right after import_would_commit passed for this plan and workspace: its checks are
// not run again, and the staged accounts are moved into the workspace, not copied (the plan is spent;
// its counts stay). At 100,000 accounts the checks and the copies were a third of the commit, which
// holds the page (issue 9 point 4).
bool commit_checked_import(ImportPlan& plan, Workspace& ws, std::string& error);

}  // namespace retain
