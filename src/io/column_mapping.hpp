// Which column of a file fills which field of an entity. auto_map() proposes a mapping from the header
// row alone (header_synonyms.hpp, header_match.hpp); the user then edits it (assign_column, set_constant)
// or applies a saved preset (mapping_presets.hpp). The importer reads the result; nothing here looks at
// cell values except, when sample rows are given, whether an enum column's words are ones its field
// accepts (so HubSpot's "Lifecycle Stage" of lead/customer is not taken as our lifecycle stage).
//
// Rules:
// - One field is never filled by two columns: the surest column wins (exact before fuzzy, then the
//   higher confidence, then the leftmost), and each losing column is reported in `duplicates`.
// - A column mapped to no field (kCustomColumn) is kept as the entity says (EntityInfo::other_columns:
//   custom fields for accounts, key features for usage, else not imported); kSkipColumn drops it.
// - A required field is satisfied by a column or by a constant for every row (a Delighted NPS export
//   has no "survey kind" column: every row is NPS). Survey question headers imply their kind.
// - For child entities the account is named by any one of the account-reference fields; `account_column`
//   is the preferred one present (id, then domain, then name, then e-mail).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/import_fields.hpp"

namespace retain {

constexpr int kCustomColumn = -1;  // mapped to no field
constexpr int kSkipColumn = -2;    // the user chose not to import the column at all

enum class MatchKind : uint8_t {
    none,    // not mapped
    exact,   // the header is a known name of the field
    fuzzy,   // the header resembles one: shown to the user to check
    preset,  // a saved preset said so
    user,    // the user chose it
};

struct FieldConstant {
    int field = -1;
    std::string value;   // for an enum field, its canonical value ("nps")
    std::string reason;  // for the user: `implied by "How likely are you to recommend us?"`
};

struct DuplicateColumn {
    int column = -1;       // the column left unmapped
    int field = -1;        // the field it also looked like
    int used_column = -1;  // the column that fills the field
    double confidence = 0; // how much the unmapped column looked like it
};

struct ColumnMapping {
    ImportEntity entity = ImportEntity::accounts;
    std::vector<int> field_of_column;  // per column: a field index (entity_info(entity).fields), or kCustomColumn / kSkipColumn
    std::vector<double> confidence;    // per column, 0..1: 1 for exact synonyms, presets and user choices
    std::vector<MatchKind> match;      // per column
    int account_column = -1;           // the column naming the account (for accounts: the id column); -1 none
    std::vector<FieldConstant> constants;       // fields set for every row, only for fields no column fills
    std::vector<DuplicateColumn> duplicates;
    std::vector<int> missing_required;  // required fields with neither column nor constant; for a missing
                                        // account reference, the first account_ref field

    int column_of_field(int field) const;  // -1 when no column fills it
    const FieldConstant* constant_of(int field) const;
    bool complete() const { return missing_required.empty(); }
};

// A few data rows, cells in header order; rows may be shorter than the header.
using SampleRows = std::vector<std::vector<std::string>>;

ColumnMapping auto_map(ImportEntity entity, const std::vector<std::string>& headers, const SampleRows* samples = nullptr);

// The user's edits. Each keeps the rules above: a field taken by `column` is released by the column that
// had it; the summary (account_column, missing_required, constants, duplicates) is brought up to date.
void assign_column(ColumnMapping& mapping, int column, int field);  // field or kCustomColumn / kSkipColumn
// Sets `field` for every row to `value` (an enum word is stored as its canonical value). False, with
// `error` set, when the field does not accept the value.
bool set_constant(ColumnMapping& mapping, int field, std::string_view value, std::string* error = nullptr);
void clear_constant(ColumnMapping& mapping, int field);
// Recomputes the summary after fields were changed directly.
void refresh_mapping(ColumnMapping& mapping);

// How many non-blank sample cells of `column` there are, and how many are words `field` accepts.
struct SampleFit {
    int checked = 0;
    int accepted = 0;
};
SampleFit enum_sample_fit(const ImportField& field, const SampleRows& samples, int column);

// One line per thing the user should know, in this order: missing required fields, constants, duplicate
// columns, fuzzy matches to check. E.g. `No column for Start (required)`,
// `"Canceled At (UTC)" also looks like End; "Ended At (UTC)" fills it`.
std::vector<std::string> mapping_notes(const ColumnMapping& mapping, const std::vector<std::string>& headers);

}  // namespace retain
