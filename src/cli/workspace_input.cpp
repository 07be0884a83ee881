// The workspace file a command reads, and the "today" it is read at: shared by the commands that
// analyse a workspace (export, capacity), so each reads and dates it the same way.
#include <ctime>

#include "cli/commands.hpp"
#include "io/workspace_snapshot.hpp"

namespace retain::cli {

bool load_workspace_file(const char* command, const std::string& path, Workspace& ws, int& exit_code) {
    std::string text, error;
    if (!read_input(path, text, error)) {
        exit_code = bad_input(command, "cannot read " + error);
        return false;
    }
    if (!load_workspace_file_bytes(text, ws, error)) {
        exit_code = bad_input(command, path + ": " + error);
        return false;
    }
    return true;
}

Date today_or(Date given) {
    if (given.ok()) return given;
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    return Date::from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

}  // namespace retain::cli
