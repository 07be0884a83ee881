// Routing a file to an entity; the score is defined in entity_routing.hpp.
#include "io/entity_routing.hpp"

#include <algorithm>

namespace retain {
namespace {

constexpr double kMissingRequiredFloor = 0.25;  // the score kept by an entity with no required field present
constexpr double kFittingSamplesBonus = 1.25;   // an enum column whose sample words all fit
constexpr double kAmbiguousRatio = 0.8;

struct Slots {
    int matched = 0;
    int total = 0;
    int required = 0;
    int required_present = 0;
    std::vector<std::string> matched_names;
    std::vector<std::string> missing_names;
};

// Counts the entity's fields as the reason states them: the account references as one field "account".
Slots count_slots(const ColumnMapping& m) {
    const std::vector<ImportField>& fields = entity_info(m.entity).fields;
    Slots s;
    bool ref_seen = false;
    for (size_t f = 0; f < fields.size(); ++f) {
        const ImportField& field = fields[f];
        const int i = static_cast<int>(f);
        const bool missing = std::find(m.missing_required.begin(), m.missing_required.end(), i) != m.missing_required.end();
        if (field.need == FieldNeed::account_ref) {
            if (ref_seen) continue;
            ref_seen = true;
            ++s.total;
            ++s.required;
            if (m.account_column >= 0) {
                ++s.matched;
                ++s.required_present;
                s.matched_names.push_back("account");
            } else {
                s.missing_names.push_back("account");
            }
            continue;
        }
        ++s.total;
        const bool has_column = m.column_of_field(i) >= 0;
        if (has_column) {
            ++s.matched;
            s.matched_names.push_back(field.key);
        }
        if (field.need == FieldNeed::required) {
            ++s.required;
            if (missing) s.missing_names.push_back(field.key);
            else ++s.required_present;
        }
    }
    return s;
}

std::string join(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

}  // namespace

std::vector<EntityScore> route_file(const std::vector<std::string>& headers, const SampleRows* samples) {
    std::vector<EntityScore> ranking;
    for (const EntityInfo& info : import_catalog()) {
        EntityScore s;
        s.entity = info.entity;
        s.mapping = auto_map(info.entity, headers, samples);
        ranking.push_back(std::move(s));
    }
    // How many entities map each column: a header all of them know says little about which one this is.
    std::vector<int> takers(headers.size(), 0);
    for (const EntityScore& s : ranking)
        for (size_t c = 0; c < headers.size(); ++c)
            if (s.mapping.field_of_column[c] >= 0) ++takers[c];

    for (EntityScore& s : ranking) {
        const EntityInfo& info = entity_info(s.entity);
        double evidence = 0;
        for (size_t c = 0; c < headers.size(); ++c) {
            const int f = s.mapping.field_of_column[c];
            if (f < 0) continue;
            double weight = s.mapping.confidence[c] / takers[c];
            const ImportField& field = info.fields[static_cast<size_t>(f)];
            if (samples && field.kind == ValueKind::enumeration) {
                const SampleFit fit = enum_sample_fit(field, *samples, static_cast<int>(c));
                if (fit.checked > 0 && fit.accepted == fit.checked) weight *= kFittingSamplesBonus;
            }
            evidence += weight;
        }
        const Slots slots = count_slots(s.mapping);
        const double required_share = slots.required ? double(slots.required_present) / slots.required : 1.0;
        s.score = evidence * (kMissingRequiredFloor + (1 - kMissingRequiredFloor) * required_share);
        s.matched_fields = slots.matched;
        s.total_fields = slots.total;
        if (slots.matched == 0) {
            s.reason = "matched none of the " + std::to_string(slots.total) + " " + info.noun + " fields";
        } else {
            s.reason = "matched " + std::to_string(slots.matched) + " of " + std::to_string(slots.total) + " " +
                       info.noun + " fields: " + join(slots.matched_names);
        }
        if (!slots.missing_names.empty()) s.reason += "; missing required: " + join(slots.missing_names);
    }
    std::stable_sort(ranking.begin(), ranking.end(),
                     [](const EntityScore& a, const EntityScore& b) { return a.score > b.score; });
    return ranking;
}

bool routing_is_ambiguous(const std::vector<EntityScore>& ranking) {
    if (ranking.empty() || ranking[0].score <= 0) return true;
    return ranking.size() > 1 && ranking[1].score >= kAmbiguousRatio * ranking[0].score;
}

}  // namespace retain
