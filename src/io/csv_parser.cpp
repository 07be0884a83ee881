// Contents: the Parser (one pass: records, then fields, the quoted ones apart, resumable at any record);
// CsvParse, which checks the input, sniffs the layout, reserves the arrays and runs the Parser in steps;
// parse_csv, all of it at once; format_csv_error.
#include "io/csv_parser.hpp"

#include <algorithm>
#include <cstring>
#include <memory>

#include "io/csv_scan.hpp"
#include "io/csv_sniff.hpp"

namespace retain {
// Named, not anonymous: CsvParse::State (a member of a public class) holds a Parser.
namespace csv_detail {

class Parser {
public:
    Parser(std::string_view text, char delimiter, size_t skip_records, const CsvOptions& options, CsvResult& result)
        : begin_(text.data()),
          end_(text.data() + text.size()),
          line_start_(begin_),
          delimiter_(delimiter),
          skip_records_(skip_records),
          options_(options),
          result_(result),
          table_(result.table),
          fields_(result.table.fields) {}

    // Parses whole records until `bytes` more of the text are read (or the end); true when the text is done.
    bool run(size_t bytes) {
        if (done_) return true;
        const char* p = pos_;
        const char* const stop = size_t(end_ - p) > bytes ? p + bytes : end_;
        while (p < stop) {
            const size_t first = fields_.size();
            const size_t record_line = line_;
            bool last_quoted = false;
            for (;;) {
                const size_t field_number = fields_.size() - first + 1;
                if (p < end_ && *p == '"') {
                    p = quoted_field(p, field_number);
                    if (p == nullptr) {  // an unclosed quote took the rest of the file
                        fields_.resize(table_.row_starts.back());
                        done_ = true;
                        return true;
                    }
                    last_quoted = true;
                } else {
                    const char* start = p;
                    p = next_special(p);
                    while (p < end_ && *p == '"') {
                        report_here(p, field_number,
                                    "a quote inside an unquoted field (field " + std::to_string(field_number) +
                                        "): quote the whole field and double the quotes inside it");
                        p = next_special(p + 1);
                    }
                    fields_.push_back(ref(start, p));
                    last_quoted = false;
                }
                if (p == end_) break;
                if (*p == delimiter_) {
                    ++p;
                    continue;  // at the very end this reads the empty last field of "a,b,"
                }
                p = past_line_end(p);
                break;
            }
            end_record(first, record_line, last_quoted);
        }
        pos_ = p;
        done_ = p >= end_;
        return done_;
    }

    size_t read() const { return size_t(pos_ - begin_); }

private:
    const char* next_special(const char* p) const {
        return csv_scan::find_any_of_4(p, end_, delimiter_, '"', '\n', '\r');
    }

    // `p` is at CR or LF: steps over the line end (CRLF as one) and counts the line.
    const char* past_line_end(const char* p) {
        p += (*p == '\r' && p + 1 < end_ && p[1] == '\n') ? 2 : 1;
        ++line_;
        line_start_ = p;
        return p;
    }

    // The quoted field whose opening quote is at `quote`; returns where it ends (a delimiter, a line end
    // or the end of the text), or nullptr when the quote is never closed.
    const char* quoted_field(const char* quote, size_t field_number) {
        const size_t open_line = line_;
        const size_t open_column = size_t(quote - line_start_) + 1;
        const char* start = quote + 1;
        const char* p = start;
        bool doubled = false;
        for (;;) {
            p = csv_scan::find_any_of_3(p, end_, '"', '\n', '\r');
            if (p == end_) {
                skip_records_ = 0;  // even in a preamble: the quote swallowed the header and every row
                report(open_line, field_number, open_column,
                       "the quote that opens field " + std::to_string(field_number) +
                           " is never closed: add the closing quote (and double any quote inside the field)");
                return nullptr;
            }
            if (*p != '"') {
                p = past_line_end(p);
            } else if (p + 1 < end_ && p[1] == '"') {
                doubled = true;
                p += 2;
            } else {
                break;
            }
        }
        fields_.push_back(doubled ? unescape(start, p) : ref(start, p));
        ++p;  // the closing quote
        if (p < end_ && *p != delimiter_ && *p != '\n' && *p != '\r') {
            report_here(p, field_number,
                        "text after the closing quote of field " + std::to_string(field_number) +
                            ": a quoted field must end at the delimiter or the line end");
            do p = next_special(p);
            while (p < end_ && *p == '"' && ++p);
        }
        return p;
    }

    CsvTable::FieldRef ref(const char* start, const char* stop) const {
        return {uint32_t(start - begin_), uint32_t(stop - start)};
    }

    // The text of a quoted field with each "" made one ", kept in the table's arena.
    CsvTable::FieldRef unescape(const char* start, const char* stop) {
        char* out = table_.arena.allocate(size_t(stop - start));
        char* o = out;
        for (const char* p = start; p < stop;) {
            const char* q = static_cast<const char*>(std::memchr(p, '"', size_t(stop - p)));
            if (q == nullptr) q = stop;
            std::memcpy(o, p, size_t(q - p));
            o += q - p;
            if (q == stop) break;
            *o++ = '"';
            p = q + 2;  // inside a quoted field every quote before the closing one is doubled
        }
        table_.unescaped.emplace_back(out, size_t(o - out));
        return {uint32_t(table_.unescaped.size() - 1), CsvTable::kUnescaped};
    }

