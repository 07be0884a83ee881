// The parser at the sizes real files reach (io/csv_parser.hpp): a field of 10 MB, a header of a million
// columns, many rows. These would time out if any step were quadratic.
#include <doctest/doctest.h>

#include <string>

#include "io/csv_parser.hpp"

using namespace retain;

TEST_CASE("a 10 MB unquoted field is one field") {
    const size_t size = 10 * 1024 * 1024;
    std::string text = "id,blob\n1,";
    text.append(size, 'x');
    text += "\n2,y\n";
    const CsvResult r = parse_csv(text);
    REQUIRE(r.ok());
    CHECK(r.table.row_count() == 3);
    CHECK(r.table.field(1, 1).size() == size);
    CHECK(r.table.field(2, 1) == "y");
    CHECK(r.table.row_lines[2] == 3);
}

TEST_CASE("a 10 MB quoted field with line ends and doubled quotes is one field") {
    // Each 10-byte block is: a b " " c LF d e f g -> 9 bytes of field text with one quote and one LF.
    const size_t blocks = 1024 * 1024;
    std::string text = "id,blob\n1,\"";
    for (size_t i = 0; i < blocks; ++i) text += "ab\"\"c\ndefg";
    text += "\"\n2,y\n";
    const CsvResult r = parse_csv(text);
    REQUIRE(r.ok());
    const std::string_view blob = r.table.field(1, 1);
    CHECK(blob.size() == blocks * 9);
    CHECK(blob.substr(0, 18) == "ab\"c\ndefgab\"c\ndefg");
    CHECK(r.table.field(2, 1) == "y");
    CHECK(r.table.row_lines[2] == 3 + blocks);  // every LF inside the field is a line of the file
}

TEST_CASE("a header of a million columns, and a row as wide, parse without trouble") {
    const size_t columns = 1000000;
    std::string text;
    text.reserve(columns * 9);
    for (size_t c = 0; c < columns; ++c) {
        if (c) text += ',';
        text += 'c';
        text += std::to_string(c);
    }
    text += '\n';
    text.append(columns - 1, ',');  // a row of empty fields but the last
    text += "last\n";
    const CsvResult r = parse_csv(text);
    REQUIRE(r.ok());
    CHECK(r.table.delimiter == ',');
    CHECK(r.table.columns == columns);
    CHECK(r.table.row_count() == 2);
    CHECK(r.table.field(0, 0) == "c0");
    CHECK(r.table.field(0, 999999) == "c999999");
    CHECK(r.table.field(1, 999998).empty());
    CHECK(r.table.field(1, 999999) == "last");
}

TEST_CASE("a semicolon file wider than the sniffing sample is still sniffed") {
    std::string text;
    for (int c = 0; c < 20000; ++c) text += "col" + std::to_string(c) + ";";
    text += "end\n";
    const CsvResult r = parse_csv(text);
    REQUIRE(r.ok());
    CHECK(r.table.delimiter == ';');
    CHECK(r.table.columns == 20001);
}

TEST_CASE("a hundred thousand rows keep their line numbers") {
    std::string text = "id,n\r\n";
    for (int i = 0; i < 100000; ++i) text += std::to_string(i) + ",\"" + std::to_string(i % 7) + "\"\r\n";
    const CsvResult r = parse_csv(text);
    REQUIRE(r.ok());
    CHECK(r.table.row_count() == 100001);
    CHECK(r.table.row_lines.back() == 100001);
    CHECK(r.table.field(100000, 0) == "99999");
    CHECK(r.table.field(100000, 1) == "4");  // 99999 = 7 * 14285 + 4
}
