// What the parser reports about bad CSV (io/csv_parser.hpp, "What is an error"): each problem at its
// line and column, all of them listed rather than the first only, nothing guessed.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/csv_parser.hpp"

using namespace retain;

namespace {

std::vector<std::string> messages(const CsvResult& result, const char* file = "accounts.csv") {
    std::vector<std::string> out;
    for (const CsvError& e : result.errors) out.push_back(format_csv_error(file, e));
    return out;
}

}  // namespace

TEST_CASE("ragged rows are reported with their lines, and parsing goes on to find them all") {
    const CsvResult r = parse_csv("id,name,mrr\n1,Acme\n2,Globex,250\n3,Initech,300,extra\n");
    CHECK(r.error_count == 2);
    CHECK(messages(r) == std::vector<std::string>{
                             "accounts.csv:2: expected 3 fields (as in the header), found 2",
                             "accounts.csv:4: expected 3 fields (as in the header), found 4",
                         });
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].line == 2);
    CHECK(r.errors[0].column == 0);
    // The ragged rows stay as they are, neither padded nor cut.
    CHECK(r.table.row_count() == 4);
    CHECK(r.table.row_size(1) == 2);
    CHECK(r.table.row_size(3) == 4);
    CHECK(r.table.field(3, 3) == "extra");
}

TEST_CASE("ragged rows after multi-line quoted fields and blank lines report their true lines") {
    const std::string text =
        "id,address,mrr\n"          // 1
        "1,\"12 Main St\n"          // 2
        "Springfield\",100\n"       // 3
        "\n"                        // 4
        "2,\"PO Box 7\r\n"          // 5
        "\r\n"                      // 6 (inside the quotes)
        "Shelbyville\"\n"           // 7: a row of 2 fields, begun on line 5
        "3,x,1,2\n";                // 8
    const CsvResult r = parse_csv(text);
    CHECK(messages(r) == std::vector<std::string>{
                             "accounts.csv:5: expected 3 fields (as in the header), found 2",
                             "accounts.csv:8: expected 3 fields (as in the header), found 4",
                         });
}

TEST_CASE("an unclosed quote is reported where it opened, and the rows before it are kept") {
    const std::string text =
        "id,name\n"
        "1,Acme\n"
        "2,\"Globex\n"
        "3,Initech\n";
    const CsvResult r = parse_csv(text);
    REQUIRE(r.error_count == 1);
    CHECK(r.errors[0].line == 3);
    CHECK(r.errors[0].column == 2);
    CHECK(r.errors[0].byte_column == 3);
    CHECK(messages(r)[0] ==
          "accounts.csv:3:3: the quote that opens field 2 is never closed: add the closing quote (and double "
          "any quote inside the field)");
    CHECK(r.table.row_count() == 2);
    CHECK(r.table.fields.size() == 4);
}

TEST_CASE("a quote inside an unquoted field is reported at its line and byte column, and kept") {
    const CsvResult r = parse_csv("id,name,plan\n1,Acme \"Big\" Co,Pro\n2,Globex,Starter\n");
    REQUIRE(r.error_count == 2);
    CHECK(r.errors[0].line == 2);
    CHECK(r.errors[0].column == 2);
    CHECK(r.errors[0].byte_column == 8);
    CHECK(r.errors[1].byte_column == 12);
    CHECK(messages(r)[0] ==
          "accounts.csv:2:8: a quote inside an unquoted field (field 2): quote the whole field and double the "
          "quotes inside it");
    CHECK(r.table.field(1, 1) == "Acme \"Big\" Co");
    CHECK(r.table.field(1, 2) == "Pro");
    CHECK(r.table.row_count() == 3);
}

TEST_CASE("text after a closing quote is reported where it starts") {
    const CsvResult r = parse_csv("a,b\n\"x\"y,z\n1,2\n");
    REQUIRE(r.error_count == 1);
    CHECK(r.errors[0].line == 2);
    CHECK(r.errors[0].column == 1);
    CHECK(r.errors[0].byte_column == 4);
    CHECK(messages(r)[0] ==
          "accounts.csv:2:4: text after the closing quote of field 1: a quoted field must end at the delimiter "
          "or the line end");
    CHECK(r.table.field(1, 0) == "x");
    CHECK(r.table.field(1, 1) == "z");
    CHECK(r.table.row_count() == 3);
}

TEST_CASE("a space after the delimiter makes a quote stray, as RFC 4180 has it") {
    const CsvResult r = parse_csv("a,b\n1, \"x\"\n");
    REQUIRE(r.error_count == 2);
    CHECK(r.errors[0].byte_column == 4);
    CHECK(r.errors[1].byte_column == 6);
}

TEST_CASE("errors past the listing cap are counted, not listed") {
    std::string text = "a,b\n";
    for (int i = 0; i < 250; ++i) text += "1\n";
    const CsvResult r = parse_csv(text);
    CHECK(r.error_count == 250);
    CHECK(r.errors.size() == 100);
    CHECK(r.errors.back().line == 101);

    CsvOptions few;
    few.max_errors = 3;
    const CsvResult capped = parse_csv(text, few);
    CHECK(capped.error_count == 250);
    CHECK(capped.errors.size() == 3);
}

TEST_CASE("an empty file says so and has no rows") {
    const CsvResult empty = parse_csv("");
    CHECK(empty.error_count == 1);
    CHECK(messages(empty) == std::vector<std::string>{"accounts.csv: the file is empty"});
    CHECK(empty.table.row_count() == 0);
    CHECK(empty.table.header_line == 0);

    const CsvResult blank = parse_csv("\n\r\n\r\n");
    CHECK(messages(blank) == std::vector<std::string>{"accounts.csv: the file is empty (it has only blank lines)"});
    CHECK(blank.table.row_count() == 0);
}

TEST_CASE("a header without rows is a table of one row and no error") {
    const CsvResult r = parse_csv("id,name,mrr\n");
    CHECK(r.ok());
    CHECK(r.table.row_count() == 1);
    CHECK(r.table.columns == 3);
    CHECK(r.table.header_line == 1);
    CHECK(r.table.field(0, 2) == "mrr");
}

TEST_CASE("a quote or a line end cannot be the delimiter") {
    CsvOptions quote;
    quote.delimiter = '"';
    const CsvResult r = parse_csv("a\"b\n", quote);
    CHECK(messages(r) == std::vector<std::string>{"accounts.csv: the delimiter cannot be a quote or a line end"});
}
