#include "core/health/touchpoint_response.hpp"

namespace retain {
namespace {

const char* const kNoResponsePhrases[] = {"no response", "no reply",  "no answer", "not answered", "unanswered",
                                          "no-show",     "no show",   "did not attend", "didn't attend",
                                          "unreachable", "not reached", "bounced", "ghosted", "voicemail"};
// Outcomes that only say the outreach happened: whether anyone answered is not known.
const char* const kUnknownOutcomes[] = {"", "sent", "scheduled", "invited", "pending", "awaiting reply",
                                        "awaiting response", "n/a", "-"};

std::string normalized(const std::string& text) {
    size_t b = 0, e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '.')) --e;
    std::string out = text.substr(b, e - b);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

}  // namespace

TouchpointResponse classify_outcome(const std::string& outcome) {
    const std::string text = normalized(outcome);
    for (const char* phrase : kNoResponsePhrases)
        if (text.find(phrase) != std::string::npos) return TouchpointResponse::no_response;
    for (const char* word : kUnknownOutcomes)
        if (text == word) return TouchpointResponse::unknown;
    return TouchpointResponse::responded;
}

}  // namespace retain
