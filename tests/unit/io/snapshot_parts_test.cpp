// The snapshot written in parts (io/snapshot_bytes.hpp ByteOut, save_workspace_snapshot_parts): the parts
// are the snapshot's bytes cut at fixed offsets, whatever straddles a cut (a varint, a text, a column's
// length patched in later) comes out whole, and a record in parts is checked part by part on load.
#include <doctest/doctest.h>

#include <cstring>

#include "core/demo_generator.hpp"
#include "io/snapshot_bytes.hpp"
#include "io/storage_record.hpp"
#include "io/workspace_json.hpp"
#include "io/workspace_snapshot.hpp"

using namespace retain;
using snapshot::ByteIn;
using snapshot::ByteOut;

TEST_CASE("a writer in 64-byte chunks reads back values that straddle every cut") {
    ByteOut out(64);
    const size_t length_at = out.placeholder();
    for (uint64_t i = 0; i < 200; ++i) {
        out.varint(i * 1'000'003);  // 1 to 4 bytes each: cuts fall inside some of them
        out.text("text number " + std::to_string(i));
        out.fixed<uint32_t>(uint32_t(i));
    }
    // Patched last: at offset 0 here, and once more at an offset that straddles chunks 1 and 2.
    out.patch(length_at, 0x0102030405060708u);
    const size_t straddling = 60;
    out.patch(straddling, 0x1122334455667788u);
    const size_t total = out.size();
    std::vector<std::string> chunks = out.take_chunks();
    REQUIRE(chunks.size() == (total + 63) / 64);
    for (size_t k = 0; k + 1 < chunks.size(); ++k) CHECK(chunks[k].size() == 64);
    CHECK(chunks.back().size() == total - 64 * (chunks.size() - 1));
    const std::string all = snapshot::join_chunks(chunks);
    REQUIRE(all.size() == total);
    ByteIn in(all);
    CHECK(in.fixed<uint64_t>() == 0x0102030405060708u);
    uint64_t at_60 = 0;
    std::memcpy(&at_60, all.data() + straddling, 8);
    CHECK(at_60 == 0x1122334455667788u);
}

TEST_CASE("a writer in chunks writes the same bytes as one in a single chunk") {
    const auto fill = [](ByteOut& out) {
        for (int i = 0; i < 500; ++i) {
            out.signed_varint(-i * 7919);
            out.text(std::string(size_t(i % 70), char('a' + i % 26)));
        }
    };
    ByteOut small(64), big(size_t(1) << 20);
    fill(small);
    fill(big);
    const std::vector<std::string> one = big.take_chunks();
    REQUIRE(one.size() == 1);
    CHECK(small.take() == one[0]);
}

TEST_CASE("an empty writer gives no parts") {
    ByteOut out(64);
    CHECK(out.size() == 0);
    CHECK(out.take_chunks().empty());
}

TEST_CASE("the snapshot in parts is the snapshot, cut every part_bytes") {
    const Workspace demo = generate_demo(DemoOptions{});
    const std::string whole = save_workspace_snapshot(demo);
    const size_t part_bytes = 100'000;
    const std::vector<std::string> parts = save_workspace_snapshot_parts(demo, part_bytes);
    REQUIRE(whole.size() > 3 * part_bytes);  // the demo is large enough to need several
    CHECK(parts.size() == (whole.size() + part_bytes - 1) / part_bytes);
    for (size_t k = 0; k < parts.size(); ++k) CHECK(parts[k] == whole.substr(k * part_bytes, part_bytes));
}

namespace {

// Three parts of 5, 5 and 3 bytes: "abcde" "fghij" "klm".
std::vector<std::string> three_parts() { return {"abcde", "fghij", "klm"}; }

}  // namespace

TEST_CASE("a record in parts lists each part's length and CRC-32, and round-trips through JSON") {
    const StoredRecordHeader h = make_parts_header(three_parts(), "Acme", 3);
    REQUIRE(h.parts.size() == 3);
    CHECK(h.bytes == 13);
    CHECK(h.parts[0].bytes == 5);
    CHECK(h.parts[2].bytes == 3);
    CHECK(h.parts[1].crc32 == crc32("fghij"));
    CHECK(h.crc32 == crc32("abcde"));  // with parts, the header's own CRC is the first part's
    StoredRecordHeader back;
    std::string error;
    REQUIRE(parse_record_header(record_header_json(h), back, error));
    REQUIRE(back.parts.size() == 3);
    CHECK(back.parts[2].crc32 == crc32("klm"));
    CHECK(back.bytes == 13);
}

