// libFuzzer target: bytes of any kind through the path every uploaded CSV takes — decode_text (encoding
// detection, Windows-1252 and UTF-16 conversion) then parse_csv (delimiter sniffing, preamble detection,
// quotes). Besides "no crash, no sanitizer report" it checks the table's own invariants, which the importer
// relies on without checking again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "io/csv_parser.hpp"
#include "io/text_decode.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();  // libFuzzer reports the input as a crash
}

void check_table(const retain::CsvResult& result, const retain::CsvOptions& options) {
    const retain::CsvTable& t = result.table;
    require(t.row_starts.size() == t.row_lines.size() + 1);
    require(t.row_starts.back() == t.fields.size());
    // Every field is inside the text, or one of the unescaped fields.
    for (const retain::CsvTable::FieldRef& f : t.fields) {
        if (f.size == retain::CsvTable::kUnescaped) require(f.at < t.unescaped.size());
        else require(size_t(f.at) + f.size <= t.text.size());
    }
    for (size_t r = 0; r < t.row_count(); ++r) {
        require(t.row_starts[r] <= t.row_starts[r + 1]);
        if (r > 0) require(t.row_lines[r - 1] <= t.row_lines[r]);
        for (size_t c = 0; c < t.row_size(r) + 1; ++c) (void)t.field(r, c).size();  // past the end is ""
    }
    require(result.errors.size() <= options.max_errors);
    require(result.errors.size() <= result.error_count);
    for (const retain::CsvError& e : result.errors) require(!e.message.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const retain::DecodedText decoded = retain::decode_text(bytes);
    require(decoded.issues.size() <= retain::kMaxDecodeIssues);
    if (!decoded.ok()) {
        require(decoded.utf8().empty());
        return 0;
    }
    retain::CsvOptions sniffed;
    check_table(retain::parse_csv(decoded.utf8(), sniffed), sniffed);
    retain::CsvOptions semicolon;  // a forced delimiter and no preamble detection take other branches
    semicolon.delimiter = ';';
    semicolon.detect_preamble = false;
    semicolon.max_errors = 3;
    check_table(retain::parse_csv(decoded.utf8(), semicolon), semicolon);
    return 0;
}
