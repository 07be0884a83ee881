// Contents: the Windows-1252 table; UTF-8 helpers; issue bookkeeping; one decoder per encoding;
// decode_text, which picks the decoder.
#include "io/text_decode.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace retain {
namespace {

// ---- Windows-1252 ----

// Code points of 0x80..0x9F as Windows-1252 assigns them (the rest of 0x80..0xFF is Latin-1, i.e. the
// byte value). 0 marks the five bytes the code page leaves undefined. Source: the Unicode consortium's
// mapping file MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT.
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80..0x87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 0x88..0x8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90..0x97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 0x98..0x9F
};

// ---- UTF-8 ----

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHigh = 0x8080808080808080ull;
constexpr uint32_t kReplacement = 0xFFFD;

// Non-zero when some byte of `w` is zero.
inline uint64_t has_zero_byte(uint64_t w) { return (w - kOnes) & ~w & kHigh; }

// True when the 8 bytes at `p` are all ASCII and none is NUL: the common case, skipped a word at a time.
inline bool plain_ascii_word(const unsigned char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return ((w & kHigh) | has_zero_byte(w)) == 0;
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

inline bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The length of the well-formed multi-byte sequence at `p` (lead byte >= 0x80), or 0 when it is not one.
// Strict per Unicode table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF.
size_t utf8_sequence_length(const unsigned char* p, const unsigned char* end) {
    const unsigned char c = p[0];
    const size_t left = size_t(end - p);
    if (c >= 0xC2 && c <= 0xDF) return left >= 2 && continuation(p[1]) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (left < 3 || !continuation(p[1]) || !continuation(p[2])) return 0;
        if (c == 0xE0 && p[1] < 0xA0) return 0;  // overlong
        if (c == 0xED && p[1] > 0x9F) return 0;  // UTF-16 surrogates
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (left < 4 || !continuation(p[1]) || !continuation(p[2]) || !continuation(p[3])) return 0;
        if (c == 0xF0 && p[1] < 0x90) return 0;  // overlong
        if (c == 0xF4 && p[1] > 0x8F) return 0;  // above U+10FFFF
        return 4;
    }
    return 0;  // a continuation byte without a lead, or C0 C1 F5..FF which never occur in UTF-8
}

struct Utf8Scan {
    size_t stop = 0;        // offset of the first NUL or invalid byte; the size when there is none
    bool nul = false;       // the stop is a NUL byte
    bool multibyte = false; // a valid non-ASCII character came before the stop
};

Utf8Scan scan_utf8(const unsigned char* b, size_t n) {
    Utf8Scan s;
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n && plain_ascii_word(b + i)) {
            i += 8;
            continue;
        }
        const unsigned char c = b[i];
        if (c == 0) {
            s.stop = i;
            s.nul = true;
            return s;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        const size_t len = utf8_sequence_length(b + i, b + n);
        if (len == 0) {
            s.stop = i;
            return s;
        }
        s.multibyte = true;
        i += len;
    }
    s.stop = n;
    return s;
}

// ---- issues ----

std::string hex_byte(unsigned v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", v & 0xFF);
    return buf;
}

std::string hex_unit(unsigned v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%04X", v & 0xFFFF);
    return buf;
}

// Counts line ends up to a position, moving forward only, so that numbering every issue of a file costs
// one pass in total. A CR right before `pos` counts as a line end: the decoders call this before writing
// the character at `pos`, which is never the LF of a CRLF.
class LineCounter {
public:
    size_t line_at(std::string_view text, size_t pos) {
        for (; pos_ < pos; ++pos_) {
            const char c = text[pos_];
            if (c == '\n' || (c == '\r' && !(pos_ + 1 < text.size() && text[pos_ + 1] == '\n'))) ++line_;
        }
        return line_;
    }

private:
    size_t pos_ = 0;
    size_t line_ = 1;
};

// Collects issues into a DecodedText, numbering lines over the text being written.
class IssueList {
public:
    explicit IssueList(DecodedText& d) : d_(d) {}

    // Records an issue at input byte `offset`, which is at position `text_pos` of `text`. The message is
    // made only for listed issues, so a file with a million bad bytes costs a counter, not a million strings.
    template <typename MakeMessage>
    void add(std::string_view text, size_t text_pos, size_t offset, MakeMessage make_message) {
        ++d_.issue_count;
        if (d_.issues.size() >= kMaxDecodeIssues) return;
        d_.issues.push_back({offset, lines_.line_at(text, text_pos), make_message()});
    }

