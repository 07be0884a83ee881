// How the parser finds a file's layout (io/csv_sniff.hpp through parse_csv): the delimiter among
// , ; tab |, and title lines above the header that some exports write.
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

}  // namespace

TEST_CASE("each delimiter is found by the consistent field count it gives") {
    const Rows expected{{"id", "name", "plan"}, {"1", "Acme", "Pro"}, {"2", "Globex", "Starter"}};
    struct Case {
        char delimiter;
        const char* text;
    };
    const Case cases[] = {
        {',', "id,name,plan\n1,Acme,Pro\n2,Globex,Starter\n"},
        {';', "id;name;plan\n1;Acme;Pro\n2;Globex;Starter\n"},
        {'\t', "id\tname\tplan\n1\tAcme\tPro\n2\tGlobex\tStarter\n"},
        {'|', "id|name|plan\n1|Acme|Pro\n2|Globex|Starter\n"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        const CsvResult r = parse_csv(c.text);
        CHECK(r.ok());
        CHECK(r.table.delimiter == c.delimiter);
        CHECK(r.table.delimiter_sniffed);
        CHECK(rows_of(r.table) == expected);
    }
}

TEST_CASE("semicolon CSV with decimal commas is read as semicolon-separated") {
    // Excel in German or French locales: ';' between fields, ',' as the decimal mark.
    const CsvResult r = parse_csv("Kunde;MRR;Anteil\nAcme;1234,50;0,25\nGlobex;99,90;0,75\n");
    CHECK(r.ok());
    CHECK(r.table.delimiter == ';');
    CHECK(rows_of(r.table) ==
          Rows{{"Kunde", "MRR", "Anteil"}, {"Acme", "1234,50", "0,25"}, {"Globex", "99,90", "0,75"}});
}

TEST_CASE("tab-separated text with commas in names is read as tab-separated") {
    const CsvResult r = parse_csv("Name\tSeats\nAcme, Inc.\t10\nGlobex, Ltd\t20\n");
    CHECK(r.ok());
    CHECK(r.table.delimiter == '\t');
    CHECK(rows_of(r.table) == Rows{{"Name", "Seats"}, {"Acme, Inc.", "10"}, {"Globex, Ltd", "20"}});
}

TEST_CASE("delimiters inside quotes do not count when sniffing") {
    const CsvResult r = parse_csv("\"a;b;c\",x\n\"d;e;f\",y\n\"g;h;i\",z\n");
    CHECK(r.ok());
    CHECK(r.table.delimiter == ',');
    CHECK(r.table.columns == 2);
}

TEST_CASE("when two delimiters fit equally, the comma wins, then semicolon, tab, pipe") {
    const CsvResult r = parse_csv("a,b;c\n1,2;3\n");
    CHECK(r.table.delimiter == ',');
    CHECK(rows_of(r.table) == Rows{{"a", "b;c"}, {"1", "2;3"}});
}

TEST_CASE("title lines above the header are skipped, and the header line says where the table starts") {
    const std::string text =
        "Accounts report\n"
        "Exported on Jan 2, 2024\n"
        "\n"
        "id;name;mrr\n"
        "1;Acme;1,5\n"
        "2;Globex;2,75\n";
    const CsvResult r = parse_csv(text);
    INFO(errors_of(r));
    CHECK(r.ok());
    CHECK(r.table.delimiter == ';');
    CHECK(r.table.header_line == 4);
    CHECK(rows_of(r.table) == Rows{{"id", "name", "mrr"}, {"1", "Acme", "1,5"}, {"2", "Globex", "2,75"}});
    CHECK(r.table.row_lines == std::vector<uint32_t>{4, 5, 6});
}

TEST_CASE("a preamble with quotes of its own is skipped without complaint") {
    const CsvResult r = parse_csv("Report \"Q1\"\nid,name\n1,Acme\n2,Globex\n");
    INFO(errors_of(r));
    CHECK(r.ok());
    CHECK(r.table.header_line == 2);
}

TEST_CASE("with preamble detection off, the first line is the header and the rest are reported ragged") {
    CsvOptions options;
    options.detect_preamble = false;
    const CsvResult r = parse_csv("Accounts report\nid,name\n1,Acme\n", options);
    CHECK(r.table.header_line == 1);
    CHECK(r.table.columns == 1);
    CHECK(r.error_count == 2);
}

TEST_CASE("a first line wider than the rest is the header, not a preamble") {
    const CsvResult r = parse_csv("id,name,plan\n1,Acme\n2,Globex\n");
    CHECK(r.table.header_line == 1);
    CHECK(r.table.columns == 3);
    CHECK(r.error_count == 2);
}

TEST_CASE("a title line above a header and one row is still found") {
    const CsvResult r = parse_csv("Accounts\nid,name\n1,Acme\n");
    CHECK(r.ok());
    CHECK(r.table.header_line == 2);
    CHECK(rows_of(r.table) == Rows{{"id", "name"}, {"1", "Acme"}});
}

TEST_CASE("free text with a comma here and there keeps its first line as the header") {
    const CsvResult r = parse_csv("comment\nGreat product, love it\nBad\nOk, fine\n");
    CHECK(r.table.header_line == 1);
    CHECK(r.table.columns == 1);
    CHECK(r.error_count == 2);  // the two lines with a comma: reported, not taken for the table
}

TEST_CASE("a delimiter that would make quotes nonsensical loses to one that reads them cleanly") {
    // Read with '|', the CRs inside the quoted field end records "1|2", "3|4" and "5|6", three records of
    // two fields against the two that ';' finds; but '|' leaves three quotes making no sense (text after
    // a closing quote, a quote inside a field, twice), while ';' reads the quotes as the quoted fields
    // they are.
    const CsvResult r = parse_csv("a;b\n\"x\";\"y\r1|2\r3|4\r5|6\"\n");
    CHECK(r.ok());
    CHECK(r.table.delimiter == ';');
    REQUIRE(r.table.row_count() == 2);
    CHECK(r.table.field(1, 1) == "y\r1|2\r3|4\r5|6");
}
