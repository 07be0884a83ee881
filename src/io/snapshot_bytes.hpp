// Little-endian bytes in and out for the workspace snapshot (io/workspace_snapshot.hpp).
//
// ByteIn never reads past its end and never throws: a read that does not fit marks it failed and returns
// zeros, so a decoder checks ok() once per column instead of after every value. The snapshot comes from
// the browser's storage, where a damaged or foreign record may hold anything.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace retain::snapshot {

class ByteOut {
public:
    void reserve(size_t bytes) { buf_.reserve(bytes); }
    size_t size() const { return buf_.size(); }
    std::string take() { return std::move(buf_); }

    template <typename T>
    void fixed(T v) {
        static_assert(std::is_trivially_copyable_v<T>);
        char bytes[sizeof(T)];
        std::memcpy(bytes, &v, sizeof(T));  // the page and the CLI run on little-endian machines only
        buf_.append(bytes, sizeof(T));
    }
    // Counts and lengths: 7 bits a byte, most small ones fit in one.
    void varint(uint64_t v) {
        while (v >= 0x80) {
            buf_.push_back(char(uint8_t(v) | 0x80));
            v >>= 7;
        }
        buf_.push_back(char(v));
    }
    // Zigzag: small negative numbers stay small (-1 -> 1, 1 -> 2).
    void signed_varint(int64_t v) { varint((uint64_t(v) << 1) ^ uint64_t(v >> 63)); }
    void text(std::string_view t) {
        varint(t.size());
        buf_.append(t.data(), t.size());
    }
    void raw(std::string_view t) { buf_.append(t.data(), t.size()); }
    // Writes a fixed 8-byte placeholder and returns where it is, to be filled by patch() once known.
    size_t placeholder() {
        const size_t at = buf_.size();
        fixed<uint64_t>(0);
        return at;
    }
    void patch(size_t at, uint64_t v) { std::memcpy(&buf_[at], &v, sizeof v); }

private:
    std::string buf_;
};

class ByteIn {
public:
    explicit ByteIn(std::string_view bytes) : p_(bytes.data()), end_(bytes.data() + bytes.size()) {}

    bool ok() const { return ok_; }
    size_t left() const { return size_t(end_ - p_); }
    const char* at() const { return p_; }
    void fail() {
        ok_ = false;
        p_ = end_;
    }

    template <typename T>
    T fixed() {
        T v{};
        if (left() < sizeof(T)) {
            fail();
            return v;
        }
        std::memcpy(&v, p_, sizeof(T));
        p_ += sizeof(T);
        return v;
    }
    uint64_t varint() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (p_ == end_) break;
            const uint8_t b = uint8_t(*p_++);
            v |= uint64_t(b & 0x7F) << shift;
            if (!(b & 0x80)) return v;
        }
        fail();
        return 0;
    }
    int64_t signed_varint() {
        const uint64_t z = varint();
        return int64_t(z >> 1) ^ -int64_t(z & 1);
    }
    std::string_view bytes(uint64_t n) {
        if (n > left()) {
            fail();
            return {};
        }
        std::string_view v(p_, size_t(n));
        p_ += n;
        return v;
    }
    std::string_view text() { return bytes(varint()); }

private:
    const char* p_;
    const char* end_;
    bool ok_ = true;
};

}  // namespace retain::snapshot