    void fail(std::string_view text, size_t text_pos, size_t offset, std::string message) {
        d_.error = DecodeIssue{offset, lines_.line_at(text, text_pos), std::move(message)};
    }

private:
    DecodedText& d_;
    LineCounter lines_;
};

// The error for a NUL at `offset`. UTF-16 written without a byte-order mark looks like this too (every
// other byte of ASCII text is 0), and then the message says what to do instead.
std::string binary_message(std::string_view bytes, size_t offset) {
    const size_t n = std::min<size_t>(bytes.size(), 64) & ~size_t(1);
    size_t even_zero = 0, odd_zero = 0;
    for (size_t i = 0; i < n; i += 2) {
        even_zero += bytes[i] == 0;
        odd_zero += bytes[i + 1] == 0;
    }
    if (n >= 4 && (even_zero == n / 2) != (odd_zero == n / 2))
        return "this looks like UTF-16 text without a byte-order mark (every other byte is NUL): "
               "save it again as UTF-8 (in Excel: \"CSV UTF-8\")";
    return "this looks like a binary file, not CSV or JSON text: it has a NUL byte at byte offset " +
           std::to_string(offset);
}

// ---- decoders: each fills d.owned and sets d.converted, or sets d.error ----

void decode_windows_1252(std::string_view bytes, DecodedText& d) {
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
    const size_t n = bytes.size();
    std::string& out = d.owned;
    out.reserve(n + n / 8);
    IssueList issues(d);
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n && plain_ascii_word(b + i)) {
            out.append(bytes.data() + i, 8);
            i += 8;
            continue;
        }
        const unsigned char c = b[i];
        if (c == 0) {
            issues.fail(out, out.size(), i, binary_message(bytes, i));
            out.clear();
            return;
        }
        if (c < 0x80) {
            out += char(c);
        } else if (c >= 0xA0) {
            append_utf8(out, c);  // Latin-1 range: the byte is the code point
        } else if (kCp1252High[c - 0x80] != 0) {
            append_utf8(out, kCp1252High[c - 0x80]);
        } else {
            issues.add(out, out.size(), i, [&] {
                return "byte " + hex_byte(c) + " has no character in Windows-1252; read as U+FFFD";
            });
            append_utf8(out, kReplacement);
        }
        ++i;
    }
    d.converted = true;
}

// UTF-8 that declared itself with a byte-order mark but has bad bytes: each bad byte becomes U+FFFD.
void decode_damaged_utf8(std::string_view bytes, size_t start, DecodedText& d) {
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
    const size_t n = bytes.size();
    std::string& out = d.owned;
    out.reserve(n - start + 16);
    IssueList issues(d);
    size_t i = start;
    while (i < n) {
        const Utf8Scan s = scan_utf8(b + i, n - i);
        out.append(bytes.data() + i, s.stop);
        i += s.stop;
        if (i == n) break;
        if (s.nul) {
            issues.fail(out, out.size(), i, binary_message(bytes, i));
            out.clear();
            return;
        }
        issues.add(out, out.size(), i, [&] {
            return "byte " + hex_byte(b[i]) + " is not valid UTF-8 (the file starts with a UTF-8 byte-order "
                   "mark); read as U+FFFD";
        });
        append_utf8(out, kReplacement);
        ++i;
    }
    d.converted = true;
}

