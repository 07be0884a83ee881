#include "io/storage_record.hpp"

#include <algorithm>
#include <array>
#include <type_traits>

#include "io/workspace_json.hpp"

namespace retain {
namespace {

// The reflected CRC-32 table (polynomial 0xEDB88320), built once.
const std::array<uint32_t, 256>& crc_table() {
    static const std::array<uint32_t, 256> table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t n = 0; n < 256; ++n) {
            uint32_t c = n;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

// A whole number from 0: text parses it as unsigned, C++ literals make it signed.
bool whole_number(const nlohmann::json& v) {
    return v.is_number_unsigned() || (v.is_number_integer() && v.get<int64_t>() >= 0);
}

std::string size_words(uint64_t bytes) { return std::to_string(bytes) + " bytes"; }

}  // namespace

uint32_t crc32(std::string_view data) {
    const std::array<uint32_t, 256>& t = crc_table();
    uint32_t c = 0xFFFFFFFFu;
    for (const char ch : data) c = t[(c ^ static_cast<unsigned char>(ch)) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

StoredRecordHeader make_record_header(std::string_view json_text, std::string name, uint64_t accounts) {
    StoredRecordHeader h;
    h.schema = kWorkspaceSchema;
    h.format_version = kWorkspaceFormatVersion;
    h.bytes = json_text.size();
    h.crc32 = crc32(json_text);
    h.name = std::move(name);
    h.accounts = accounts;
    return h;
}

nlohmann::json record_header_json(const StoredRecordHeader& h) {
    return {{"schema", h.schema}, {"format_version", h.format_version}, {"bytes", h.bytes},
            {"crc32", h.crc32},   {"name", h.name},                     {"accounts", h.accounts}};
}

bool parse_record_header(const nlohmann::json& j, StoredRecordHeader& out, std::string& error) {
    if (!j.is_object()) {
        error = "the record's header is missing";
        return false;
    }
    const auto whole = [&](const char* key, auto& field, uint64_t max) {
        const auto it = j.find(key);
        if (it == j.end() || !whole_number(*it) || it->template get<uint64_t>() > max) {
            error = std::string("the record's \"") + key + "\" is missing or not a whole number";
            return false;
        }
        field = static_cast<std::remove_reference_t<decltype(field)>>(it->template get<uint64_t>());
        return true;
    };
    StoredRecordHeader h;
    const auto schema = j.find("schema");
    if (schema == j.end() || !schema->is_string()) {
        error = "the record's \"schema\" is missing";
        return false;
    }
    h.schema = schema->get<std::string>();
    if (!whole("format_version", h.format_version, INT32_MAX) || !whole("bytes", h.bytes, UINT64_MAX) ||
        !whole("crc32", h.crc32, UINT32_MAX))
        return false;
    // Name and account count only label the version; a record without them still opens.
    if (j.contains("name") && j["name"].is_string()) h.name = j["name"].get<std::string>();
    if (j.contains("accounts") && whole_number(j["accounts"])) h.accounts = j["accounts"].get<uint64_t>();
    out = std::move(h);
    return true;
}

RecordCheck check_record(const StoredRecordHeader& h, std::string_view data) {
    if (h.schema != kWorkspaceSchema)
        return {RecordVerdict::damaged, "the record is not a Retain workspace (schema \"" + h.schema + "\")"};
    if (data.size() != h.bytes)
        return {RecordVerdict::damaged, "the record holds " + size_words(data.size()) + " where " +
                                            size_words(h.bytes) + " were saved (cut short or overwritten)"};
    if (crc32(data) != h.crc32)
        return {RecordVerdict::damaged, "the record's checksum does not match its contents (the bytes were changed "
                                        "after saving)"};
    if (h.format_version > kWorkspaceFormatVersion)
        return {RecordVerdict::newer, "saved by a newer Retain (workspace format version " +
                                          std::to_string(h.format_version) + "; this one knows up to " +
                                          std::to_string(kWorkspaceFormatVersion) + ")"};
    return {};
}

std::vector<StoredVersion> parse_versions(const nlohmann::json& list) {
    std::vector<StoredVersion> out;
    if (!list.is_array()) return out;
    for (const nlohmann::json& item : list) {
        if (!item.is_object() || !item.contains("id") || !whole_number(item["id"])) continue;
        StoredVersion v;
        v.id = int64_t(item["id"].get<uint64_t>());
        if (item.contains("saved_at") && item["saved_at"].is_number()) v.saved_at_ms = item["saved_at"].get<double>();
        if (item.contains("saved_at_text") && item["saved_at_text"].is_string())
            v.saved_at_text = item["saved_at_text"].get<std::string>();
        std::string ignored;
        if (item.contains("header")) parse_record_header(item["header"], v.header, ignored);
        out.push_back(std::move(v));
    }
    std::sort(out.begin(), out.end(), [](const StoredVersion& a, const StoredVersion& b) { return a.id < b.id; });
    return out;
}

int64_t previous_version(const std::vector<StoredVersion>& versions, int64_t head) {
    int64_t best = 0;
    for (const StoredVersion& v : versions)
        if (v.id < head && v.id > best) best = v.id;
    return best;
}

}  // namespace retain
