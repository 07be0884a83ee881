#include "io/csv_sniff.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace retain {
namespace {

constexpr size_t kSampleBytes = 64 * 1024;
constexpr size_t kSampleRecords = 200;
constexpr size_t kMaxPreamble = 20;
constexpr char kCandidates[] = {',', ';', '\t', '|'};  // also the order that breaks ties

struct Sample {
    std::vector<uint32_t> counts;  // field count of each non-blank record
    size_t fields = 0;
    size_t bytes = 0;       // bytes the counted records span
    size_t quote_errors = 0;  // stray quotes and text after closing quotes: a wrong delimiter makes them
};

// The field counts of the first records, read with the parser's rules for quotes, line ends and blank
// lines. Lenient where the parser reports (a stray quote is a character), since only counts matter here.
// A record cut off by the end of the sample is left out, unless it is the first: a header of a million
// columns is longer than any sample, and its partial count still shows the delimiter.
Sample count_fields(std::string_view text, char delimiter) {
    Sample s;
    const size_t limit = std::min(text.size(), kSampleBytes);
    size_t i = 0;
    while (i < limit && s.counts.size() < kSampleRecords) {
        size_t j = i;
        uint32_t fields = 1;
        bool field_start = true, quoted = false, closed = false, blank = true, ended = false;
        while (j < limit) {
            const char c = text[j];
            if (quoted) {
                if (c == '"') {
                    if (j + 1 < limit && text[j + 1] == '"') {
                        j += 2;
                        continue;
                    }
                    quoted = false;
                    closed = true;
                }
                ++j;
                continue;
            }
            if (c == '\n' || c == '\r') {
                j += (c == '\r' && j + 1 < text.size() && text[j + 1] == '\n') ? 2 : 1;
                ended = true;
                break;
            }
            blank = false;
            if (c == delimiter) {
                ++fields;
                field_start = true;
                closed = false;
            } else {
                s.quote_errors += closed || (c == '"' && !field_start);
                quoted = c == '"' && field_start;
                field_start = closed = false;
            }
            ++j;
        }
        if (!ended && j < text.size()) {
            if (s.counts.empty()) {
                s.counts.push_back(fields);
                s.fields = fields;
                s.bytes = j;
            }
            break;
        }
        if (!blank) {
            s.counts.push_back(fields);
            s.fields += fields;
        }
        s.bytes = j;
        i = j;
    }
    return s;
}

struct Judgement {
    uint32_t dominant = 0;  // the most common field count above 1 (ties: the larger); 0 when none
    size_t header = 0;      // index of the header among the counted records
    long score = 0;         // records from the header on that match the dominant count, minus those that don't
};

Judgement judge(const std::vector<uint32_t>& counts, bool detect_preamble) {
    Judgement j;
    std::vector<uint32_t> wide;
    for (uint32_t c : counts)
        if (c > 1) wide.push_back(c);
    if (wide.empty()) return j;
    std::sort(wide.begin(), wide.end());
    size_t best_run = 0;
    for (size_t i = 0; i < wide.size();) {
        size_t k = i;
        while (k < wide.size() && wide[k] == wide[i]) ++k;
        if (k - i >= best_run) {  // >=: among equally common counts the larger, as they come sorted
            best_run = k - i;
            j.dominant = wide[i];
        }
        i = k;
    }
    if (detect_preamble) {
        const size_t first = size_t(std::find(counts.begin(), counts.end(), j.dominant) - counts.begin());
        const bool narrower_above = first <= kMaxPreamble &&
                                    std::all_of(counts.begin(), counts.begin() + long(first),
                                                [&](uint32_t c) { return c < j.dominant; });
        // The table below must be clearly a table: the header, one record at least, and nine in ten records
        // of the header's width. Free text with a comma here and there is not, and keeps its first line.
        const long as_wide = long(std::count(counts.begin() + long(first), counts.end(), j.dominant));
        const bool table_below = as_wide >= 2 && as_wide * 10 >= long(counts.size() - first) * 9;
        if (narrower_above && table_below) j.header = first;
    }
    const long matching = long(std::count(counts.begin() + long(j.header), counts.end(), j.dominant));
    j.score = matching - (long(counts.size() - j.header) - matching);
    return j;
}

}  // namespace

CsvLayout sniff_csv_layout(std::string_view text, char delimiter, bool detect_preamble) {
    CsvLayout layout;
    Sample chosen;
    Judgement best;
    if (delimiter != 0) {
        layout.delimiter = delimiter;
        chosen = count_fields(text, delimiter);
        best = judge(chosen.counts, detect_preamble);
    } else {
        bool found = false;
        for (char candidate : kCandidates) {
            Sample s = count_fields(text, candidate);
            Judgement j = judge(s.counts, detect_preamble);
            // Quotes that make no sense with this delimiter are the surest sign it is the wrong one:
            // well-formed text has none with the right delimiter.
            j.score -= 2 * long(s.quote_errors);
            if (j.dominant == 0 || (found && j.score <= best.score)) continue;
            found = true;
            best = j;
            layout.delimiter = candidate;
            chosen = std::move(s);
        }
        if (!found) chosen = count_fields(text, layout.delimiter);  // one column: ',' reads it as one
    }
    layout.preamble_records = best.header;
    if (chosen.bytes > 0) {
        layout.fields_per_byte = double(chosen.fields) / double(chosen.bytes);
        layout.records_per_byte = double(chosen.counts.size()) / double(chosen.bytes);
    }
    return layout;
}

}  // namespace retain
