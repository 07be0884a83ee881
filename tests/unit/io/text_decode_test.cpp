// Decoding a file's bytes to UTF-8 (io/text_decode.hpp): the encodings spreadsheets write, and every
// byte that cannot be read reported rather than mangled. Input bytes are written out by hand below;
// "\xEF\xBF\xBD" is U+FFFD, the replacement character.
#include <doctest/doctest.h>

#include <string>

#include "io/text_decode.hpp"

using namespace retain;
using namespace std::string_literals;

namespace {

const std::string kReplacement = "\xEF\xBF\xBD";

bool mentions(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("valid UTF-8 without a byte-order mark is read in place, not copied") {
    const std::string bytes = "id,name\n1,Zo\xC3\xAB M\xC3\xBCller\n2,\xE6\x97\xA5\xE6\x9C\xAC\n";
    const DecodedText d = decode_text(bytes);
    REQUIRE(d.ok());
    CHECK(d.encoding == TextEncoding::utf8);
    CHECK(d.utf8() == bytes);
    CHECK(d.utf8().data() == bytes.data());
    CHECK(d.issue_count == 0);
    CHECK(d.issues.empty());
}

TEST_CASE("a UTF-8 byte-order mark is dropped and named, still without a copy") {
    const std::string bytes = "\xEF\xBB\xBFid,name\n1,Zo\xC3\xAB\n";
    const DecodedText d = decode_text(bytes);
    REQUIRE(d.ok());
    CHECK(d.encoding == TextEncoding::utf8_bom);
    CHECK(d.utf8() == "id,name\n1,Zo\xC3\xAB\n");
    CHECK(d.utf8().data() == bytes.data() + 3);
}

TEST_CASE("an empty file is empty UTF-8") {
    const DecodedText d = decode_text("");
    REQUIRE(d.ok());
    CHECK(d.encoding == TextEncoding::utf8);
    CHECK(d.utf8().empty());
}

TEST_CASE("UTF-16 LE with a byte-order mark (Excel's Unicode text) decodes names beyond ASCII") {
    // "Name\tCity\r\nZoë Müller\t日本\r\n": ë U+00EB, ü U+00FC, 日 U+65E5, 本 U+672C, low byte first.
    const std::string bytes =
        "\xFF\xFE"
        "N\0a\0m\0e\0\t\0C\0i\0t\0y\0\r\0\n\0"
        "Z\0o\0\xEB\0 \0M\0\xFC\0l\0l\0e\0r\0\t\0\xE5\x65\x2C\x67\r\0\n\0"s;
    const DecodedText d = decode_text(bytes);
    REQUIRE(d.ok());
    CHECK(d.encoding == TextEncoding::utf16_le);
    CHECK(d.utf8() == "Name\tCity\r\nZo\xC3\xAB M\xC3\xBCller\t\xE6\x97\xA5\xE6\x9C\xAC\r\n");
    CHECK(d.issue_count == 0);
}

TEST_CASE("UTF-16 BE with a byte-order mark decodes the same text") {
    const std::string bytes =
        "\xFE\xFF"
        "\0Z\0o\0\xEB\0 \0M\0\xFC\0l\0l\0e\0r\0\t\x65\xE5\x67\x2C\0\n"s;
    const DecodedText d = decode_text(bytes);
    REQUIRE(d.ok());
    CHECK(d.encoding == TextEncoding::utf16_be);
    CHECK(d.utf8() == "Zo\xC3\xAB M\xC3\xBCller\t\xE6\x97\xA5\xE6\x9C\xAC\n");
}

TEST_CASE("a UTF-16 surrogate pair becomes one four-byte character") {
    // U+1F680 (rocket) is D83D DE80 in UTF-16 and F0 9F 9A 80 in UTF-8.
    const DecodedText d = decode_text("\xFF\xFE" "a\0\x3D\xD8\x80\xDE"s);
    REQUIRE(d.ok());
    CHECK(d.utf8() == "a\xF0\x9F\x9A\x80");
    CHECK(d.issue_count == 0);
}

TEST_CASE("a lone UTF-16 surrogate is replaced and reported with its byte offset and line") {
    // "a\n" then a high surrogate D83D followed by "b", which is no low surrogate.
    const DecodedText d = decode_text("\xFF\xFE" "a\0\n\0\x3D\xD8" "b\0"s);
    REQUIRE(d.ok());
    CHECK(d.utf8() == "a\n" + kReplacement + "b");
    REQUIRE(d.issues.size() == 1);
    CHECK(d.issues[0].offset == 6);
    CHECK(d.issues[0].line == 2);
    CHECK(mentions(d.issues[0].message, "high surrogate 0xD83D"));

    const DecodedText low = decode_text("\xFE\xFF" "\xDC\x00\0c"s);  // a low surrogate with no high one
    REQUIRE(low.ok());
    CHECK(low.utf8() == kReplacement + "c");
    REQUIRE(low.issues.size() == 1);
    CHECK(low.issues[0].offset == 2);
    CHECK(mentions(low.issues[0].message, "low surrogate 0xDC00"));
}

TEST_CASE("UTF-16 with an odd number of bytes reports the half character at the end") {
    const DecodedText d = decode_text("\xFF\xFE" "a\0b"s);
    REQUIRE(d.ok());
    CHECK(d.utf8() == "a" + kReplacement);
    REQUIRE(d.issues.size() == 1);
    CHECK(d.issues[0].offset == 4);
    CHECK(mentions(d.issues[0].message, "odd number of bytes"));
}

TEST_CASE("bytes that are not UTF-8 are read as Windows-1252, and the user is told") {
    // "Café,€5" as Excel writes it on Western Windows: é is 0xE9, € is 0x80.
    const DecodedText d = decode_text("Caf\xE9,\x80" "5\n");
    REQUIRE(d.ok());
    CHECK(d.encoding == TextEncoding::windows_1252);
    CHECK(d.utf8() == "Caf\xC3\xA9,\xE2\x82\xAC" "5\n");
    REQUIRE(d.issues.size() == 1);
    CHECK(d.issue_count == 1);
    CHECK(d.issues[0].offset == 3);
    CHECK(d.issues[0].line == 1);
    CHECK(d.issues[0].message == "not valid UTF-8 (byte 0xE9 at byte offset 3), so read as Windows-1252");
}

TEST_CASE("Windows-1252's 0x80-0x9F are its own characters, not Latin-1 control codes") {
    // € ‚ ƒ … Š ‘ ’ “ ” – — ™ Ÿ
    const DecodedText d = decode_text("\x80\x82\x83\x85\x8A\x91\x92\x93\x94\x96\x97\x99\x9F");
    REQUIRE(d.ok());
    CHECK(d.utf8() ==
          "\xE2\x82\xAC\xE2\x80\x9A\xC6\x92\xE2\x80\xA6\xC5\xA0\xE2\x80\x98\xE2\x80\x99\xE2\x80\x9C\xE2\x80\x9D"
          "\xE2\x80\x93\xE2\x80\x94\xE2\x84\xA2\xC5\xB8");
    CHECK(d.issue_count == 1);  // the fallback note only
}

TEST_CASE("the five bytes Windows-1252 leaves undefined become U+FFFD, each reported") {
    const DecodedText d = decode_text("a\x81" "b\x8D\x8F\x90\x9D");
    REQUIRE(d.ok());
    CHECK(d.encoding == TextEncoding::windows_1252);
    CHECK(d.utf8() == "a" + kReplacement + "b" + kReplacement + kReplacement + kReplacement + kReplacement);
    REQUIRE(d.issues.size() == 6);  // the fallback, then one per byte
    CHECK(d.issues[0].offset == 1);
    CHECK(d.issues[1].offset == 1);
    CHECK(d.issues[1].message == "byte 0x81 has no character in Windows-1252; read as U+FFFD");
    CHECK(d.issues[2].offset == 3);
    CHECK(d.issues[5].offset == 6);
    CHECK(d.issues[5].message == "byte 0x9D has no character in Windows-1252; read as U+FFFD");
}

TEST_CASE("decoding issues carry the line, counting LF, CRLF and CR line ends") {
    // Lines: "a" LF, "b" CRLF, "c" CR, then "d" and 0x81 on line 4 at byte offset 8.
    const DecodedText d = decode_text("a\nb\r\nc\rd\x81");
    REQUIRE(d.issues.size() == 2);
    CHECK(d.issues[0].line == 4);
    CHECK(d.issues[1].offset == 8);
    CHECK(d.issues[1].line == 4);
}

TEST_CASE("invalid UTF-8 sequences fall back to Windows-1252") {
    SUBCASE("a lead byte without its continuation") {
        const DecodedText d = decode_text("\xC3(");
        CHECK(d.encoding == TextEncoding::windows_1252);
        CHECK(d.utf8() == "\xC3\x83(");  // Ã(
    }
    SUBCASE("an overlong slash") {
        const DecodedText d = decode_text("\xC0\xAF");
        CHECK(d.encoding == TextEncoding::windows_1252);
        CHECK(d.utf8() == "\xC3\x80\xC2\xAF");  // À¯
    }
    SUBCASE("an encoded UTF-16 surrogate") {
        CHECK(decode_text("\xED\xA0\x80").encoding == TextEncoding::windows_1252);
    }
    SUBCASE("a sequence cut off by the end of the file") {
        CHECK(decode_text("ok\xE2\x82").encoding == TextEncoding::windows_1252);
    }
}

TEST_CASE("a file mixing UTF-8 and Windows-1252 is read as Windows-1252 with a warning to check it") {
    const DecodedText d = decode_text("Zo\xC3\xAB,Caf\xE9");
    CHECK(d.encoding == TextEncoding::windows_1252);
    CHECK(d.utf8() == "Zo\xC3\x83\xC2\xAB,Caf\xC3\xA9");  // ZoÃ«,Café
    REQUIRE(!d.issues.empty());
    CHECK(d.issues[0].offset == 8);
    CHECK(mentions(d.issues[0].message, "may mix encodings"));
}

TEST_CASE("a bad byte after a UTF-8 byte-order mark is replaced, not taken for Windows-1252") {
    const DecodedText d = decode_text("\xEF\xBB\xBFZo\xC3\xAB,\xE9!");
    REQUIRE(d.ok());
    CHECK(d.encoding == TextEncoding::utf8_bom);
    CHECK(d.utf8() == "Zo\xC3\xAB," + kReplacement + "!");
    REQUIRE(d.issues.size() == 1);
    CHECK(d.issues[0].offset == 8);
    CHECK(mentions(d.issues[0].message, "byte 0xE9 is not valid UTF-8"));
}

TEST_CASE("NUL bytes mean a binary file, not CSV") {
    const DecodedText d = decode_text("id,name\n1,x\0y\n"s);
    REQUIRE_FALSE(d.ok());
    CHECK(d.error->offset == 11);
    CHECK(d.error->line == 2);
    CHECK(d.error->message ==
          "this looks like a binary file, not CSV or JSON text: it has a NUL byte at byte offset 11");
    CHECK(d.utf8().empty());

    SUBCASE("also after falling back to Windows-1252") {
        const DecodedText e = decode_text("Caf\xE9\0"s);
        REQUIRE_FALSE(e.ok());
        CHECK(e.error->offset == 4);
    }
    SUBCASE("a PNG header") {
        CHECK_FALSE(decode_text("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s).ok());
    }
}

TEST_CASE("UTF-16 without a byte-order mark is named, with what to do") {
    const DecodedText d = decode_text("i\0d\0,\0n\0a\0m\0e\0\n\0"s);
    REQUIRE_FALSE(d.ok());
    CHECK(mentions(d.error->message, "UTF-16 text without a byte-order mark"));
    CHECK(mentions(d.error->message, "save it again as UTF-8"));
}

TEST_CASE("U+0000 in UTF-16 is binary too, and UTF-32 is refused by name") {
    const DecodedText nul = decode_text("\xFF\xFE" "a\0\0\0"s);
    REQUIRE_FALSE(nul.ok());
    CHECK(nul.error->offset == 4);
    CHECK(mentions(nul.error->message, "binary file"));

    const DecodedText utf32 = decode_text("\xFF\xFE\0\0a\0\0\0"s);
    REQUIRE_FALSE(utf32.ok());
    CHECK(mentions(utf32.error->message, "UTF-32"));
}

TEST_CASE("issues beyond the first hundred are counted, not listed") {
    const std::string bytes(150, '\x81');
    const DecodedText d = decode_text(bytes);
    CHECK(d.issues.size() == kMaxDecodeIssues);
    CHECK(d.issue_count == 151);  // 150 undefined bytes and the fallback note
    CHECK(mentions(d.issues[0].message, "read as Windows-1252"));
}

TEST_CASE("a converted text survives a move, even when short") {
    DecodedText d = decode_text("\xE9");  // é, two bytes of UTF-8: kept inline by std::string
    const DecodedText moved = std::move(d);
    CHECK(moved.utf8() == "\xC3\xA9");
}

TEST_CASE("each encoding has the name the user sees") {
    CHECK(std::string(encoding_name(TextEncoding::utf8)) == "UTF-8");
    CHECK(std::string(encoding_name(TextEncoding::utf8_bom)) == "UTF-8 with BOM");
    CHECK(std::string(encoding_name(TextEncoding::utf16_le)) == "UTF-16 LE");
    CHECK(std::string(encoding_name(TextEncoding::utf16_be)) == "UTF-16 BE");
    CHECK(std::string(encoding_name(TextEncoding::windows_1252)) == "Windows-1252");
}
