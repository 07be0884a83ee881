// Whether a touchpoint got an answer, read from its free-text outcome ("positive", "no response",
// call notes). The rule is fixed and documented (docs/metrics.md, "Response to outreach") so the
// outreach and training measures mean the same thing in every workspace.
#pragma once
#include <cstdint>
#include <string>

namespace retain {

enum class TouchpointResponse : uint8_t {
    unknown,      // nothing to judge by: "", "sent", "scheduled", ... (left out of the ratios)
    responded,    // any other outcome: the customer engaged, whatever the mood ("escalation" included)
    no_response,  // "no response", "no reply", "no-show", "unreachable", "bounced", ...
};

// Case-insensitive, surrounding spaces ignored. A no-response phrase anywhere in the text wins
// ("Called twice, no answer"); otherwise the whole text must be one of the unknown words to be unknown.
TouchpointResponse classify_outcome(const std::string& outcome);

}  // namespace retain
