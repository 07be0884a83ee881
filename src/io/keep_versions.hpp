// How many stored versions a save keeps when the browser's space is short. A save keeps the last
// kKeptVersions (the new one included) as a rule; when navigator.storage.estimate() says the new version
// would not fit beside them, the oldest are deleted in the same transaction, one at a time, until it would
// (the newest earlier version goes last: it is what a damaged head is restored from). Deleting in the save's
// own transaction keeps it atomic: a failed save deletes nothing. Pure arithmetic over what the page knows.
#pragma once
#include <cstdint>
#include <vector>

namespace retain {

// Bytes a version takes in IndexedDB beyond its own: keys, the header, the browser's bookkeeping. A save
// counts on this fraction more than its bytes.
constexpr double kStoredOverhead = 0.10;

struct KeepPlan {
    int keep = 0;               // versions kept after the save, the new one included (1 .. wanted)
    int dropped_early = 0;      // versions deleted for space that the rule of `wanted` would have kept
    bool fits = true;           // the estimate says the save fits with `keep` (false: it may fail for quota)
};

// `stored_bytes`: the kept versions' sizes, oldest first. `usage` and `quota` from the estimate; a negative
// or zero quota (not known) keeps `wanted`.
KeepPlan plan_kept_versions(const std::vector<uint64_t>& stored_bytes, uint64_t next_bytes, double usage, double quota,
                            int wanted);

}  // namespace retain
