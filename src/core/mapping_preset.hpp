// A saved column mapping ("this is how our Stripe subscriptions export maps"), kept in the workspace so the
// next export of the same kind maps itself. Plain data: the import code (src/io/mapping_presets.hpp) reads,
// checks and applies it; the workspace file stores it (docs/workspace-format.md, "mapping_presets").
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace retain {

// What a file can be imported as: one per table of the workspace.
enum class ImportEntity : uint8_t { accounts, csms, contacts, subscriptions, mrr, usage, tickets, surveys, touchpoints,
                                    feedback };
constexpr int kImportEntityCount = 10;

constexpr const char* kPresetCustom = "@custom";  // the column is kept as the entity keeps unmapped columns
constexpr const char* kPresetSkip = "@skip";      // the column is not imported

struct PresetColumn {
    std::string header;  // as the file writes it
    std::string field;   // a field key of the entity, kPresetCustom or kPresetSkip
};

struct PresetConstant {
    std::string field;  // a field key
    std::string value;  // canonical for enum fields
};

struct MappingPreset {
    std::string name;
    ImportEntity entity = ImportEntity::accounts;
    std::vector<PresetColumn> columns;
    std::vector<PresetConstant> constants;
    bool day_first = false;      // dates whose order no value decides are day/month (31.01.2024)
    bool decimal_comma = false;  // amounts whose mark no value decides use a decimal comma (1.234,56)
    bool builtin = false;        // one of the built-in presets of real exports; never saved
};

}  // namespace retain
