// One stored version of the workspace in the browser's IndexedDB (web/retain_storage.js): the workspace
// as a binary snapshot (io/workspace_snapshot.hpp; records of earlier builds hold its JSON text) plus a
// small header written with it, so that a reader can tell a complete record from a
// damaged one and a record this build understands from one a newer Retain wrote. The header's keys and
// the database layout are in docs/workspace-format.md ("Browser storage").
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/workspace_json.hpp"

namespace retain {

constexpr int kKeptVersions = 5;  // saved versions kept in storage; older ones are deleted by each save

// One part of a record stored in several (web/retain_storage.js writes each as its own IndexedDB record,
// all in the save's one transaction): its length and CRC-32, checked one by one on load.
struct RecordPart {
    uint64_t bytes = 0;
    uint32_t crc32 = 0;
};

struct StoredRecordHeader {
    std::string schema;          // kWorkspaceSchema
    int64_t format_version = 0;  // the workspace JSON's "version"
    // How the bytes hold the workspace: "snapshot" (what this build writes) or "json" (earlier builds'
    // records, which carry no "encoding" key).
    std::string encoding = "json";
    uint64_t bytes = 0;          // length of the stored bytes (all parts together)
    uint32_t crc32 = 0;          // CRC-32 (IEEE 802.3, as zip and PNG) of the stored bytes; with parts, of the first
    std::vector<RecordPart> parts;  // empty: one part (the record's `data`); else every part in order, 2 or more
    std::string name;            // the workspace's name and account count, for the versions list
    uint64_t accounts = 0;
};

uint32_t crc32(std::string_view data);

constexpr const char* kSnapshotEncoding = "snapshot";
constexpr const char* kJsonEncoding = "json";

// The header of `data`, a workspace this build saved in `encoding`.
StoredRecordHeader make_record_header(std::string_view data, std::string name, uint64_t accounts,
                                      std::string encoding = kSnapshotEncoding);
// The header of a snapshot stored in consecutive parts (io/workspace_snapshot.hpp); one part is the above.
StoredRecordHeader make_parts_header(const std::vector<std::string>& parts, std::string name, uint64_t accounts);
// The same from each part's length and CRC-32, computed beforehand (a few parts a frame, in the page).
StoredRecordHeader make_parts_header(const std::vector<RecordPart>& sums, std::string name, uint64_t accounts);

nlohmann::json record_header_json(const StoredRecordHeader& h);
// Reads a header back; false with `error` when a key is missing or of the wrong type (a damaged record).
bool parse_record_header(const nlohmann::json& j, StoredRecordHeader& out, std::string& error);

enum class RecordVerdict : uint8_t { ok, damaged, newer };

struct RecordCheck {
    RecordVerdict verdict = RecordVerdict::ok;
    std::string message;  // empty when ok; otherwise what is wrong, to follow "the record is" / "was"
};

// Whether `data` is the bytes the header describes, and whether this build's format covers it. A damaged
// record wins over a newer one: a newer record is only opened (read-only) when it is intact. For a record
// in parts, `data` is the parts read back one after another and `stored_parts` their lengths as found
// (empty: as the header says), so a missing, cut or changed part is named.
RecordCheck check_record(const StoredRecordHeader& h, std::string_view data, const std::vector<uint64_t>& stored_parts = {});

// The same a step at a time (the sizes, then one part's checksum a step), so a page reading a large record
// draws between the steps. The header and the bytes must outlive the checker.
class RecordChecker {
public:
    RecordChecker(const StoredRecordHeader& h, std::string_view data, std::vector<uint64_t> stored_parts = {});
    bool step();  // true once the check is done
    double progress() const;
    const RecordCheck& result() const { return result_; }  // once done

private:
    bool finish(RecordCheck result);

    const StoredRecordHeader& h_;
    std::string_view data_;
    std::vector<uint64_t> stored_;
    size_t next_ = 0;  // 0: the sizes; k: part k's checksum
    size_t at_ = 0;    // where the next part starts
    bool done_ = false;
    RecordCheck result_;
};

// Reads the workspace out of a record check_record passed, by its encoding (io/workspace_json.hpp or
// io/workspace_snapshot.hpp); on failure leaves `out` untouched and says why in `error`.
bool load_record_workspace(const StoredRecordHeader& h, std::string_view data, Workspace& out, std::string& error,
                           const WorkspaceReadOptions& options);

// One entry of the versions list kept beside the records (newest last).
struct StoredVersion {
    int64_t id = 0;
    double saved_at_ms = 0;  // Unix time in milliseconds, from the browser's clock
    std::string saved_at_text;  // the same, as the browser shows local time
    StoredRecordHeader header;
};

// Parses the versions list the storage reports; entries that are not objects with a whole id are
// skipped (a damaged list still shows what it can). Sorted by id, oldest first.
std::vector<StoredVersion> parse_versions(const nlohmann::json& list);

// The version a damaged head should be restored from: the newest one older than `head`, or 0 when none.
int64_t previous_version(const std::vector<StoredVersion>& versions, int64_t head);

}  // namespace retain
