// The workspace file: one JSON document, {"schema": "retain.workspace", "version": 1, ...}, described field
// by field in docs/workspace-format.md. It is what the page saves and loads, what the CLI writes, and
// what assets/demo-workspace.json is.
//
// - Saving is deterministic: the same workspace always gives the same bytes, so load -> save is a fixed
//   point and files diff well (one account or one row per line).
// - Loading never throws and never leaves `out` half-changed: it decodes into a fresh Workspace and moves
//   it into `out` only when the whole document is valid. Errors name the place and the problem:
//   `accounts[12].renewal_date: expected a date YYYY-MM-DD, got "2023-02-30"`.
// - Older versions are upgraded on load by migration steps (workspace_json_migrate.cpp).
//
// The code, by job: workspace_json_schema.hpp (every key, shared by writer and reader), _writer.cpp with
// _out.hpp (saving), _reader.cpp (loading: the streaming parse), _document (the top level and the tree
// path), _migrate.cpp, _objects.cpp and _tables.cpp (records), _values (single values and messages).
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "core/workspace.hpp"

namespace retain {

constexpr const char* kWorkspaceSchema = "retain.workspace";
constexpr int kWorkspaceFormatVersion = 4;  // the version this build writes and the newest it reads

std::string save_workspace_json(const Workspace& ws);

// What save_workspace_json writes. Without records, accounts, contacts, the dated tables and the tasks are
// written empty (tasks, feedback and notes: left out): the part of a workspace the browser snapshot keeps as JSON (io/workspace_snapshot.hpp).
struct WorkspaceWriteOptions {
    bool records = true;
};
std::string save_workspace_json(const Workspace& ws, const WorkspaceWriteOptions& options);

// The same text written a slice at a time, so the page can draw between slices: at 100,000 accounts the
// file is hundreds of megabytes and takes seconds (issue 9: never block much more than ~100 ms). step()
// writes about `budget` values (a record written field by field counts its fields; one built as a small
// JSON object and dumped, like a success plan, counts kTreeRecordCost) and says whether the text is
// complete. The text is the same wherever the slices fall. The workspace must not change between steps:
// the caller drops the writer when it does.
class WorkspaceJsonWriter {
public:
    // What one dumped record costs in budget values: about what that many column values take to write.
    static constexpr size_t kTreeRecordCost = 256;

    explicit WorkspaceJsonWriter(const Workspace& ws, const WorkspaceWriteOptions& options = WorkspaceWriteOptions{});
    ~WorkspaceJsonWriter();
    WorkspaceJsonWriter(const WorkspaceJsonWriter&) = delete;
    WorkspaceJsonWriter& operator=(const WorkspaceJsonWriter&) = delete;

    // Lowers `budget` by what it wrote (at least one record's cost, so every call makes progress).
    bool step(size_t& budget);
    bool done() const;
    double progress() const;  // 0..1, by budget values written
    size_t total_cost() const;  // the budget values the whole text takes
    std::string take();       // the text (all of it once done()); the writer is empty after
    size_t bytes() const;     // written so far

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// On success replaces `out` (reindexed, rows sorted) and returns true; on failure leaves `out` untouched,
// sets `error` to one line saying what to fix, and returns false.
bool load_workspace_json(std::string_view text, Workspace& out, std::string& error);

// How load_workspace_json treats a document of a version newer than kWorkspaceFormatVersion. By default it
// is refused. With accept_newer it is read as this version (a newer Retain that only added optional keys
// reads fine; a key this build does not know still fails): the browser storage opens such a workspace
// read-only rather than not at all (docs/workspace-format.md, "Browser storage").
struct WorkspaceReadOptions {
    bool accept_newer = false;
};
bool load_workspace_json(std::string_view text, Workspace& out, std::string& error, const WorkspaceReadOptions& options);

}  // namespace retain
