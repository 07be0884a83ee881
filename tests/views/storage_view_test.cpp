// Browser storage as the app drives it, with an in-memory stand-in for web/retain_storage.js that keeps
// its rules (versions, a head, a save refused when the head moved) and answers when told to, as the
// browser answers later. The UI is drawn for a few frames in every state (banner, indicator, Data view).
#include <doctest/doctest.h>

#include <deque>
#include <functional>
#include <map>

#include "app/background_work.hpp"
#include "app/storage.hpp"
#include "io/snapshot_bytes.hpp"
#include "io/workspace_json.hpp"
#include "view_harness.hpp"

using namespace retain;
using namespace retain::test;
using json = nlohmann::json;

namespace {

struct StoredRecord {
    json header;
    std::string data;
};

struct FakeStore {
    int64_t head = 0;
    std::map<int64_t, StoredRecord> records;
    json versions = json::array();
    std::deque<std::function<void()>> answers;  // the browser's later answers, in order
    std::string fail_next;                      // "quota": the next save fails as a full disk does
    int saves = 0;
    int last_keep = 0;

    void install(AppState& app) {
        app.hooks.storage_save = [this, &app](const std::vector<std::string>& parts, const std::string& header, int64_t expected, int keep) {
            ++saves;
            last_keep = keep;
            std::string bytes = snapshot::join_chunks(parts);
            answers.push_back([this, &app, bytes = std::move(bytes), header, expected, keep] {
                if (!fail_next.empty()) {
                    storage_event(app, {{"event", "save_failed"}, {"kind", fail_next}, {"message", "QuotaExceededError"}}, "");
                    fail_next.clear();
                    return;
                }
                if (expected != head) {
                    storage_event(app, {{"event", "save_failed"}, {"kind", "conflict"}, {"head", head}, {"versions", versions}}, "");
                    return;
                }
                put(json::parse(header), bytes, keep);
                storage_event(app, {{"event", "saved"}, {"version", head}, {"versions", versions}, {"saved_at_text", "12:00:00"}}, "");
            });
        };
        app.hooks.storage_load = [this, &app](int64_t version, const std::string& purpose) {
            answers.push_back([this, &app, version, purpose] { answer_record(app, version ? version : head, purpose); });
        };
    }
    // What another tab (or a newer Retain) writes.
    void put(const json& header, const std::string& bytes, int keep = kKeptVersions) {
        ++head;
        records[head] = {header, bytes};
        versions.push_back({{"id", head}, {"saved_at", 0}, {"saved_at_text", "12:00:00"}, {"header", header}});
        while (versions.size() > size_t(keep)) versions.erase(versions.begin());
    }
    void answer_record(AppState& app, int64_t version, const std::string& purpose) {
        json e = {{"event", "record"}, {"purpose", purpose}, {"version", head ? version : 0}, {"head", head}, {"versions", versions}};
        const auto it = records.find(version);
        if (it == records.end()) {
            storage_event(app, e, "");
            return;
        }
        e["header"] = it->second.header;
        storage_event(app, e, it->second.data);
    }
    void deliver() {
        while (!answers.empty()) {
            auto next = std::move(answers.front());
            answers.pop_front();
            next();
        }
    }
};

std::string workspace_text(const AppState& app) { return save_workspace_json(app.ws); }

json header_of(const std::string& text, int64_t format_version = kWorkspaceFormatVersion) {
    // The records these tests write by hand are workspace JSON, as builds before the snapshot stored.
    StoredRecordHeader h = make_record_header(text, "Test", 1, kJsonEncoding);
    h.format_version = format_version;
    return record_header_json(h);
}


// A second tab (or a later visit) without a window of its own: ImGui has one context at a time, and the
// storage logic needs none.
struct Tab {
    AppState app;
    Tab() {
        app.today = Date::from_ymd(2026, 11, 22);
        app.hooks.request_demo = [this] { run_command(app, "workspace.open", {{"text", demo_text()}, {"source", "demo"}}); };
    }
};

// Starts the app over `store` as main_web does, and settles the first workspace.
void start(AppState& app, FakeStore& store) {
    store.install(app);
    store.answer_record(app, store.head, "open");
    storage_tick(app, 0, false);
    storage_tick(app, 1, false);
}
void start(Harness& h, FakeStore& store) {
    start(h.app, store);
    h.frames(2);
}

void set_margin(AppState& app, int pct) {
    REQUIRE(run_command(app, "metrics.set_settings", {{"gross_margin_pct", pct}}).ok);
}
void set_margin(Harness& h, int pct) { set_margin(h.app, pct); }

}  // namespace

