// What a file can be imported as: the entities of the workspace and, for each, the fields a column can
// be mapped to. This catalog is what the mapping (column_mapping.hpp), the routing of a file to an
// entity (entity_routing.hpp), the presets and the Data view's mapping editor all read, so a field is
// described once: its key, its label, the kind of value it takes, whether it is required, and one line
// saying what it means.
//
// - Keys are those of docs/workspace-format.md (`renewal_date`, `opened`, ...). A few fields exist only
//   for import (`stored == false`): they carry a value real exports give that the workspace keeps in
//   another form, e.g. an account's current MRR or ARR (which becomes its MRR series, issue 3 point 1),
//   a subscription's quantity and interval count (which scale its amount) or a contact's first and last
//   name (joined into `name`). Their descriptions say what the importer does with them.
// - A row of a child entity (contacts, subscriptions, MRR, usage, tickets, surveys, touchpoints) names its
//   account by one of the alternative *account reference* fields: the account id, or its domain, or its
//   name, or a person's e-mail address whose domain is the account's. At least one of them is required;
//   the importer matches the others to accounts later. They are listed in that order of preference.
// - Enum fields list every word they accept (case, spaces, `-` and `_` do not matter) with the value it
//   stands for: the workspace's own names, and the words real exports use for them, e.g. Zendesk's
//   status "hold" -> `pending`, Stripe's interval "yearly"/"annual" -> `year`.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/mapping_preset.hpp"

namespace retain {


enum class ValueKind : uint8_t {
    text,
    text_list,  // several texts in one cell, e.g. tags "strategic; multi-region"
    date,
    month,
    money,
    integer,
    boolean,
    enumeration,
};

enum class FieldNeed : uint8_t {
    optional,
    required,
    account_ref,  // one of the alternative account references; at least one must be mapped
};

struct EnumWord {
    const char* word;   // as written in files, in any case
    const char* value;  // the workspace's name for it (workspace.hpp to_string)
};

struct ImportField {
    const char* key;          // workspace-format key: "renewal_date"
    const char* label;        // for the UI: "Renewal date"
    ValueKind kind = ValueKind::text;
    FieldNeed need = FieldNeed::optional;
    const char* description;  // one line for the UI and docs/import.md
    std::vector<EnumWord> words;  // enumeration only: every accepted word, the canonical names first
    bool stored = true;       // false: an import-only field, turned into stored values by the importer
};

struct EntityInfo {
    ImportEntity entity;
    const char* key;            // "tickets": the workspace-format key, and the CLI's --entity value
    const char* label;          // "Tickets"
    const char* noun;           // "ticket", as in "matched 5 of 7 ticket fields"
    const char* other_columns;  // what happens to columns mapped to no field
    std::vector<ImportField> fields;
};

// The catalog, in ImportEntity order. Built once; references stay valid for the program's life.
const std::vector<EntityInfo>& import_catalog();
const EntityInfo& entity_info(ImportEntity entity);

// "accounts", "Accounts", "account", "mrr snapshots", "mrr" ... -> the entity. False when unknown.
bool parse_import_entity(std::string_view text, ImportEntity& out);

// The index of the field with this key in entity_info(entity).fields, or -1.
int find_field(ImportEntity entity, std::string_view key);

// Whether the entity's rows name an account (every entity but accounts and CSMs).
bool needs_account(ImportEntity entity);

// The canonical value (e.g. "pending") an enum field gives a cell's word (e.g. "On-hold"), or nullptr
// when the field does not accept it. Blank is not a word: nullptr (the importer applies the default).
const char* match_enum_word(const ImportField& field, std::string_view text);

const char* to_string(ValueKind kind);  // "text", "date", "enum", ...

}  // namespace retain
