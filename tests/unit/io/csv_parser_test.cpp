// Reading well-formed CSV (io/csv_parser.hpp): quotes, line ends, blank lines, and fields that are views
// into the text rather than copies.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/csv_parser.hpp"
#include "csv_test_helpers.hpp"

using namespace retain;

namespace {

using test::errors_of;
using test::Rows;
using test::rows_of;

// Parses text that must have no errors; the text must outlive the result.
CsvResult parse_ok(std::string_view text, const CsvOptions& options = {}) {
    CsvResult result = parse_csv(text, options);
    INFO(errors_of(result));
    REQUIRE(result.ok());
    return result;
}

std::vector<uint32_t> lines_of(const CsvTable& table) { return table.row_lines; }

}  // namespace

TEST_CASE("a plain table has its header first and one row per line") {
    const CsvResult r = parse_ok("id,name,mrr\n1,Acme,100\n2,Globex,250\n");
    CHECK(rows_of(r.table) == Rows{{"id", "name", "mrr"}, {"1", "Acme", "100"}, {"2", "Globex", "250"}});
    CHECK(r.table.columns == 3);
    CHECK(r.table.delimiter == ',');
    CHECK(r.table.delimiter_sniffed);
    CHECK(r.table.header_line == 1);
    CHECK(lines_of(r.table) == std::vector<uint32_t>{1, 2, 3});
}

TEST_CASE("a quoted field may hold delimiters") {
    const CsvResult r = parse_ok("id,name\n1,\"Acme, Inc.\"\n");
    CHECK(rows_of(r.table) == Rows{{"id", "name"}, {"1", "Acme, Inc."}});
}

TEST_CASE("doubled quotes inside a quoted field stand for one quote") {
    const CsvResult r = parse_ok("id,note\n1,\"said \"\"great\"\" on call\"\n2,\"\"\"\"\n3,\"\"\"x\"\"\"\n");
    CHECK(rows_of(r.table) == Rows{{"id", "note"}, {"1", "said \"great\" on call"}, {"2", "\""}, {"3", "\"x\""}});
}

TEST_CASE("fields are views into the text; only fields with doubled quotes are copies") {
    const std::string text = "a,b,c\nplain,\"quoted\",\"dou\"\"bled\"\n";
    const CsvResult r = parse_ok(text);
    const std::string_view plain = r.table.field(1, 0), quoted = r.table.field(1, 1), doubled = r.table.field(1, 2);
    CHECK(plain.data() == text.data() + 6);
    CHECK(quoted.data() == text.data() + 13);
    CHECK(doubled == "dou\"bled");
    CHECK((doubled.data() < text.data() || doubled.data() >= text.data() + text.size()));
}

TEST_CASE("a copied field stays valid when the result is moved") {
    const std::string text = "a\n\"x\"\"y\"\n";
    CsvResult first = parse_ok(text);
    const CsvResult moved = std::move(first);
    CHECK(moved.table.field(1, 0) == "x\"y");
}

TEST_CASE("a quoted field may hold line ends, which count as lines of the file") {
    const CsvResult r = parse_ok("id,address\n1,\"12 Main St\nSpringfield\"\n2,\"a\r\nb\rc\"\n3,x\n");
    CHECK(rows_of(r.table) == Rows{{"id", "address"}, {"1", "12 Main St\nSpringfield"}, {"2", "a\r\nb\rc"}, {"3", "x"}});
    CHECK(lines_of(r.table) == std::vector<uint32_t>{1, 2, 4, 7});
}

TEST_CASE("records end at LF, CRLF or CR, mixed in one file") {
    const Rows expected{{"a", "b"}, {"1", "2"}, {"3", "4"}, {"5", "6"}};
    CHECK(rows_of(parse_ok("a,b\n1,2\n3,4\n5,6\n").table) == expected);
    CHECK(rows_of(parse_ok("a,b\r\n1,2\r\n3,4\r\n5,6\r\n").table) == expected);
    CHECK(rows_of(parse_ok("a,b\r1,2\r3,4\r5,6\r").table) == expected);
    const CsvResult mixed = parse_ok("a,b\r\n1,2\n3,4\r5,6");
    CHECK(rows_of(mixed.table) == expected);
    CHECK(lines_of(mixed.table) == std::vector<uint32_t>{1, 2, 3, 4});
}

