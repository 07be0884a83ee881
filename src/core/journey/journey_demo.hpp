// The demo workspace's journey records (core/demo_generator.cpp calls it last): stage dates for the
// active accounts, milestones recorded on the newer ones, sales-to-CS handoffs (some incomplete) and
// 30-60-90 success plans for the newest, so the Journey view and the account panel have a story to show.
// Deterministic: every choice is a hash of the account's id and the seed, never a clock.
#pragma once
#include <cstdint>

#include "core/workspace.hpp"

namespace retain {

// Needs accounts, contacts and usage in place (reads contract starts, stages, first values, champions).
void add_demo_journey(Workspace& ws, uint64_t seed, Date end);

}  // namespace retain
