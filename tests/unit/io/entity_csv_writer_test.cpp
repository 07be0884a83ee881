// EntityCsvWriter (io/entity_csv_export.hpp): each entity's CSV written a slice at a time is the file
// written at once, wherever the slices fall; an entity with no rows still gets its header.
#include <doctest/doctest.h>

#include <limits>

#include "core/analysis.hpp"
#include "core/demo_generator.hpp"
#include "io/entity_csv_export.hpp"

using namespace retain;

TEST_CASE("every entity's CSV written in slices is the CSV written at once") {
    DemoOptions options;
    options.accounts = 80;
    const Workspace ws = generate_demo(options);
    const Analysis analysis = analyse(ws, Date::from_ymd(2026, 11, 15));
    for (int e = 0; e < kExportEntityCount; ++e) {
        const ExportEntity entity = ExportEntity(e);
        CAPTURE(to_string(entity));
        const std::string whole = export_entity_csv(ws, analysis, entity);
        for (const size_t budget : {size_t(1), size_t(3), size_t(500)}) {
            CAPTURE(budget);
            EntityCsvWriter writer(ws, analysis, entity);
            size_t steps = 0;
            double progress = 0;
            for (;;) {
                size_t left = budget;
                const bool done = writer.step(left);
                ++steps;
                CHECK(left < budget);
                CHECK(writer.progress() >= progress);
                progress = writer.progress();
                if (done) break;
            }
            CHECK(writer.progress() == 1.0);
            CHECK(writer.take() == whole);
            if (budget == 1 && entity == ExportEntity::usage) CHECK(steps == ws.usage.size());
        }
    }
}

TEST_CASE("an entity with no rows is its header alone, in one step") {
    const Workspace ws;
    const Analysis analysis;
    EntityCsvWriter writer(ws, analysis, ExportEntity::tickets);
    CHECK_FALSE(writer.done());  // not even the header is written before the first step
    size_t budget = 10;
    CHECK(writer.step(budget));
    CHECK(writer.take() == "account,id,opened,closed,priority,status,satisfaction\r\n");
}
