// The demo's voice of the customer: feedback items and account notes for the generated accounts, read
// from the story the data already tells (segment, owner, churn, the "at-risk" tag), so the product board
// has popular requests, some asked for mostly by red and yellow accounts, and competitor mentions come
// from struggling accounts. Deterministic like the rest of the demo (demo_random.hpp).
#pragma once
#include <cstdint>

#include "core/workspace.hpp"

namespace retain {

// Appends feedback items ("FB-1", ...) and notes ("N-1", ...) dated within the year before as_of.
void add_demo_voice(Workspace& ws, uint64_t seed);

}  // namespace retain
