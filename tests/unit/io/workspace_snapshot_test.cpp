// The browser's binary snapshot (io/workspace_snapshot.hpp): it must hold exactly what the JSON file holds
// — the JSON written from a loaded snapshot is the JSON of the original, byte for byte — and a damaged
// snapshot must be refused with a message, never crash or half-load.
#include <doctest/doctest.h>

#include <cstring>

#include <nlohmann/json.hpp>

#include "core/demo_generator.hpp"
#include "io/snapshot_bytes.hpp"
#include "io/workspace_json.hpp"
#include "io/workspace_snapshot.hpp"
#include "workspace_edge_cases.hpp"

using namespace retain;

namespace {

Workspace load_snapshot_ok(const std::string& bytes) {
    Workspace ws;
    std::string error;
    const bool ok = load_workspace_snapshot(bytes, ws, error);
    INFO(error);
    REQUIRE(ok);
    return ws;
}

std::string load_snapshot_error(std::string_view bytes) {
    Workspace ws;
    ws.settings.name = "untouched";
    std::string error;
    CHECK_FALSE(load_workspace_snapshot(bytes, ws, error));
    CHECK(ws.settings.name == "untouched");
    return error;
}

// The same workspace through the snapshot and back gives the same JSON file.
void check_same_as_json(const Workspace& original) {
    const std::string snapshot = save_workspace_snapshot(original);
    CHECK(is_workspace_snapshot(snapshot));
    const Workspace back = load_snapshot_ok(snapshot);
    CHECK(save_workspace_json(back) == save_workspace_json(original));
    CHECK(save_workspace_snapshot(back) == snapshot);  // and the snapshot itself is a fixed point
}

}  // namespace

TEST_CASE("the demo workspace survives the snapshot exactly") {
    const Workspace demo = generate_demo(DemoOptions{});
    check_same_as_json(demo);
    const Workspace back = load_snapshot_ok(save_workspace_snapshot(demo));
    CHECK(back.find_account(demo.accounts.back().id) == AccountIx(demo.accounts.size() - 1));
}

TEST_CASE("unicode, empty dates, custom fields, key features and every table survive the snapshot") {
    const Workspace original = test::edge_cases();
    check_same_as_json(original);
    const Workspace back = load_snapshot_ok(save_workspace_snapshot(original));
    REQUIRE(back.usage.size() == 1);
    CHECK(back.usage[0].feature_uses[1] == 2147483647);
    CHECK(back.mrr[1].mrr.minor == 90000000000000000);
    CHECK(back.accounts[0].name == "line\nbreak\ttab back\\slash \x01 control");
    CHECK_FALSE(back.accounts[1].contract_start.ok());
    CHECK(back.tickets[0].priority == TicketPriority::urgent);
}

TEST_CASE("tasks survive the snapshot with every field") {
    Workspace ws = test::edge_cases();
    Task open;
    open.id = "T-acc-2-pb-risk-save-0-20260110";
    open.account = "acc-2";
    open.playbook = "pb-risk-save";
    open.title = "Diagnose \"why\"";
    open.owner = "csm-1";
    open.role = OwnerRole::cs_leader;
    open.created = Date::from_ymd(2026, 1, 10);
    open.due = Date::from_ymd(2026, 1, 17);
    open.priority = 87;
    Task snoozed = open;
    snoozed.id += "-b";
    snoozed.step = 2;
    snoozed.status = TaskStatus::snoozed;
    snoozed.snoozed_until = Date::from_ymd(2026, 2, 1);
    snoozed.outcome = "Waiting on their CFO";
    snoozed.completed = Date::from_ymd(2026, 1, 12);
    ws.tasks = {open, snoozed};
    check_same_as_json(ws);
    const Workspace back = load_snapshot_ok(save_workspace_snapshot(ws));
    REQUIRE(back.tasks.size() == 2);
    CHECK(back.tasks[1].snoozed_until == Date::from_ymd(2026, 2, 1));
    CHECK(back.tasks[0].role == OwnerRole::cs_leader);
}

TEST_CASE("an empty workspace survives the snapshot") { check_same_as_json(Workspace{}); }