    void end_record(size_t first, size_t record_line, bool last_quoted) {
        const size_t n = fields_.size() - first;
        if (n == 1 && !last_quoted && fields_.back().size == 0) {  // a blank line
            fields_.pop_back();
            return;
        }
        if (skip_records_ > 0) {  // a preamble record above the header
            --skip_records_;
            fields_.resize(first);
            return;
        }
        if (table_.row_lines.empty()) {
            table_.columns = n;
            table_.header_line = record_line;
        } else if (n != table_.columns) {
            report(record_line, 0, 0,
                   "expected " + std::to_string(table_.columns) + " fields (as in the header), found " +
                       std::to_string(n));
        }
        table_.row_starts.push_back(uint32_t(fields_.size()));
        table_.row_lines.push_back(uint32_t(record_line));
    }

    void report_here(const char* p, size_t field_number, std::string message) {
        report(line_, field_number, size_t(p - line_start_) + 1, std::move(message));
    }

    void report(size_t line, size_t column, size_t byte_column, std::string message) {
        if (skip_records_ > 0) return;  // the preamble is not part of the table: its quotes are its own
        ++result_.error_count;
        if (result_.errors.size() < options_.max_errors)
            result_.errors.push_back({line, column, byte_column, std::move(message)});
    }

    const char* const begin_;
    const char* const end_;
    const char* pos_ = begin_;  // where the next record starts
    bool done_ = false;
    const char* line_start_;
    size_t line_ = 1;
    const char delimiter_;
    size_t skip_records_;
    const CsvOptions& options_;
    CsvResult& result_;
    CsvTable& table_;
    std::vector<CsvTable::FieldRef>& fields_;
};

void whole_file_error(CsvResult& result, std::string message) {
    ++result.error_count;
    result.errors.push_back({0, 0, 0, std::move(message)});
}

}  // namespace csv_detail
using csv_detail::Parser;
using csv_detail::whole_file_error;

// The parse's state: the result, and the parser writing into it (which keeps references to both).
struct CsvParse::State {
    CsvResult result;
    CsvOptions options;
    std::string_view body;
    std::unique_ptr<Parser> parser;  // none when a whole-file error ended the parse before it began
};

CsvParse::CsvParse(std::string_view text, const CsvOptions& options) : state_(std::make_unique<State>()) {
    State& st = *state_;
    st.options = options;
    CsvResult& result = st.result;
    if (text.size() >= UINT32_MAX) {
        whole_file_error(result, "the file is too large: the CSV parser reads files under 4 GiB");
        return;
    }
    if (options.delimiter == '"' || options.delimiter == '\n' || options.delimiter == '\r') {
        whole_file_error(result, "the delimiter cannot be a quote or a line end");
        return;
    }
    size_t bom = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    st.body = text.substr(bom);
    result.table.text = st.body;

    const CsvLayout layout = sniff_csv_layout(st.body, options.delimiter, options.detect_preamble);
    CsvTable& table = result.table;
    table.delimiter = layout.delimiter;
    table.delimiter_sniffed = options.delimiter == 0;
    // Reserve from the sample's density (10% spare), so that the arrays are written once, never regrown
    // and copied: a vector that doubles copies the fields about twice over. Capped by what the text can hold.
    const double size = double(st.body.size());
    table.fields.reserve(std::min(size_t(size * layout.fields_per_byte * 1.1) + 16, st.body.size() + 1));
    table.row_starts.reserve(std::min(size_t(size * layout.records_per_byte * 1.1) + 16, st.body.size() + 2));
    table.row_lines.reserve(table.row_starts.capacity());
    st.parser = std::make_unique<Parser>(st.body, layout.delimiter, layout.preamble_records, st.options, result);
}

CsvParse::~CsvParse() = default;
CsvParse::CsvParse(CsvParse&&) noexcept = default;
CsvParse& CsvParse::operator=(CsvParse&&) noexcept = default;

bool CsvParse::step(size_t bytes) {
    State& st = *state_;
    if (!st.parser || st.parser->run(bytes)) {
        if (st.parser) {
            st.parser.reset();
            const CsvTable& table = st.result.table;
            if (table.row_lines.empty() && st.result.error_count == 0)
                whole_file_error(st.result, st.body.empty() ? "the file is empty" : "the file is empty (it has only blank lines)");
        }
        return true;
    }
    return false;
}

double CsvParse::progress() const {
    const State& st = *state_;
    if (!st.parser) return 1.0;
    return st.body.empty() ? 1.0 : double(st.parser->read()) / double(st.body.size());
}

CsvResult CsvParse::take() {
    while (!step(SIZE_MAX)) {
    }
    return std::move(state_->result);
}

CsvResult parse_csv(std::string_view text, const CsvOptions& options) { return CsvParse(text, options).take(); }

std::string format_csv_error(std::string_view file, const CsvError& error) {
    std::string out(file);
    if (error.line > 0) out += ":" + std::to_string(error.line);
    if (error.line > 0 && error.byte_column > 0) out += ":" + std::to_string(error.byte_column);
    return out + ": " + error.message;
}

}  // namespace retain
