#include <cstdio>

#include "cli/commands.hpp"
#include "platform/native/native_files.hpp"

namespace retain::cli {

bool read_input(const std::string& path, std::string& out, std::string& error) {
    if (path != "-") return read_file(path, out, error);
    out.clear();
    char buf[1 << 16];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) out.append(buf, n);
    if (std::ferror(stdin)) error = "stdin: read error";
    return !std::ferror(stdin);
}

bool write_output(const std::string& path, const std::string& text, std::string& error) {
    if (path != "-") return write_file(path, text, error);
    if (std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0) return true;
    error = "stdout: write error";
    return false;
}

}  // namespace retain::cli
