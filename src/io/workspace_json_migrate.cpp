// Migrations: kMigrations[i] upgrades a version i + 1 document to version i + 2 in place (renaming keys,
// filling new fields), so a file of any older version is brought up to date one step at a time before
// decoding.
#include "io/workspace_json_document.hpp"

namespace retain::workspace_json {
namespace {

using Migration = bool (*)(json& doc, std::string& error);

// Version 2 added accounts' `first_value` and the top-level `mapping_presets`, both optional: a version 1
// document already reads as version 2 (no first-value dates, no saved presets).
bool migrate_v1_to_v2(json&, std::string&) { return true; }

// Version 3 added `segment_rules`, `team_settings`, `playbooks`, `tasks`, `renewal_outcomes` and contacts'
// `first_engaged`, all optional: a version 2 document reads as version 3 with the default rules and
// ratios, the built-in playbooks, no tasks, no renewal outcomes and no first-engaged dates.
bool migrate_v2_to_v3(json&, std::string&) { return true; }

// Version 4 added `feedback`, `notes`, `program`, `journey`, `journey_settings`, `success_plans`,
// `handoffs` and touchpoints' `notes`, all optional: a version 3 document reads as version 4 with none of
// them recorded and the default stuck thresholds.
bool migrate_v3_to_v4(json&, std::string&) { return true; }

const std::array<Migration, kWorkspaceFormatVersion - 1> kMigrations = {migrate_v1_to_v2, migrate_v2_to_v3, migrate_v3_to_v4};

}  // namespace

bool migrate(json& doc, int64_t version, std::string& error) {
    for (int64_t v = version; v < kWorkspaceFormatVersion; ++v) {
        if (!kMigrations[size_t(v - 1)](doc, error)) return false;
        doc[kVersionKey] = v + 1;
    }
    return true;
}

}  // namespace retain::workspace_json
