// The words real exports use for each importable field, per entity: "Company Domain Name" (HubSpot),
// "Ended At (UTC)" (Stripe), "Billing Period Unit" (Chargebee), "Solved at" (Zendesk), "How likely are
// you to recommend ..." (survey tools). The table and the source of each group are in
// header_synonyms.cpp; how a header is scored against a synonym is header_match.hpp.
#pragma once
#include <string>
#include <vector>

#include "io/import_fields.hpp"

namespace retain {

struct HeaderSynonym {
    int field = -1;             // index into entity_info(entity).fields
    std::string phrase;         // normalized (header_normalize.hpp)
    double strength = 1;        // 1: the header certainly means the field; less for looser wordings
    bool contained = false;     // the phrase anywhere in a header is an exact match (survey questions)
    int implies_field = -1;     // a value the header implies for another field of every row:
    std::string implies_value;  //   an NPS question column -> survey kind "nps"
};

// Every synonym of the entity's fields, the fields' own keys and labels included (strength 1).
const std::vector<HeaderSynonym>& header_synonyms(ImportEntity entity);

// Words that, leading a header, name the entity itself and can be dropped: in an accounts file
// "Account Segment" and "Company Tier" are the segment.
const std::vector<std::string>& entity_prefix_words(ImportEntity entity);

// Problems in the synonym table itself (an unknown field key, a bad strength): empty when it is sound.
// The table is data written by hand; a unit test keeps it honest.
std::vector<std::string> header_synonym_table_problems();

}  // namespace retain
