// What happened at a renewal, as the CSM records it (docs/workspace-format.md "renewal_outcomes"): the
// MRR series says whether an account kept paying, but not why, nor whether the new contract is bigger or
// smaller than the old one before billing shows it. Recorded outcomes keep that, by account id and the
// renewal's date (one outcome per renewal).
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "core/date.hpp"
#include "core/money.hpp"

namespace retain {

enum class RenewalResult : uint8_t { renewed, expanded, contracted, churned };
constexpr int kRenewalResultCount = 4;

struct RenewalOutcome {
    std::string account;        // Account::id
    Date renewal;               // the renewal date it answers (renewal_between's date)
    RenewalResult result = RenewalResult::renewed;
    std::optional<Money> arr;   // the new contract's ARR, when known
    std::string reason;         // why: "budget cut", "expanded to the EU team", ...
    Date recorded;              // the as-of date it was recorded on
};

const char* to_string(RenewalResult r);
bool parse_enum(const std::string& text, RenewalResult& out);
// Whether the customer stays (renewed, expanded, contracted) or leaves (churned).
inline bool kept(RenewalResult r) { return r != RenewalResult::churned; }

}  // namespace retain
