#include "io/data_sniff.hpp"

#include <algorithm>
#include <cctype>

namespace retain {
namespace {

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

}  // namespace

DataKind sniff_data(std::string_view bytes) {
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    // UTF-16 text (Excel's "Unicode text") has NUL bytes but is text; its BOM says so.
    const bool utf16 = bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
    size_t i = 0;
    while (i < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
    const std::string_view head = bytes.substr(i, 4096);
    if (head.empty()) return DataKind::empty;
    if (!utf16 && head.find('\0') != std::string_view::npos) return DataKind::binary;
    if (starts_with_nocase(head, "<!doctype html") || starts_with_nocase(head, "<html") ||
        (head[0] == '<' && head.find("<html") != std::string_view::npos))
        return DataKind::html;
    if (head[0] == '{') {
        // The workspace format names its schema first; other JSON objects are not workspaces.
        const std::string_view start = head.substr(0, 200);
        return start.find("\"retain.workspace\"") != std::string_view::npos ? DataKind::workspace_json : DataKind::other_json;
    }
    if (head[0] == '[') return DataKind::other_json;
    return DataKind::text;
}

std::string describe_unusable(DataKind kind, const std::string& name) {
    switch (kind) {
        case DataKind::empty: return name + " is empty.";
        case DataKind::html:
            return name + " is a web page (HTML), not a data file. Use the address of the file itself; for a "
                          "Google Sheet, use File > Share > Publish to web and choose CSV.";
        case DataKind::binary:
            return name + " looks like a binary file (a spreadsheet workbook, an archive or an image), not CSV or "
                          "JSON. Save it as CSV first.";
        case DataKind::other_json:
            return name + " is JSON but not a Retain workspace (it has no \"schema\": \"retain.workspace\"). "
                          "Importing JSON arrays of records is not available yet.";
        case DataKind::text:
            return name + " looks like CSV or text. Importing CSV files is not available yet; open a Retain "
                          "workspace (.retain.json) instead.";
        case DataKind::workspace_json: return {};
    }
    return {};
}

}  // namespace retain
