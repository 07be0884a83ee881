// The workspace as the browser stores it: a binary snapshot, not the JSON file.
//
// Why: at 100,000 accounts the workspace JSON is hundreds of MB and takes seconds to write and to parse,
// which the page cannot afford on every autosave (issue 8, docs/performance.md). The snapshot keeps the
// bulk of the data — accounts, contacts, the dated tables and the tasks — as typed columns (fixed-width numbers,
// length-prefixed text, enums by a per-column dictionary of their names), and everything else (settings,
// scorecard, playbooks, tasks, and whatever later parts the workspace grows) as the workspace JSON written
// with those records left empty. So the JSON format stays the one definition of every small part, and the
// snapshot follows the same field list (io/workspace_json_schema.hpp) for the big ones.
//
// Layout (docs/workspace-format.md, "Browser storage"):
//   "RETAINWS" | u32 layout | u64 n | n bytes of JSON (records empty) | parts
//   part   = text name | varint records | varint fields | field...
//   field  = text name | u8 type | u64 bytes | the column: one value per record
// Columns are found by name, so a field added to the schema later reads as its default from an older
// snapshot; an unknown name is an error, as in the JSON.
//
// Loading never throws and never leaves `out` half-changed; a damaged snapshot gives one line saying
// where it stops making sense. The stored record's checksum (io/storage_record.hpp) catches damage first.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/workspace.hpp"
#include "io/workspace_json.hpp"

namespace retain {

// 1: feedback and notes in the JSON part; 2: as columns after the tasks.
constexpr uint32_t kSnapshotLayout = 2;

// The snapshot cut into consecutive parts of part_bytes each (the last one shorter): what the browser
// stores, one IndexedDB record a part, so no single value nears Chromium's 127 MiB limit and no copy of
// the whole snapshot is ever held in one piece (docs/performance.md, "Browser storage").
constexpr size_t kSnapshotPartBytes = size_t(4) << 20;
std::vector<std::string> save_workspace_snapshot_parts(const Workspace& ws, size_t part_bytes = kSnapshotPartBytes);

// The same parts written a slice at a time, so the page can draw between slices: at 100,000 accounts the
// whole snapshot takes seconds, and a save must not freeze the page that long (issues 8 and 9). step()
// writes about `budget` values (one row's field each, the JSON part as WorkspaceJsonWriter counts them;
// part headers go whole) and says whether the snapshot is complete. The bytes are the same wherever the
// slices fall. The workspace must not change between steps: the caller drops the writer when it does,
// and a table whose size changed marks the writer stale() (done, with parts that must not be stored).
class SnapshotWriter {
public:
    explicit SnapshotWriter(const Workspace& ws, size_t part_bytes = kSnapshotPartBytes);
    ~SnapshotWriter();
    SnapshotWriter(const SnapshotWriter&) = delete;
    SnapshotWriter& operator=(const SnapshotWriter&) = delete;

    bool step(size_t budget);
    bool done() const;
    bool stale() const;
    double progress() const;  // 0..1, by values written
    // The parts written (all of them once done()); the writer is empty after.
    std::vector<std::string> take_parts();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};
// The same bytes in one string (files the CLI writes, tests).
std::string save_workspace_snapshot(const Workspace& ws);

// Whether `bytes` start like a snapshot (rather than workspace JSON text).
bool is_workspace_snapshot(std::string_view bytes);

bool load_workspace_snapshot(std::string_view bytes, Workspace& out, std::string& error,
                             const WorkspaceReadOptions& options = {});

// The same reading a piece at a time, so the page can draw between pieces: at 100,000 accounts the whole
// of it holds the page for a third of a second (issue 9). A step reads the settings, one part's header,
// one column, or puts the account index or the rows' order right. The bytes must outlive the reader.
class SnapshotReader {
public:
    explicit SnapshotReader(std::string_view bytes, const WorkspaceReadOptions& options = {});
    ~SnapshotReader();
    SnapshotReader(const SnapshotReader&) = delete;
    SnapshotReader& operator=(const SnapshotReader&) = delete;

    void step();
    bool done() const;        // read, or stopped at damage
    double progress() const;  // 0..1, by bytes read
    // Runs what is left, then: true with the workspace in `out`, or false with one line in `error`
    // (`out` untouched).
    bool finish(Workspace& out, std::string& error);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// A workspace file of either kind, told apart by its first bytes: the CLI reads a snapshot the page's
// Data > Storage exported as it reads the JSON file.
bool load_workspace_file_bytes(std::string_view bytes, Workspace& out, std::string& error);

}  // namespace retain
