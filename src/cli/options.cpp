#include <algorithm>
#include <cstdio>

#include "cli/commands.hpp"

namespace retain::cli {

bool parse_options(const std::vector<std::string>& args, const std::vector<std::string>& flags,
                   std::vector<Option>& out, std::string& error) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        Option o;
        if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
            o.value = arg;
            out.push_back(o);
            continue;
        }
        const size_t eq = arg.find('=');
        o.name = arg.substr(0, eq);
        const bool is_flag = std::find(flags.begin(), flags.end(), o.name) != flags.end();
        if (eq != std::string::npos) {
            o.value = arg.substr(eq + 1);
            o.has_value = true;
        } else if (!is_flag) {
            // The next word is the value even when it starts with '-': "--accounts -5" then reports
            // the bad number rather than a confusing "missing value".
            if (i + 1 >= args.size()) {
                error = o.name + " needs a value";
                return false;
            }
            o.value = args[++i];
            o.has_value = true;
        }
        out.push_back(o);
    }
    return true;
}

bool parse_whole(std::string_view text, unsigned long long lo, unsigned long long hi, unsigned long long& out) {
    if (text.empty() || text.size() > 19) return false;
    unsigned long long v = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + unsigned(c - '0');
    }
    if (v < lo || v > hi) return false;
    out = v;
    return true;
}

int bad_input(const char* command, const std::string& message) {
    std::fprintf(stderr, "retain %s: %s\n", command, message.c_str());
    return kExitBadInput;
}

}  // namespace retain::cli
