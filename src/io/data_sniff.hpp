// What kind of data a loaded file or URL response holds, judged from its first bytes, so the user gets
// a message that says what went wrong ("this address returned a web page") instead of a parse error
// on line 1 of an HTML document.
#pragma once
#include <string>
#include <string_view>

namespace retain {

enum class DataKind : uint8_t { empty, workspace_json, other_json, html, binary, text };

DataKind sniff_data(std::string_view bytes);

// A sentence for the user about data that cannot be opened as it is; "" when it can.
std::string describe_unusable(DataKind kind, const std::string& name);

}  // namespace retain
