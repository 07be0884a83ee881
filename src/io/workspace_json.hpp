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
