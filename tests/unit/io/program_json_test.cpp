// The CS program in the workspace file (io/program_json.hpp): absent when empty, optional keys, byte-for-
// byte round trip, and bad values refused with their place.
#include <doctest/doctest.h>

#include "core/demo_generator.hpp"
#include "core/program/program_progress.hpp"
#include "io/program_json.hpp"
#include "io/workspace_json.hpp"

using namespace retain;

namespace {

Workspace small_demo() {
    DemoOptions o;
    o.accounts = 12;
    return generate_demo(o);
}

std::string program_load_error(const std::string& text) {
    Workspace ws;
    std::string error;
    CHECK_FALSE(load_workspace_json(text, ws, error));
    return error;
}

// The small demo's file with `program_json` as its "program" key.
std::string with_program(const std::string& program_json) {
    std::string text = save_workspace_json(small_demo());
    const size_t end = text.rfind('}');
    return text.substr(0, end) + ",\"program\":" + program_json + "}\n";
}

}  // namespace

TEST_CASE("an empty program leaves no key in the file; a written one round-trips byte for byte") {
    Workspace ws = small_demo();
    CHECK(save_workspace_json(ws).find("\"program\"") == std::string::npos);

    ws.program.charter[size_t(CharterField::who_we_serve)] = "Finance teams <50 people & \"growing\"\nsecond line";
    ws.program.charter[size_t(CharterField::cs_does_not_own)] = "Support tickets; billing disputes";
    set_step_done(ws.program, "metrics", true);
    set_step_done(ws.program, "charter", true);
    set_launch_item_done(ws.program, "scale-handoffs", true);
    ws.program.launch_start = Date::from_ymd(2026, 10, 5);
    const std::string once = save_workspace_json(ws);
    CHECK(once.find("\"program\":{") != std::string::npos);

    Workspace back;
    std::string error;
    REQUIRE_MESSAGE(load_workspace_json(once, back, error), error);
    CHECK(back.program.charter == ws.program.charter);
    CHECK(back.program.steps_done == std::vector<std::string>{"charter", "metrics"});
    CHECK(back.program.launch_done == std::vector<std::string>{"scale-handoffs"});
    CHECK(back.program.launch_start == Date::from_ymd(2026, 10, 5));
    CHECK(save_workspace_json(back) == once);
}

TEST_CASE("every key of the program is optional") {
    Workspace ws;
    std::string error;
    REQUIRE_MESSAGE(load_workspace_json(with_program("{}"), ws, error), error);
    CHECK(ws.program.is_empty());
    REQUIRE_MESSAGE(load_workspace_json(with_program("{\"steps_done\":[\"feedback\",\"health\"]}"), ws, error), error);
    CHECK(ws.program.steps_done == std::vector<std::string>{"health", "feedback"});  // kept in catalogue order
    CHECK(ws.program.charter[0].empty());
    CHECK_FALSE(ws.program.launch_start.ok());
    REQUIRE_MESSAGE(load_workspace_json(with_program("{\"launch_start\":null,\"charter\":{\"outcomes\":\"Close faster\"}}"), ws, error), error);
    CHECK(ws.program.charter[size_t(CharterField::outcomes)] == "Close faster");
}

TEST_CASE("bad program values are refused with their place") {
    CHECK(program_load_error(with_program("[]")).find("program: expected an object") != std::string::npos);
    CHECK(program_load_error(with_program("{\"mission\":\"x\"}")).find("unknown key \"mission\"") != std::string::npos);
    CHECK(program_load_error(with_program("{\"steps_done\":[\"charter\",\"world-peace\"]}")).find("program.steps_done[1]: unknown id") !=
          std::string::npos);
    CHECK(program_load_error(with_program("{\"launch_done\":[3]}")).find("program.launch_done[0]: expected an id") != std::string::npos);
    CHECK(program_load_error(with_program("{\"launch_start\":\"2026-02-30\"}")).find("program.launch_start: expected a date") !=
          std::string::npos);
    CHECK(program_load_error(with_program("{\"charter\":{\"vision\":\"x\"}}")).find("program.charter: unknown key \"vision\"") !=
          std::string::npos);
    CHECK(program_load_error(with_program("{\"charter\":{\"outcomes\":7}}")).find("program.charter.outcomes: expected text") !=
          std::string::npos);
}
