// Auto-mapping a header row to an entity's fields, and keeping a mapping consistent while the user edits
// it. The rules are in column_mapping.hpp.
#include "io/column_mapping.hpp"

#include <algorithm>

#include "io/header_match.hpp"
#include "io/header_normalize.hpp"
#include "io/header_synonyms.hpp"

namespace retain {
namespace {

// An enum column whose sample words are mostly not ones its field accepts is probably another thing of
// the same name (HubSpot's sales-funnel "Lifecycle Stage"); its confidence is scaled down by this,
// which drops an exact match (1.0) below kMinFuzzyConfidence.
constexpr double kSampleMismatchFactor = 0.4;

struct Candidate {
    int column = -1;
    int field = -1;
    double confidence = 0;
    bool exact = false;
    const HeaderSynonym* synonym = nullptr;
};

bool surer(const Candidate& a, const Candidate& b) {
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    if (a.exact != b.exact) return a.exact;
    if (a.column != b.column) return a.column < b.column;
    return a.field < b.field;
}

std::vector<Candidate> candidates_of(ImportEntity entity, const std::vector<std::string>& headers,
                                     const SampleRows* samples) {
    const std::vector<ImportField>& fields = entity_info(entity).fields;
    const std::vector<HeaderSynonym>& synonyms = header_synonyms(entity);
    std::vector<Candidate> out;
    for (size_t c = 0; c < headers.size(); ++c) {
        const PreparedHeader header = prepare_header(headers[c], entity);
        if (header.text.empty()) continue;
        std::vector<Candidate> best(fields.size());
        for (const HeaderSynonym& synonym : synonyms) {
            const HeaderMatch m = match_header(header, synonym);
            if (m.confidence <= 0) continue;
            const Candidate candidate{static_cast<int>(c), synonym.field, m.confidence, m.exact, &synonym};
            Candidate& b = best[static_cast<size_t>(synonym.field)];
            if (b.field < 0 || surer(candidate, b)) b = candidate;
        }
        for (Candidate& b : best) {
            if (b.field < 0) continue;
            const ImportField& field = fields[static_cast<size_t>(b.field)];
            if (samples && field.kind == ValueKind::enumeration) {
                const SampleFit fit = enum_sample_fit(field, *samples, b.column);
                if (fit.checked > 0 && fit.accepted * 2 < fit.checked) b.confidence *= kSampleMismatchFactor;
                if (b.confidence < kMinFuzzyConfidence) continue;
            }
            out.push_back(b);
        }
    }
    std::sort(out.begin(), out.end(), surer);
    return out;
}

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }

}  // namespace

int ColumnMapping::column_of_field(int field) const {
    for (size_t c = 0; c < field_of_column.size(); ++c)
        if (field_of_column[c] == field) return static_cast<int>(c);
    return -1;
}

const FieldConstant* ColumnMapping::constant_of(int field) const {
    for (const FieldConstant& k : constants)
        if (k.field == field) return &k;
    return nullptr;
}