TEST_CASE("first visit: the demo opens unsaved; an edit is saved one second later, and reopens from storage") {
    Harness h;
    FakeStore store;
    start(h, store);
    CHECK(h.app.storage.mode == StorageMode::ready);
    REQUIRE(h.app.ws.accounts.size() > 200);
    storage_tick(h.app, 5'000, true);
    CHECK(store.saves == 0);  // opening never saves

    set_margin(h, 63);
    storage_tick(h.app, 10'000, false);
    CHECK(storage_has_unsaved(h.app));
    storage_tick(h.app, 10'999, false);
    CHECK(store.saves == 0);
    storage_tick(h.app, 11'000, false);
    CHECK(store.saves == 1);
    CHECK(storage_status_text(h.app) == "Saving...");
    store.deliver();
    CHECK(store.head == 1);
    CHECK(h.app.storage.head == 1);
    CHECK(storage_status_text(h.app) == "Saved 12:00:00");
    CHECK(check_record(StoredRecordHeader{"retain.workspace", 2, kSnapshotEncoding, store.records[1].data.size(), crc32(store.records[1].data), {}, "", 0},
                       store.records[1].data).verdict == RecordVerdict::ok);

    Tab again;
    start(again.app, store);
    CHECK(again.app.ws.metric_settings.gross_margin_pct == 63);
    CHECK(again.app.loaded_from == "storage");
    storage_tick(again.app, 50'000, true);
    CHECK(store.saves == 1);  // reopened, not written back
}

TEST_CASE("between frames a stored workspace is checked and read in slices, and a damaged one found so") {
    FakeStore store;
    Tab first;
    start(first.app, store);
    REQUIRE(run_command(first.app, "workspace.generate_demo", {{"accounts", 3000}, {"seed", 11u}}).ok);
    storage_tick(first.app, 10'000, true);
    storage_tick(first.app, 10'001, true);  // a save of 3,000 accounts goes in slices: the rest at once
    store.deliver();
    REQUIRE(store.head == 1);

    // A page that works between frames: the answer only starts the reading.
    Harness h;
    h.app.work_between_frames = true;
    start(h, store);
    REQUIRE(storage_loading(h.app));
    CHECK(h.app.ws.accounts.empty());
    CHECK(work_pending(h.app));
    h.frames(2);  // the status line shows the progress; frames do not read
    CHECK(storage_loading(h.app));
    double last = storage_load_progress(h.app);
    int slices = 0;
    while (storage_loading(h.app) && slices < 100000) {
        run_work_between_frames(h.app, 0.2);
        CHECK(storage_load_progress(h.app) >= last);
        last = storage_load_progress(h.app);
        ++slices;
    }
    CHECK(slices > 3);
    CHECK(h.app.ws.accounts.size() == 3000);
    CHECK(h.app.loaded_from == "storage");
    CHECK(h.app.storage.mode == StorageMode::ready);
    CHECK(h.app.storage.last_load_ms >= 0);
    h.frame();  // starts the analysis of what opened
    while (run_work_between_frames(h.app, 5.0)) {
    }
    CHECK(h.app.analysis.accounts.size() == 3000);

    // The same bytes with one bit flipped: found damaged by the checksums, in slices too.
    store.records[1].data[store.records[1].data.size() / 2] ^= 0x20;
    Tab damaged;  // ImGui has one context at a time: a tab without a window
    damaged.app.work_between_frames = true;
    start(damaged.app, store);
    while (run_work_between_frames(damaged.app, 0.2)) {
    }
    CHECK(damaged.app.storage.mode == StorageMode::damaged);
    CHECK(damaged.app.storage.problem.find("checksum") != std::string::npos);
    CHECK(damaged.app.ws.accounts.empty());
}

TEST_CASE("a damaged newest version: the app starts empty, saves nothing, and restores the previous one as the newest") {
    FakeStore store;
    Tab first;
    start(first.app, store);
    set_margin(first.app, 41);
    storage_tick(first.app, 10'000, true);
    store.deliver();
    set_margin(first.app, 42);
    storage_tick(first.app, 20'000, true);
    store.deliver();
    REQUIRE(store.head == 2);
    store.records[2].data[5] ^= 0x20;  // one flipped bit on disk

    Harness h;
    start(h, store);
    CHECK(h.app.storage.mode == StorageMode::damaged);
    CHECK(h.app.storage.damaged_version == 2);
    CHECK(h.app.storage.problem.find("checksum") != std::string::npos);
    CHECK(h.app.ws.accounts.empty());
    h.app.view = ViewId::data;
    h.frames(3);  // banner, indicator and the versions list draw
    set_margin(h, 50);
    storage_tick(h.app, 90'000, true);
    CHECK(store.saves == 2);  // nothing written over the damaged version

    REQUIRE(run_command(h.app, "storage.restore", {{"version", 1}}).ok);
    store.deliver();
    CHECK(store.head == 3);
    CHECK(h.app.storage.mode == StorageMode::ready);
    CHECK(h.app.ws.metric_settings.gross_margin_pct == 41);
    CHECK(store.records[3].data == store.records[1].data);
    CHECK_FALSE(run_command(h.app, "storage.restore", {{"version", 9}}).ok);
}

TEST_CASE("a newer format opens read-only: shown, never saved") {
    FakeStore store;
    std::string text = demo_text();
    const std::string current = "\"version\":" + std::to_string(kWorkspaceFormatVersion);
    const size_t at = text.find(current);
    REQUIRE(at != std::string::npos);
    text.replace(at, current.size(), "\"version\":" + std::to_string(kWorkspaceFormatVersion + 1));
    store.put(header_of(text, kWorkspaceFormatVersion + 1), text);
    Harness h;
    start(h, store);
    CHECK(h.app.storage.mode == StorageMode::read_only);
    CHECK(h.app.storage.problem.find("newer Retain") != std::string::npos);
    CHECK(h.app.ws.accounts.size() > 200);
    set_margin(h, 12);
    storage_tick(h.app, 90'000, true);
    CHECK(store.saves == 0);
    const CommandResult r = run_command(h.app, "storage.save_now", json::object());
    CHECK_FALSE(r.ok);
    CHECK(store.saves == 0);
    h.frames(2);
}

TEST_CASE("a full disk: the workspace stays as it is, the failure is shown, the next change retries") {
    Harness h;
    FakeStore store;
    start(h, store);
    set_margin(h, 70);
    store.fail_next = "quota";
    storage_tick(h.app, 10'000, true);
    store.deliver();
    CHECK(h.app.storage.save_failed);
    CHECK(h.app.storage.quota_exceeded);
    CHECK(h.app.ws.metric_settings.gross_margin_pct == 70);
    CHECK(storage_status_text(h.app).rfind("Not saved: this browser's storage for Retain is full", 0) == 0);
    h.frames(2);  // the banner with its export button
    storage_tick(h.app, 20'000, false);
    CHECK(store.saves == 1);  // the same revision is not retried by itself
    REQUIRE(run_command(h.app, "export.workspace", json::object()).ok);
    CHECK(h.downloads.back().data == workspace_text(h.app));
    set_margin(h, 71);
    storage_tick(h.app, 30'000, false);
    storage_tick(h.app, 31'000, false);
    CHECK(store.saves == 2);
    store.deliver();
    CHECK_FALSE(h.app.storage.save_failed);
    CHECK(store.head == 1);
}

TEST_CASE("space short: the save keeps fewer versions, oldest dropped, and the Data view says so") {
    Harness h;
    FakeStore store;
    start(h, store);
    for (int i = 0; i < 5; ++i) {
        set_margin(h, 60 + i);
        storage_tick(h.app, 10'000.0 * (i + 1), true);
        store.deliver();
    }
    REQUIRE(store.head == 5);
    REQUIRE(h.app.storage.versions.size() == 5);
    CHECK(store.last_keep == kKeptVersions);
    CHECK(h.app.storage.dropped_for_space == 0);
    // Plenty of room: the usual five.
    const uint64_t each = h.app.storage.versions.back().header.bytes;
    REQUIRE(each > 1000);
    storage_event(h.app, {{"event", "estimate"}, {"usage", 5.5 * double(each)}, {"quota", 20.0 * double(each)}}, "");
    set_margin(h, 70);
    storage_tick(h.app, 100'000, true);
    store.deliver();
    CHECK(store.last_keep == kKeptVersions);
    CHECK(storage_space_note(h.app.storage).empty());
    // The quota drops below what is used (2 x each short): keeping four frees 2.2 x each, 0.2 left, less
    // than the 1.1 x each a save needs; keeping three frees 3.3: the two oldest go early.
    storage_event(h.app, {{"event", "estimate"}, {"usage", 5.5 * double(each)}, {"quota", 3.5 * double(each)}}, "");
    set_margin(h, 71);
    storage_tick(h.app, 200'000, true);
    store.deliver();
    CHECK(store.last_keep == 3);
    CHECK(h.app.storage.kept_limit == 3);
    CHECK(h.app.storage.dropped_for_space == 2);
    CHECK(h.app.storage.versions.size() == 3);
    CHECK(h.app.storage.versions.front().id == store.head - 2);
    CHECK(storage_space_note(h.app.storage) ==
          "Space is short: the last save kept 3 versions instead of 5 (the 2 oldest were deleted early to make room).");
    REQUIRE(run_command(h.app, "navigate", {{"view", "data"}}).ok);
    h.frames(3);
}

TEST_CASE("another tab's save: followed quietly when nothing is unsaved, asked about otherwise; never overwritten") {
    FakeStore store;
    Tab a;
    Harness b;
    start(a.app, store);
    start(b, store);
    set_margin(a.app, 77);
    storage_tick(a.app, 10'000, true);
    store.deliver();
    storage_event(b.app, {{"event", "remote_saved"}, {"version", 1}}, "");
    store.deliver();
    CHECK(b.app.ws.metric_settings.gross_margin_pct == 77);
    CHECK(b.app.notice.find("Another tab") != std::string::npos);

    set_margin(b, 55);  // b has an unsaved change when a saves again
    set_margin(a.app, 66);
    storage_tick(a.app, 20'000, true);
    store.deliver();
    storage_event(b.app, {{"event", "remote_saved"}, {"version", 2}}, "");
    CHECK(b.app.storage.mode == StorageMode::conflict);
    CHECK(b.app.ws.metric_settings.gross_margin_pct == 55);  // nothing replaced without asking
    storage_tick(b.app, 90'000, true);
    CHECK(store.head == 2);  // and nothing saved over a's version
    b.frames(2);

    REQUIRE(run_command(b.app, "storage.keep_mine", json::object()).ok);
    store.deliver();
    CHECK(store.head == 3);
    CHECK(b.app.storage.mode == StorageMode::ready);

    // a's next save finds the head moved (no broadcast reached it): refused, and a asks.
    set_margin(a.app, 20);
    storage_tick(a.app, 30'000, true);
    store.deliver();
    CHECK(a.app.storage.mode == StorageMode::conflict);
    CHECK(a.app.storage.remote_head == 3);
    CHECK(store.head == 3);
    REQUIRE(run_command(a.app, "storage.load_latest", json::object()).ok);
    store.deliver();
    CHECK(a.app.storage.mode == StorageMode::ready);
    CHECK(a.app.ws.metric_settings.gross_margin_pct == 55);
}

TEST_CASE("start over needs a confirmation") {
    Harness h;
    FakeStore store;
    start(h, store);
    bool cleared = false;
    h.app.hooks.storage_clear = [&] { cleared = true; };
    CHECK_FALSE(run_command(h.app, "storage.clear", json::object()).ok);
    CHECK_FALSE(cleared);
    CHECK(run_command(h.app, "storage.clear", {{"confirm", true}}).ok);
    CHECK(cleared);
    storage_event(h.app, {{"event", "cleared"}, {"ok", true}}, "");
    CHECK(h.app.storage.head == 0);
    CHECK(h.app.ws.accounts.size() > 200);  // the demo, as on a first visit
}