TEST_CASE("the snapshot is far smaller than the JSON file of the same workspace") {
    DemoOptions options;
    options.accounts = 2000;
    const Workspace ws = generate_demo(options);
    const size_t snapshot = save_workspace_snapshot(ws).size(), json = save_workspace_json(ws).size();
    INFO("snapshot " << snapshot << " bytes, JSON " << json << " bytes");
    CHECK(snapshot * 2 < json);
}

TEST_CASE("rows that name no account are left out, as in the JSON") {
    Workspace ws = test::edge_cases();
    ws.tickets.push_back(ws.tickets[0]);
    ws.tickets.back().account = 77;  // no such account
    const Workspace back = load_snapshot_ok(save_workspace_snapshot(ws));
    CHECK(back.tickets.size() == 1);
}

TEST_CASE("JSON text is not a snapshot") {
    const std::string json = save_workspace_json(test::edge_cases());
    CHECK_FALSE(is_workspace_snapshot(json));
    CHECK(load_snapshot_error(json) == "not a Retain workspace snapshot");
}

// The two byte-by-byte tests below try every offset in the native build; under the sanitizers (-O0, 20-50x
// slower) they try every 13th, which keeps the test command within its time budget and still lands in every
// part of the layout.
#ifdef RETAIN_SANITIZE_BUILD
constexpr size_t kOffsetStep = 13;
#else
constexpr size_t kOffsetStep = 1;
#endif

TEST_CASE("every cut-short snapshot is refused, with the workspace untouched") {
    const std::string whole = save_workspace_snapshot(test::edge_cases());
    for (size_t n = 0; n < whole.size(); n += kOffsetStep) {
        Workspace ws;
        std::string error;
        CHECK_FALSE(load_workspace_snapshot(std::string_view(whole).substr(0, n), ws, error));
        CHECK_FALSE(error.empty());
        CHECK(ws.accounts.empty());
    }
}

TEST_CASE("a snapshot with bytes after its last part is refused") {
    const std::string error = load_snapshot_error(save_workspace_snapshot(test::edge_cases()) + "x");
    CHECK(error.find("after its last part") != std::string::npos);
}

TEST_CASE("every single damaged byte is refused or reads a workspace that saves again (never a crash)") {
    // The stored record's CRC catches damage first; this is the decoder's own guard behind it.
    const std::string whole = save_workspace_snapshot(test::edge_cases());
    size_t refused = 0;
    for (size_t i = 0; i < whole.size(); i += kOffsetStep) {
        for (const unsigned char flip : {0x01u, 0x80u, 0xFFu}) {
            std::string damaged = whole;
            damaged[i] = char(static_cast<unsigned char>(damaged[i]) ^ flip);
            Workspace ws;
            std::string error;
            if (load_workspace_snapshot(damaged, ws, error)) {
                save_workspace_json(ws);  // whatever it read is a workspace the app can use
            } else {
                CHECK_FALSE(error.empty());
                ++refused;
            }
        }
    }
    CHECK(refused > 0);
}

TEST_CASE("a snapshot of a newer layout is refused with its layout number") {
    std::string bytes = save_workspace_snapshot(test::edge_cases());
    const uint32_t newer = kSnapshotLayout + 1;
    std::memcpy(&bytes[8], &newer, sizeof newer);
    CHECK(load_snapshot_error(bytes).find("layout " + std::to_string(newer)) != std::string::npos);
}

TEST_CASE("an enum value the column's names do not cover is refused") {
    // A hand-made snapshot: one account whose status column names "paused", which this build does not know.
    snapshot::ByteOut out;
    out.raw("RETAINWS");
    out.fixed<uint32_t>(kSnapshotLayout);
    WorkspaceWriteOptions rest;
    rest.records = false;
    const std::string json = save_workspace_json(Workspace{}, rest);
    out.fixed<uint64_t>(json.size());
    out.raw(json);
    out.text("accounts");
    out.varint(1);
    out.varint(2);
    out.text("id");
    out.fixed<uint8_t>(1);  // text
    out.fixed<uint64_t>(3);
    out.text("a1");
    out.text("status");
    out.fixed<uint8_t>(7);  // an enum
    snapshot::ByteOut column;
    column.varint(1);
    column.fixed<uint8_t>(0);
    column.text("paused");
    column.fixed<uint8_t>(0);
    const std::string c = column.take();
    out.fixed<uint64_t>(c.size());
    out.raw(c);
    CHECK(load_snapshot_error(out.take()) == "accounts.status: \"paused\" is not a value this build knows");
}

