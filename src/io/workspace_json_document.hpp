// The workspace document as a whole: its header (schema and version), its key features, upgrading older
// versions, and decoding from the tree every part that the streaming pass (workspace_json_reader.cpp) did
// not decode while parsing.
#pragma once
#include <array>
#include <cstdint>
#include <string>

#include "io/workspace_json.hpp"
#include "io/workspace_json_decode.hpp"

namespace retain::workspace_json {

// Each fails with d.error set. check_version refuses newer versions before anything else is decoded;
// older ones need migrating.
bool check_schema(Decoder& d, const json& schema);
bool check_version(Decoder& d, const json& v, int64_t& version);
bool read_key_features(Decoder& d, const json& list);

// What the streaming pass already decoded; the rest is decoded from the tree.
struct Streamed {
    bool key_features = false;
    std::array<bool, std::tuple_size_v<decltype(kItemLists)>> lists{};  // by kItemLists
    std::array<bool, kTableCount> tables{};                             // by kTables
};

// Decodes, from the tree, every part the streaming pass did not (all of it for an older version).
bool decode_rest(Decoder& d, json& doc, Tables& tables, const Streamed& streamed);

// Upgrades a document of an older version to kWorkspaceFormatVersion in place (workspace_json_migrate.cpp).
bool migrate(json& doc, int64_t version, std::string& error);

}  // namespace retain::workspace_json
