// CsvParse: the parser in steps gives parse_csv()'s result exactly, whatever the step size, on text with
// every feature that carries state from one record to the next (quoted line ends, CR/CRLF/LF mixed,
// blank lines, a preamble, doubled quotes, ragged rows, quote errors, an unclosed quote at the end).
#include <doctest/doctest.h>

#include <string>

#include "csv_test_helpers.hpp"

namespace retain {
namespace {

std::string stepped_text() {
    std::string t = "Exported on 2026-11-01\r\n\r\nid,name,note\n";
    for (int i = 0; i < 300; ++i) {
        t += std::to_string(i) + ",\"Acme " + std::to_string(i) + "\",";
        if (i % 7 == 0) t += "\"two\nlines, \"\"quoted\"\"\"";
        else if (i % 11 == 0) t += "ab\"c";
        else t += "plain";
        if (i % 13 == 0) t += ",extra";
        t += i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r";
        if (i % 17 == 0) t += "\n";
    }
    return t;
}

void check_same(const CsvResult& a, const CsvResult& b) {
    CHECK(test::rows_of(a.table) == test::rows_of(b.table));
    CHECK(a.table.row_lines == b.table.row_lines);
    CHECK(a.table.header_line == b.table.header_line);
    CHECK(a.table.columns == b.table.columns);
    CHECK(a.table.delimiter == b.table.delimiter);
    CHECK(a.error_count == b.error_count);
    CHECK(test::errors_of(a) == test::errors_of(b));
}

TEST_CASE("CsvParse: any step size gives parse_csv's table, lines and errors") {
    for (const std::string& text : {stepped_text(), stepped_text() + "9,\"never closed\nrest", std::string("\n\n"),
                                    std::string(""), std::string("a;b\n1;2")}) {
        const CsvResult whole = parse_csv(text);
        for (size_t bytes : {size_t(1), size_t(2), size_t(7), size_t(64), size_t(4096)}) {
            CAPTURE(bytes);
            CsvParse parse(text);
            size_t steps = 0;
            double last = -1.0;
            while (!parse.step(bytes)) {
                ++steps;
                CHECK(parse.progress() >= last);  // never goes back
                CHECK(parse.progress() < 1.0);
                last = parse.progress();
            }
            CHECK(parse.progress() == 1.0);
            if (bytes == 1 && whole.table.row_count() > 50) CHECK(steps > 50);  // it did stop along the way
            check_same(parse.take(), whole);
        }
    }
}

TEST_CASE("CsvParse: a whole-file error ends it at the first step") {
    CsvOptions forced;
    forced.delimiter = '"';
    CsvParse parse("a,b\n", forced);
    CHECK(parse.step(1));
    const CsvResult r = parse.take();
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "the delimiter cannot be a quote or a line end");
}

}  // namespace
}  // namespace retain
