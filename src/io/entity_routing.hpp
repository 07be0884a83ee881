// Which entity a file holds, judged from its header row (and, when given, a few data rows): each file
// dropped on the page is routed to the entity its headers match best, and the user can change that
// (issue 3 point 7). Every entity is auto-mapped (column_mapping.hpp) and scored:
//   score = evidence x (0.25 + 0.75 x share of required fields present)
//   evidence = sum over mapped columns of confidence / (number of entities that map that column)
// so a header only one entity knows ("Priority", "Billing Period Unit", "Capacity") counts fully, while
// one every entity knows ("Account ID", "Date") counts little; an entity that lacks a required field is
// not ruled out (the user may still add it) but ranks below one that has them all. An enum column whose
// sample words all fit the field ("qbr", "call") counts a quarter more, one whose words do not fit is
// not mapped at all (see auto_map).
#pragma once
#include <string>
#include <vector>

#include "io/column_mapping.hpp"

namespace retain {

struct EntityScore {
    ImportEntity entity = ImportEntity::accounts;
    double score = 0;        // see above; 0 = nothing matched
    int matched_fields = 0;  // fields with a column; the account references count as one field
    int total_fields = 0;    // counted the same way
    ColumnMapping mapping;   // the auto-mapping the score comes from, ready to use
    std::string reason;      // "matched 7 of 7 ticket fields: account, id, opened, closed, priority, status, satisfaction"
};

// Every entity, best first (ties in catalog order).
std::vector<EntityScore> route_file(const std::vector<std::string>& headers, const SampleRows* samples = nullptr);

// True when the choice needs the user's eye: nothing matched, or the runner-up scored within 20% of
// the best.
bool routing_is_ambiguous(const std::vector<EntityScore>& ranking);

}  // namespace retain