ColumnMapping auto_map(ImportEntity entity, const std::vector<std::string>& headers, const SampleRows* samples) {
    ColumnMapping m;
    m.entity = entity;
    m.field_of_column.assign(headers.size(), kCustomColumn);
    m.confidence.assign(headers.size(), 0.0);
    m.match.assign(headers.size(), MatchKind::none);

    const std::vector<Candidate> candidates = candidates_of(entity, headers, samples);
    std::vector<int> column_of(entity_info(entity).fields.size(), -1);
    std::vector<const Candidate*> chosen(headers.size(), nullptr);
    for (const Candidate& k : candidates) {
        if (chosen[static_cast<size_t>(k.column)] || column_of[static_cast<size_t>(k.field)] >= 0) continue;
        chosen[static_cast<size_t>(k.column)] = &k;
        column_of[static_cast<size_t>(k.field)] = k.column;
        m.field_of_column[static_cast<size_t>(k.column)] = k.field;
        m.confidence[static_cast<size_t>(k.column)] = k.confidence;
        m.match[static_cast<size_t>(k.column)] = k.exact ? MatchKind::exact : MatchKind::fuzzy;
    }
    // Candidates are sorted surest first, so the first one met for an unmapped column is its best.
    for (const Candidate& k : candidates) {
        const size_t c = static_cast<size_t>(k.column);
        if (chosen[c]) continue;
        const bool reported = std::any_of(m.duplicates.begin(), m.duplicates.end(),
                                          [&](const DuplicateColumn& d) { return d.column == k.column; });
        if (!reported) m.duplicates.push_back({k.column, k.field, column_of[static_cast<size_t>(k.field)], k.confidence});
    }
    std::sort(m.duplicates.begin(), m.duplicates.end(),
              [](const DuplicateColumn& a, const DuplicateColumn& b) { return a.column < b.column; });
    for (size_t c = 0; c < headers.size(); ++c) {
        const HeaderSynonym* s = chosen[c] ? chosen[c]->synonym : nullptr;
        if (!s || s->implies_field < 0 || column_of[static_cast<size_t>(s->implies_field)] >= 0) continue;
        if (m.constant_of(s->implies_field)) continue;
        m.constants.push_back({s->implies_field, s->implies_value, "implied by " + in_quotes(headers[c])});
    }
    refresh_mapping(m);
    return m;
}

void refresh_mapping(ColumnMapping& m) {
    const EntityInfo& info = entity_info(m.entity);
    m.constants.erase(std::remove_if(m.constants.begin(), m.constants.end(),
                                     [&](const FieldConstant& k) { return m.column_of_field(k.field) >= 0; }),
                      m.constants.end());
    std::vector<DuplicateColumn> still;
    for (DuplicateColumn d : m.duplicates) {
        if (d.column < 0 || static_cast<size_t>(d.column) >= m.field_of_column.size()) continue;
        if (m.field_of_column[static_cast<size_t>(d.column)] != kCustomColumn) continue;
        d.used_column = m.column_of_field(d.field);
        if (d.used_column >= 0) still.push_back(d);
    }
    m.duplicates = std::move(still);

    m.account_column = -1;
    m.missing_required.clear();
    int first_ref = -1;
    for (size_t f = 0; f < info.fields.size(); ++f) {
        const int field = static_cast<int>(f);
        const int column = m.column_of_field(field);
        switch (info.fields[f].need) {
            case FieldNeed::account_ref:
                if (first_ref < 0) first_ref = field;
                if (m.account_column < 0 && column >= 0) m.account_column = column;
                break;
            case FieldNeed::required:
                if (column < 0 && !m.constant_of(field)) m.missing_required.push_back(field);
                break;
            case FieldNeed::optional: break;
        }
    }
    if (m.entity == ImportEntity::accounts) m.account_column = m.column_of_field(find_field(m.entity, "id"));
    if (first_ref >= 0 && m.account_column < 0) m.missing_required.insert(m.missing_required.begin(), first_ref);
}

void assign_column(ColumnMapping& m, int column, int field) {
    if (column < 0 || static_cast<size_t>(column) >= m.field_of_column.size()) return;
    const int field_count = static_cast<int>(entity_info(m.entity).fields.size());
    if (field >= field_count || field < kSkipColumn) return;
    if (field >= 0) {
        const int holder = m.column_of_field(field);
        if (holder >= 0 && holder != column) {
            m.field_of_column[static_cast<size_t>(holder)] = kCustomColumn;
            m.confidence[static_cast<size_t>(holder)] = 0;
            m.match[static_cast<size_t>(holder)] = MatchKind::none;
        }
    }
    const size_t c = static_cast<size_t>(column);
    m.field_of_column[c] = field;
    m.confidence[c] = 1;
    m.match[c] = MatchKind::user;
    m.duplicates.erase(std::remove_if(m.duplicates.begin(), m.duplicates.end(),
                                      [&](const DuplicateColumn& d) { return d.column == column; }),
                       m.duplicates.end());
    refresh_mapping(m);
}

