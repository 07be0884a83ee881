// How well one header matches one synonym (header_synonyms.hpp), as a confidence in 0..1 and whether the
// match is exact or fuzzy. Exact: the normalized header is the synonym, or holds a question phrase
// marked `~`. Fuzzy, in falling confidence:
//   - the header is the synonym once words naming the entity are dropped ("Account Segment" -> segment);
//   - the same words in another order ("Date Created" ~ "created date");
//   - a synonym of two words or more inside a longer header ("Next Renewal Date" holds "renewal date"),
//     the more of the header it covers the surer;
//   - a typo: one edit away for synonyms of 6+ characters, two for 12+ ("Renewl Date").
// A single-word synonym is never looked for inside a longer header: "Requester id" is not a ticket "id".
#pragma once
#include <string>
#include <vector>

#include "io/header_synonyms.hpp"

namespace retain {

constexpr double kMinFuzzyConfidence = 0.5;  // below this a fuzzy match is no match

// A header normalized once for all the synonyms of one entity.
struct PreparedHeader {
    std::string text;            // normalize_header(header)
    std::string without_prefix;  // text without a leading entity word, or "" when there was none
    std::vector<std::string> sorted_words;
};

PreparedHeader prepare_header(std::string_view header, ImportEntity entity);

struct HeaderMatch {
    double confidence = 0;  // 0 = no match
    bool exact = false;
};

HeaderMatch match_header(const PreparedHeader& header, const HeaderSynonym& synonym);

}  // namespace retain
