// retain: the command-line side of Retain. It calls the same core and io functions as the page, so a
// workspace made or checked here is exactly what the page opens.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.hpp"

namespace {

constexpr const char* kVersion = "0.1.0";  // the one place the CLI's version is written

const char* const kUsage =
    "Usage: retain <command> [options]\n"
    "\n"
    "Commands:\n"
    "  demo [--accounts N] [--seed S] [--months M] [--end YYYY-MM-DD] [--out FILE]\n"
    "                 write the generated demo workspace as JSON to FILE (default: stdout).\n"
    "                 Defaults: 250 accounts, seed 20261115, 24 months ending 2026-11-15.\n"
    "  check FILE     validate a workspace file (- for stdin) and print what it holds\n"
    "  csv FILE [--delimiter C] [--no-preamble] [--json]\n"
    "                 parse a CSV file (- for stdin) as an import does; --json prints its rows,\n"
    "                 header included, as a JSON array of arrays of strings. Notes go to stderr.\n"
    "  import FILE... --out WS.json [--entity E] [--map field=Column,...] [--into WS.json] [--replace]\n"
    "                 [--skip-bad-rows]: import CSV / JSON files into a workspace; a plan with errors\n"
    "                 exits 2 and writes nothing (see retain import --help)\n"
    "  export WS.json --entity E\n"
    "                 print one entity of a workspace as CSV on stdout\n"
    "  capacity WS.json [--today YYYY-MM-DD] [--json]\n"
    "                 segments, CSM books against capacity, ratios, headcount needed, the first-CS-hire\n"
    "                 signal and suggested rebalancing moves; --json prints them as JSON\n"
    "  playbooks run WS.json [--as-of YYYY-MM-DD] [--out WS2.json] [--json]\n"
    "                 run the enabled playbooks and print the tasks they create; --out writes the\n"
    "                 workspace with them, so a second run on it creates none\n"
    "  score WS.json [--as-of YYYY-MM-DD] [--account ID] [--json]\n"
    "                 each account's health score, color and why; --json adds every measure's raw value,\n"
    "                 score, share and contribution and the missing inputs\n"
    "  backtest WS.json [--horizon DAYS] [--as-of YYYY-MM-DD] [--json]\n"
    "                 score past dates against what happened next: ROC AUC, red's precision and recall,\n"
    "                 churn per color, lift, and proposed weights with their AUC (default 90 days)\n"
    "  metrics WS.json [--from YYYY-MM] [--to YYYY-MM] [--by segment|owner] [--json]\n"
    "                 MRR, movements, churn, NRR/GRR, renewals, LTV, NPS/CSAT/CES, adoption, time to\n"
    "                 value and CS ROI for a range of months (default the trailing 12)\n"
    "  report account ID WS.json [--format html|md] [--out FILE] [--today YYYY-MM-DD]\n"
    "  report team WS.json [--format html|md] [--out FILE] [--today YYYY-MM-DD]\n"
    "                 the account one-pager / QBR pack or the team report, as self-contained HTML\n"
    "                 (default) or Markdown, on stdout or in FILE\n"
    "  version        print the version\n"
    "  help           print this help (also --help, -h)\n"
    "\n"
    "Exit status: 0 success, 1 a file could not be written, 2 bad input (message on stderr).\n";

}  // namespace

int main(int argc, char** argv) {
    using namespace retain::cli;
    if (argc < 2) {
        std::fputs(kUsage, stderr);
        return kExitBadInput;
    }
    const std::string command = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }
    if (command == "version" || command == "--version") {
        std::printf("retain %s\n", kVersion);
        return kExitOk;
    }
    if (command == "demo") return run_demo(args);
    if (command == "check") return run_check(args);
    if (command == "csv") return run_csv(args);
    if (command == "import") return run_import(args);
    if (command == "export") return run_export(args);
    if (command == "capacity") return run_capacity(args);
    if (command == "playbooks") return run_playbooks(args);
    if (command == "score") return run_score(args);
    if (command == "backtest") return run_backtest(args);
    if (command == "metrics") return run_metrics(args);
    if (command == "report") return run_report(args);
    std::fprintf(stderr, "retain: unknown command \"%s\" (try retain --help)\n", command.c_str());
    return kExitBadInput;
}
