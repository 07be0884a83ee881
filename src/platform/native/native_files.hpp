// Native stand-ins for the browser's file access: whole files in and out, errors as messages.
// Used by the CLI and the native tests; the page reads files through web/retain_lib.js instead.
#pragma once
#include <string>

namespace retain {

bool read_file(const std::string& path, std::string& out, std::string& error);
// Writes through a temporary file renamed into place, so a failed write never leaves half a file.
bool write_file(const std::string& path, const std::string& data, std::string& error);

}  // namespace retain
