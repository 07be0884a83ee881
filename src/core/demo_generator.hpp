// A deterministic demo workspace: "Northwind Analytics", a fictional B2B analytics SaaS company with a
// customer success team, two years of revenue, product usage, support and voice-of-customer data.
//
// Why deterministic: the committed assets/demo-workspace.json is checked against a fresh generation, tests
// state properties of it, and the page and the CLI must show the same numbers. So the generator uses its
// own small PRNG (splitmix64) and plain arithmetic only — no std:: distributions and no libm functions,
// whose results differ between standard libraries — and the output is byte-identical natively and in wasm.
// The same code makes benchmark-sized workspaces (100,000 accounts) with the same proportions.
#pragma once
#include <cstdint>

#include "core/workspace.hpp"

namespace retain {

struct DemoOptions {
    int32_t accounts = 250;       // 0 .. any; names get numeric suffixes once the word lists run out
    uint64_t seed = 20261115;
    Date end = Date::from_ymd(2026, 11, 15);  // becomes settings.as_of; no event is dated after it
    int32_t months = 24;          // months of MRR, usage and activity history, ending with end's month
};

// The story, so the data reads like a real book of business:
//  - segments Enterprise ~10% / Mid-market ~30% / SMB ~60%, each with its own plans, seat counts,
//    price per seat, CSM coverage (enterprise CSMs own enterprise accounts, most SMB accounts are pooled);
//  - contracts started up to four years before the window; renewals are annual from contract_start;
//  - enterprise and mid-market accounts churn at a renewal, SMB accounts in any month; ~8-15% logo churn a
//    year; some churned accounts come back months later (reactivations, tagged "win-back");
//  - usage falls over the ~2-4 months before most churns, champions leaving precede some of them, and
//    struggling accounts open more tickets and give lower survey scores. A few accounts that will churn
//    shortly after `end` are still active and already declining: the at-risk accounts of the demo.
// Invalid options are clamped (negative accounts -> 0, months -> 1..120, an empty end -> the default).
Workspace generate_demo(const DemoOptions& options = DemoOptions{});

}  // namespace retain
