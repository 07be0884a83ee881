// SnapshotWriter (io/workspace_snapshot.hpp): the snapshot written a slice at a time is the same bytes as
// the one written in one go, wherever the slices fall, and a table that changes size under it marks it stale.
#include <doctest/doctest.h>

#include <limits>

#include "core/demo_generator.hpp"
#include "io/snapshot_bytes.hpp"
#include "io/workspace_snapshot.hpp"
#include "workspace_edge_cases.hpp"

using namespace retain;

namespace {

std::string write_in_slices(const Workspace& ws, size_t budget, size_t& steps) {
    SnapshotWriter writer(ws, 4096);
    steps = 0;
    double progress = 0;
    while (!writer.step(budget)) {
        ++steps;
        CHECK(writer.progress() >= progress);  // never goes back, never past the end
        CHECK(writer.progress() <= 1.0);
        progress = writer.progress();
    }
    ++steps;
    CHECK_FALSE(writer.stale());
    CHECK(writer.progress() == doctest::Approx(1.0));
    return snapshot::join_chunks(writer.take_parts());
}

}  // namespace

TEST_CASE("the snapshot written in slices is the snapshot written at once, for any slice size") {
    DemoOptions options;
    options.accounts = 120;
    const Workspace ws = generate_demo(options);
    const std::string whole = save_workspace_snapshot(ws);
    for (const size_t budget : {size_t(1), size_t(7), size_t(1000), std::numeric_limits<size_t>::max()}) {
        CAPTURE(budget);
        size_t steps = 0;
        CHECK(write_in_slices(ws, budget, steps) == whole);
        if (budget == 1) CHECK(steps > 1000);  // one value a step: the work really was cut up
        if (budget == (std::numeric_limits<size_t>::max())) CHECK(steps == 1);
    }
}

TEST_CASE("edge cases (orphan rows, empty tables, key features) come out the same in slices") {
    Workspace ws = test::edge_cases();
    ws.tickets.push_back(ws.tickets[0]);
    ws.tickets.back().account = 77;  // names no account: left out, in slices as at once
    size_t steps = 0;
    CHECK(write_in_slices(ws, 3, steps) == save_workspace_snapshot(ws));
    CHECK(write_in_slices(Workspace{}, 1, steps) == save_workspace_snapshot(Workspace{}));
}

TEST_CASE("a table that changes size between slices marks the writer stale") {
    DemoOptions options;
    options.accounts = 40;
    Workspace ws = generate_demo(options);
    SnapshotWriter writer(ws);
    CHECK_FALSE(writer.step(5));
    ws.usage.pop_back();
    while (!writer.step(5)) {
    }
    CHECK(writer.stale());
}
