#include "io/storage_record.hpp"

#include <algorithm>
#include <array>
#include <type_traits>

#include "io/workspace_json.hpp"
#include "io/workspace_snapshot.hpp"

namespace retain {
namespace {

// The reflected CRC-32 tables (polynomial 0xEDB88320) for slicing by 8, built once: table k advances a
// byte k positions further, so eight bytes cost eight lookups and one xor chain instead of eight dependent
// steps. A save checksums every stored byte (tens of MB at 100,000 accounts), so this is ~4x worth having.
using CrcTables = std::array<std::array<uint32_t, 256>, 8>;
const CrcTables& crc_tables() {
    static const CrcTables tables = [] {
        CrcTables t{};
        for (uint32_t n = 0; n < 256; ++n) {
            uint32_t c = n;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[0][n] = c;
        }
        for (uint32_t n = 0; n < 256; ++n)
            for (size_t k = 1; k < 8; ++k) t[k][n] = t[0][t[k - 1][n] & 0xFFu] ^ (t[k - 1][n] >> 8);
        return t;
    }();
    return tables;
}

// A whole number from 0: text parses it as unsigned, C++ literals make it signed.
bool whole_number(const nlohmann::json& v) {
    return v.is_number_unsigned() || (v.is_number_integer() && v.get<int64_t>() >= 0);
}

std::string size_words(uint64_t bytes) { return std::to_string(bytes) + " bytes"; }

}  // namespace

uint32_t crc32(std::string_view data) {
    const CrcTables& t = crc_tables();
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    size_t n = data.size();
    uint32_t c = 0xFFFFFFFFu;
    for (; n >= 8; n -= 8, p += 8) {
        const uint32_t lo = c ^ (uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24);
        c = t[7][lo & 0xFFu] ^ t[6][(lo >> 8) & 0xFFu] ^ t[5][(lo >> 16) & 0xFFu] ^ t[4][lo >> 24] ^ t[3][p[4]] ^
            t[2][p[5]] ^ t[1][p[6]] ^ t[0][p[7]];
    }
    for (; n > 0; --n, ++p) c = t[0][(c ^ *p) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

StoredRecordHeader make_record_header(std::string_view data, std::string name, uint64_t accounts, std::string encoding) {
    StoredRecordHeader h;
    h.schema = kWorkspaceSchema;
    h.format_version = kWorkspaceFormatVersion;
    h.encoding = std::move(encoding);
    h.bytes = data.size();
    h.crc32 = crc32(data);
    h.name = std::move(name);
    h.accounts = accounts;
    return h;
}

StoredRecordHeader make_parts_header(const std::vector<std::string>& parts, std::string name, uint64_t accounts) {
    std::vector<RecordPart> sums;
    for (const std::string& p : parts) sums.push_back({p.size(), crc32(p)});
    return make_parts_header(sums, std::move(name), accounts);
}

StoredRecordHeader make_parts_header(const std::vector<RecordPart>& sums, std::string name, uint64_t accounts) {
    // One part (or none) is a whole record: the header of earlier builds, without a parts list.
    StoredRecordHeader h = make_record_header(std::string_view(), std::move(name), accounts);
    if (sums.size() <= 1) {
        if (!sums.empty()) {
            h.bytes = sums[0].bytes;
            h.crc32 = sums[0].crc32;
        }
        return h;
    }
    for (const RecordPart& p : sums) {
        h.parts.push_back(p);
        h.bytes += p.bytes;
    }
    h.crc32 = h.parts[0].crc32;
    return h;
}

nlohmann::json record_header_json(const StoredRecordHeader& h) {
    nlohmann::json j = {{"schema", h.schema}, {"format_version", h.format_version}, {"encoding", h.encoding}, {"bytes", h.bytes},
                        {"crc32", h.crc32},   {"name", h.name},                     {"accounts", h.accounts}};
    if (h.parts.size() > 1) {
        nlohmann::json parts = nlohmann::json::array();
        for (const RecordPart& p : h.parts) parts.push_back({{"bytes", p.bytes}, {"crc32", p.crc32}});
        j["parts"] = std::move(parts);
    }
    return j;
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
    // Records of builds before the snapshot have no encoding: their bytes are the JSON text.
    if (const auto encoding = j.find("encoding"); encoding != j.end()) {
        if (!encoding->is_string()) {
            error = "the record's \"encoding\" is not text";
            return false;
        }
        h.encoding = encoding->get<std::string>();
    }
    // Records in parts list them; the parts must add up to the whole.
    if (const auto parts = j.find("parts"); parts != j.end()) {
        if (!parts->is_array() || parts->size() < 2 || parts->size() > (uint64_t(1) << 20)) {
            error = "the record's \"parts\" is not a list of two or more parts";
            return false;
        }
        uint64_t total = 0;
        for (const nlohmann::json& p : *parts) {
            RecordPart part;
            if (!p.is_object() || !p.contains("bytes") || !whole_number(p["bytes"]) || !p.contains("crc32") ||
                !whole_number(p["crc32"]) || p["crc32"].get<uint64_t>() > UINT32_MAX) {
                error = "a part in the record's \"parts\" lacks its bytes or crc32";
                return false;
            }
            part.bytes = p["bytes"].get<uint64_t>();
            part.crc32 = uint32_t(p["crc32"].get<uint64_t>());
            total += part.bytes;
            h.parts.push_back(part);
        }
        if (total != h.bytes) {
            error = "the record's parts hold " + size_words(total) + " but its header says " + size_words(h.bytes);
            return false;
        }
    }
    // Name and account count only label the version; a record without them still opens.
    if (j.contains("name") && j["name"].is_string()) h.name = j["name"].get<std::string>();
    if (j.contains("accounts") && whole_number(j["accounts"])) h.accounts = j["accounts"].get<uint64_t>();
    out = std::move(h);
    return true;
}

namespace {

// What the record's sizes say against the header (the checksums apart): an empty message when they match.
std::string sizes_problem(const StoredRecordHeader& h, std::string_view data, const std::vector<uint64_t>& stored) {
    const size_t n = h.parts.size();
    if (!stored.empty() && stored.size() != n)
        return "the record holds " + std::to_string(stored.size()) + " parts where " + std::to_string(n) +
               " were saved (a part is missing or left over)";
    if (data.size() != h.bytes)
        return "the record holds " + size_words(data.size()) + " where " + size_words(h.bytes) +
               " were saved (cut short or overwritten)";
    for (size_t k = 0; k < n; ++k) {
        const uint64_t length = stored.empty() ? h.parts[k].bytes : stored[k];
        if (length != h.parts[k].bytes)
            return "the record's part " + std::to_string(k + 1) + " of " + std::to_string(n) + " holds " +
                   size_words(length) + " where " + size_words(h.parts[k].bytes) + " were saved (cut short or overwritten)";
    }
    return {};
}

}  // namespace

RecordChecker::RecordChecker(const StoredRecordHeader& h, std::string_view data, std::vector<uint64_t> stored_parts)
    : h_(h), data_(data), stored_(std::move(stored_parts)) {}

bool RecordChecker::step() {
    if (done_) return true;
    const size_t n = h_.parts.size();
    if (next_ == 0) {  // the sizes, before any checksum
        ++next_;
        if (h_.schema != kWorkspaceSchema)
            return finish({RecordVerdict::damaged, "the record is not a Retain workspace (schema \"" + h_.schema + "\")"});
        if (std::string problem = sizes_problem(h_, data_, stored_); !problem.empty())
            return finish({RecordVerdict::damaged, std::move(problem)});
        return false;
    }
    if (n == 0) {  // one piece, one checksum
        if (crc32(data_) != h_.crc32)
            return finish({RecordVerdict::damaged, "the record's checksum does not match its contents (the bytes were "
                                                   "changed after saving)"});
    } else if (next_ <= n) {  // one part's checksum a step
        const size_t k = next_ - 1;
        ++next_;
        if (crc32(data_.substr(at_, size_t(h_.parts[k].bytes))) != h_.parts[k].crc32)
            return finish({RecordVerdict::damaged, "the checksum of the record's part " + std::to_string(k + 1) + " of " +
                                                       std::to_string(n) + " does not match its contents (the bytes "
                                                       "were changed after saving)"});
        at_ += size_t(h_.parts[k].bytes);
        if (next_ <= n) return false;
    }
    if (h_.encoding != kSnapshotEncoding && h_.encoding != kJsonEncoding)
        return finish({RecordVerdict::damaged, "the record is in an encoding this build does not read (\"" + h_.encoding +
                                                   "\"; saved by a newer Retain?)"});
    if (h_.format_version > kWorkspaceFormatVersion)
        return finish({RecordVerdict::newer, "saved by a newer Retain (workspace format version " +
                                                 std::to_string(h_.format_version) + "; this one knows up to " +
                                                 std::to_string(kWorkspaceFormatVersion) + ")"});
    return finish({});
}

double RecordChecker::progress() const {
    if (done_) return 1.0;
    return double(next_) / double(h_.parts.size() + 2);
}

bool RecordChecker::finish(RecordCheck result) {
    result_ = std::move(result);
    done_ = true;
    return true;
}

RecordCheck check_record(const StoredRecordHeader& h, std::string_view data, const std::vector<uint64_t>& stored_parts) {
    RecordChecker checker(h, data, stored_parts);
    while (!checker.step()) {
    }
    return checker.result();
}

bool load_record_workspace(const StoredRecordHeader& h, std::string_view data, Workspace& out, std::string& error,
                           const WorkspaceReadOptions& options) {
    if (h.encoding == kSnapshotEncoding) return load_workspace_snapshot(data, out, error, options);
    return load_workspace_json(data, out, error, options);
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
