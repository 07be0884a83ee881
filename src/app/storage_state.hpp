// What the app knows about the browser storage that keeps its workspace (web/retain_storage.js): whether
// saving is on and why not, the versions kept, the autosave schedule, the space used. Changed only by the
// storage commands and events (storage_commands.cpp, storage_events.cpp).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "io/save_schedule.hpp"
#include "io/storage_record.hpp"

namespace retain {

class SnapshotWriter;  // io/workspace_snapshot.hpp
struct RecordLoad;     // storage_events.cpp

enum class StorageMode : uint8_t {
    starting,     // the stored workspace is being read; nothing is saved yet
    unavailable,  // this browser gives no storage (private window, blocked): the workspace lives in the tab
    ready,        // autosave on
    read_only,    // the stored workspace is of a newer format: saving would lose what this build cannot read
    damaged,      // the newest stored version is damaged: saving waits for a restore or a start over
    conflict,     // another tab saved a newer version while this one has unsaved changes: the user chooses
};

struct StorageState {
    StorageMode mode = StorageMode::starting;
    SaveSchedule schedule;
    bool startup_settled = false;  // the first workspace is open: from now on changes are saved
    bool from_address = false;     // the workspace came from ?data= and was not saved yet
    int64_t head = 0;              // the version this tab last opened or saved (0: nothing stored)
    int64_t remote_head = 0;       // conflict: the newer version another tab saved
    int64_t damaged_version = 0;   // damaged: the version that could not be read
    std::vector<StoredVersion> versions;  // kept versions, oldest first
    std::string problem;           // why saving is off, or why the last save failed (one sentence)
    bool save_failed = false;      // the last save failed (problem says why); the next change retries
    uint64_t failed_revision = 0;  // ...and this revision is not retried by itself
    bool quota_exceeded = false;
    std::string last_saved_text;   // local time of the last save this tab made or opened
    int persisted = -1;            // navigator.storage.persist(): -1 not answered, 0 refused, 1 granted
    double usage_bytes = -1;       // navigator.storage.estimate(); < 0 unknown
    double quota_bytes = -1;
    double last_save_ms = -1;      // what the last save cost in all (serializing, handing over), in slices or not
    double longest_slice_ms = -1;  // ...the longest one slice of writing held the page
    double last_handover_ms = -1;  // ...and handing the parts over (checksums, copies to JS)
    // A save being written in slices (SnapshotWriter), of this revision; dropped when the workspace
    // changes before it is done (the autosave then starts again), finished at once when the page is hidden.
    std::shared_ptr<SnapshotWriter> writer;
    uint64_t writer_revision = 0;
    // Then its parts, checksummed a few a frame (part_sums), and handed to the platform, which reads them
    // until it answers: they are kept here unchanged until then.
    std::vector<std::string> save_parts;
    std::vector<RecordPart> part_sums;
    bool summing = false;
    double writer_ms = 0;          // serializing time so far, over its slices
    bool writing() const { return writer != nullptr || summing; }  // a save is being made in this tab
    double last_load_ms = -1;      // how long reading the last stored record took (checksum and decoding)
    std::shared_ptr<RecordLoad> record_load;  // a record being read between frames (storage_advance_load)
    // Versions the last save kept (kKeptVersions unless space was short) and how many of the usual ones it
    // deleted early for space (io/keep_versions.hpp); shown in the Data view.
    int kept_limit = kKeptVersions;
    int dropped_for_space = 0;
    // Measured by each save (last_save_ms per workspace row); before the first, a cautious guess for wasm.
    double save_ms_per_row = 0.001;
};

}  // namespace retain
