// WorkspaceJsonWriter (io/workspace_json.hpp): the workspace file written a slice at a time is the same
// text as the one written in one go, wherever the slices fall, with or without the records.
#include <doctest/doctest.h>

#include <limits>

#include "core/demo_generator.hpp"
#include "io/workspace_json.hpp"
#include "workspace_edge_cases.hpp"

using namespace retain;

namespace {

std::string write_in_slices(const Workspace& ws, const WorkspaceWriteOptions& options, size_t budget, size_t& steps) {
    WorkspaceJsonWriter writer(ws, options);
    steps = 0;
    double progress = 0;
    size_t bytes = 0;
    for (;;) {
        size_t left = budget;
        const bool done = writer.step(left);
        ++steps;
        CHECK(left < budget);  // every step spends budget: it made progress
        CHECK(writer.progress() >= progress);
        CHECK(writer.progress() <= 1.0);
        CHECK(writer.bytes() >= bytes);
        progress = writer.progress();
        bytes = writer.bytes();
        if (done) break;
    }
    CHECK(writer.done());
    CHECK(writer.progress() == doctest::Approx(1.0));
    return writer.take();
}

WorkspaceWriteOptions without_records() {
    WorkspaceWriteOptions o;
    o.records = false;
    return o;
}

}  // namespace

TEST_CASE("the workspace file written in slices is the file written at once, for any slice size") {
    DemoOptions options;
    options.accounts = 150;
    const Workspace ws = generate_demo(options);
    REQUIRE_FALSE(ws.journey.accounts.empty());  // the dumped lists are there to be cut up
    REQUIRE_FALSE(ws.success_plans.empty());
    REQUIRE_FALSE(ws.handoffs.empty());
    for (const WorkspaceWriteOptions& o : {WorkspaceWriteOptions{}, without_records()}) {
        const std::string whole = save_workspace_json(ws, o);
        for (const size_t budget : {size_t(1), size_t(7), size_t(300), size_t(5000), std::numeric_limits<size_t>::max()}) {
            CAPTURE(o.records);
            CAPTURE(budget);
            size_t steps = 0;
            CHECK(write_in_slices(ws, o, budget, steps) == whole);
            if (budget == 1) CHECK(steps > ws.journey.accounts.size());  // one record a step at most
            if (budget == std::numeric_limits<size_t>::max()) CHECK(steps == 1);
        }
    }
}

TEST_CASE("a dumped record costs kTreeRecordCost, a written one its fields") {
    DemoOptions options;
    options.accounts = 60;
    const Workspace ws = generate_demo(options);
    WorkspaceJsonWriter with(ws), without(ws, without_records());
    // Without the records, what is left is mostly dumped lists: their cost is counted per record.
    const size_t dumped = ws.journey.accounts.size() + ws.success_plans.size() + ws.handoffs.size();
    CHECK(without.total_cost() >= dumped * WorkspaceJsonWriter::kTreeRecordCost);
    CHECK(with.total_cost() > without.total_cost() + ws.usage.size());  // each usage row several fields
}

TEST_CASE("edge cases (orphan rows, empty lists) come out the same in slices") {
    Workspace ws = test::edge_cases();
    ws.tickets.push_back(ws.tickets[0]);
    ws.tickets.back().account = 77;  // names no account: left out, in slices as at once
    size_t steps = 0;
    CHECK(write_in_slices(ws, {}, 2, steps) == save_workspace_json(ws));
    CHECK(write_in_slices(Workspace{}, {}, 1, steps) == save_workspace_json(Workspace{}));
}