TEST_CASE("one part writes the header of earlier builds: no parts list, the CRC of the whole") {
    const StoredRecordHeader h = make_parts_header({"abcdefghijklm"}, "Acme", 3);
    CHECK(h.parts.empty());
    CHECK(h.crc32 == crc32("abcdefghijklm"));
    CHECK_FALSE(record_header_json(h).contains("parts"));
}

TEST_CASE("a parts list that does not add up to the record's bytes is refused") {
    nlohmann::json j = record_header_json(make_parts_header(three_parts(), "", 0));
    j["bytes"] = 14;
    StoredRecordHeader out;
    std::string error;
    CHECK_FALSE(parse_record_header(j, out, error));
    CHECK(error.find("13 bytes") != std::string::npos);
    j["bytes"] = 13;
    j["parts"][1].erase("crc32");
    CHECK_FALSE(parse_record_header(j, out, error));
    CHECK(error.find("crc32") != std::string::npos);
}

TEST_CASE("each part of a record is checked: a changed, cut or missing part is named") {
    const StoredRecordHeader h = make_parts_header(three_parts(), "", 0);
    CHECK(check_record(h, "abcdefghijklm", {5, 5, 3}).verdict == RecordVerdict::ok);
    CHECK(check_record(h, "abcdefghijklm").verdict == RecordVerdict::ok);  // lengths as the header says

    const RecordCheck changed = check_record(h, "abcdefgXijklm", {5, 5, 3});
    CHECK(changed.verdict == RecordVerdict::damaged);
    CHECK(changed.message.find("checksum of the record's part 2 of 3") != std::string::npos);

    const RecordCheck cut = check_record(h, "abcdefghklm", {5, 3, 3});
    CHECK(cut.verdict == RecordVerdict::damaged);
    CHECK(cut.message.find("11 bytes where 13") != std::string::npos);

    // Same total, but the parts found are not the parts saved: the cut is in the wrong place.
    const RecordCheck moved = check_record(h, "abcdefghijklm", {4, 6, 3});
    CHECK(moved.verdict == RecordVerdict::damaged);
    CHECK(moved.message.find("part 1 of 3 holds 4 bytes where 5") != std::string::npos);

    const RecordCheck missing = check_record(h, "abcdefghij", {5, 5});
    CHECK(missing.verdict == RecordVerdict::damaged);
    CHECK(missing.message.find("2 parts where 3") != std::string::npos);
}

TEST_CASE("the record checked a step at a time: the sizes first, then one part's checksum a step") {
    const StoredRecordHeader h = make_parts_header(three_parts(), "", 0);
    RecordChecker ok(h, "abcdefghijklm", {5, 5, 3});
    int steps = 0;
    double last = 0;
    while (!ok.step()) {
        ++steps;
        CHECK(ok.progress() > last);
        last = ok.progress();
    }
    CHECK(steps == 3);  // the sizes, parts 1 and 2; part 3's step ends it
    CHECK(ok.result().verdict == RecordVerdict::ok);
    CHECK(ok.progress() == 1.0);

    RecordChecker changed(h, "abcdefgXijklm", {5, 5, 3});
    steps = 0;
    while (!changed.step()) ++steps;
    CHECK(steps == 2);  // stops at the part that does not match
    CHECK(changed.result().message == check_record(h, "abcdefgXijklm", {5, 5, 3}).message);
}

TEST_CASE("the demo saved in parts, joined again, loads as the same workspace") {
    const Workspace demo = generate_demo(DemoOptions{});
    const std::vector<std::string> parts = save_workspace_snapshot_parts(demo, 65'536);
    const StoredRecordHeader h = make_parts_header(parts, demo.settings.name, demo.accounts.size());
    std::vector<uint64_t> lengths;
    for (const std::string& p : parts) lengths.push_back(p.size());
    const std::string joined = snapshot::join_chunks(parts);
    REQUIRE(check_record(h, joined, lengths).verdict == RecordVerdict::ok);
    Workspace back;
    std::string error;
    REQUIRE(load_record_workspace(h, joined, back, error, {}));
    CHECK(save_workspace_json(back) == save_workspace_json(demo));
}