bool set_constant(ColumnMapping& m, int field, std::string_view value, std::string* error) {
    const std::vector<ImportField>& fields = entity_info(m.entity).fields;
    if (field < 0 || static_cast<size_t>(field) >= fields.size()) {
        if (error) *error = "no such field";
        return false;
    }
    const ImportField& f = fields[static_cast<size_t>(field)];
    std::string stored(value);
    if (f.kind == ValueKind::enumeration) {
        const char* canonical = match_enum_word(f, value);
        if (!canonical) {
            if (error) {
                std::vector<std::string> values;
                for (const EnumWord& w : f.words)
                    if (std::find(values.begin(), values.end(), w.value) == values.end()) values.push_back(w.value);
                *error = std::string(f.label) + " does not accept \"" + std::string(value) + "\" (accepted:";
                for (size_t i = 0; i < values.size(); ++i) *error += (i ? ", " : " ") + values[i];
                *error += ")";
            }
            return false;
        }
        stored = canonical;
    } else if (normalize_header(value).empty()) {
        if (error) *error = std::string(f.label) + " needs a value";
        return false;
    }
    const int holder = m.column_of_field(field);
    if (holder >= 0) {  // a value for every row replaces the column that filled the field
        m.field_of_column[static_cast<size_t>(holder)] = kCustomColumn;
        m.confidence[static_cast<size_t>(holder)] = 0;
        m.match[static_cast<size_t>(holder)] = MatchKind::none;
    }
    clear_constant(m, field);
    m.constants.push_back({field, stored, "set by you"});
    refresh_mapping(m);
    return true;
}

void clear_constant(ColumnMapping& m, int field) {
    m.constants.erase(std::remove_if(m.constants.begin(), m.constants.end(),
                                     [&](const FieldConstant& k) { return k.field == field; }),
                      m.constants.end());
    refresh_mapping(m);
}

SampleFit enum_sample_fit(const ImportField& field, const SampleRows& samples, int column) {
    SampleFit fit;
    if (column < 0) return fit;
    for (const std::vector<std::string>& row : samples) {
        if (static_cast<size_t>(column) >= row.size()) continue;
        const std::string& cell = row[static_cast<size_t>(column)];
        if (normalize_header(cell).empty()) continue;
        ++fit.checked;
        if (match_enum_word(field, cell)) ++fit.accepted;
    }
    return fit;
}

std::vector<std::string> mapping_notes(const ColumnMapping& m, const std::vector<std::string>& headers) {
    const std::vector<ImportField>& fields = entity_info(m.entity).fields;
    auto header = [&](int c) {
        return c >= 0 && static_cast<size_t>(c) < headers.size() ? in_quotes(headers[static_cast<size_t>(c)])
                                                                 : "column " + std::to_string(c + 1);
    };
    auto label = [&](int f) { return std::string(fields[static_cast<size_t>(f)].label); };

    std::vector<std::string> notes;
    for (int f : m.missing_required) {
        if (fields[static_cast<size_t>(f)].need == FieldNeed::account_ref) {
            std::string names;
            for (const ImportField& field : fields)
                if (field.need == FieldNeed::account_ref) names += (names.empty() ? "" : ", ") + std::string(field.label);
            notes.push_back("No column names the account: map one of " + names);
        } else {
            notes.push_back("No column for " + label(f) + " (required)");
        }
    }
    for (const FieldConstant& k : m.constants)
        notes.push_back(label(k.field) + " is \"" + k.value + "\" for every row (" + k.reason + ")");
    for (const DuplicateColumn& d : m.duplicates)
        notes.push_back(header(d.column) + " also looks like " + label(d.field) + "; " + header(d.used_column) +
                        " fills it");
    for (size_t c = 0; c < m.match.size(); ++c) {
        if (m.match[c] != MatchKind::fuzzy) continue;
        const int percent = static_cast<int>(m.confidence[c] * 100 + 0.5);
        notes.push_back(header(static_cast<int>(c)) + " was taken as " + label(m.field_of_column[c]) +
                        " (a close match, " + std::to_string(percent) + "% sure): check it");
    }
    return notes;
}

}  // namespace retain
