#include <doctest/doctest.h>

#include "io/data_sniff.hpp"

using namespace retain;

TEST_CASE("sniffing tells workspaces, other JSON, web pages, binaries and text apart") {
    CHECK(sniff_data("") == DataKind::empty);
    CHECK(sniff_data(" \r\n\t ") == DataKind::empty);
    CHECK(sniff_data("{\"schema\":\"retain.workspace\",\"version\":1}") == DataKind::workspace_json);
    CHECK(sniff_data("\xEF\xBB\xBF  {\n  \"schema\": \"retain.workspace\"}") == DataKind::workspace_json);
    CHECK(sniff_data("{\"accounts\": []}") == DataKind::other_json);
    CHECK(sniff_data("[{\"id\": 1}]") == DataKind::other_json);
    CHECK(sniff_data("<!DOCTYPE html><html><body>Sign in</body></html>") == DataKind::html);
    CHECK(sniff_data("\n<html lang=\"en\">") == DataKind::html);
    CHECK(sniff_data("<?xml version=\"1.0\"?><html>") == DataKind::html);
    CHECK(sniff_data(std::string_view("PK\x03\x04\0\0\x08", 7)) == DataKind::binary);
    CHECK(sniff_data("id,name\r\n1,Acme\r\n") == DataKind::text);
    CHECK(sniff_data(std::string_view("\xFF\xFEi\0d\0", 6)) == DataKind::text);  // UTF-16 LE text
}

TEST_CASE("every unusable kind gets a sentence naming the file; a workspace gets none") {
    CHECK(describe_unusable(DataKind::html, "https://x.test/a").find("web page") != std::string::npos);
    CHECK(describe_unusable(DataKind::html, "https://x.test/a").rfind("https://x.test/a", 0) == 0);
    CHECK(describe_unusable(DataKind::binary, "a.xlsx").find("binary") != std::string::npos);
    CHECK(describe_unusable(DataKind::empty, "a.csv") == "a.csv is empty.");
    CHECK(describe_unusable(DataKind::workspace_json, "w.json").empty());
}