TEST_CASE("two accounts with one id are refused") {
    Workspace ws = test::edge_cases();
    ws.accounts[1].id = ws.accounts[0].id;
    CHECK(load_snapshot_error(save_workspace_snapshot(ws)).find("share the id") != std::string::npos);
}

TEST_CASE("a snapshot of layout 1 (feedback and notes in its JSON part) still reads") {
    const Workspace demo = generate_demo(DemoOptions{});
    REQUIRE(!demo.feedback.empty());
    REQUIRE(!demo.notes.empty());
    // Layout 1 by hand: the JSON part with feedback and notes, then the parts up to the tasks.
    Workspace without = demo;
    without.feedback.clear();
    without.notes.clear();
    const std::string now = save_workspace_snapshot(without);
    uint64_t json_size = 0;
    std::memcpy(&json_size, now.data() + 12, sizeof json_size);
    // The layout-2 snapshot of `without` ends with its empty feedback and notes parts: cut where they start.
    const size_t cut = now.rfind(std::string("\x08" "feedback\0", 10));
    REQUIRE(cut != std::string::npos);
    REQUIRE(cut > 20 + json_size);
    const std::string parts = now.substr(20 + json_size, cut - 20 - json_size);
    WorkspaceWriteOptions rest;
    rest.records = false;
    nlohmann::json json = nlohmann::json::parse(save_workspace_json(without, rest));
    const nlohmann::json full = nlohmann::json::parse(save_workspace_json(demo));
    json["feedback"] = full["feedback"];
    json["notes"] = full["notes"];
    const std::string text = json.dump();
    snapshot::ByteOut out;
    out.raw("RETAINWS");
    out.fixed<uint32_t>(1);
    out.fixed<uint64_t>(text.size());
    out.raw(text);
    out.raw(parts);
    const Workspace back = load_snapshot_ok(out.take());
    CHECK(back.feedback.size() == demo.feedback.size());
    CHECK(save_workspace_json(back) == save_workspace_json(demo));
}

TEST_CASE("feedback and notes are stored as columns, not in the snapshot's JSON part") {
    const Workspace demo = generate_demo(DemoOptions{});
    const std::string bytes = save_workspace_snapshot(demo);
    uint64_t json_size = 0;
    std::memcpy(&json_size, bytes.data() + 12, sizeof json_size);
    const nlohmann::json json = nlohmann::json::parse(bytes.substr(20, json_size));
    CHECK_FALSE(json.contains("feedback"));
    CHECK_FALSE(json.contains("notes"));
    CHECK(bytes.find(demo.feedback.back().detail) != std::string::npos);
}

TEST_CASE("the snapshot read a piece at a time gives the same workspace, and damage stops it with the same message") {
    const Workspace demo = generate_demo();
    const std::string bytes = save_workspace_snapshot(demo);
    SnapshotReader reader(bytes);
    double last = 0;
    int steps = 0;
    while (!reader.done()) {
        reader.step();
        ++steps;
        CHECK(reader.progress() >= last);
        last = reader.progress();
    }
    CHECK(steps > 20);  // the settings, each part's header and each of its columns, the index, the order
    Workspace ws;
    std::string error;
    REQUIRE(reader.finish(ws, error));
    CHECK(save_workspace_json(ws) == save_workspace_json(demo));

    std::string cut = bytes.substr(0, bytes.size() * 2 / 3);
    SnapshotReader short_reader(cut);
    Workspace untouched;
    untouched.settings.name = "kept";
    std::string stepped_error, whole_error;
    CHECK_FALSE(short_reader.finish(untouched, stepped_error));
    CHECK(untouched.settings.name == "kept");
    Workspace ignored;
    CHECK_FALSE(load_workspace_snapshot(cut, ignored, whole_error));
    CHECK(stepped_error == whole_error);
    CHECK_FALSE(stepped_error.empty());
}
