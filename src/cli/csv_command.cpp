// retain csv FILE [--delimiter C] [--no-preamble] [--json]: reads a CSV file exactly as an import does
// (text_decode, then csv_parser) and prints what it found. With --json the rows go to stdout as a JSON
// array of arrays of strings, header included, so the parser can be checked against any CSV corpus.
// Notes (the encoding, decoding issues, a skipped preamble) go to stderr; bad input exits 2 with
// "file:line:column: message" lines on stderr and nothing on stdout.
#include <cstdio>

#include "cli/commands.hpp"
#include "core/money.hpp"
#include "io/csv_parser.hpp"
#include "io/text_decode.hpp"

namespace retain::cli {
namespace {

// Accepts the delimiter as typed: one character, or "tab" / "\t" because a real tab is awkward in a shell.
bool parse_delimiter(const std::string& value, char& out) {
    if (value == "tab" || value == "\\t") {
        out = '\t';
        return true;
    }
    if (value.size() != 1 || value[0] == '"' || value[0] == '\n' || value[0] == '\r') return false;
    out = value[0];
    return true;
}

std::string delimiter_name(char d) { return d == '\t' ? "tab" : std::string("'") + d + "'"; }

std::string count_of(size_t n, const char* noun) {
    return format_count(int64_t(n)) + " " + noun + (n == 1 ? "" : "s");
}

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    size_t run = 0;  // start of the bytes not yet copied: copied in runs, not one by one
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default: {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            }
        }
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

// One row per line: diffs well and stays readable for small files, and is still one JSON document.
std::string table_json(const CsvTable& table, size_t text_size) {
    std::string out;
    out.reserve(text_size + text_size / 2 + 16);
    out += "[";
    for (size_t r = 0; r < table.row_count(); ++r) {
        out += r ? ",\n[" : "\n[";
        for (size_t c = 0; c < table.row_size(r); ++c) {
            if (c) out += ',';
            append_json_string(out, table.field(r, c));
        }
        out += ']';
    }
    out += "\n]\n";
    return out;
}

}  // namespace

int run_csv(const std::vector<std::string>& args) {
    std::vector<Option> options;
    std::string error;
    if (!parse_options(args, {"--json", "--no-preamble"}, options, error)) return bad_input("csv", error);
    std::string path;
    bool json = false;
    CsvOptions csv;
    for (const Option& o : options) {
        if (o.name.empty()) {
            if (!path.empty()) return bad_input("csv", "expected one file, got \"" + path + "\" and \"" + o.value + "\"");
            path = o.value;
        } else if (o.name == "--json") {
            json = true;
        } else if (o.name == "--no-preamble") {
            csv.detect_preamble = false;
        } else if (o.name == "--delimiter") {
            if (!parse_delimiter(o.value, csv.delimiter))
                return bad_input("csv", "--delimiter must be one character other than a quote (or \"tab\"), got \"" +
                                            o.value + "\"");
        } else {
            return bad_input("csv", "unknown option " + o.name + " (see retain --help)");
        }
    }
    if (path.empty()) return bad_input("csv", "expected a CSV file (or - for stdin): retain csv FILE [--json]");

    std::string bytes;
    if (!read_input(path, bytes, error)) return bad_input("csv", "cannot read " + error);
    const std::string name = path == "-" ? "<stdin>" : path;
    const DecodedText text = decode_text(bytes);
    if (!text.ok()) {
        std::fprintf(stderr, "%s:%zu: %s\n", name.c_str(), text.error->line, text.error->message.c_str());
        return kExitBadInput;
    }
    std::fprintf(stderr, "%s: note: read as %s\n", name.c_str(), encoding_name(text.encoding));
    for (const DecodeIssue& issue : text.issues)
        std::fprintf(stderr, "%s:%zu: note: %s\n", name.c_str(), issue.line, issue.message.c_str());
    if (text.issue_count > text.issues.size())
        std::fprintf(stderr, "%s: note: %zu more decoding notes not listed\n", name.c_str(),
                     text.issue_count - text.issues.size());

    const CsvResult result = parse_csv(text.utf8(), csv);
    for (const CsvError& e : result.errors) std::fprintf(stderr, "%s\n", format_csv_error(name, e).c_str());
    if (result.error_count > result.errors.size())
        std::fprintf(stderr, "%s: %zu more errors not listed\n", name.c_str(), result.error_count - result.errors.size());
    if (!result.ok()) return kExitBadInput;

    const CsvTable& table = result.table;
    if (table.header_line > 1)
        std::fprintf(stderr, "%s: note: header on line %zu; the lines above it were skipped as a preamble\n",
                     name.c_str(), table.header_line);
    if (json) {
        if (!write_output("-", table_json(table, text.utf8().size()), error)) {
            std::fprintf(stderr, "retain csv: %s\n", error.c_str());
            return kExitFailure;
        }
        return kExitOk;
    }
    std::printf("%s: %s, delimiter %s%s, header on line %zu, %s, %s below it\n", name.c_str(),
                encoding_name(text.encoding), delimiter_name(table.delimiter).c_str(),
                table.delimiter_sniffed ? " (detected)" : "", table.header_line, count_of(table.columns, "column").c_str(),
                count_of(table.row_count() - 1, "row").c_str());
    return kExitOk;
}

}  // namespace retain::cli
