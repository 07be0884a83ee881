// Storage for the few CSV fields that cannot be views into the file: quoted fields with doubled quotes,
// whose text without the doubling exists nowhere else. Fields are written into large blocks, so a file
// with a million such fields makes a handful of allocations, and the blocks never move: a string_view
// into one stays valid when the arena (or the table holding it) is moved.
#pragma once
#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

namespace retain {

class CsvArena {
public:
    // `n` bytes of storage that stay put until the arena is destroyed.
    char* allocate(size_t n) {
        if (n > left_) {
            const size_t size = std::max(n, kBlockSize);
            blocks_.push_back(std::make_unique<char[]>(size));
            next_ = blocks_.back().get();
            left_ = size;
        }
        char* p = next_;
        next_ += n;
        left_ -= n;
        return p;
    }

private:
    static constexpr size_t kBlockSize = 64 * 1024;
    std::vector<std::unique_ptr<char[]>> blocks_;
    char* next_ = nullptr;
    size_t left_ = 0;
};

}  // namespace retain
