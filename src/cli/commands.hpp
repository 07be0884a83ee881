// The `retain` command line: each subcommand is a function over the same core and io code the page uses.
// Exit codes: 0 success, 1 the system failed us (a file could not be written), 2 bad input (a wrong
// option or value, an invalid workspace file) with a message on stderr saying what to fix.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace retain {
struct Workspace;
}

namespace retain::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitBadInput = 2;

// args are the words after the command name.
int run_demo(const std::vector<std::string>& args);
int run_check(const std::vector<std::string>& args);
int run_csv(const std::vector<std::string>& args);
int run_import(const std::vector<std::string>& args);
int run_export(const std::vector<std::string>& args);
int run_capacity(const std::vector<std::string>& args);
int run_playbooks(const std::vector<std::string>& args);
int run_score(const std::vector<std::string>& args);     // health_command.cpp
int run_backtest(const std::vector<std::string>& args);  // health_command.cpp
int run_metrics(const std::vector<std::string>& args);   // metrics_command.cpp
int run_report(const std::vector<std::string>& args);    // report_command.cpp

// ---- shared by the commands (options.cpp, stdio_or_file.cpp) ----

// One "--name value" or "--name=value" option, or a plain word.
struct Option {
    std::string name;   // "--accounts"; empty for a plain word
    std::string value;  // the value, or the plain word
    bool has_value = false;
};

// Splits args into options; options in `flags` take no value. Returns false with `error` set when an
// option that needs a value has none.
bool parse_options(const std::vector<std::string>& args, const std::vector<std::string>& flags,
                   std::vector<Option>& out, std::string& error);

// A whole number in [lo, hi], digits only (no sign, spaces or suffixes).
bool parse_whole(std::string_view text, unsigned long long lo, unsigned long long hi, unsigned long long& out);

// Today's date in UTC (utc_today.cpp).
Date utc_today();

// Prints "retain <command>: <message>" on stderr and returns kExitBadInput.
int bad_input(const char* command, const std::string& message);

// Whole-file I/O through the native platform files (platform/native/native_files.hpp), plus "-" for
// stdin / stdout. Return false with `error` set ("path: reason").
bool read_input(const std::string& path, std::string& out, std::string& error);
bool write_output(const std::string& path, const std::string& text, std::string& error);

// Reads and loads the workspace at `path` (- for stdin); on failure says why as `command` (bad_input)
// and sets exit_code (workspace_input.cpp).
bool load_workspace_file(const char* command, const std::string& path, Workspace& ws, int& exit_code);
// `given` when set, else today's date (UTC): the "today" of a workspace without its own as-of date.
Date today_or(Date given);

}  // namespace retain::cli
