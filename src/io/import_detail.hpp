// Pieces the import_*.cpp files share (see import_plan.hpp); not part of the interface.
#pragma once
#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "io/csv_parser.hpp"

#include "io/import_ids.hpp"
#include "io/import_plan.hpp"

namespace retain::import_detail {

// A file's rows as text, whatever it was written in: CSV fields view the decoded text, JSON values are
// kept in `owned` (a deque, so the views stay put).
struct RawTable {
    std::vector<std::string> headers;
    // Row-major, headers.size() per row, from `first_cell` on, as the CSV parser's 8-byte references
    // (csv_parser.hpp): for CSV the parser's own array, taken over with the header row left in front
    // (first_cell) rather than copied (at a million rows a copy is tens of MB written for nothing). A
    // reference marked CsvTable::kUnescaped is an index into `views`.
    std::string_view text;                // what CSV cells point into
    std::vector<CsvTable::FieldRef> cells;
    std::vector<std::string_view> views;  // cells that are not in `text`: unescaped CSV fields, JSON values
    size_t first_cell = 0;
    std::vector<size_t> lines;            // per row: its line (JSON: item number)
    size_t header_line = 1;
    std::deque<std::string> owned;

    size_t rows() const { return lines.size(); }
    std::string_view cell(size_t row, size_t column) const {
        const CsvTable::FieldRef f = cells[first_cell + row * headers.size() + column];
        return f.size == CsvTable::kUnescaped ? views[f.at] : std::string_view(text.data() + f.at, f.size);
    }
};

// Where a row with an id was first seen: the file (an index into ImportState::file_names) and its line.
// Kept as numbers, not as "file:line" text, because only a duplicate needs the text.
struct FirstSeen {
    uint32_t file = 0;
    size_t line = 0;
};

// Where each account of the import and of the current workspace can be found by id, domain and name,
// and the ids each entity's rows have used so far in this import.
// Accounts by id are one IdIndex of views (into the file's text, the current workspace, or `owned`) with
// what is known of each id beside it: an accounts row costs one insertion and a child row one lookup,
// neither allocating. The domain and name keys are made only when a child file names accounts that way
// (accounts files come first, so by then every account of the import is known).
struct ImportState {
    struct AccountEntry {
        AccountIx staged = kNoAccount;  // its index in StagedRows::account_ids, once a row uses it
        bool named = false;             // rows may name it: an account of the import, or of the workspace
        bool seen = false;              // an accounts row of the import had this id, first at `first`
        FirstSeen first;
    };
    IdIndex ids;
    std::vector<AccountEntry> accounts;  // per number of `ids`
    std::deque<std::string> owned;       // ids that have no stable text elsewhere (constants, JSON documents)
    const Workspace* current = nullptr;
    bool current_named = false;          // the workspace's accounts may be named (not replaced)
    // Domain and name keys -> number of `ids`; later accounts win (the import's over the workspace's).
    std::unordered_map<std::string, uint32_t> by_domain, by_name;
    bool keyed_current = false;
    size_t keyed_staged = 0;             // StagedRows::accounts already keyed
    std::array<std::unordered_map<std::string, FirstSeen>, kImportEntityCount> seen_ids;  // not accounts
    std::vector<std::string> file_names;  // of FirstSeen::file
    std::string currency;  // the workspace's

    uint32_t entry(std::string_view stable_id);  // the id's number, added when new
    // Marks an account of the import (or of the workspace) as one rows may name; its number.
    uint32_t add_account(std::string_view stable_id);
    std::string_view keep(std::string_view id);  // a copy that lives as long as the state
    AccountIx stage(uint32_t number, StagedRows& rows);  // its index in rows.account_ids, added when new
    void key_domains_and_names(const StagedRows& rows);
};
std::string name_key(std::string_view name);  // case and spacing ignored
std::string domain_key(std::string_view text); // a website or e-mail reduced to its lower-case host

// Coerces every row of `table` (already mapped) into plan.rows, reporting into plan.issues, in steps:
// step(n) handles about n rows (detecting the date and money formats over all rows comes first, then
// the rows are read); true when the table is done. Everything given must outlive it.
struct TableCoercion {
    virtual ~TableCoercion() = default;
    virtual bool step(size_t rows) = 0;
    virtual double progress() const = 0;  // 0..1
};
std::unique_ptr<TableCoercion> start_coercion(const RawTable& table, FileReport& report, const ImportOptions& options,
                                              ImportState& state, ImportPlan& plan);

// Drops the dated rows equal to one earlier in their table (they would be skipped as exact duplicates
// anyway: done once when planning, so that neither the count nor the commit hashes them again); how many
// per entity.
std::array<size_t, kImportEntityCount> drop_repeated_rows(StagedRows& rows);
// The same in steps of about `rows` rows (a million usage rows are a tenth of a second in wasm): true
// when every table is done. `rows` must outlive it.
class RepeatedRows {
public:
    explicit RepeatedRows(StagedRows& rows);
    ~RepeatedRows();
    bool step(size_t rows);
    std::array<size_t, kImportEntityCount> dropped() const { return dropped_; }
    struct Table {
        virtual ~Table() = default;
        virtual bool step(size_t rows) = 0;
        virtual size_t dropped() const = 0;
    };

private:
    std::vector<std::pair<ImportEntity, std::unique_ptr<Table>>> tables_;
    size_t current_ = 0;
    std::array<size_t, kImportEntityCount> dropped_{};
};

// Feedback rows (import_feedback.cpp): items name accounts by id and get their ids at commit, so they
// are compared and appended apart from the account-indexed tables. Equal = same account, date, kind,
// title, detail, area and competitor.
size_t drop_repeated_feedback(std::vector<StagedFeedback>& rows);
void append_feedback(const std::vector<StagedFeedback>& rows, Workspace& ws, const std::vector<AccountIx>& account_of,
                     EntityCounts& counts);

// What append_feedback would count, the workspace's items given as `existing` (none when replaced).
void count_feedback(const std::vector<StagedFeedback>& rows, const std::vector<FeedbackItem>& existing,
                    const std::vector<std::string>& account_ids, EntityCounts& counts);

// What apply_rows would count and whether it would fail, worked out without changing or copying the
// workspace: the plan's counts, and the check that lets the commit apply in place. Relies on
// ws.account_index being current (the workspace keeps it so). A unit test holds it to apply_rows.
bool count_rows(const StagedRows& rows, ImportMode mode, const Workspace& ws,
                std::array<EntityCounts, kImportEntityCount>& counts, std::string& error);

// Applies the staged rows to `ws` in place, counting what it does. False with `error` set on failure
// (then `ws` is half-changed: callers work on a copy). `sort` false leaves the dated tables in append
// order: for a dry run that wants only the counts. `take_accounts` (the rows themselves, when the caller
// is done with them): new accounts are moved from it instead of copied.
bool apply_rows(const StagedRows& rows, ImportMode mode, Workspace& ws,
                std::array<EntityCounts, kImportEntityCount>& counts, std::string& error, bool sort = true,
                StagedRows* take_accounts = nullptr);

}  // namespace retain::import_detail
