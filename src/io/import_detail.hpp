// Pieces the import_*.cpp files share (see import_plan.hpp); not part of the interface.
#pragma once
#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "io/import_plan.hpp"

namespace retain::import_detail {

// A file's rows as text, whatever it was written in: CSV fields view the decoded text, JSON values are
// kept in `owned` (a deque, so the views stay put).
struct RawTable {
    std::vector<std::string> headers;
    // Row-major, headers.size() per row, from `first_cell` on. For CSV this is the parser's own array,
    // taken over with the header row left in front (first_cell) rather than copied: at a million rows
    // a copy of the views is a hundred MB written for nothing.
    std::vector<std::string_view> cells;
    size_t first_cell = 0;
    std::vector<size_t> lines;            // per row: its line (JSON: item number)
    size_t header_line = 1;
    std::deque<std::string> owned;

    size_t rows() const { return lines.size(); }
    std::string_view cell(size_t row, size_t column) const { return cells[first_cell + row * headers.size() + column]; }
};

// Where a row with an id was first seen: the file (an index into ImportState::file_names) and its line.
// Kept as numbers, not as "file:line" text, because only a duplicate needs the text.
struct FirstSeen {
    uint32_t file = 0;
    size_t line = 0;
};

// Where each account of the import and of the current workspace can be found by id, domain and name,
// and the ids each entity's rows have used so far in this import.
struct ImportState {
    std::unordered_map<std::string, std::string> by_id, by_domain, by_name;  // key -> account id
    std::array<std::unordered_map<std::string, FirstSeen>, kImportEntityCount> seen_ids;
    std::vector<std::string> file_names;  // of FirstSeen::file
    std::string currency;  // the workspace's
    void add_account(const Account& a);
};
std::string name_key(std::string_view name);  // case and spacing ignored
std::string domain_key(std::string_view text); // a website or e-mail reduced to its lower-case host

// Coerces every row of `table` (already mapped) into plan.rows, reporting into plan.issues.
void coerce_table(const RawTable& table, FileReport& report, const ImportOptions& options, ImportState& state,
                  ImportPlan& plan);

// Adds an account id to rows.account_ids (once) and returns its index.
AccountIx staged_account(StagedRows& rows, const std::string& id);

// Applies the staged rows to `ws` in place, counting what it does. False with `error` set on failure
// (then `ws` is half-changed: callers work on a copy). `sort` false leaves the dated tables in append
// order: for a dry run that wants only the counts.
bool apply_rows(const StagedRows& rows, ImportMode mode, Workspace& ws,
                std::array<EntityCounts, kImportEntityCount>& counts, std::string& error, bool sort = true);

}  // namespace retain::import_detail
