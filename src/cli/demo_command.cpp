// retain demo: writes the generated demo workspace (assets/demo-workspace.json is its default output).
#include <cstdio>

#include "cli/commands.hpp"
#include "core/demo_generator.hpp"
#include "io/workspace_json.hpp"

namespace retain::cli {

int run_demo(const std::vector<std::string>& args) {
    std::vector<Option> options;
    std::string error;
    if (!parse_options(args, {}, options, error)) return bad_input("demo", error);

    DemoOptions demo;
    std::string out = "-";
    for (const Option& o : options) {
        unsigned long long n = 0;
        if (o.name.empty()) return bad_input("demo", "unexpected argument \"" + o.value + "\"");
        if (o.name == "--accounts") {
            // A million accounts is about 20 GB of JSON; beyond that is a typo.
            if (!parse_whole(o.value, 0, 1000000, n))
                return bad_input("demo",
                                 "--accounts must be a whole number from 0 to 1000000, got \"" + o.value + "\"");
            demo.accounts = int32_t(n);
        } else if (o.name == "--seed") {
            if (!parse_whole(o.value, 0, UINT64_MAX, n))
                return bad_input("demo", "--seed must be a whole number, got \"" + o.value + "\"");
            demo.seed = n;
        } else if (o.name == "--months") {
            if (!parse_whole(o.value, 1, 120, n))
                return bad_input("demo", "--months must be a whole number from 1 to 120, got \"" + o.value + "\"");
            demo.months = int32_t(n);
        } else if (o.name == "--end") {
            if (!parse_iso_date(o.value, demo.end))
                return bad_input("demo", "--end must be a date YYYY-MM-DD, got \"" + o.value + "\"");
        } else if (o.name == "--out") {
            if (o.value.empty()) return bad_input("demo", "--out needs a file name (or - for stdout)");
            out = o.value;
        } else {
            return bad_input("demo", "unknown option " + o.name + " (see retain --help)");
        }
    }
    const std::string json = save_workspace_json(generate_demo(demo));
    if (!write_output(out, json, error)) {
        std::fprintf(stderr, "retain demo: %s\n", error.c_str());
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace retain::cli
