// JsonOut: appends JSON text to a buffer. The workspace writer builds the file with it, and the reader's
// messages quote values with it, so a value reads in an error the way it is written in the file.
//
// Everything here is inline: saving calls it for every value of millions of rows.
#pragma once
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"

namespace retain::workspace_json {

// Length of the valid UTF-8 sequence starting at s[i] (RFC 3629: no overlongs, no surrogates, nothing
// above U+10FFFF), or 0 when the bytes there are not one.
inline size_t utf8_length(std::string_view s, size_t i) {
    auto cont = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
        if (i + k >= s.size()) return false;
        const unsigned b = static_cast<unsigned char>(s[i + k]);
        return b >= lo && b <= hi;
    };
    const unsigned c = static_cast<unsigned char>(s[i]);
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c >= 0xE1 && c <= 0xEF) return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

// Writes through a raw pointer: one capacity check per value instead of one std::string::append per
// piece, which is what made saving slow in wasm (4x native before).
class JsonOut {
public:
    std::string take() {
        buf_.resize(used_);
        used_ = 0;
        return std::move(buf_);
    }
    void reserve(size_t bytes) { buf_.resize(std::max(buf_.size(), bytes)); }
    size_t size() const { return used_; }

    void raw(std::string_view t) { put(t.data(), t.size()); }
    void null() { raw("null"); }
    void boolean(bool b) { raw(b ? "true" : "false"); }
    void number(int64_t v) {
        char* p = room(24);
        used_ += size_t(std::to_chars(p, p + 24, v).ptr - p);
    }
    // Non-ASCII text is written as UTF-8, not \u escapes (smaller, readable). Bytes that are not valid
    // UTF-8 (a mis-decoded import) become U+FFFD, so the file is always valid JSON.
    void text(std::string_view t) {
        char* p = room(t.size() * 6 + 2);  // worst case: every byte a \u00XX escape
        char* const start = p;
        *p++ = '"';
        size_t i = 0;
        while (i < t.size()) {
            const unsigned char c = static_cast<unsigned char>(t[i]);
            if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
                *p++ = char(c);
                ++i;
                continue;
            }
            const size_t len = c >= 0x80 ? utf8_length(t, i) : 0;
            if (len > 0) {
                std::memcpy(p, t.data() + i, len);
                p += len;
                i += len;
                continue;
            }
            p = escape(p, c);
            ++i;
        }
        *p++ = '"';
        used_ += size_t(p - start);
    }
    void text_list(const std::vector<std::string>& items) {
        raw("[");
        for (size_t i = 0; i < items.size(); ++i) {
            if (i) raw(",");
            text(items[i]);
        }
        raw("]");
    }
    void date(Date d) {
        if (!d.ok()) return null();
        // Rows repeat the same few hundred days: remember how each was written.
        if (!dates_) dates_ = std::make_unique<std::array<CachedDate, 1024>>();
        CachedDate& c = (*dates_)[uint32_t(d.days()) % dates_->size()];
        if (c.days != d.days() || !c.valid) {
            const Ymd ymd = d.ymd();
            c.valid = ymd.ok();
            c.days = d.days();
            c.text[0] = c.text[11] = '"';
            c.text[5] = c.text[8] = '-';
            put_digits(c.text + 1, ymd.year, 4);
            put_digits(c.text + 6, ymd.month, 2);
            put_digits(c.text + 9, ymd.day, 2);
        }
        if (!c.valid) return null();
        put(c.text, 12);
    }
    void month(Month m) {
        if (!m.ok() || m.year() < 1 || m.year() > 9999) return null();
        char buf[9] = {'"', 0, 0, 0, 0, '-', 0, 0, '"'};
        put_digits(buf + 1, m.year(), 4);
        put_digits(buf + 6, m.month(), 2);
        put(buf, 9);
    }
    // "key": with the comma that separates it from the previous member.
    void key(const char* k, bool first = false) {
        if (!first) raw(",");
        raw("\"");
        raw(k);
        raw("\":");
    }

private:
    struct CachedDate {
        int32_t days = 0;
        bool valid = false;
        char text[12];
    };

    char* room(size_t bytes) {
        if (used_ + bytes > buf_.size()) buf_.resize(std::max(used_ + bytes, buf_.size() + buf_.size() / 2 + 256));
        return &buf_[used_];
    }
    void put(const char* data, size_t size) {
        std::memcpy(room(size), data, size);
        used_ += size;
    }
    static void put_digits(char* out, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10) out[i] = char('0' + value % 10);
    }
    static char* escape(char* p, unsigned char c) {
        const char* short_form = nullptr;
        switch (c) {
            case '"': short_form = "\\\""; break;
            case '\\': short_form = "\\\\"; break;
            case '\n': short_form = "\\n"; break;
            case '\r': short_form = "\\r"; break;
            case '\t': short_form = "\\t"; break;
            case '\b': short_form = "\\b"; break;
            case '\f': short_form = "\\f"; break;
            default: break;
        }
        if (short_form) {
            *p++ = short_form[0];
            *p++ = short_form[1];
            return p;
        }
        if (c < 0x20) {
            static const char kHex[] = "0123456789abcdef";
            const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
            std::memcpy(p, u, 6);
            return p + 6;
        }
        std::memcpy(p, "\xEF\xBF\xBD", 3);  // U+FFFD for a byte that starts no valid UTF-8 sequence
        return p + 3;
    }

    std::string buf_;   // bytes [0, used_) are written; the rest is room to write into
    size_t used_ = 0;
    std::unique_ptr<std::array<CachedDate, 1024>> dates_;  // made on the first date written
};

}  // namespace retain::workspace_json
