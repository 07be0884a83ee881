// The CSV parser: UTF-8 text (see text_decode.hpp) in, a table of fields out, every problem reported with
// its position. One pass over the bytes; fields are views into the text, not copies.
//
// What is accepted (RFC 4180, plus what real exports do):
// - Fields are separated by one delimiter byte: `,` `;` tab or `|`, sniffed from the first records
//   (up to 64 KiB / 200 records). Each candidate's dominant count is its most common field count above 1;
//   its score is the records from the header on that have that count, minus those that don't, minus
//   twice the quote errors it would cause (well-formed text has none with the right delimiter). The best
//   score wins, ties going to the order `,` `;` tab `|`. When no candidate gives more than one field the
//   file is one column and the delimiter is `,`. CsvOptions::delimiter forces one instead.
// - Records end at LF, CRLF or a lone CR, mixed freely. The last record needs no line end.
// - A field that begins with `"` is quoted: it runs to the next `"` not followed by another `"`, may hold
//   delimiters and line ends, and `""` inside it stands for one `"`.
// - Blank lines (nothing between two line ends) are skipped; a line holding only `""` is a record with
//   one empty field. Line numbers always count every line of the file, including the lines inside quoted
//   fields and blank lines.
// - Spaces are data: nothing is trimmed, inside or outside quotes.
// - A delimiter at the end of a line is an empty last field (`a,b,` has three fields).
// - Preamble: when CsvOptions::detect_preamble is on, up to 20 records at the top whose field count is
//   below the dominant count are skipped (titles, "Exported on ..." lines), provided the header they lead
//   to is followed by at least one record of its width and nine in ten of the sampled records from the
//   header on have that width. The header is then the first record of the dominant count; `header_line`
//   says where it was found, so the skip is never silent. Otherwise the first record is the header.
//   Skipped records are not table rows: their field counts and stray quotes are not errors.
// - A UTF-8 byte-order mark at the very start is skipped, for callers that did not decode first.
//
// What is an error (CsvError; parsing goes on past every error but an unclosed quote, so that all of
// them are listed, up to CsvOptions::max_errors, and all are counted):
// - A ragged record: a field count different from the header's: "expected 12 fields (as in the header),
//   found 11". The record stays in the table with the fields it has; nothing is padded or merged.
// - A quote inside an unquoted field (`ab"c`): reported at its line and byte column; the quote is kept
//   as a character of the field.
// - Text between a closing quote and the next delimiter or line end (`"ab"c`): reported where it starts;
//   the field keeps only its quoted part.
// - A quote that is never closed: reported at the line and byte column where it opened. It swallowed the
//   rest of the file, so parsing stops there; the table holds the records before it.
// - An empty file, or one with only blank lines: "the file is empty", and no rows.
// - A forced delimiter that is a quote or a line end; a text of 4 GiB or more (offsets are 32-bit).
//   These three are about the whole file and have line 0.
// A header with no records below it is not an error: the table has the header row and no data rows.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/csv_arena.hpp"

namespace retain {

struct CsvOptions {
    char delimiter = 0;           // 0: sniff among , ; tab |
    bool detect_preamble = true;  // skip title lines above the header (see above)
    size_t max_errors = 100;      // listed in CsvResult::errors; all are counted
};

struct CsvError {
    size_t line = 0;         // 1-based line in the file; 0 when the problem is the whole file
    size_t column = 0;       // 1-based field number in the record; 0 when the problem is the whole record
    size_t byte_column = 0;  // 1-based byte in the line (of the UTF-8 text) for quote errors; else 0
    std::string message;
};

// The parsed rows, header first. Fields are views into the parsed text (or, for quoted fields with
// doubled quotes, into `arena`): keep the text alive as long as the table.
//
// A field is kept as 8 bytes (its offset and length in the text), not as a 16-byte string_view: a
// million-row usage export has some five million fields, and the views were the largest thing an import
// held (80 MB of them beside the 38 MB file), which set the page's peak memory.
struct CsvTable {
    struct FieldRef {
        uint32_t at = 0;    // offset in `text`; for an unescaped field, its index in `unescaped`
        uint32_t size = 0;  // length in bytes; kUnescaped marks an unescaped field
    };
    static constexpr uint32_t kUnescaped = UINT32_MAX;  // no field of a text under 4 GiB is this long
    static_assert(sizeof(FieldRef) == 8, "a field reference is meant to take 8 bytes");

    std::string_view text;                 // what the fields point into: the parsed text without its BOM
    std::vector<FieldRef> fields;          // every record's fields, record after record
    std::vector<std::string_view> unescaped;  // quoted fields with doubled quotes, without the doubling
    std::vector<uint32_t> row_starts{0};   // row r is fields[row_starts[r] .. row_starts[r + 1])
    std::vector<uint32_t> row_lines;       // the 1-based line where row r starts
    size_t columns = 0;                    // fields in the header
    char delimiter = ',';
    bool delimiter_sniffed = false;        // false when CsvOptions forced it
    size_t header_line = 0;                // 1-based; 0 when there is no header (an empty file)
    CsvArena arena;                        // the text of the unescaped fields

    size_t row_count() const { return row_lines.size(); }  // the header included
    size_t row_size(size_t row) const { return row_starts[row + 1] - row_starts[row]; }
    std::string_view field_at(size_t i) const {
        const FieldRef f = fields[i];
        return f.size == kUnescaped ? unescaped[f.at] : std::string_view(text.data() + f.at, f.size);
    }
    // The field, or "" when the row is shorter (a ragged row, reported in CsvResult::errors).
    std::string_view field(size_t row, size_t column) const {
        return column < row_size(row) ? field_at(row_starts[row] + column) : std::string_view();
    }
};

struct CsvResult {
    CsvTable table;
    std::vector<CsvError> errors;  // the first CsvOptions::max_errors, in file order
    size_t error_count = 0;        // all of them, listed or not
    bool ok() const { return error_count == 0; }
};

CsvResult parse_csv(std::string_view text, const CsvOptions& options = {});

// The same parse made in steps, for a page that must keep drawing while a large file is read: each
// step() reads whole records until at least `bytes` more of the text are read, and the result is the
// one parse_csv() gives, however the text was stepped through (a unit test holds it to that).
class CsvParse {
public:
    explicit CsvParse(std::string_view text, const CsvOptions& options = {});  // the text must outlive it
    ~CsvParse();
    CsvParse(CsvParse&&) noexcept;
    CsvParse& operator=(CsvParse&&) noexcept;

    bool step(size_t bytes);  // true when the whole text is parsed
    double progress() const;  // the share of the text read, 0..1
    CsvResult take();         // finishes the parse if need be; once

private:
    struct State;
    std::unique_ptr<State> state_;
};

// "file:line:byte_column: message" for quote errors, "file:line: message" for ragged records and
// "file: message" for the whole file: positions the way compilers print them, so editors can jump there.
std::string format_csv_error(std::string_view file, const CsvError& error);

}  // namespace retain
