// Little-endian bytes in and out for the workspace snapshot (io/workspace_snapshot.hpp).
//
// ByteIn never reads past its end and never throws: a read that does not fit marks it failed and returns
// zeros, so a decoder checks ok() once per column instead of after every value. The snapshot comes from
// the browser's storage, where a damaged or foreign record may hold anything.
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace retain::snapshot {

// Consecutive chunks as one string: one chunk is moved, several are joined.
inline std::string join_chunks(std::vector<std::string> chunks) {
    if (chunks.size() == 1) return std::move(chunks[0]);
    size_t total = 0;
    for (const std::string& c : chunks) total += c.size();
    std::string all;
    all.reserve(total);
    for (const std::string& c : chunks) all += c;
    return all;
}

// Writes into fixed-size chunks, never one growing buffer: a 200 MB snapshot then costs its bytes once
// (no doubling reallocations holding old and new at the same time), and the chunks are the parts the
// browser stores one record each (IndexedDB in Chromium refuses a value over 127 MiB). Every chunk but
// the last is exactly chunk_bytes long, so a byte's offset names its chunk. Chunks are at least 64 bytes, longer than
// any short-string buffer, so moving a chunk never moves its bytes.
class ByteOut {
public:
    static constexpr size_t kDefaultChunkBytes = size_t(4) << 20;
    explicit ByteOut(size_t chunk_bytes = kDefaultChunkBytes) : chunk_bytes_(chunk_bytes < 64 ? 64 : chunk_bytes) {}

    size_t size() const { return chunks_.empty() ? 0 : (chunks_.size() - 1) * chunk_bytes_ + size_t(p_ - begin_); }
    // The bytes written, as chunks in order (each chunk_bytes long but the last); the writer is empty after.
    std::vector<std::string> take_chunks() {
        if (!chunks_.empty()) chunks_.back().resize(size_t(p_ - begin_));
        if (!chunks_.empty() && chunks_.back().empty()) chunks_.pop_back();
        std::vector<std::string> out = std::move(chunks_);
        chunks_.clear();
        p_ = begin_ = end_ = nullptr;
        return out;
    }
    // The bytes as one string (the CLI's files, tests).
    std::string take() { return join_chunks(take_chunks()); }

    template <typename T>
    void fixed(T v) {
        static_assert(std::is_trivially_copyable_v<T>);
        char bytes[sizeof(T)];
        std::memcpy(bytes, &v, sizeof(T));  // the page and the CLI run on little-endian machines only
        raw(std::string_view(bytes, sizeof(T)));
    }
    // Counts and lengths: 7 bits a byte, most small ones fit in one.
    void varint(uint64_t v) {
        if (size_t(end_ - p_) >= kMaxVarint) {  // the common case: straight into the chunk
            while (v >= 0x80) {
                *p_++ = char(uint8_t(v) | 0x80);
                v >>= 7;
            }
            *p_++ = char(v);
            return;
        }
        char bytes[kMaxVarint];
        size_t n = 0;
        while (v >= 0x80) {
            bytes[n++] = char(uint8_t(v) | 0x80);
            v >>= 7;
        }
        bytes[n++] = char(v);
        raw(std::string_view(bytes, n));
    }
    // Zigzag: small negative numbers stay small (-1 -> 1, 1 -> 2).
    void signed_varint(int64_t v) { varint((uint64_t(v) << 1) ^ uint64_t(v >> 63)); }
    void text(std::string_view t) {
        varint(t.size());
        raw(t);
    }
    void raw(std::string_view t) {
        const char* s = t.data();
        size_t n = t.size();
        while (n > 0) {
            if (p_ == end_) next_chunk();
            const size_t step = std::min(n, size_t(end_ - p_));
            std::memcpy(p_, s, step);
            p_ += step;
            s += step;
            n -= step;
        }
    }
    // Writes a fixed 8-byte placeholder and returns where it is, to be filled by patch() once known.
    size_t placeholder() {
        const size_t at = size();
        fixed<uint64_t>(0);
        return at;
    }
    // The placeholder may straddle two chunks: written byte by byte at its offset.
    void patch(size_t at, uint64_t v) {
        char bytes[sizeof v];
        std::memcpy(bytes, &v, sizeof v);
        for (size_t i = 0; i < sizeof v; ++i, ++at) chunks_[at / chunk_bytes_][at % chunk_bytes_] = bytes[i];
    }

private:
    static constexpr size_t kMaxVarint = 10;

    void next_chunk() {
        chunks_.emplace_back(chunk_bytes_, '\0');
        begin_ = p_ = chunks_.back().data();
        end_ = begin_ + chunk_bytes_;
    }

    size_t chunk_bytes_;
    std::vector<std::string> chunks_;  // full chunks, then the one being written (sized chunk_bytes_)
    char* begin_ = nullptr;
    char* p_ = nullptr;
    char* end_ = nullptr;
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
