// The stored record's header: checksum, damage and newer-version detection, the versions list.
#include <doctest/doctest.h>

#include "io/storage_record.hpp"
#include "io/workspace_json.hpp"
#include "io/workspace_snapshot.hpp"

using namespace retain;

TEST_CASE("crc32 gives the IEEE check values") {
    CHECK(crc32("") == 0x00000000u);
    CHECK(crc32("123456789") == 0xCBF43926u);  // the standard check value of CRC-32/ISO-HDLC
    CHECK(crc32("a") == 0xE8B7BE43u);
}

TEST_CASE("crc32 over long input and every tail length agrees with the bit-by-bit definition") {
    std::string data;
    uint32_t x = 12345;
    for (int i = 0; i < 1000; ++i) data.push_back(char((x = x * 1103515245u + 12345u) >> 24));
    for (size_t n : {size_t(0), size_t(1), size_t(7), size_t(8), size_t(9), size_t(15), size_t(16), size_t(999), size_t(1000)}) {
        uint32_t c = 0xFFFFFFFFu;
        for (size_t i = 0; i < n; ++i) {
            c ^= static_cast<unsigned char>(data[i]);
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        CHECK(crc32(std::string_view(data).substr(0, n)) == (c ^ 0xFFFFFFFFu));
    }
}

TEST_CASE("a record header round-trips through JSON") {
    const StoredRecordHeader h = make_record_header("{\"x\":1}", "Acme", 12);
    CHECK(h.schema == "retain.workspace");
    CHECK(h.format_version == kWorkspaceFormatVersion);
    CHECK(h.bytes == 7);
    StoredRecordHeader back;
    std::string error;
    REQUIRE(parse_record_header(record_header_json(h), back, error));
    CHECK(back.crc32 == h.crc32);
    CHECK(back.bytes == 7);
    CHECK(back.name == "Acme");
    CHECK(back.accounts == 12);
}

TEST_CASE("a header with a missing or mistyped key is refused with its name") {
    StoredRecordHeader out;
    out.name = "kept";
    std::string error;
    CHECK_FALSE(parse_record_header(nlohmann::json{{"schema", "retain.workspace"}, {"bytes", 3}, {"crc32", 1}}, out, error));
    CHECK(error.find("format_version") != std::string::npos);
    CHECK_FALSE(parse_record_header(nlohmann::json{{"schema", "retain.workspace"}, {"format_version", 2},
                                                   {"bytes", "3"}, {"crc32", 1}}, out, error));
    CHECK(error.find("bytes") != std::string::npos);
    CHECK_FALSE(parse_record_header(nlohmann::json("garbage"), out, error));
    CHECK(out.name == "kept");  // untouched on failure
}

TEST_CASE("an intact record of this format is ok") {
    const std::string text = "{\"schema\":\"retain.workspace\"}";
    const RecordCheck c = check_record(make_record_header(text, "", 0), text);
    CHECK(c.verdict == RecordVerdict::ok);
    CHECK(c.message.empty());
}

TEST_CASE("changed, cut or foreign bytes make a record damaged") {
    const std::string text = "{\"schema\":\"retain.workspace\",\"version\":2}";
    const StoredRecordHeader h = make_record_header(text, "", 0);
    std::string changed = text;
    changed[3] = 'X';
    const RecordCheck flipped = check_record(h, changed);
    CHECK(flipped.verdict == RecordVerdict::damaged);
    CHECK(flipped.message.find("checksum") != std::string::npos);
    const RecordCheck cut = check_record(h, text.substr(0, 10));
    CHECK(cut.verdict == RecordVerdict::damaged);
    CHECK(cut.message.find("10 bytes") != std::string::npos);
    StoredRecordHeader foreign = h;
    foreign.schema = "something.else";
    CHECK(check_record(foreign, text).verdict == RecordVerdict::damaged);
}

TEST_CASE("a record of a newer format is reported newer, but only when intact") {
    const std::string text = "{}";
    StoredRecordHeader h = make_record_header(text, "", 0);
    h.format_version = kWorkspaceFormatVersion + 1;
    const RecordCheck newer = check_record(h, text);
    CHECK(newer.verdict == RecordVerdict::newer);
    CHECK(newer.message.find("version " + std::to_string(kWorkspaceFormatVersion + 1)) != std::string::npos);
    CHECK(check_record(h, "{ }").verdict == RecordVerdict::damaged);
}

TEST_CASE("the versions list is sorted by id and skips entries without an id") {
    const nlohmann::json list = nlohmann::json::array({
        {{"id", 7}, {"saved_at", 1700000000000.0}, {"saved_at_text", "today"},
         {"header", {{"schema", "retain.workspace"}, {"format_version", 2}, {"bytes", 10}, {"crc32", 5}, {"name", "B"}}}},
        {{"id", 5}},
        {{"id", "six"}},
        "garbage",
    });
    const std::vector<StoredVersion> v = parse_versions(list);
    REQUIRE(v.size() == 2);
    CHECK(v[0].id == 5);
    CHECK(v[1].id == 7);
    CHECK(v[1].saved_at_text == "today");
    CHECK(v[1].header.bytes == 10);
    CHECK(v[1].header.name == "B");
    CHECK(previous_version(v, 7) == 5);
    CHECK(previous_version(v, 5) == 0);
    CHECK(parse_versions(nlohmann::json::object()).empty());
}

TEST_CASE("a newer workspace document opens only when asked to, and still refuses unknown keys") {
    const std::string newer = R"({"schema":"retain.workspace","version":5,"settings":{"name":"Future","currency":"USD"}})";
    Workspace ws;
    std::string error;
    CHECK_FALSE(load_workspace_json(newer, ws, error));
    CHECK(error.find("newer Retain") != std::string::npos);
    WorkspaceReadOptions lenient;
    lenient.accept_newer = true;
    REQUIRE_MESSAGE(load_workspace_json(newer, ws, error, lenient), error);
    CHECK(ws.settings.name == "Future");
    const std::string unknown = R"({"schema":"retain.workspace","version":4,"flux":[]})";
    Workspace untouched;
    CHECK_FALSE(load_workspace_json(unknown, untouched, error, lenient));
    CHECK(error.find("flux") != std::string::npos);
}

TEST_CASE("a record names its encoding; records without one are JSON and an unknown one is refused") {
    const std::string bytes = "RETAINWS....";
    StoredRecordHeader h = make_record_header(bytes, "Acme", 1);
    CHECK(h.encoding == kSnapshotEncoding);
    StoredRecordHeader back;
    std::string error;
    REQUIRE(parse_record_header(record_header_json(h), back, error));
    CHECK(back.encoding == kSnapshotEncoding);
    nlohmann::json old = record_header_json(h);
    old.erase("encoding");  // what builds before the snapshot wrote
    REQUIRE(parse_record_header(old, back, error));
    CHECK(back.encoding == kJsonEncoding);
    h.encoding = "zstd";
    const RecordCheck c = check_record(h, bytes);
    CHECK(c.verdict == RecordVerdict::damaged);
    CHECK(c.message.find("\"zstd\"") != std::string::npos);
}

TEST_CASE("a stored record's workspace is read by its encoding") {
    Workspace ws;
    ws.settings.name = "Stored";
    Account a;
    a.id = "a1";
    ws.accounts.push_back(a);
    ws.reindex();
    const std::string snapshot = save_workspace_snapshot(ws), json = save_workspace_json(ws);
    Workspace from_snapshot, from_json, wrong;
    std::string error;
    CHECK(load_record_workspace(make_record_header(snapshot, "", 1), snapshot, from_snapshot, error, {}));
    CHECK(load_record_workspace(make_record_header(json, "", 1, kJsonEncoding), json, from_json, error, {}));
    CHECK(save_workspace_json(from_snapshot) == json);
    CHECK(save_workspace_json(from_json) == json);
    // A header that says snapshot over JSON bytes does not read: the record is damaged, not guessed at.
    CHECK_FALSE(load_record_workspace(make_record_header(json, "", 1), json, wrong, error, {}));
    CHECK(wrong.accounts.empty());
}
