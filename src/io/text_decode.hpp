// Turns a file's bytes into UTF-8, the one encoding the parsers read, and says which encoding it was.
// Spreadsheets and exports write text in a handful of encodings, detected in this order:
//   1. UTF-16 LE or BE with a byte-order mark (Excel's "Unicode text", usually tab-separated);
//   2. UTF-8 with a byte-order mark (Excel's "CSV UTF-8");
//   3. UTF-8 without a mark, when every byte sequence is valid UTF-8 (ASCII is a special case);
//   4. otherwise Windows-1252 (Excel's plain "CSV" on Western Windows), and the user is told why.
// Rules, so that nothing is silently mangled:
// - Every byte that cannot be read as a character becomes U+FFFD and is an issue with its line and byte
//   offset: the five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D), invalid UTF-8 after
//   a UTF-8 byte-order mark (the mark says UTF-8, so a bad byte is damage, not another encoding), lone
//   UTF-16 surrogates and a trailing odd byte in UTF-16.
// - Falling back from UTF-8 to Windows-1252 is itself an issue naming the first byte that is not UTF-8.
// - A NUL byte (or U+0000 in UTF-16) means the file is not text at all: `error` is set and there is no
//   text. UTF-16 without a byte-order mark shows up this way, and the message says so.
// - UTF-8 input is not copied: `utf8()` then views the caller's bytes (without the mark), which must
//   outlive the DecodedText. Only a conversion fills `owned`.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace retain {

enum class TextEncoding { utf8, utf8_bom, utf16_le, utf16_be, windows_1252 };

// The encoding as the user knows it: "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE", "Windows-1252".
const char* encoding_name(TextEncoding encoding);

struct DecodeIssue {
    size_t offset = 0;  // 0-based byte offset in the input bytes
    size_t line = 0;    // 1-based line (line ends: LF, CRLF or CR, as the CSV parser counts them)
    std::string message;
};

constexpr size_t kMaxDecodeIssues = 100;  // listed; `issue_count` counts them all

struct DecodedText {
    TextEncoding encoding = TextEncoding::utf8;
    std::vector<DecodeIssue> issues;   // the first kMaxDecodeIssues: a fallback note first, then file order
    size_t issue_count = 0;            // every issue, listed or not
    std::optional<DecodeIssue> error;  // set when the bytes are not text; utf8() is then empty

    bool ok() const { return !error; }
    std::string_view utf8() const { return converted ? std::string_view(owned) : borrowed; }

    // Where the text lives: the caller's bytes when no conversion was needed, else `owned`. Read it
    // through utf8(), which stays right when a DecodedText is moved (a moved short string would not).
    std::string_view borrowed;
    std::string owned;
    bool converted = false;
};

DecodedText decode_text(std::string_view bytes);

}  // namespace retain