void decode_utf16(std::string_view bytes, bool little_endian, DecodedText& d) {
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
    const size_t n = bytes.size();
    std::string& out = d.owned;
    out.reserve(n / 2 + n / 8);
    IssueList issues(d);
    auto unit_at = [&](size_t i) -> uint32_t {
        return little_endian ? uint32_t(b[i]) | uint32_t(b[i + 1]) << 8 : uint32_t(b[i]) << 8 | uint32_t(b[i + 1]);
    };
    size_t i = 2;  // after the byte-order mark
    while (i + 1 < n) {
        const uint32_t u = unit_at(i);
        if (u == 0) {
            issues.fail(out, out.size(), i,
                        "this looks like a binary file, not CSV or JSON text: it has a NUL character at byte "
                        "offset " + std::to_string(i));
            out.clear();
            return;
        }
        if (u < 0xD800 || u > 0xDFFF) {
            append_utf8(out, u);
            i += 2;
            continue;
        }
        if (u <= 0xDBFF && i + 3 < n) {
            const uint32_t low = unit_at(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                i += 4;
                continue;
            }
        }
        issues.add(out, out.size(), i, [&] {
            return std::string(u <= 0xDBFF ? "UTF-16 high surrogate " + hex_unit(u) + " without a low one after it"
                                           : "UTF-16 low surrogate " + hex_unit(u) + " without a high one before it") +
                   "; read as U+FFFD";
        });
        append_utf8(out, kReplacement);
        i += 2;
    }
    if (i < n) {
        issues.add(out, out.size(), i, [&] {
            return "UTF-16 text with an odd number of bytes: the last byte (" + hex_byte(b[i]) +
                   ") is half a character; read as U+FFFD";
        });
        append_utf8(out, kReplacement);
    }
    d.converted = true;
}

bool starts_with(std::string_view bytes, const char* prefix, size_t n) {
    return bytes.size() >= n && std::memcmp(bytes.data(), prefix, n) == 0;
}

}  // namespace

const char* encoding_name(TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::utf8: return "UTF-8";
        case TextEncoding::utf8_bom: return "UTF-8 with BOM";
        case TextEncoding::utf16_le: return "UTF-16 LE";
        case TextEncoding::utf16_be: return "UTF-16 BE";
        case TextEncoding::windows_1252: return "Windows-1252";
    }
    return "unknown";
}

DecodedText decode_text(std::string_view bytes) {
    DecodedText d;
    // UTF-32's marks begin with UTF-16's; without this check UTF-32 LE would read as UTF-16 with NULs.
    if (starts_with(bytes, "\xFF\xFE\x00\x00", 4) || starts_with(bytes, "\x00\x00\xFE\xFF", 4)) {
        d.error = DecodeIssue{0, 1, "this is UTF-32 text, which Retain does not read: save it again as UTF-8"};
        return d;
    }
    if (starts_with(bytes, "\xFF\xFE", 2) || starts_with(bytes, "\xFE\xFF", 2)) {
        const bool le = bytes[0] == '\xFF';
        d.encoding = le ? TextEncoding::utf16_le : TextEncoding::utf16_be;
        decode_utf16(bytes, le, d);
        return d;
    }
    const bool bom = starts_with(bytes, "\xEF\xBB\xBF", 3);
    const size_t start = bom ? 3 : 0;
    const Utf8Scan s = scan_utf8(reinterpret_cast<const unsigned char*>(bytes.data()) + start, bytes.size() - start);
    const size_t stop = start + s.stop;
    if (s.nul) {
        LineCounter lines;
        d.encoding = bom ? TextEncoding::utf8_bom : TextEncoding::utf8;
        d.error = DecodeIssue{stop, lines.line_at(bytes, stop), binary_message(bytes, stop)};
        return d;
    }
    if (stop == bytes.size()) {
        d.encoding = bom ? TextEncoding::utf8_bom : TextEncoding::utf8;
        d.borrowed = bytes.substr(start);
        return d;
    }
    if (bom) {
        d.encoding = TextEncoding::utf8_bom;
        decode_damaged_utf8(bytes, start, d);
        return d;
    }
    // Not UTF-8: the bytes of Windows-1252 text. Its line structure is the input's, so the fallback
    // issue's line is counted on the input.
    d.encoding = TextEncoding::windows_1252;
    decode_windows_1252(bytes, d);
    if (!d.ok()) return d;
    LineCounter lines;
    const unsigned bad = static_cast<unsigned char>(bytes[stop]);
    std::string message = "not valid UTF-8 (byte " + hex_byte(bad) + " at byte offset " + std::to_string(stop) +
                           "), so read as Windows-1252";
    if (s.multibyte)
        message += "; the file also holds UTF-8 characters before that byte, so it may mix encodings: check "
                   "accented letters";
    d.issues.insert(d.issues.begin(), DecodeIssue{stop, lines.line_at(bytes, stop), std::move(message)});
    if (d.issues.size() > kMaxDecodeIssues) d.issues.pop_back();
    ++d.issue_count;
    return d;
}

}  // namespace retain