TEST_CASE("blank lines are skipped and line numbers stay those of the file") {
    const CsvResult r = parse_ok("\n\r\nid,name\n\n1,Acme\r\n\r\n\r2,Globex\n\n\n");
    CHECK(rows_of(r.table) == Rows{{"id", "name"}, {"1", "Acme"}, {"2", "Globex"}});
    CHECK(r.table.header_line == 3);
    CHECK(lines_of(r.table) == std::vector<uint32_t>{3, 5, 8});
}

TEST_CASE("a line holding only two quotes is a record with one empty field, not a blank line") {
    const CsvResult r = parse_ok("email\n\"\"\na@example.com\n");
    CHECK(rows_of(r.table) == Rows{{"email"}, {""}, {"a@example.com"}});
}

TEST_CASE("a delimiter at the end of a line is an empty last field") {
    const CsvResult r = parse_ok("a,b,c\n1,2,\n,,\n");
    CHECK(rows_of(r.table) == Rows{{"a", "b", "c"}, {"1", "2", ""}, {"", "", ""}});
}

TEST_CASE("the last line needs no line end") {
    CHECK(rows_of(parse_ok("a,b\n1,2").table) == Rows{{"a", "b"}, {"1", "2"}});
    CHECK(rows_of(parse_ok("a,b\n1,\"2\"").table) == Rows{{"a", "b"}, {"1", "2"}});
    CHECK(rows_of(parse_ok("a,b\n1,").table) == Rows{{"a", "b"}, {"1", ""}});
}

TEST_CASE("spaces are data, inside and outside quotes") {
    const CsvResult r = parse_ok("name , plan\n  Acme  ,\" Pro \"\n\t,x\n");
    CHECK(rows_of(r.table) == Rows{{"name ", " plan"}, {"  Acme  ", " Pro "}, {"\t", "x"}});
}

TEST_CASE("an empty quoted field and an empty unquoted field are both empty") {
    CHECK(rows_of(parse_ok("a,b,c\n\"\",,\"\"\n").table) == Rows{{"a", "b", "c"}, {"", "", ""}});
}

TEST_CASE("a UTF-8 byte-order mark left on the text is not part of the first header") {
    CHECK(rows_of(parse_ok("\xEF\xBB\xBFid,name\n1,x\n").table) == Rows{{"id", "name"}, {"1", "x"}});
}

TEST_CASE("a forced delimiter is used as given") {
    CsvOptions semicolon;
    semicolon.delimiter = ';';
    const CsvResult r = parse_ok("a,b;c\n1,2;3\n", semicolon);
    CHECK(rows_of(r.table) == Rows{{"a,b", "c"}, {"1,2", "3"}});
    CHECK(r.table.delimiter == ';');
    CHECK_FALSE(r.table.delimiter_sniffed);
}

TEST_CASE("a file of one column has no delimiter to find and reads as one column") {
    const CsvResult r = parse_ok("email\na@example.com\nb@example.com\n");
    CHECK(r.table.columns == 1);
    CHECK(rows_of(r.table) == Rows{{"email"}, {"a@example.com"}, {"b@example.com"}});
}

TEST_CASE("fields beyond a row's end read as empty") {
    const CsvResult r = parse_csv("a,b\n1\n");
    CHECK(r.table.row_size(1) == 1);
    CHECK(r.table.field(1, 0) == "1");
    CHECK(r.table.field(1, 1).empty());
}

TEST_CASE("UTF-8 text passes through untouched") {
    const CsvResult r = parse_ok("name,city\nZo\xC3\xAB M\xC3\xBCller,\xE6\x97\xA5\xE6\x9C\xAC\n");
    CHECK(r.table.field(1, 0) == "Zo\xC3\xAB M\xC3\xBCller");
    CHECK(r.table.field(1, 1) == "\xE6\x97\xA5\xE6\x9C\xAC");
}
